#include "charts/sessioncharts.h"

#include "charts/cohorttrendmodel.h"
#include "charts/decisiontallymodel.h"
#include "charts/distributionmodel.h"
#include "charts/stagecomparisonmodel.h"
#include "scenario/scenariotext.h"
#include "stats/reportsummary.h"

#include <QLocale>

#include <cmath>

namespace {

const QString DistributionName = QStringLiteral("distribution");
const QString BeforeAfterName = QStringLiteral("before-after");
const QString PerceptionGapName = QStringLiteral("perception-gap");
const QString DecisionsName = QStringLiteral("decisions");
const QString CohortTrendName = QStringLiteral("cohort-trend");

const Question *lastQuestionOf(const QList<Question> &questions, QuestionKind kind)
{
    for (auto q = questions.crbegin(); q != questions.crend(); ++q) {
        if (q->kind == kind)
            return &*q;
    }
    return nullptr;
}

} // namespace

QStringList SessionCharts::chartNames()
{
    return {DistributionName, BeforeAfterName, PerceptionGapName, DecisionsName, CohortTrendName};
}

QString SessionCharts::chartTitle(const QString &name)
{
    if (name == DistributionName)
        return roomTr("Where the group stands");
    if (name == BeforeAfterName)
        return roomTr("Before and after");
    if (name == PerceptionGapName)
        return roomTr("How people see themselves and what they chose");
    if (name == DecisionsName)
        return roomTr("Votes at a decision");
    if (name == CohortTrendName)
        return roomTr("Cohort trend");
    return {};
}

SessionCharts::SessionCharts(SessionModel *session, QObject *parent)
    : QObject(parent), mSession(session), mSpectrum(Spectrum::standard()),
      mBeforeAfter(new StageComparisonModel(this)), mPerceptionGap(new StageComparisonModel(this)),
      mTrend(new CohortTrendModel(this))
{
    mTimer.setObjectName(QStringLiteral("chart recompute"));
    mTimer.setSingleShot(true);
    mTimer.setTimerType(Qt::PreciseTimer);
    connect(&mTimer, &QTimer::timeout, this, &SessionCharts::recompute);
    connect(session, &SessionModel::changed, this, &SessionCharts::sessionChanged);
    recompute();
}

SessionCharts::~SessionCharts() = default;

void SessionCharts::setScenarioLibrary(const ScenarioLibrary *library)
{
    mLibrary = library;
    recompute();
}

const ScenarioLibrary &SessionCharts::scenarioLibrary() const
{
    if (mLibrary)
        return *mLibrary;
    if (!mOwnLibrary) {
        mOwnLibrary = std::make_unique<ScenarioLibrary>();
        mOwnLibrary->load(ScenarioLibrary::defaultUserFolder(),
                          [](const QString &id, const QString &source) {
                              return RoomLanguage::current().scenarioText(id, source);
                          });
    }
    return *mOwnLibrary;
}

int SessionCharts::threshold() const
{
    return effectiveK(mSession->session().k);
}

DistributionModel *SessionCharts::distribution(qint64 questionId)
{
    DistributionModel *&model = mDistributions[questionId];
    if (!model) {
        model = new DistributionModel(this);
        updateDistribution(questionId, model, currentData());
    }
    return model;
}

DecisionTallyModel *SessionCharts::decision(qint64 questionId)
{
    DecisionTallyModel *&model = mDecisions[questionId];
    if (!model) {
        model = new DecisionTallyModel(this);
        updateDecision(questionId, model);
    }
    return model;
}

ChartModel *SessionCharts::model(const QString &name, qint64 questionId)
{
    if (name == DistributionName)
        return distribution(questionId);
    if (name == BeforeAfterName)
        return mBeforeAfter;
    if (name == PerceptionGapName)
        return mPerceptionGap;
    if (name == DecisionsName)
        return decision(questionId);
    if (name == CohortTrendName)
        return mTrend;
    return nullptr;
}

QList<qint64> SessionCharts::decisionQuestionIds() const
{
    QList<qint64> ids;
    for (const Question &q : mSession->questions()) {
        if (q.kind == QuestionKind::Decision)
            ids.append(q.id);
    }
    return ids;
}

QStringList SessionCharts::optionTexts(const Question &question) const
{
    // The texts the session asked with; the library only for questions saved before the
    // texts were kept (their labels are empty), and the key when the scenario is gone too.
    QStringList texts;
    const Scene *scene = nullptr;
    for (const Choice &choice : question.choices) {
        QString text = choice.label;
        if (text.isEmpty() && !scene) {
            const ScenarioLibrary::Entry *entry = scenarioLibrary().find(question.scenarioId);
            scene = entry ? entry->scenario.scene(question.sceneId) : nullptr;
        }
        if (text.isEmpty() && scene && scene->decision) {
            for (const DecisionOption &option : scene->decision->options) {
                if (option.id == choice.key)
                    text = option.text.simplified();
            }
        }
        texts.append(text.isEmpty() ? choice.key : text);
    }
    return texts;
}

void SessionCharts::flush()
{
    if (mTimer.isActive())
        recompute();
}

void SessionCharts::sessionChanged(const SessionChange &change)
{
    if (change.kind == SessionChange::Kind::Reset)
        mCohortLoaded = false;
    // The first change of a burst starts the timer; the rest of the burst rides along.
    if (mTimer.isActive())
        return;
    const qint64 since = mSinceRecompute.isValid() ? mSinceRecompute.elapsed() : FrameMs;
    mTimer.start(int(std::max<qint64>(0, FrameMs - since)));
}

SessionData SessionCharts::currentData() const
{
    return {mSession->session(), mSession->questions(), mSession->answers(), mSession->tallies(),
            mSession->commitments()};
}

void SessionCharts::recompute()
{
    mTimer.stop();
    mSinceRecompute.start();
    ++mRecomputes;
    const SessionData data = currentData();
    const int k = threshold();
    mSpectrum = Spectrum::standard().withLabels(data.session.stageLabels);
    mStatistics = Statistics::compute(data);

    const BeforeAfter &ba = mStatistics.beforeAfter;
    QList<StageComparisonModel::Column> phases{
        {SessionKeys::roomPhaseLabel(Phase::Baseline), ba.baseline},
        {SessionKeys::roomPhaseLabel(Phase::After), ba.after}};
    if (ba.followUp)
        phases.append({SessionKeys::roomPhaseLabel(Phase::FollowUp), *ba.followUp});
    QString moved;
    if (const TransitionValues *t = ba.transitions.values())
        moved = ReportSummary::whoMoved(*t);
    mBeforeAfter->setColumns(phases, mSpectrum, chartTitle(BeforeAfterName), moved, k);

    const SelfVsChosen &svc = mStatistics.selfVsChosen;
    QString gap;
    if (const PerceptionGapValues *g = mStatistics.perceptionGap.values.values()) {
        const QString amount =
            RoomLanguage::current().locale().toString(std::abs(g->meanGap), 'f', 1);
        if (std::abs(g->meanGap) < 0.05)
            gap = roomTr("On average, people place themselves where their choices are.");
        else if (g->meanGap > 0)
            gap = roomTr("On average, people place themselves %1 stages further along than their "
                         "choices.")
                      .arg(amount);
        else
            gap = roomTr("On average, people place themselves %1 stages behind their choices.")
                      .arg(amount);
    }
    mPerceptionGap->setColumns({{roomTr("Where people place themselves"), svc.self, false},
                                {roomTr("The stages of their choices"), svc.chosen, true}},
                               mSpectrum, chartTitle(PerceptionGapName), gap, k);

    for (auto it = mDistributions.cbegin(); it != mDistributions.cend(); ++it)
        updateDistribution(it.key(), it.value(), data);
    for (auto it = mDecisions.cbegin(); it != mDecisions.cend(); ++it)
        updateDecision(it.key(), it.value());
    updateTrend(data);
    emit recomputed();
}

void SessionCharts::updateDistribution(qint64 key, DistributionModel *model,
                                       const SessionData &data)
{
    const int k = threshold();
    if (key == 0) {
        const Question *latest = lastQuestionOf(data.questions, QuestionKind::SelfPlacement);
        const Phase phase = latest ? latest->phase : Phase::Baseline;
        const BeforeAfter &ba = mStatistics.beforeAfter;
        const Distribution &d = phase == Phase::After                     ? ba.after
                                : phase == Phase::FollowUp && ba.followUp ? *ba.followUp
                                                                          : ba.baseline;
        model->setDistribution(
            d, mSpectrum,
            roomTr("Where the group stands: %1").arg(SessionKeys::roomPhaseLabel(phase)));
        return;
    }
    const Question *q = mSession->question(key);
    if (!q) {
        model->setDistribution(Distribution::gate(0, k, [] { return DistributionValues(); }),
                               mSpectrum, chartTitle(DistributionName));
        return;
    }
    const QList<Question> one{*q};
    const Distribution d = q->kind == QuestionKind::Decision
                               ? Statistics::choiceDistribution(one, data.answers, data.tallies, k)
                               : Statistics::distribution(one, data.answers, data.tallies, k);
    model->setDistribution(d, mSpectrum, q->prompt);
}

QString SessionCharts::groupChoiceText(const Question &q) const
{
    // The option the whole group settled on: a fact about the group, said in words, never one
    // more vote.
    if (q.groupChoice.isEmpty())
        return {};
    const QStringList texts = optionTexts(q);
    for (int i = 0; i < q.choices.size(); ++i) {
        if (q.choices.at(i).key == q.groupChoice)
            return roomTr("%1. %2").arg(i + 1).arg(texts.value(i, q.groupChoice));
    }
    return q.groupChoice;
}

void SessionCharts::updateDecision(qint64 key, DecisionTallyModel *model)
{
    const Question *q = key == 0 ? lastQuestionOf(mSession->questions(), QuestionKind::Decision)
                                 : mSession->question(key);
    if (q && q->kind == QuestionKind::Decision) {
        for (const DecisionTally &tally : mStatistics.decisions) {
            if (tally.questionId == q->id) {
                model->setGroupChoice(groupChoiceText(*q), mSession->count(q->id).people() > 0);
                model->setDecision(tally, optionTexts(*q), mSpectrum, threshold());
                return;
            }
        }
    }
    model->clear(roomTr("No decision yet"), threshold());
}

void SessionCharts::loadCohort()
{
    mCohort.clear();
    mCohortLoaded = true;
    mCohort = mSession->cohortHistory();
}

void SessionCharts::updateTrend(const SessionData &data)
{
    if (!mCohortLoaded)
        loadCohort();
    QList<SessionData> sessions = mCohort;
    if (mSession->isLoaded())
        sessions.append(data);
    mTrendPoints = Statistics::cohortTrend(sessions);
    mTrend->setTrend(mTrendPoints, data.session.cohort, threshold());
}
