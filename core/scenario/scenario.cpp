#include "scenario/scenario.h"

#include "spectrum.h"

QStringList Decision::stagesSpanned() const
{
    QStringList spanned;
    for (const QString &key : Spectrum::keys()) {
        for (const DecisionOption &option : options) {
            if (option.stage == key) {
                spanned.append(key);
                break;
            }
        }
    }
    return spanned;
}

QStringList Scene::successors() const
{
    QStringList ids;
    if (!next.isEmpty())
        ids.append(next);
    if (decision) {
        for (const DecisionOption &option : decision->options) {
            if (!option.next.isEmpty() && !ids.contains(option.next))
                ids.append(option.next);
        }
    }
    return ids;
}

const Scene *Scenario::scene(const QString &sceneId) const
{
    for (const Scene &s : scenes) {
        if (s.id == sceneId)
            return &s;
    }
    return nullptr;
}

int Scenario::decisionCount() const
{
    int count = 0;
    for (const Scene &s : scenes)
        count += s.decision ? 1 : 0;
    return count;
}
