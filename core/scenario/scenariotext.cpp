#include "scenario/scenariotext.h"

#include <QCoreApplication>

namespace ScenarioText {
namespace {

// What a translator needs to know about a text: who reads it, where, and for the short ones
// shown on phone buttons, how long it may be.
struct Note
{
    const char *what; // in English, like the source texts it describes
    QString where;    // the scene or role it belongs to
    int buttonLength; // > 0: shown on a phone button, keep near this many characters
};

QString describe(const Note &note)
{
    QString text = QString::fromLatin1(note.what);
    if (!note.where.isEmpty())
        text += QStringLiteral(" (%1)").arg(note.where);
    text += QLatin1Char('.');
    if (note.buttonLength > 0)
        text += QStringLiteral(" Shown on a phone button: keep it short, about %1 characters "
                               "like the English.")
                    .arg(note.buttonLength);
    return text;
}

// Visits every translatable field with its id and a note for translators; the one place that
// knows which fields those are.
template <typename S, typename Visit> void forEachText(S &s, Visit &&visit)
{
    const QString base = s.id + QLatin1Char('.');
    const auto numbered = [&](const QString &prefix, auto &list, const char *what) {
        for (int i = 0; i < list.size(); ++i)
            visit(prefix + QString::number(i + 1), list[i], Note{what, {}, 0});
    };
    visit(base + QStringLiteral("title"), s.title,
          Note{"Scenario title, shown in the library and on the projector", {}, 0});
    visit(base + QStringLiteral("summary"), s.summary,
          Note{"Scenario summary, read by the trainer in the library", {}, 0});
    visit(base + QStringLiteral("content_note"), s.contentNote,
          Note{"Content note: what difficult content the role-play holds, read by participants "
               "on their phones before it starts so that they can choose to sit it out",
               {},
               0});
    for (auto &role : s.roles) {
        const QString r = base + QStringLiteral("roles.") + role.id + QLatin1Char('.');
        const QString who = QStringLiteral("role %1").arg(role.id);
        visit(r + QStringLiteral("name"), role.name,
              Note{"Name and job of a role-play character, printed on a role card", who, 0});
        visit(r + QStringLiteral("brief"), role.brief,
              Note{"Private brief, read only by the participant who plays this role", who, 0});
    }
    numbered(base + QStringLiteral("observer_checklist."), s.observerChecklist,
             "Question on the observer's checklist, answered while watching the role-play");
    for (auto &scene : s.scenes) {
        const QString sc = base + QStringLiteral("scenes.") + scene.id + QLatin1Char('.');
        const QString where = QStringLiteral("scene %1").arg(scene.id);
        visit(sc + QStringLiteral("title"), scene.title,
              Note{"Scene heading, shown on the projector", where, 0});
        visit(sc + QStringLiteral("narration"), scene.narration,
              Note{"Narration, read aloud by the trainer and shown on the projector", where, 0});
        visit(sc + QStringLiteral("notes"), scene.notes,
              Note{"Facilitator's private note, never shown to the room", where, 0});
        if (!scene.decision)
            continue;
        visit(sc + QStringLiteral("decision.prompt"), scene.decision->prompt,
              Note{"The decision's question, on the projector and at the top of the phones", where,
                   0});
        for (auto &option : scene.decision->options) {
            const QString o =
                sc + QStringLiteral("decision.options.") + option.id + QLatin1Char('.');
            const QString which = QStringLiteral("%1, option %2").arg(where, option.id);
            visit(o + QStringLiteral("text"), option.text,
                  Note{"An answer participants choose, on the projector and the phones", which,
                       int(option.text.size())});
            visit(o + QStringLiteral("why"), option.why,
                  Note{"Why this answer stands at its stage, shown when the results are revealed",
                       which, 0});
        }
    }
    numbered(base + QStringLiteral("debrief.what."), s.debrief.what,
             "Debrief question: what happened? (asked to the whole group)");
    numbered(base + QStringLiteral("debrief.so_what."), s.debrief.soWhat,
             "Debrief question: so what does it mean? (asked to the whole group)");
    numbered(base + QStringLiteral("debrief.now_what."), s.debrief.nowWhat,
             "Debrief question: now what will you do? (asked to the whole group)");
    for (int i = 0; i < s.sources.size(); ++i) {
        const QString so = base + QStringLiteral("sources.%1.").arg(i + 1);
        visit(so + QStringLiteral("title"), s.sources[i].title,
              Note{"Title of a source the scenario draws on (keep a published title as "
                   "published)",
                   {},
                   0});
        visit(so + QStringLiteral("note"), s.sources[i].note,
              Note{"What the scenario takes from this source, for the trainer", {}, 0});
    }
}

} // namespace

QList<Entry> entries(const Scenario &scenario)
{
    QList<Entry> result;
    forEachText(scenario, [&](const QString &id, const QString &text, const Note &note) {
        if (!text.isEmpty())
            result.append({id, text, describe(note)});
    });
    return result;
}

Scenario translated(const Scenario &scenario, const Lookup &lookup)
{
    Scenario copy = scenario;
    forEachText(copy, [&](const QString &id, QString &text, const Note &) {
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
