#include "export/sessionexport.h"

#include "store/store.h"

namespace SessionExport {

QString formatId()
{
    return QStringLiteral("upstander-export/1");
}

QString contentKey(ExportContent content)
{
    return content == ExportContent::Raw ? QStringLiteral("raw") : QStringLiteral("aggregate");
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
    return data;
}

} // namespace SessionExport
