#pragma once

#include "roomlanguage.h"

#include "charts/chartmodel.h"
#include "stats/statistics.h"

// A cohort's sessions in date order: one row per session, with the mean stage position
// (1 bystander … 5 advocate) of each self-placement phase. The first column numbers the
// sessions, so that a line series can use it as x. A phase a session withheld (fewer than
// that session's k) is suppressed; a phase it never asked is empty.
//
//   SessionStore (other sessions) + SessionModel (this one) ──Statistics::cohortTrend()──>
//   TrendPoint[] ──setTrend()──> CohortTrendModel ──> TrendChart
class CohortTrendModel : public ChartModel
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(CohortTrendModel) // its texts are for the room

public:
    enum Column { SessionColumn, BaselineColumn, AfterColumn, FollowUpColumn };

    using ChartModel::ChartModel;

    void setTrend(const QList<TrendPoint> &points, const QString &cohort, int k);

    // Only the phase columns count: the session numbers are always there.
    bool isSuppressed() const override;
};
