#include "session/scenariowalk.h"

ScenarioWalk::ScenarioWalk(const Scenario &scenario, QObject *parent)
    : QObject(parent), mScenario(scenario)
{
}

ScenarioWalk::Step ScenarioWalk::step() const
{
    if (!mStarted || mPath.isEmpty())
        return Step::NotStarted;
    if (mFinished)
        return Step::Finished;
    return mInDebrief ? Step::Debrief : Step::Scene;
}

const Scene *ScenarioWalk::currentScene() const
{
    return mPath.isEmpty() ? nullptr : mScenario.scene(mPath.last());
}

const Decision *ScenarioWalk::currentDecision() const
{
    const Scene *scene = currentScene();
    return step() == Step::Scene && scene && scene->decision ? &*scene->decision : nullptr;
}

bool ScenarioWalk::canGoBack() const
{
    switch (step()) {
    case Step::NotStarted:
        return false;
    case Step::Scene:
        return mPath.size() > 1;
    case Step::Debrief:
    case Step::Finished:
        return true;
    }
    return false;
}

bool ScenarioWalk::canAdvance() const
{
    const Scene *scene = currentScene();
    if (step() != Step::Scene || !scene)
        return false;
    // A decision moves on by following one of its options, not by "next".
    return scene->ending || (!scene->decision && mScenario.scene(scene->next));
}

bool ScenarioWalk::canOpenDebrief() const
{
    const Scene *scene = currentScene();
    return step() == Step::Scene && scene && scene->ending;
}

bool ScenarioWalk::canFinish() const
{
    return step() == Step::Debrief;
}

int ScenarioWalk::timerSeconds() const
{
    if (step() == Step::Debrief)
        return DebriefSeconds;
    const Decision *decision = currentDecision();
    return decision ? qMax(0, decision->timerSeconds) : 0;
}

bool ScenarioWalk::start()
{
    return !mStarted && restart();
}

bool ScenarioWalk::restart()
{
    mStarted = true;
    mInDebrief = false;
    mFinished = false;
    mPath.clear();
    if (!mScenario.scenes.isEmpty())
        mPath.append(mScenario.scenes.first().id);
    emit changed();
    return true;
}

bool ScenarioWalk::goBack()
{
    switch (step()) {
    case Step::NotStarted:
        return false;
    case Step::Scene:
        if (mPath.size() < 2)
            return false;
        mPath.removeLast();
        break;
    case Step::Debrief:
        mInDebrief = false;
        break;
    case Step::Finished:
        mFinished = false;
        break;
    }
    emit changed();
    return true;
}

bool ScenarioWalk::advance()
{
    if (!canAdvance())
        return false;
    const Scene *scene = currentScene();
    return scene->ending ? openDebrief() : goToScene(scene->next);
}

bool ScenarioWalk::followOption(int index)
{
    const Decision *decision = currentDecision();
    if (!decision || index < 0 || index >= decision->options.size())
        return false;
    return goToScene(decision->options.at(index).next);
}

bool ScenarioWalk::goToScene(const QString &sceneId)
{
    if (!mScenario.scene(sceneId))
        return false;
    // A jump is a move like any other: it leaves the debrief or the end behind.
    mStarted = true;
    mInDebrief = false;
    mFinished = false;
    mPath.append(sceneId);
    emit changed();
    return true;
}

bool ScenarioWalk::openDebrief()
{
    if (!canOpenDebrief())
        return false;
    mInDebrief = true;
    emit changed();
    return true;
}

bool ScenarioWalk::finish()
{
    if (!canFinish())
        return false;
    mFinished = true;
    emit changed();
    emit finished();
    return true;
}
