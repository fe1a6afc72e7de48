#include "export/csvexport.h"

#include "export/csvwriter.h"
#include "export/exportstatistic.h"

#include <QHash>
#include <QLocale>

namespace {

QString timestamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

namespace CsvExport {

QStringList aggregateColumns()
{
    return {QStringLiteral("session"),  QStringLiteral("statistic"), QStringLiteral("phase"),
            QStringLiteral("question"), QStringLiteral("scenario"),  QStringLiteral("scene"),
            QStringLiteral("prompt"),   QStringLiteral("measure"),   QStringLiteral("stage"),
            QStringLiteral("choice"),   QStringLiteral("value")};
}

QStringList rawColumns()
{
    return {QStringLiteral("record"), QStringLiteral("session"), QStringLiteral("question"),
            QStringLiteral("kind"),   QStringLiteral("phase"),   QStringLiteral("scenario"),
            QStringLiteral("scene"),  QStringLiteral("token"),   QStringLiteral("choice"),
            QStringLiteral("stage"),  QStringLiteral("count"),   QStringLiteral("time")};
}

QString value(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    default:
        return v.toString();
    }
}

QByteArray aggregate(const SessionData &data)
{
    const Session &s = data.session;
    const QString id = QString::number(s.id);
    CsvWriter csv(aggregateColumns());
    const QString session = QStringLiteral("session");
    const auto describe = [&](const QString &measure, const QString &text) {
        csv.addRow({id, session, {}, {}, {}, {}, {}, measure, {}, {}, text});
    };
    describe(QStringLiteral("title"), s.title);
    describe(QStringLiteral("date"), s.date.toString(Qt::ISODate));
    describe(QStringLiteral("cohort"), s.cohort);
    describe(QStringLiteral("language"), s.language);
    describe(QStringLiteral("k"), QString::number(s.k));

    for (const ExportStatistic &e : ExportStatistic::collect(data)) {
        const QString question = e.questionId ? QString::number(e.questionId) : QString();
        const QStringList identity{id,           e.statistic, e.phase, question,
                                   e.scenarioId, e.sceneId,   e.prompt};
        if (e.suppressed) {
            csv.addRow(identity + QStringList{{}, {}, {}, QStringLiteral("suppressed")});
            continue;
        }
        for (const StatisticRow &row : e.rows)
            csv.addRow(identity +
                       QStringList{row.key, e.stageOf(row), e.choiceOf(row), value(row.value)});
    }
    return csv.data();
}

QByteArray raw(const SessionData &data)
{
    QHash<qint64, const Question *> questions;
    for (const Question &q : data.questions)
        questions.insert(q.id, &q);
    const QString id = QString::number(data.session.id);
    CsvWriter csv(rawColumns());
    const auto describe = [&](qint64 questionId) {
        const Question *q = questions.value(questionId);
        return QStringList{id,
                           QString::number(questionId),
                           q ? SessionKeys::kind(q->kind) : QString(),
                           q ? SessionKeys::phase(q->phase) : QString(),
                           q ? q->scenarioId : QString(),
                           q ? q->sceneId : QString()};
    };
    const auto stageOf = [&](qint64 questionId, const QString &choice) {
        const Question *q = questions.value(questionId);
        return q ? q->stageOf(choice) : QString();
    };
    for (const Answer &a : data.answers) {
        csv.addRow(QStringList{QStringLiteral("answer")} + describe(a.questionId) +
                   QStringList{a.token, a.choice, stageOf(a.questionId, a.choice), QString(),
                               timestamp(a.at)});
    }
    for (const Tally &t : data.tallies) {
        if (t.count <= 0)
            continue;
        csv.addRow(QStringList{QStringLiteral("tally")} + describe(t.questionId) +
                   QStringList{QString(), t.choice, stageOf(t.questionId, t.choice),
                               QString::number(t.count), QString()});
    }
    return csv.data();
}

} // namespace CsvExport
