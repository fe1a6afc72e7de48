#include "export/csvexport.h"

#include "export/exportstatistic.h"

#include <QHash>

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
            QStringLiteral("stage"),  QStringLiteral("count")};
}

CsvWriter::Cell cell(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return CsvWriter::Cell::number(v.toDouble());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return CsvWriter::Cell::number(v.toLongLong());
    default:
        return v.toString();
    }
}

QString value(const QVariant &v)
{
    return cell(v).text();
}

QByteArray aggregate(const SessionData &data)
{
    using Cell = CsvWriter::Cell;
    const Session &s = data.session;
    const Cell id = Cell::number(s.id);
    CsvWriter csv(aggregateColumns());
    const QString session = QStringLiteral("session");
    const auto describe = [&](const QString &measure, const Cell &value) {
        csv.addRow({id, session, {}, {}, {}, {}, {}, measure, {}, {}, value});
    };
    describe(QStringLiteral("title"), s.title);
    describe(QStringLiteral("date"), s.date.toString(Qt::ISODate));
    describe(QStringLiteral("cohort"), s.cohort);
    describe(QStringLiteral("language"), s.language);
    describe(QStringLiteral("k"), Cell::number(s.k));

    for (const ExportStatistic &e : ExportStatistic::collect(data)) {
        const Cell question = e.questionId ? Cell::number(e.questionId) : Cell();
        const CsvWriter::Row identity{id,           e.statistic, e.phase, question,
                                      e.scenarioId, e.sceneId,   e.prompt};
        if (e.suppressed) {
            csv.addRow(identity + CsvWriter::Row{{}, {}, {}, QStringLiteral("suppressed")});
            continue;
        }
        for (const StatisticRow &row : e.rows)
            csv.addRow(identity +
                       CsvWriter::Row{row.key, e.stageOf(row), e.choiceOf(row), cell(row.value)});
    }
    return csv.data();
}

QByteArray raw(const SessionData &data)
{
    return raw(RawExport::of(data));
}

QByteArray raw(const RawExport &raw)
{
    using Cell = CsvWriter::Cell;
    QHash<qint64, const Question *> questions;
    for (const Question &q : raw.questions)
        questions.insert(q.id, &q);
    const Cell id = Cell::number(raw.session.id);
    CsvWriter csv(rawColumns());
    const auto describe = [&](qint64 questionId) {
        const Question *q = questions.value(questionId);
        return CsvWriter::Row{id,
                              Cell::number(questionId),
                              q ? SessionKeys::kind(q->kind) : QString(),
                              q ? SessionKeys::phase(q->phase) : QString(),
                              q ? q->scenarioId : QString(),
                              q ? q->sceneId : QString()};
    };
    for (const RawAnswer &a : raw.answers) {
        csv.addRow(CsvWriter::Row{QStringLiteral("answer")} + describe(a.questionId) +
                   CsvWriter::Row{a.key, a.choice, a.stage, {}});
    }
    for (const RawTally &t : raw.tallies) {
        csv.addRow(CsvWriter::Row{QStringLiteral("tally")} + describe(t.questionId) +
                   CsvWriter::Row{{}, t.choice, t.stage, Cell::number(t.count)});
    }
    return csv.data();
}

} // namespace CsvExport
