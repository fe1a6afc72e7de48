#include "export/sessionexport.h"

#include "export/csvexport.h"
#include "export/jsonexport.h"
#include "store/store.h"

namespace SessionExport {

QString formatId()
{
    return QStringLiteral("upstander-export/2");
}

QString contentKey(ExportContent content)
{
    return content == ExportContent::Raw ? QStringLiteral("raw") : QStringLiteral("aggregate");
}

QString suffix(ExportFormat format)
{
    return format == ExportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

QByteArray bytes(const SessionData &data, ExportFormat format, const ExportInfo &info)
{
    if (format == ExportFormat::Json)
        return JsonExport::bytes(data, info);
    return info.content == ExportContent::Raw ? CsvExport::raw(data) : CsvExport::aggregate(data);
}

std::optional<SessionData> load(const Store &store, qint64 sessionId)
{
    std::optional<Session> session = store.session(sessionId);
    if (!session)
        return std::nullopt;
    SessionData data;
    data.session = std::move(*session);
    data.questions = store.questions(sessionId);
    data.answers = store.answers(sessionId);
    data.tallies = store.tallies(sessionId);
    data.commitments = store.commitments(sessionId);
    data.roomQuestionCount = int(store.roomQuestions(sessionId).size());
    return data;
}

} // namespace SessionExport
