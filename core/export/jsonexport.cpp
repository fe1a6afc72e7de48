#include "export/jsonexport.h"

#include "catalogue.h"

#include "export/exportstatistic.h"
#include "export/rawexport.h"
#include "spectrum.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timestamp(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs))
                        : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float)
        return v.toDouble();
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    return v.toLongLong();
}

// A raw export's session has no time it was created (RawExport); an aggregate's has.
QJsonObject sessionObject(const Session &s, ExportContent content)
{
    QJsonObject labels;
    for (auto it = s.stageLabels.cbegin(); it != s.stageLabels.cend(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject session{{QStringLiteral("id"), s.id},
                        {QStringLiteral("title"), s.title},
                        {QStringLiteral("date"), textOrNull(s.date.toString(Qt::ISODate))},
                        {QStringLiteral("cohort"), textOrNull(s.cohort)},
                        {QStringLiteral("language"), s.language},
                        {QStringLiteral("k"), s.k},
                        {QStringLiteral("stageLabels"), labels}};
    if (content == ExportContent::Aggregate)
        session.insert(QStringLiteral("createdAt"), timestamp(s.createdAt));
    return session;
}

QJsonArray stagesArray(const Session &s)
{
    QJsonArray stages;
    // The labels in the session's language, whatever language exports it.
    const Spectrum spectrum =
        Spectrum::standard(Catalogue::forLanguage(s.language).get()).withLabels(s.stageLabels);
    for (const Stage &stage : spectrum.stages()) {
        stages.append(QJsonObject{{QStringLiteral("key"), stage.key},
                                  {QStringLiteral("position"), stage.index + 1},
                                  {QStringLiteral("label"), stage.label}});
    }
    return stages;
}

QJsonArray choicesArray(const QList<Choice> &choices)
{
    QJsonArray array;
    for (const Choice &c : choices)
        array.append(
            QJsonObject{{QStringLiteral("key"), c.key}, {QStringLiteral("stage"), c.stage}});
    return array;
}

// Rows nested by their keys; see jsonexport.h. Stage keys never contain a dot, so a
// transition's key splits into exactly "transitions", the from stage and the to stage.
QJsonObject values(const ExportStatistic &e)
{
    if (e.statistic == QLatin1String("commitments")) {
        QJsonArray texts;
        for (const StatisticRow &row : e.rows)
            texts.append(row.value.toString());
        return {{QStringLiteral("texts"), texts}};
    }
    QJsonObject object;
    QHash<QString, QJsonObject> groups;
    QStringList order;
    for (const StatisticRow &row : e.rows) {
        const qsizetype dot = row.key.indexOf(u'.');
        if (dot < 0) {
            object.insert(row.key, number(row.value));
            continue;
        }
        const QString group = row.key.left(dot);
        const QString rest = row.key.mid(dot + 1);
        if (!groups.contains(group))
            order.append(group);
        QJsonObject &target = groups[group];
        const qsizetype second = rest.indexOf(u'.');
        if (group == QLatin1String("transitions") && second > 0) {
            QJsonObject to = target.value(rest.left(second)).toObject();
            to.insert(rest.mid(second + 1), number(row.value));
            target.insert(rest.left(second), to);
        } else {
            target.insert(rest, number(row.value));
        }
    }
    for (const QString &group : std::as_const(order))
        object.insert(group, groups.value(group));
    return object;
}

// The option a whole group settled on at a decision: a fact, never counted as a vote.
QString groupChoiceOf(const SessionData &data, qint64 questionId)
{
    for (const Question &q : data.questions) {
        if (q.id == questionId)
            return q.groupChoice;
    }
    return {};
}

QJsonArray statisticsArray(const SessionData &data)
{
    QJsonArray array;
    for (const ExportStatistic &e : ExportStatistic::collect(data)) {
        QJsonObject o{{QStringLiteral("statistic"), e.statistic},
                      {QStringLiteral("k"), e.k},
                      {QStringLiteral("status"),
                       e.suppressed ? QStringLiteral("suppressed") : QStringLiteral("shown")}};
        if (!e.phase.isEmpty())
            o.insert(QStringLiteral("phase"), e.phase);
        if (e.statistic == QLatin1String("transitions"))
            o.insert(QStringLiteral("from"), SessionKeys::phase(Phase::Baseline));
        if (e.statistic == QLatin1String("decision")) {
            o.insert(QStringLiteral("question"), e.questionId);
            o.insert(QStringLiteral("scenario"), textOrNull(e.scenarioId));
            o.insert(QStringLiteral("scene"), textOrNull(e.sceneId));
            o.insert(QStringLiteral("prompt"), e.prompt);
            o.insert(QStringLiteral("options"), choicesArray(e.options));
            o.insert(QStringLiteral("groupChoice"), textOrNull(groupChoiceOf(data, e.questionId)));
        }
        if (!e.suppressed)
            o.insert(QStringLiteral("values"), values(e));
        array.append(o);
    }
    return array;
}

// Raw exports only: no time a question was asked (RawExport).
QJsonArray questionsArray(const QList<Question> &questions)
{
    QJsonArray array;
    for (const Question &q : questions) {
        array.append(QJsonObject{{QStringLiteral("id"), q.id},
                                 {QStringLiteral("kind"), SessionKeys::kind(q.kind)},
                                 {QStringLiteral("phase"), SessionKeys::phase(q.phase)},
                                 {QStringLiteral("scenario"), textOrNull(q.scenarioId)},
                                 {QStringLiteral("scene"), textOrNull(q.sceneId)},
                                 {QStringLiteral("prompt"), q.prompt},
                                 {QStringLiteral("position"), q.position},
                                 {QStringLiteral("choices"), choicesArray(q.choices)},
                                 {QStringLiteral("groupChoice"), textOrNull(q.groupChoice)}});
    }
    return array;
}

QJsonObject head(const Session &session, const ExportInfo &info)
{
    // A raw export says only the day it was made, like everything else in it.
    const QJsonValue exportedAt =
        info.content == ExportContent::Aggregate ? timestamp(info.exportedAt)
        : info.exportedAt.isValid()
            ? QJsonValue(info.exportedAt.toUTC().date().toString(Qt::ISODate))
            : QJsonValue(QJsonValue::Null);
    return {{QStringLiteral("format"), SessionExport::formatId()},
            {QStringLiteral("content"), SessionExport::contentKey(info.content)},
            {QStringLiteral("generator"), info.generator},
            {QStringLiteral("exportedAt"), exportedAt},
            {QStringLiteral("session"), sessionObject(session, info.content)},
            {QStringLiteral("stages"), stagesArray(session)}};
}

} // namespace

namespace JsonExport {

QJsonObject document(const SessionData &data, const ExportInfo &info)
{
    if (info.content == ExportContent::Raw)
        return document(RawExport::of(data), info);
    QJsonObject doc = head(data.session, info);
    doc.insert(QStringLiteral("statistics"), statisticsArray(data));
    return doc;
}

QJsonObject document(const RawExport &raw, const ExportInfo &info)
{
    ExportInfo rawInfo = info;
    rawInfo.content = ExportContent::Raw;
    QJsonObject doc = head(raw.session, rawInfo);
    QJsonArray answers;
    for (const RawAnswer &a : raw.answers) {
        answers.append(QJsonObject{{QStringLiteral("question"), a.questionId},
                                   {QStringLiteral("token"), a.key},
                                   {QStringLiteral("choice"), a.choice},
                                   {QStringLiteral("stage"), textOrNull(a.stage)}});
    }
    QJsonArray tallies;
    for (const RawTally &t : raw.tallies) {
        tallies.append(QJsonObject{{QStringLiteral("question"), t.questionId},
                                   {QStringLiteral("choice"), t.choice},
                                   {QStringLiteral("stage"), textOrNull(t.stage)},
                                   {QStringLiteral("count"), t.count}});
    }
    doc.insert(QStringLiteral("questions"), questionsArray(raw.questions));
    doc.insert(QStringLiteral("answers"), answers);
    doc.insert(QStringLiteral("tallies"), tallies);
    return doc;
}

QByteArray bytes(const SessionData &data, const ExportInfo &info)
{
    return QJsonDocument(document(data, info)).toJson(QJsonDocument::Indented);
}

} // namespace JsonExport
