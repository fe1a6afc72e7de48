#pragma once

#include "store/store.h"

#include <QObject>
#include <QPointer>

class AudienceState;
class ScenarioRunner;
class SessionModel;

// Where the console stands, kept so that a restart or a crash resumes there.
//
//   ScenarioRunner ──walk changed───┐
//   AudienceState ──content changed─┼─> SessionResume ──Store::PutPosition (group commit)──> disk
//   MainWindow: opened / closed ────┘         └── QSettings: which session, in which database
//
// A position is written only when it changed (a queued write, committed with the next burst).
// On start the console reads lastSession() and the store's position() and puts both back.
class SessionResume : public QObject
{
    Q_OBJECT

public:
    SessionResume(Store *store, SessionModel *model, AudienceState *audience, QObject *parent);

    // The session open when the console last ran on the database at `databasePath` and was
    // not closed: 0 when none.
    static qint64 lastSession(const QString &databasePath);

    // Walks `runner` along the position's path to its step, as the trainer did; false if the
    // scenario no longer has those scenes (it stops where it can).
    static bool walkTo(ScenarioRunner *runner, const SessionPosition &position);

    // The model has loaded a session from the database at `databasePath`.
    void sessionOpened(const QString &databasePath);
    void sessionClosed();
    // The scenario running on the console from now on (null: none).
    void follow(ScenarioRunner *runner);
    // Where the console stands now.
    SessionPosition current() const;

private:
    void write();

    Store *mStore;
    SessionModel *mModel;
    AudienceState *mAudience;
    QPointer<ScenarioRunner> mRunner;
    qint64 mWrittenSession = 0;
    std::optional<SessionPosition> mWritten; // none yet for this session
};
