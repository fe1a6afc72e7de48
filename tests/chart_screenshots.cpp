// Renders every chart of the demo workshop (DemoSession, what "upstander demo" creates), as the
// console and the projector show it, into docs/screenshots/chart-<name>-<presentation>.png,
// plus a dark-mode console view and a withheld chart. The cohort trend gets two earlier demo
// sessions of the same cohort. Not a test: run it by hand after changing how charts look, and
// look at the pictures.
//
//   chart_screenshots [OUTPUT_FOLDER]

#include "chartfixture.h"
#include "charts/chartfactory.h"
#include "charts/chartview.h"
#include "charts/sessioncharts.h"
#include "darkpalette.h"
#include "session/demosession.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

bool save(ChartView *view, const QSize &size, const QString &path)
{
    view->resize(size);
    view->show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    const bool ok = view->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : QStringLiteral(UPSTANDER_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(out);

    QTemporaryDir data;
    SessionStore store;
    QString error;
    if (!store.open(data.path(), &error))
        qFatal("%s", qPrintable(error));
    std::optional<DemoSession::Result> demo;
    const QDate today(2026, 6, 11);
    for (const int weeksAgo : {10, 5, 0}) // the same cohort, three workshops
        demo = DemoSession::create(&store, today.addDays(-7 * weeksAgo), QStringLiteral("en"),
                                   &error, DemoSession::DefaultSeed + weeksAgo);
    if (!demo)
        qFatal("%s", qPrintable(error));
    SessionModel session(&store);
    if (!session.load(demo->sessionId, &error))
        qFatal("%s", qPrintable(error));
    SessionCharts charts(&session);
    const QList<qint64> decisions = charts.decisionQuestionIds();

    bool ok = true;
    for (const QString &name : SessionCharts::chartNames()) {
        const qint64 question =
            name == QLatin1String("decisions") && !decisions.isEmpty() ? decisions.first() : 0;
        for (const ChartPresentation p :
             {ChartPresentation::Console, ChartPresentation::Projector}) {
            const bool projector = p == ChartPresentation::Projector;
            std::unique_ptr<ChartView> view(ChartFactory::create(&charts, name, question, p));
            ok &=
                save(view.get(), projector ? QSize(1600, 900) : QSize(900, 560),
                     QStringLiteral("%1/chart-%2-%3.png")
                         .arg(out, name,
                              projector ? QStringLiteral("projector") : QStringLiteral("console")));
        }
    }

    // Dark mode: the console in a dark palette.
    std::unique_ptr<ChartView> dark(ChartFactory::create(&charts, QStringLiteral("before-after"), 0,
                                                         ChartPresentation::Console));
    dark->setPalette(darkPalette());
    ok &= save(dark.get(), QSize(900, 560), out + QStringLiteral("/chart-before-after-dark.png"));

    // A withheld statistic: k = 10, and only seven answers after.
    ChartFixture small;
    small.createSession(QStringLiteral("Small group"), QDate(2026, 3, 3), 10, QString());
    const qint64 q = small.add(
        ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Where are you today?")));
    small.answer(q, std::array<int, 5>{1, 2, 1, 2, 1});
    SessionCharts smallCharts(&small.model);
    std::unique_ptr<ChartView> withheld(ChartFactory::create(
        &smallCharts, QStringLiteral("distribution"), q, ChartPresentation::Projector));
    ok &= save(withheld.get(), QSize(1600, 900),
               out + QStringLiteral("/chart-withheld-projector.png"));
    return ok ? 0 : 1;
}
