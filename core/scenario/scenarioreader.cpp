#include "scenario/scenarioreader.h"

#include "scenario/languagetag.h"
#include "scenario/mapreader.h"
#include "scenario/suggest.h"
#include "scenario/theme.h"
#include "visiblelength.h"

namespace {

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result.append(QLatin1String(name));
    return result;
}

QString key(const char *name)
{
    return QLatin1String(name);
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioReader)

public:
    Reader(const QString &file, Diagnostics &diagnostics) : mFile(file), mDiagnostics(diagnostics)
    {
    }

    Scenario readScenario(const YamlNode &root)
    {
        Scenario s;
        if (root.kind == YamlNode::Kind::Null) {
            mDiagnostics.append({Diagnostic::Severity::Error, mFile, 1, 1,
                                 tr("the file is empty; a scenario starts with "
                                    "\"format: %1\"")
                                     .arg(QLatin1String(ScenarioReader::FormatTag))});
            return s;
        }
        MapReader map(
            root,
            keys({"format", "id", "language", "title", "theme", "summary", "content_note", "duration",
                  "group_size", "roles", "observer_checklist", "scenes", "debrief", "sources"}),
            mFile, mDiagnostics);
        if (!map.isMap())
            return s;

        const QString format = map.text(key("format"), MapReader::Required);
        if (!format.isEmpty() && format != QLatin1String(ScenarioReader::FormatTag)) {
            map.error(
                map.position(key("format")),
                tr("unsupported format \"%1\"; this version of Upstander reads \"%2\"")
                    .arg(MapReader::excerpt(format), QLatin1String(ScenarioReader::FormatTag)));
        }
        s.id = map.identifier(key("id"), MapReader::Required);
        s.language = readLanguage(map);
        s.title = map.text(key("title"), MapReader::Required);
        s.theme = map.text(key("theme"), MapReader::Required);
        if (!s.theme.isEmpty() && !Theme::isKey(s.theme)) {
            const QString suggestion = closestMatch(s.theme, Theme::keys());
            map.error(map.position(key("theme")),
                      suggestion.isEmpty() ? tr("unknown theme \"%1\"; expected one of: %2")
                                                 .arg(MapReader::excerpt(s.theme),
                                                      Theme::keys().join(QStringLiteral(", ")))
                                           : tr("unknown theme \"%1\"; did you mean \"%2\"?")
                                                 .arg(MapReader::excerpt(s.theme), suggestion));
        }
        s.summary = map.text(key("summary"), MapReader::Required);
        readContentNote(map, s);
        s.durationMinutes = map.integer(key("duration"), 5, 240, MapReader::Required).value_or(0);
        readGroupSize(map, s);
        for (const YamlNode &item : map.list(key("roles"), MapReader::Required))
            readRole(item, s);
        s.observerChecklist = map.textList(key("observer_checklist"), MapReader::Required);
        for (const YamlNode &item : map.list(key("scenes"), MapReader::Required))
            readScene(item, s);
        readDebrief(map, s);
        for (const YamlNode &item : map.list(key("sources"), MapReader::Optional))
            readSource(item, s);
        return s;
    }

private:
    // Read on a phone before the role-play: a long one is a warning, the author's to shorten.
    void readContentNote(MapReader &map, Scenario &s)
    {
        s.contentNote = map.text(key("content_note"), MapReader::Optional).simplified();
        const int length = visibleLength(s.contentNote);
        if (length > Scenario::ContentNoteLength) {
            const SourcePosition at = map.position(key("content_note"));
            mDiagnostics.append({Diagnostic::Severity::Warning, mFile, at.line, at.column,
                                 tr("the content note has %1 characters; participants read it "
                                    "on a phone before the role-play, so keep it to %2")
                                     .arg(length)
                                     .arg(Scenario::ContentNoteLength)});
        }
    }

    // A BCP 47 tag, in its usual case ("pt-br" is read as "pt-BR").
    QString readLanguage(MapReader &map)
    {
        const QString text = map.text(key("language"), MapReader::Required);
        if (text.isEmpty())
            return text;
        const LanguageTag::Check tag = LanguageTag::check(text);
        const SourcePosition at = map.position(key("language"));
        if (!tag.isValid()) {
            map.error(at, tag.error);
            return text;
        }
        if (!tag.warning.isEmpty()) {
            mDiagnostics.append(
                {Diagnostic::Severity::Warning, mFile, at.line, at.column, tag.warning});
        }
        return tag.tag;
    }

    void readGroupSize(MapReader &parent, Scenario &s)
    {
        const YamlNode *node = parent.node(key("group_size"));
        if (!node || node->kind == YamlNode::Kind::Null) {
            parent.text(key("group_size"), MapReader::Required); // reports it missing or empty
            return;
        }
        MapReader map(*node, keys({"min", "max"}), mFile, mDiagnostics);
        if (!map.isMap())
            return;
        s.groupMin = map.integer(key("min"), 1, 1000, MapReader::Required).value_or(0);
        s.groupMax = map.integer(key("max"), 1, 1000, MapReader::Required).value_or(0);
        if (s.groupMin > 0 && s.groupMax > 0 && s.groupMin > s.groupMax) {
            map.error(
                map.position(key("max")),
                tr("\"max\" (%1) is smaller than \"min\" (%2)").arg(s.groupMax).arg(s.groupMin));
        }
    }

    void readRole(const YamlNode &node, Scenario &s)
    {
        MapReader map(node, keys({"id", "name", "brief", "observer"}), mFile, mDiagnostics);
        if (!map.isMap())
            return;
        ScenarioRole role;
        role.position = map.position();
        role.id = map.identifier(key("id"), MapReader::Required);
        role.name = map.text(key("name"), MapReader::Required);
        role.brief = map.text(key("brief"), MapReader::Required);
        role.observer = map.boolean(key("observer"), false);
        s.roles.append(role);
    }

    void readScene(const YamlNode &node, Scenario &s)
    {
        MapReader map(node,
                      keys({"id", "title", "narration", "notes", "next", "decision", "ending"}),
                      mFile, mDiagnostics);
        if (!map.isMap())
            return;
        Scene scene;
        scene.position = map.position();
        scene.id = map.identifier(key("id"), MapReader::Required);
        scene.title = map.text(key("title"), MapReader::Optional);
        scene.narration = map.text(key("narration"), MapReader::Required);
        scene.notes = map.text(key("notes"), MapReader::Optional);
        scene.next = map.identifier(key("next"), MapReader::Optional);
        scene.nextPosition = map.position(key("next"));
        if (const YamlNode *decision = map.node(key("decision")))
            scene.decision = readDecision(*decision);
        scene.ending = map.boolean(key("ending"), false);
        if (map.has(key("ending")) && !scene.ending)
            map.error(map.position(key("ending")),
                      tr("\"ending: false\" says nothing; leave \"ending\" out of scenes that "
                         "are not endings"));

        QStringList given;
        for (const char *k : {"next", "decision", "ending"}) {
            // "ending: false" is reported above; it does not make a second way out.
            if (map.has(key(k)) && (qstrcmp(k, "ending") != 0 || scene.ending))
                given.append(QStringLiteral("\"%1\"").arg(key(k)));
        }
        if (given.size() > 1) {
            map.error(map.position(),
                      tr("scene \"%1\" has %2; a scene does exactly one of \"next\", "
                         "\"decision\" or \"ending\"")
                          .arg(scene.id, given.join(tr(" and "))));
        }
        s.scenes.append(scene);
    }

    Decision readDecision(const YamlNode &node)
    {
        Decision decision;
        decision.position = {node.line, node.column};
        MapReader map(node, keys({"prompt", "timer", "options"}), mFile, mDiagnostics);
        if (!map.isMap())
            return decision;
        decision.prompt = map.text(key("prompt"), MapReader::Required);
        decision.timerSeconds =
            map.integer(key("timer"), 10, 3600, MapReader::Optional).value_or(0);
        // An empty list gets the same message as a list of one, not "at least one item".
        const YamlNode *list = map.node(key("options"));
        const bool isList = list && list->isSequence();
        const std::vector<YamlNode> &options =
            map.list(key("options"), isList ? MapReader::Optional : MapReader::Required);
        for (const YamlNode &item : options)
            decision.options.append(readOption(item));
        if (isList && (options.size() < 2 || options.size() > 6)) {
            map.error(
                map.position(key("options")),
                tr("a decision needs two to six options, this one has %1").arg(options.size()));
        }
        return decision;
    }

    DecisionOption readOption(const YamlNode &node)
    {
        DecisionOption option;
        option.position = {node.line, node.column};
        MapReader map(node, keys({"id", "text", "stage", "why", "next"}), mFile, mDiagnostics);
        if (!map.isMap())
            return option;
        option.id = map.identifier(key("id"), MapReader::Required);
        option.text = map.text(key("text"), MapReader::Required);
        option.stage = map.text(key("stage"), MapReader::Required);
        option.stagePosition = map.position(key("stage"));
        option.why = map.text(key("why"), MapReader::Required);
        option.next = map.identifier(key("next"), MapReader::Required);
        option.nextPosition = map.position(key("next"));
        return option;
    }

    void readDebrief(MapReader &parent, Scenario &s)
    {
        const YamlNode *node = parent.node(key("debrief"));
        if (!node || node->kind == YamlNode::Kind::Null) {
            parent.text(key("debrief"), MapReader::Required); // reports it missing or empty
            return;
        }
        MapReader map(*node, keys({"what", "so_what", "now_what"}), mFile, mDiagnostics);
        if (!map.isMap())
            return;
        s.debrief.what = map.textList(key("what"), MapReader::Required);
        s.debrief.soWhat = map.textList(key("so_what"), MapReader::Required);
        s.debrief.nowWhat = map.textList(key("now_what"), MapReader::Required);
    }

    void readSource(const YamlNode &node, Scenario &s)
    {
        MapReader map(node, keys({"title", "note"}), mFile, mDiagnostics);
        if (!map.isMap())
            return;
        ScenarioSource source;
        source.title = map.text(key("title"), MapReader::Required);
        source.note = map.text(key("note"), MapReader::Optional);
        s.sources.append(source);
    }

    const QString mFile;
    Diagnostics &mDiagnostics;
};

} // namespace

Scenario ScenarioReader::read(const YamlNode &root, const QString &file, Diagnostics &diagnostics)
{
    Reader reader(file, diagnostics);
    Scenario scenario = reader.readScenario(root);
    scenario.filePath = file;
    return scenario;
}
