#include "export/jsonexport.h"

#include "export/exportstatistic.h"
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

QJsonObject sessionObject(const Session &s)
{
    QJsonObject labels;
    for (auto it = s.stageLabels.cbegin(); it != s.stageLabels.cend(); ++it)
        labels.insert(it.key(), it.value());
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("date"), textOrNull(s.date.toString(Qt::ISODate))},
            {QStringLiteral("cohort"), textOrNull(s.cohort)},
            {QStringLiteral("language"), s.language},
            {QStringLiteral("k"), s.k},
            {QStringLiteral("stageLabels"), labels},
            {QStringLiteral("createdAt"), timestamp(s.createdAt)}};
}

QJsonArray stagesArray(const Session &s)
{
    QJsonArray stages;
    const Spectrum spectrum = Spectrum::standard().withLabels(s.stageLabels);
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
                                 {QStringLiteral("askedAt"), timestamp(q.askedAt)},
                                 {QStringLiteral("choices"), choicesArray(q.choices)},
                                 {QStringLiteral("groupChoice"), textOrNull(q.groupChoice)}});
    }
    return array;
}

QString stageOf(const QHash<qint64, const Question *> &questions, qint64 id, const QString &choice)
{
    const Question *q = questions.value(id);
    return q ? q->stageOf(choice) : QString();
}

} // namespace

namespace JsonExport {

QJsonObject document(const SessionData &data, const ExportInfo &info)
{
    QJsonObject doc{{QStringLiteral("format"), SessionExport::formatId()},
                    {QStringLiteral("content"), SessionExport::contentKey(info.content)},
                    {QStringLiteral("generator"), info.generator},
                    {QStringLiteral("exportedAt"), timestamp(info.exportedAt)},
                    {QStringLiteral("session"), sessionObject(data.session)},
                    {QStringLiteral("stages"), stagesArray(data.session)}};
    if (info.content == ExportContent::Aggregate) {
        doc.insert(QStringLiteral("statistics"), statisticsArray(data));
        return doc;
    }
    QHash<qint64, const Question *> questions;
    for (const Question &q : data.questions)
        questions.insert(q.id, &q);
    QJsonArray answers;
    for (const Answer &a : data.answers) {
        answers.append(QJsonObject{
            {QStringLiteral("question"), a.questionId},
            {QStringLiteral("token"), a.token},
            {QStringLiteral("choice"), a.choice},
            {QStringLiteral("stage"), textOrNull(stageOf(questions, a.questionId, a.choice))},
            {QStringLiteral("time"), timestamp(a.at)}});
    }
    QJsonArray tallies;
    for (const Tally &t : data.tallies) {
        if (t.count <= 0)
            continue;
        tallies.append(QJsonObject{
            {QStringLiteral("question"), t.questionId},
            {QStringLiteral("choice"), t.choice},
            {QStringLiteral("stage"), textOrNull(stageOf(questions, t.questionId, t.choice))},
            {QStringLiteral("count"), t.count}});
    }
    doc.insert(QStringLiteral("questions"), questionsArray(data.questions));
    doc.insert(QStringLiteral("answers"), answers);
    doc.insert(QStringLiteral("tallies"), tallies);
    return doc;
}

QByteArray bytes(const SessionData &data, const ExportInfo &info)
{
    return QJsonDocument(document(data, info)).toJson(QJsonDocument::Indented);
}

} // namespace JsonExport
