#include "scenario/scenariotext.h"

#include <QCoreApplication>

namespace ScenarioText {
namespace {

// Visits every translatable field with its id; the one place that knows which fields those are.
template<typename S, typename Visit>
void forEachText(S &s, Visit &&visit)
{
    const QString base = s.id + QLatin1Char('.');
    const auto numbered = [&](const QString &prefix, auto &list) {
        for (int i = 0; i < list.size(); ++i)
            visit(prefix + QString::number(i + 1), list[i]);
    };
    visit(base + QStringLiteral("title"), s.title);
    visit(base + QStringLiteral("summary"), s.summary);
    for (auto &role : s.roles) {
        const QString r = base + QStringLiteral("roles.") + role.id + QLatin1Char('.');
        visit(r + QStringLiteral("name"), role.name);
        visit(r + QStringLiteral("brief"), role.brief);
    }
    numbered(base + QStringLiteral("observer_checklist."), s.observerChecklist);
    for (auto &scene : s.scenes) {
        const QString sc = base + QStringLiteral("scenes.") + scene.id + QLatin1Char('.');
        visit(sc + QStringLiteral("title"), scene.title);
        visit(sc + QStringLiteral("narration"), scene.narration);
        visit(sc + QStringLiteral("notes"), scene.notes);
        if (!scene.decision)
            continue;
        visit(sc + QStringLiteral("decision.prompt"), scene.decision->prompt);
        for (auto &option : scene.decision->options) {
            const QString o = sc + QStringLiteral("decision.options.") + option.id + QLatin1Char('.');
            visit(o + QStringLiteral("text"), option.text);
            visit(o + QStringLiteral("why"), option.why);
        }
    }
    numbered(base + QStringLiteral("debrief.what."), s.debrief.what);
    numbered(base + QStringLiteral("debrief.so_what."), s.debrief.soWhat);
    numbered(base + QStringLiteral("debrief.now_what."), s.debrief.nowWhat);
    for (int i = 0; i < s.sources.size(); ++i) {
        const QString so = base + QStringLiteral("sources.%1.").arg(i + 1);
        visit(so + QStringLiteral("title"), s.sources[i].title);
        visit(so + QStringLiteral("note"), s.sources[i].note);
    }
}

} // namespace

QList<Entry> entries(const Scenario &scenario)
{
    QList<Entry> result;
    forEachText(scenario, [&](const QString &id, const QString &text) {
        if (!text.isEmpty())
            result.append({id, text});
    });
    return result;
}

Scenario translated(const Scenario &scenario, const Lookup &lookup)
{
    Scenario copy = scenario;
    forEachText(copy, [&](const QString &id, QString &text) {
        if (!text.isEmpty())
            text = lookup(id, text);
    });
    return copy;
}

QString installedTranslation(const QString &id, const QString &source)
{
    const QByteArray key = id.toUtf8();
    const QString translation = qtTrId(key.constData());
    return translation == id || translation.isEmpty() ? source : translation;
}

} // namespace ScenarioText
