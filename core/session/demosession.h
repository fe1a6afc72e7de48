#pragma once

#include "roomlanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class Store;

// A realistic demo workshop, so that a newcomer, the exports and the tests have something to
// look at: about 25 anonymous participants place themselves (most of them high, as most people
// who call themselves allies do), vote at the decision points of two built-in scenarios (with
// more bystander and passive choices than their self-placement suggests), place themselves
// again afterwards, and eight of them write a commitment. A few pass, a few skip a question.
//
// Everything goes through SessionModel, the path real answers take. The choices are drawn
// from a seeded generator, so the same seed gives the same answers, counts and tokens;
// only the recording times differ. Each call creates a new session.
class DemoSession
{
    Q_DECLARE_TR_FUNCTIONS(DemoSession)
    UPSTANDER_ROOM_TR_FUNCTIONS(DemoSession) // the demo's own texts are the room's

public:
    static constexpr quint32 DefaultSeed = 20240611;
    static constexpr int Participants = 25;

    struct Result
    {
        qint64 sessionId = 0;
        int participants = 0;
        int answers = 0;
        int commitments = 0;
    };

    // The store must be open. `language` is the session's language, e.g. "en".
    static std::optional<Result> create(Store *store, const QDate &date, const QString &language,
                                        QString *error, quint32 seed = DefaultSeed);

    // Its follow-up eight weeks later (SessionRules::followUpOf, the same cohort): most of the
    // same people place themselves again — a little below where they ended the workshop, as
    // confidence fades — and replay the workshop's first decision, choosing somewhat better.
    // The workshop must be in the store; its language is the follow-up's.
    static std::optional<Result> createFollowUp(Store *store, qint64 workshopId, QString *error,
                                                quint32 seed = DefaultSeed);

    static QString title();  // translated
    static QString cohort(); // "demo-cohort"
    // The scenarios the demo plays, by id, in order.
    static QStringList scenarioIds();
};
