#pragma once

#include <QGroupBox>

class ScenarioLibrary;
class SessionModel;
class QVBoxLayout;

// A follow-up session's plan, above the scenario library: the decisions it replays, each with a
// Replay button that runs its scenario straight to that scene. Hidden for any other session.
//
//   SessionModel (Session::replays) ──> ReplayPanel ──replayRequested(scenario, scene)──> console
class ReplayPanel : public QGroupBox
{
    Q_OBJECT

public:
    ReplayPanel(SessionModel *model, QWidget *parent = nullptr);
    // Scenario titles come from the library; a decision whose scenario is gone says so.
    void setLibrary(const ScenarioLibrary *library);

signals:
    void replayRequested(const QString &scenarioId, const QString &sceneId);

private:
    void rebuild();

    SessionModel *mModel;
    const ScenarioLibrary *mLibrary = nullptr;
    QVBoxLayout *mRows;
    qint64 mShownSession = -1;
};
