#include "scenario/scenariochecker.h"

#include "scenario/mapreader.h"
#include "spectrum.h"
#include "scenario/suggest.h"

#include <QHash>
#include <QSet>

namespace {

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioChecker)

public:
    Checker(const Scenario &scenario, Diagnostics &diagnostics)
        : s(scenario), mDiagnostics(diagnostics)
    {
    }

    void run()
    {
        checkUniqueIds();
        for (const Scene &scene : s.scenes)
            checkScene(scene);
        checkGraph();
    }

private:
    void error(const SourcePosition &at, const QString &message)
    {
        mDiagnostics.append({Diagnostic::Severity::Error, s.filePath, at.line, at.column, message});
    }

    void warning(const SourcePosition &at, const QString &message)
    {
        mDiagnostics.append(
            {Diagnostic::Severity::Warning, s.filePath, at.line, at.column, message});
    }

    void checkUniqueIds()
    {
        QHash<QString, int> roleLines;
        for (const ScenarioRole &role : s.roles) {
            if (role.id.isEmpty())
                continue;
            if (roleLines.contains(role.id))
                error(role.position, tr("duplicate role id \"%1\" (first used on line %2)")
                                         .arg(role.id)
                                         .arg(roleLines.value(role.id)));
            else
                roleLines.insert(role.id, role.position.line);
        }
        for (const Scene &scene : s.scenes) {
            if (scene.id.isEmpty())
                continue;
            if (mSceneLines.contains(scene.id)) {
                error(scene.position, tr("duplicate scene id \"%1\" (first used on line %2)")
                                          .arg(scene.id)
                                          .arg(mSceneLines.value(scene.id)));
            } else {
                mSceneLines.insert(scene.id, scene.position.line);
                mSceneIds.append(scene.id);
            }
        }
    }

    void checkScene(const Scene &scene)
    {
        if (scene.next.isEmpty() && !scene.decision && !scene.ending && !scene.id.isEmpty()) {
            error(scene.position, tr("scene \"%1\" is a dead end: it is not an ending and leads "
                                     "nowhere; give it \"next\", \"decision\" or \"ending: true\"")
                                      .arg(scene.id));
        }
        if (!scene.next.isEmpty())
            checkTarget(scene.next, scene.nextPosition);
        if (!scene.decision)
            return;
        QHash<QString, int> optionLines;
        for (const DecisionOption &option : scene.decision->options) {
            if (!option.id.isEmpty()) {
                if (optionLines.contains(option.id))
                    error(option.position,
                          tr("duplicate option id \"%1\" in this decision (first used on line %2)")
                              .arg(option.id)
                              .arg(optionLines.value(option.id)));
                else
                    optionLines.insert(option.id, option.position.line);
            }
            checkStage(option);
            if (!option.next.isEmpty())
                checkTarget(option.next, option.nextPosition);
        }
        const QStringList spanned = scene.decision->stagesSpanned();
        if (scene.decision->options.size() >= 2 && spanned.size() < 3) {
            warning(scene.decision->position,
                    tr("the options of this decision span only %1 of the five stages (%2); "
                       "three or more give the group something to discuss")
                        .arg(spanned.size())
                        .arg(spanned.join(QStringLiteral(", "))));
        }
    }

    void checkStage(const DecisionOption &option)
    {
        if (option.stage.isEmpty() || Spectrum::isKey(option.stage))
            return;
        const QString suggestion = closestMatch(option.stage, Spectrum::keys());
        error(option.stagePosition, suggestion.isEmpty()
                                        ? tr("unknown stage \"%1\"; expected one of: %2")
                                              .arg(MapReader::excerpt(option.stage),
                                                   Spectrum::keys().join(QStringLiteral(", ")))
                                        : tr("unknown stage \"%1\"; did you mean \"%2\"?")
                                              .arg(MapReader::excerpt(option.stage), suggestion));
    }

    void checkTarget(const QString &target, const SourcePosition &at)
    {
        if (mSceneLines.contains(target))
            return;
        // In file order, not hash order, so that a tie always suggests the same scene.
        const QString suggestion = closestMatch(target, mSceneIds);
        error(at, suggestion.isEmpty()
                      ? tr("\"next\" names no scene: there is no scene \"%1\"").arg(target)
                      : tr("\"next\" names no scene: there is no scene \"%1\"; did you mean "
                           "\"%2\"?")
                            .arg(target, suggestion));
    }

    void checkGraph()
    {
        if (s.scenes.isEmpty() || s.scenes.first().id.isEmpty())
            return;
        QHash<QString, const Scene *> byId;
        for (const Scene &scene : s.scenes) {
            if (!scene.id.isEmpty() && !byId.contains(scene.id))
                byId.insert(scene.id, &scene);
        }

        // Forward: which scenes can be reached from the start?
        const QString start = s.scenes.first().id;
        QSet<QString> reached{start};
        QList<QString> queue{start};
        while (!queue.isEmpty()) {
            const Scene *scene = byId.value(queue.takeFirst());
            for (const QString &next : scene->successors()) {
                if (byId.contains(next) && !reached.contains(next)) {
                    reached.insert(next);
                    queue.append(next);
                }
            }
        }
        QSet<QString> targets;
        for (const Scene *scene : std::as_const(byId)) {
            for (const QString &next : scene->successors())
                targets.insert(next);
        }
        for (const Scene &scene : s.scenes) {
            if (scene.id.isEmpty() || reached.contains(scene.id) || byId.value(scene.id) != &scene)
                continue;
            error(scene.position,
                  targets.contains(scene.id)
                      ? tr("scene \"%1\" cannot be reached from the first scene \"%2\"; the "
                           "only scenes leading to it cannot be reached either")
                            .arg(scene.id, start)
                      : tr("scene \"%1\" cannot be reached from the first scene \"%2\"; no "
                           "\"next\" leads to it")
                            .arg(scene.id, start));
        }

        bool anyEnding = false;
        for (const Scene &scene : s.scenes)
            anyEnding = anyEnding || scene.ending;
        if (!anyEnding) {
            error(s.scenes.first().position,
                  tr("no scene is an ending; mark the last scene of each path with "
                     "\"ending: true\""));
            return;
        }

        // Backward: which scenes have a way to an ending? Scenes already reported as dead ends
        // or with a broken target count as "ending" here, so one mistake gives one error.
        QSet<QString> canEnd;
        QHash<QString, QStringList> predecessors;
        QList<QString> pending;
        for (const Scene *scene : std::as_const(byId)) {
            bool brokenTarget = false;
            for (const QString &next : scene->successors()) {
                brokenTarget = brokenTarget || !byId.contains(next);
                predecessors[next].append(scene->id);
            }
            if (scene->ending || scene->successors().isEmpty() || brokenTarget) {
                canEnd.insert(scene->id);
                pending.append(scene->id);
            }
        }
        while (!pending.isEmpty()) {
            for (const QString &previous : predecessors.value(pending.takeFirst())) {
                if (!canEnd.contains(previous)) {
                    canEnd.insert(previous);
                    pending.append(previous);
                }
            }
        }
        for (const Scene &scene : s.scenes) {
            if (reached.contains(scene.id) && !canEnd.contains(scene.id) &&
                byId.value(scene.id) == &scene)
                error(scene.position, tr("scene \"%1\" is caught in a loop: no path from it "
                                         "reaches an ending")
                                          .arg(scene.id));
        }
    }

    const Scenario &s;
    Diagnostics &mDiagnostics;
    QHash<QString, int> mSceneLines;
    QStringList mSceneIds; // in file order
};

} // namespace

void ScenarioChecker::check(const Scenario &scenario, Diagnostics &diagnostics)
{
    Checker(scenario, diagnostics).run();
}
