#include "console/sessionresume.h"

#include "audience/audiencestate.h"
#include "runner/scenariorunner.h"
#include "session/sessionmodel.h"

#include <QSettings>

namespace {
const QString DatabaseKey = QStringLiteral("resume/database");
const QString SessionKey = QStringLiteral("resume/session");
} // namespace

SessionResume::SessionResume(Store *store, SessionModel *model, AudienceState *audience,
                             QObject *parent)
    : QObject(parent), mStore(store), mModel(model), mAudience(audience)
{
    connect(mAudience, &AudienceState::contentChanged, this, &SessionResume::write);
}

qint64 SessionResume::lastSession(const QString &databasePath)
{
    const QSettings settings;
    if (databasePath.isEmpty() || settings.value(DatabaseKey).toString() != databasePath)
        return 0;
    return settings.value(SessionKey).toLongLong();
}

bool SessionResume::walkTo(ScenarioRunner *runner, const SessionPosition &position)
{
    runner->start(); // the first scene
    for (qsizetype i = 1; i < position.path.size(); ++i) {
        runner->goToScene(position.path.at(i));
        if (runner->currentSceneId() != position.path.at(i))
            return false;
    }
    if (position.step != SessionPosition::Step::Scene)
        runner->openDebrief();
    if (position.step == SessionPosition::Step::Finished)
        runner->finish();
    return runner->path() == position.path;
}

void SessionResume::sessionOpened(const QString &databasePath)
{
    QSettings settings;
    settings.setValue(DatabaseKey, databasePath);
    settings.setValue(SessionKey, mModel->session().id);
    settings.sync(); // a crash a moment later still finds it
    mWrittenSession = mModel->session().id;
    mWritten.reset(); // whatever the console shows next is written, even if it is nothing
}

void SessionResume::sessionClosed()
{
    QSettings settings;
    settings.remove(DatabaseKey);
    settings.remove(SessionKey);
    settings.sync();
    mWrittenSession = 0;
    follow(nullptr);
}

void SessionResume::follow(ScenarioRunner *runner)
{
    if (mRunner)
        mRunner->walk()->disconnect(this);
    mRunner = runner;
    if (runner)
        connect(runner->walk(), &ScenarioWalk::changed, this, &SessionResume::write);
    write();
}

SessionPosition SessionResume::current() const
{
    SessionPosition position;
    if (mRunner) {
        const ScenarioWalk *walk = mRunner->walk();
        position.scenarioId = walk->scenario().id;
        position.path = walk->path();
        position.step = walk->isFinished()    ? SessionPosition::Step::Finished
                        : walk->isInDebrief() ? SessionPosition::Step::Debrief
                                              : SessionPosition::Step::Scene;
    }
    // The question the phones answer is the one on the projector (ParticipantControl).
    const AudienceState::Content &shown = mAudience->content();
    if (shown.mode == AudienceState::Mode::Question || shown.mode == AudienceState::Mode::Results)
        position.questionId = mModel->question(shown.questionId) ? shown.questionId : 0;
    return position;
}

void SessionResume::write()
{
    if (!mModel->isLoaded() || mModel->session().id != mWrittenSession)
        return;
    const SessionPosition position = current();
    if (mWritten && *mWritten == position)
        return;
    mWritten = position;
    mStore->queue(Store::PutPosition{mWrittenSession, position});
}
