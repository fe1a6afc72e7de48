#pragma once

#include "roomlanguage.h"

#include "scenario/scenariolibrary.h"
#include "session/sessionmodel.h"
#include "spectrum.h"
#include "stats/statistics.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class ChartModel;
class CohortTrendModel;
class DecisionTallyModel;
class DistributionModel;
class StageComparisonModel;

// The chart models of the open session, kept up to date as answers arrive. Who owns what:
//
//   SessionModel ──changed()──> SessionCharts ──(one timer, ≤ 1 recompute per frame)──>
//       Statistics::compute() ──> DistributionModel    per question / phase  "distribution"
//                             ├─> StageComparisonModel before vs after        "before-after"
//                             ├─> StageComparisonModel self vs chosen         "perception-gap"
//                             ├─> DecisionTallyModel   per decision question  "decisions"
//                             └─> CohortTrendModel     the cohort's sessions  "cohort-trend"
//
// A change after a quiet spell is shown at the next turn of the event loop; during a burst
// (a thousand answers in a second) recomputes are at least FrameMs apart, so at most 60 a
// second, and each refills the models in place (dataChanged), so the charts bound to them
// repaint at most once a frame. Every number comes from the statistics API
// (statistics.h), with the k rule applied there.
class SessionCharts : public QObject
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(SessionCharts) // its texts are for the room

public:
    // The least time between two recomputes: one frame at 60 frames a second, rounded up,
    // so a burst costs at most 60 recomputes (and repaints) a second.
    static constexpr int FrameMs = 17;

    // "distribution", "before-after", "perception-gap", "decisions", "cohort-trend"
    static QStringList chartNames();
    static QString chartTitle(const QString &name); // translated, e.g. "Before and after"

    explicit SessionCharts(SessionModel *session, QObject *parent = nullptr);
    ~SessionCharts() override;

    SessionModel *session() const { return mSession; }
    // Where option texts and debrief questions come from. Without one, the built-in
    // scenarios and the user's scenario folder are loaded on first use.
    void setScenarioLibrary(const ScenarioLibrary *library);
    const ScenarioLibrary &scenarioLibrary() const;

    const Spectrum &spectrum() const { return mSpectrum; } // with the session's stage labels
    int threshold() const;

    // questionId 0: the latest self-placement phase (after, else baseline, …).
    DistributionModel *distribution(qint64 questionId = 0);
    StageComparisonModel *beforeAfter() const { return mBeforeAfter; }
    StageComparisonModel *perceptionGap() const { return mPerceptionGap; }
    // questionId 0: the latest decision question.
    DecisionTallyModel *decision(qint64 questionId = 0);
    CohortTrendModel *cohortTrend() const { return mTrend; }
    // The cohort's sessions with this one, in date order (what the trend chart draws, and
    // each follow-up's check-in).
    const QList<TrendPoint> &trendPoints() const { return mTrendPoints; }
    // By chart name; nullptr for an unknown name.
    ChartModel *model(const QString &name, qint64 questionId = 0);

    QList<qint64> decisionQuestionIds() const;
    // The option texts of a decision question, from its scenario (option keys when unknown).
    QStringList optionTexts(const Question &question) const;
    QString groupChoiceText(const Question &question) const;

    // The statistics of the last recompute.
    const SessionStatistics &statistics() const { return mStatistics; }
    int recomputeCount() const { return mRecomputes; }
    bool isPending() const { return mTimer.isActive(); }
    // Recomputes now if a change is waiting (before an export, in tests).
    void flush();
    // Recomputes now, whether or not anything changed.
    void recompute();

signals:
    void recomputed();

private:
    void sessionChanged(const SessionChange &change);
    void updateDistribution(qint64 key, DistributionModel *model, const SessionData &data);
    void updateDecision(qint64 key, DecisionTallyModel *model);
    void updateTrend(const SessionData &data);
    void loadCohort();
    SessionData currentData() const;

    SessionModel *mSession;
    const ScenarioLibrary *mLibrary = nullptr;
    mutable std::unique_ptr<ScenarioLibrary> mOwnLibrary;
    QTimer mTimer;
    QElapsedTimer mSinceRecompute;
    Spectrum mSpectrum;
    SessionStatistics mStatistics;
    QHash<qint64, DistributionModel *> mDistributions; // by question id, 0 = latest phase
    QHash<qint64, DecisionTallyModel *> mDecisions;    // by question id, 0 = latest
    StageComparisonModel *mBeforeAfter;
    StageComparisonModel *mPerceptionGap;
    CohortTrendModel *mTrend;
    QList<SessionData> mCohort; // the cohort's other sessions, read once per load
    QList<TrendPoint> mTrendPoints;
    bool mCohortLoaded = false;
    int mRecomputes = 0;
};
