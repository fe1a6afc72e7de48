#include "console/resultspanel.h"
#include "console/elidingcombobox.h"

#include "audience/audiencestate.h"
#include "charts/chartfactory.h"
#include "charts/chartmodel.h"
#include "charts/chartview.h"
#include "charts/exportactions.h"
#include "charts/sessioncharts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ResultsPanel::ResultsPanel(SessionCharts *charts, AudienceState *audience, QWidget *parent)
    : QWidget(parent), mCharts(charts), mAudience(audience)
{
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    mChartBox = new ElidingComboBox(this);
    mChartBox->setObjectName(QStringLiteral("chartChoice"));
    for (const QString &name : SessionCharts::chartNames())
        mChartBox->addItem(SessionCharts::chartTitle(name), name);
    auto *chartLabel = new QLabel(tr("Ch&art:"), this);
    chartLabel->setBuddy(mChartBox);
    row->addWidget(chartLabel);
    row->addWidget(mChartBox);
    mQuestionBox = new ElidingComboBox(this); // questions can be long: "…" when cut
    mQuestionBox->setObjectName(QStringLiteral("chartQuestion"));
    auto *questionLabel = new QLabel(tr("F&or:"), this);
    questionLabel->setBuddy(mQuestionBox);
    row->addWidget(questionLabel);
    row->addWidget(mQuestionBox, 1);
    mProjector = new QPushButton(tr("Show on &Projector"), this);
    mProjector->setObjectName(QStringLiteral("chartToProjector"));
    connect(mProjector, &QPushButton::clicked, this, &ResultsPanel::showOnProjector);
    row->addWidget(mProjector);
    mExport = new QPushButton(tr("E&xport Chart…"), this);
    mExport->setObjectName(QStringLiteral("exportChart"));
    connect(mExport, &QPushButton::clicked, this, [this] {
        if (mView)
            ExportActions::exportChart(this, mView);
    });
    row->addWidget(mExport);
    layout->addLayout(row);
    mViewLayout = new QVBoxLayout;
    layout->addLayout(mViewLayout, 1);

    connect(mChartBox, &QComboBox::currentIndexChanged, this, [this] {
        rebuildQuestions();
        rebuildView();
    });
    connect(mQuestionBox, &QComboBox::activated, this, &ResultsPanel::rebuildView);
    connect(mCharts->session(), &SessionModel::changed, this, [this](const SessionChange &change) {
        if (change.kind == SessionChange::Kind::Reset ||
            change.kind == SessionChange::Kind::Question) {
            const qint64 kept = currentQuestion();
            rebuildQuestions();
            const int index = mQuestionBox->findData(kept);
            if (index >= 0)
                mQuestionBox->setCurrentIndex(index);
            if (change.kind == SessionChange::Kind::Reset)
                rebuildView();
        }
    });
    rebuildQuestions();
    rebuildView();
}

void ResultsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mViewStale)
        rebuildView();
}

QString ResultsPanel::currentChart() const
{
    return mChartBox->currentData().toString();
}

qint64 ResultsPanel::currentQuestion() const
{
    return mQuestionBox->currentData().toLongLong();
}

void ResultsPanel::rebuildQuestions()
{
    mQuestionBox->clear();
    const QString chart = currentChart();
    const bool perQuestion =
        chart == QLatin1String("distribution") || chart == QLatin1String("decisions");
    mQuestionBox->setEnabled(perQuestion);
    if (!perQuestion) {
        mQuestionBox->addItem(tr("The whole session"), qint64(0));
        return;
    }
    mQuestionBox->addItem(tr("The latest one"), qint64(0));
    const SessionModel *session = mCharts->session();
    for (const Question &q : session->questions()) {
        if (chart == QLatin1String("distribution") && q.kind == QuestionKind::SelfPlacement)
            mQuestionBox->addItem(tr("Self-placement: %1").arg(SessionKeys::phaseLabel(q.phase)),
                                  q.id);
        if (chart == QLatin1String("decisions") && q.kind == QuestionKind::Decision)
            mQuestionBox->addItem(tr("Decision: %1").arg(q.prompt.left(80)), q.id);
    }
}

void ResultsPanel::rebuildView()
{
    // Charts are built when the tab is seen, not at start-up: Qt Charts is slow to set up.
    if (!isVisible()) {
        mViewStale = true;
        return;
    }
    mViewStale = false;
    delete mView;
    mView = ChartFactory::create(mCharts, currentChart(), currentQuestion(),
                                 ChartPresentation::Console, this);
    if (mView)
        mViewLayout->addWidget(mView);
    mExport->setEnabled(mView != nullptr);
    mProjector->setEnabled(mView != nullptr);
}

void ResultsPanel::showOnProjector()
{
    AudienceState::Content content;
    content.mode = AudienceState::Mode::Results;
    // The model's title says which session or phase ("Where the group lands: After").
    content.heading = mView && !mView->model()->title().isEmpty()
                          ? mView->model()->title()
                          : SessionCharts::chartTitle(currentChart());
    content.chart = currentChart();
    content.questionId = currentQuestion();
    mAudience->present(content);
}
