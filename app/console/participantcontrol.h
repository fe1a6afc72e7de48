#pragma once

#include "audience/audiencestate.h"

#include <QHostAddress>
#include <QObject>

class ParticipantServer;
class QAction;
class QLabel;
class QPushButton;
class DelayedCount;
class QWidget;
class SessionModel;

// The console's side of answering from phones. Owns the participant server for the open
// session and keeps the phones in step with the room:
//
//   AudienceState (what the room sees) ──prompt──> ParticipantServer ──answers──> SessionModel
//        ^                                               │
//        └──────────── join info (QR, address, code) ────┘
//
// A question on the projector is the question on the phones; the commitment screen opens the
// commitment box; anything else makes the phones wait.
class ParticipantControl : public QObject
{
    Q_OBJECT

public:
    ParticipantControl(SessionModel *model, AudienceState *audience, QWidget *window);
    ~ParticipantControl() override;

    // "Invite Participants…" while stopped, "Stop Inviting Participants" while running.
    QAction *inviteAction() const { return mInviteAction; }
    // "3 phones connected" for the status bar; hidden while stopped.
    QLabel *statusLabel() const { return mStatus; }
    // "2 people asked for a pause" for the status bar, only while someone asks; pressing it
    // marks the requests as seen. The console's alone: never on the projector, never who.
    QPushButton *pauseButton() const { return mPause; }
    // How long a change of that count waits before the console shows it (15 s unless set):
    // requests close together are shown together, so the count never tells the moment a phone
    // was tapped, which a trainer watching the room could match to a person.
    void setPauseDelay(int ms);

    // Starts serving the open session; the audience screen shows how to join.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    void stop();
    bool isRunning() const;
    // The retention setting changed: the phones' anonymity notice follows.
    void keptMonthsChanged();
    ParticipantServer *server() const { return mServer; }
    const AudienceState::JoinInfo &joinInfo() const { return mAudience->join(); }

private:
    void invite();
    void followAudience();
    void updateState();
    // The address phones should use: the one served on, or this computer's first network
    // address when serving on all of them.
    QHostAddress shownHost() const;

    SessionModel *mModel;
    AudienceState *mAudience;
    QWidget *mWindow;
    ParticipantServer *mServer = nullptr;
    QAction *mInviteAction;
    QLabel *mStatus;
    QPushButton *mPause;
    DelayedCount *mShownPauses; // the count as the console shows it
};
