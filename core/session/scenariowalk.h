#pragma once

#include "scenario/scenario.h"

#include <QObject>
#include <QStringList>

// One walk through a scenario: the path of scenes taken, then the debrief, then the end.
// No widgets: the console's runner is a view of it, and an editor's rehearsal can be another.
//
//   [first] ─next / follow / go to─> [first, …, an ending] ─debrief─> debrief ─finish─> finished
//   back:    one scene off the path; from the debrief to its ending; from finished to the debrief
//   restart: from anywhere to [first]
//
// Every move that changes the walk emits changed() once; a move that is not possible from the
// current step returns false and changes nothing.
class ScenarioWalk : public QObject
{
    Q_OBJECT

public:
    enum class Step { NotStarted, Scene, Debrief, Finished };
    Q_ENUM(Step)

    static constexpr int DebriefSeconds = 10 * 60;

    explicit ScenarioWalk(const Scenario &scenario, QObject *parent = nullptr);

    const Scenario &scenario() const { return mScenario; }
    Step step() const;
    bool isStarted() const { return mStarted; }
    bool isInDebrief() const { return step() == Step::Debrief; }
    bool isFinished() const { return mFinished; }
    QStringList path() const { return mPath; } // scene ids visited, the current one last
    QString currentSceneId() const { return mPath.isEmpty() ? QString() : mPath.last(); }
    // The scene the walk stands at (the last on the path, also during the debrief), or null.
    const Scene *currentScene() const;
    // The decision the room faces now: none in the debrief or after the finish.
    const Decision *currentDecision() const;

    bool canGoBack() const;
    bool canAdvance() const; // to the next scene, or from an ending to the debrief
    bool canOpenDebrief() const;
    bool canFinish() const;

    // The length a step's timer starts from: the decision's own timer, DebriefSeconds in the
    // debrief, 0 where the scenario sets none (a scene without a timed decision, the end).
    int timerSeconds() const;

public slots:
    bool start(); // the first scene, unless the walk has started already
    bool restart();
    bool goBack();
    bool advance();
    bool followOption(int index); // the current decision's option, to its next scene
    bool goToScene(const QString &sceneId);
    bool openDebrief();
    bool finish();

signals:
    void changed();
    void finished();

private:
    const Scenario mScenario;
    QStringList mPath;
    bool mStarted = false;
    bool mInDebrief = false;
    bool mFinished = false;
};
