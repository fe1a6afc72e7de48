#include "console/participantcontrol.h"

#include "a11y/announce.h"
#include "console/invitedialog.h"
#include "console/retentiondialog.h"
#include "participant/participantprompt.h"
#include "participant/participantserver.h"
#include "session/delayedcount.h"
#include "session/sessionmodel.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

ParticipantControl::ParticipantControl(SessionModel *model, AudienceState *audience,
                                       QWidget *window)
    : QObject(window), mModel(model), mAudience(audience), mWindow(window)
{
    mServer = new ParticipantServer(mModel, this);
    mInviteAction = new QAction(this);
    mInviteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(mInviteAction, &QAction::triggered, this, [this] {
        if (isRunning())
            stop();
        else
            invite();
    });
    mStatus = new QLabel(window);
    mStatus->setObjectName(QStringLiteral("phonesConnected"));
    // Set apart from the session's answer count beside it in the status bar.
    mStatus->setFrameShape(QFrame::StyledPanel);
    mStatus->setContentsMargins(6, 0, 6, 0);
    connect(mServer, &ParticipantServer::connectedPhonesChanged, this,
            &ParticipantControl::updateState);
    mPause = new QPushButton(window);
    mPause->setObjectName(QStringLiteral("pauseRequests"));
    mPause->setToolTip(tr("Mark as seen: the count goes back to zero and the phones that asked "
                          "are told"));
    mShownPauses = new DelayedCount(this);
    connect(mShownPauses, &DelayedCount::shownChanged, this, &ParticipantControl::updateState);
    // Seen: cleared at once on the console and on the phones that asked.
    connect(mPause, &QPushButton::clicked, this, [this] {
        mServer->clearPauseRequests();
        mShownPauses->setNow(0);
    });
    connect(mServer, &ParticipantServer::pauseRequestsChanged, this, [this](int count) {
        if (!mServer->isRunning())
            mShownPauses->setNow(count);
        else
            mShownPauses->set(count);
    });
    connect(mServer, &ParticipantServer::runningChanged, this, [this](bool running) {
        updateState();
        if (!running)
            mAudience->setJoin({});
    });
    connect(mAudience, &AudienceState::contentChanged, this, &ParticipantControl::followAudience);
    connect(mModel, &SessionModel::changed, this, [this](const SessionChange &change) {
        if (change.kind != SessionChange::Kind::Answer && change.kind != SessionChange::Kind::Tally)
            followAudience(); // a question revealed, closed or gone
        updateState();
    });
    updateState();
}

ParticipantControl::~ParticipantControl()
{
    // The window's widgets (the status label among them) may be gone already: stop quietly.
    mServer->disconnect(this);
    mServer->stop();
}

bool ParticipantControl::isRunning() const
{
    return mServer->isRunning();
}

bool ParticipantControl::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!mModel->isLoaded()) {
        *error = tr("Open or start a session first: answers from phones belong to a session.");
        return false;
    }
    keptMonthsChanged();
    if (!mServer->start(address, port, error))
        return false;
    const QHostAddress host = shownHost();
    QString code = mServer->joinCode();
    if (code.size() == 6)
        code.insert(3, QLatin1Char('-'));
    QString page = mServer->pageUrl(host).toString();
    if (page.endsWith(QLatin1Char('/')))
        page.chop(1);
    mAudience->setJoin({mServer->joinUrl(host).toString(), page, code});
    followAudience();
    updateState();
    return true;
}

void ParticipantControl::setPauseDelay(int ms)
{
    mShownPauses->setDelay(ms);
}

void ParticipantControl::keptMonthsChanged()
{
    mServer->setKeptMonths(RetentionDialog::savedMonths().value_or(0));
}

void ParticipantControl::stop()
{
    mServer->stop();
    mAudience->setJoin({});
    updateState();
}

void ParticipantControl::invite()
{
    InviteDialog dialog(mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    QString error;
    if (!start(dialog.address(), dialog.port(), &error)) {
        QMessageBox::warning(mWindow, tr("Invite Participants"), error);
        return;
    }
    // The room sees how to join at once; the facilitator moves on from there.
    AudienceState::Content join;
    join.mode = AudienceState::Mode::Join;
    mAudience->show(join);
}

void ParticipantControl::followAudience()
{
    const AudienceState::Content &c = mAudience->content();
    ParticipantPrompt prompt;
    const Question *q = c.questionId != 0 ? mModel->question(c.questionId) : nullptr;
    // A question on the projector is open on the phones. A chart on the projector shows the
    // phones its results only once revealed; while the chart is live, answering from a phone
    // would move a bar in front of everyone, so they wait.
    if (q && (c.mode == AudienceState::Mode::Question ||
              (c.mode == AudienceState::Mode::Results && q->revealed))) {
        prompt.kind = ParticipantPrompt::Kind::Question;
        prompt.questionId = c.questionId;
    } else if (c.mode == AudienceState::Mode::Commitment) {
        prompt.kind = ParticipantPrompt::Kind::Commitment;
    }
    // A role-play's scene or decision: the phones show its content note and let people sit it
    // out.
    prompt.scenarioId = q && q->kind == QuestionKind::Decision ? q->scenarioId : c.rolePlay();
    mServer->setPrompt(prompt);
}

void ParticipantControl::updateState()
{
    const bool running = mServer->isRunning();
    mInviteAction->setText(running ? tr("Stop &Inviting Participants")
                                   : tr("&Invite Participants…"));
    mInviteAction->setEnabled(running || mModel->isLoaded());
    mInviteAction->setStatusTip(running ? tr("Stops the participant server; phones can no longer "
                                             "answer")
                                        : tr("Lets participants answer from their phones over "
                                             "the local network"));
    const int phones = mServer->connectedPhones();
    mStatus->setText(running ? tr("%n phone(s) connected", nullptr, phones) : QString());
    mStatus->setAccessibleName(mStatus->text());
    mStatus->setVisible(running);
    const int pauses = mShownPauses->shown();
    const QString asked = tr("%n person(s) asked for a pause", nullptr, pauses);
    mPause->setAccessibleDescription(mPause->toolTip());
    mPause->setVisible(running && pauses > 0);
    if (asked != mPause->text()) {
        mPause->setText(asked);
        // Told to a screen reader too, quietly, wherever the keyboard is; never to the room.
        if (pauses > 0)
            Announce::countChanged(mPause, asked);
        else
            mPause->setAccessibleName(asked);
    }
}

QHostAddress ParticipantControl::shownHost() const
{
    const QHostAddress served = mServer->address();
    if (served != QHostAddress::Any && served != QHostAddress::AnyIPv4 &&
        served != QHostAddress::AnyIPv6)
        return served;
    const QList<InviteDialog::Choice> choices = InviteDialog::choices();
    return choices.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : choices.first().address;
}
