// Renders the console as a trainer sees it into docs/screenshots/: the demo workshop's tabs
// in the light palette, in a dark palette and with a large font, the scenario runner at a
// decision, the audience screen inviting phones, two phones asking for a pause, and the Open
// Session dialog right after a deletion (its undo). Not a test: run it by hand after
// changing how the console looks, and look at the pictures.
//
//   [UPSTANDER_SCREENSHOT_LANG=de] console_screenshots [OUTPUT_FOLDER]
//
// In another language than English, the console and the room both speak it (the demo session
// is made in it) and a shorter tour goes into OUTPUT_FOLDER/<lang>/: the library, the
// self-placement, a decision revealed on the console and on the projector, the results.

#include "audience/audiencestate.h"
#include "audience/audiencewindow.h"
#include "catalogue.h"
#include "console/consolestyle.h"
#include "console/followupdialog.h"
#include "console/invitedialog.h"
#include "console/mainwindow.h"
#include "console/opensessiondialog.h"
#include "console/participantcontrol.h"
#include "consoledriver.h"
#include "darkpalette.h"
#include "participant/participantserver.h"
#include "runner/roundtimer.h"
#include "runner/scenariorunner.h"
#include "session/demosession.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

namespace {

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(50); // charts recompute on the next turn of the event loop
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

// The console with the demo session open, every tab and the runner at its first decision.
bool shootConsole(const QString &dataDir, qint64 session, const QString &out,
                  const QString &variant)
{
    MainWindow window(dataDir);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitFor([&window] { return !window.isLibraryLoading(); }, 10000))
        qWarning("the library did not load");
    window.openSession(session);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    bool ok = true;
    tabs->setCurrentIndex(1);
    ok &= save(&window, QStringLiteral("%1/console-self-placement-%2.png").arg(out, variant));
    tabs->setCurrentIndex(4);
    ok &= save(&window, QStringLiteral("%1/console-results-%2.png").arg(out, variant));

    // The library, then the runner on the first scenario, moved on to its first decision.
    tabs->setCurrentIndex(0);
    auto *list = window.findChild<QListView *>(QStringLiteral("scenarioList"));
    list->setCurrentIndex(list->model()->index(0, 0));
    ok &= save(&window, QStringLiteral("%1/console-library-%2.png").arg(out, variant));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("runScenario")),
                      Qt::LeftButton);
    for (int i = 0; i < 4; ++i) {
        auto *next = window.findChild<QPushButton *>(QStringLiteral("nextScene"));
        if (!next || !next->isEnabled() || !next->isVisible())
            break;
        QTest::mouseClick(next, Qt::LeftButton);
    }
    ok &= save(&window, QStringLiteral("%1/console-runner-%2.png").arg(out, variant));
    return ok;
}

// One request of a phone to the participant server running in this process (the event loop
// turns while it waits, so the server answers); the reply's JSON.
QJsonObject phoneRequest(QNetworkAccessManager &network, quint16 port, const QString &path,
                         const QJsonObject &body, const QByteArray &token = {})
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("X-Upstander-Token"), token);
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
    QEventLoop wait;
    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    wait.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool clickNamed(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QAbstractButton *>(QLatin1String(name));
    if (!button || !button->isEnabled() || !button->isVisible())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

// A decision as the room lives it, at one window size: the demo's votes, the stages revealed,
// then the group settling on option 4; the console and the projector. Then the scenario run to
// its end: the runner and the projector saying it is over.
bool shootDecision(const QString &dataDir, qint64 session, const QString &out,
                   const QString &variant, const QSize &size)
{
    MainWindow window(dataDir);
    window.resize(size);
    window.show();
    if (!QTest::qWaitFor([&window] { return !window.isLibraryLoading(); }, 10000))
        qWarning("the library did not load");
    window.openSession(session);
    auto *audience = window.findChild<AudienceWindow *>();
    audience->resize(size);
    audience->show();
    QTest::qWait(50);
    const QString welcomeTag =
        QStringLiteral("%1-%2x%3").arg(variant).arg(size.width()).arg(size.height());
    bool welcomed =
        save(audience, QStringLiteral("%1/audience-welcome-%2.png").arg(out, welcomeTag));
    auto *runner = ConsoleDriver::runScenario(
        window, window.findChild<QTabWidget *>(QStringLiteral("consoleTabs")),
        QStringLiteral("credit-taken"));
    ConsoleDriver::walkToDecision(runner);
    QTest::qWait(50);
    const QString tag =
        QStringLiteral("%1-%2x%3").arg(variant).arg(size.width()).arg(size.height());
    bool ok = welcomed && save(&window, QStringLiteral("%1/console-decision-%2.png").arg(out, tag));
    // A room of twelve counted by hand, so the reveal shows votes.
    const char *plus[] = {"plus1", "plus4", "plus4", "plus2", "plus4", "plus3",
                          "plus4", "plus2", "plus4", "plus1", "plus4", "plus2"};
    for (const char *name : plus)
        clickNamed(runner, name);
    clickNamed(runner, "reveal");
    QTest::qWait(50);
    const auto radios = runner->findChildren<QRadioButton *>();
    if (radios.size() > 3)
        QTest::mouseClick(radios.at(3), Qt::LeftButton);
    clickNamed(runner, "groupChooses");
    ok &= save(&window, QStringLiteral("%1/console-decision-revealed-%2.png").arg(out, tag));
    ok &= save(audience, QStringLiteral("%1/audience-reveal-%2.png").arg(out, tag));
    // On through the story: follow at each decision, next otherwise, until the debrief.
    for (int i = 0; i < 20 && !clickNamed(runner, "debrief"); ++i) {
        if (!clickNamed(runner, "follow"))
            clickNamed(runner, "nextScene");
    }
    clickNamed(runner, "finish");
    ok &= save(&window, QStringLiteral("%1/console-runner-finished-%2.png").arg(out, tag));
    ok &= save(audience, QStringLiteral("%1/audience-finished-%2.png").arg(out, tag));
    return ok;
}

// The projector at one size: the join screen right after inviting phones, then a scene with its
// round timer running (the join strip below it) and with its time up.
bool shootProjector(const QString &dataDir, qint64 session, const QString &out,
                    const QString &variant, const QSize &size)
{
    MainWindow window(dataDir);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitFor([&window] { return !window.isLibraryLoading(); }, 10000))
        qWarning("the library did not load");
    window.openSession(session);
    QString error;
    if (!window.participants()->start(QHostAddress::LocalHost, 0, &error))
        qFatal("%s", qPrintable(error));
    AudienceState::Content join;
    join.mode = AudienceState::Mode::Join;
    window.findChild<AudienceState *>()->show(join);
    auto *audience = window.findChild<AudienceWindow *>();
    audience->resize(size);
    audience->show();
    const QString tag =
        QStringLiteral("%1-%2x%3").arg(variant).arg(size.width()).arg(size.height());
    bool ok = save(audience, QStringLiteral("%1/audience-join-%2.png").arg(out, tag));

    auto *runner = ConsoleDriver::runScenario(
        window, window.findChild<QTabWidget *>(QStringLiteral("consoleTabs")),
        QStringLiteral("credit-taken"));
    if (!runner)
        return false;
    clickNamed(runner, "showOnProjector");
    RoundTimer *timer = runner->roundTimer();
    qint64 now = 0;
    timer->setClock([&now] { return now; });
    timer->soundAction()->setChecked(false); // no chime while shooting
    clickNamed(runner, "timerStartPause");
    now = 35000;
    QTest::qWait(250);
    ok &= save(audience, QStringLiteral("%1/audience-timer-%2.png").arg(out, tag));
    now = 3600000;
    if (!QTest::qWaitFor([timer] { return timer->hasEnded(); }, 2000))
        qWarning("the timer did not run out");
    ok &= save(audience, QStringLiteral("%1/audience-time-up-%2.png").arg(out, tag));
    timer->soundAction()->setChecked(true);
    return ok;
}

// A follow-up of the demo workshop, its check-in on the Commitments page asked and revealed,
// and the projector's reveal: console-check-in[-VARIANT].png (also at 1024×768) and
// audience-check-in[-VARIANT].png.
bool shootCheckIn(const QString &dataDir, qint64 workshop, const QString &out,
                  const QString &variant)
{
    qint64 followUp = 0;
    {
        SessionStore store;
        QString error;
        if (!store.open(dataDir, &error))
            qFatal("%s", qPrintable(error));
        const auto created = DemoSession::createFollowUp(&store, workshop, &error);
        if (!created)
            qFatal("%s", qPrintable(error));
        followUp = created->sessionId;
    }
    MainWindow window(dataDir);
    window.resize(1280, 720);
    window.show();
    window.openSession(followUp);
    window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->setCurrentIndex(3);
    clickNamed(&window, "revealCheckIn"); // the demo revealed it: hidden, asked again
    clickNamed(&window, "revealCheckIn");
    QTest::qWait(50);
    const QString tag = variant.isEmpty() ? QString() : QLatin1Char('-') + variant;
    bool ok = save(&window, QStringLiteral("%1/console-check-in%2.png").arg(out, tag));
    window.resize(1024, 768);
    QTest::qWait(50);
    ok &= save(&window, QStringLiteral("%1/console-check-in%2-1024x768.png").arg(out, tag));
    auto *audience = window.findChild<AudienceWindow *>();
    audience->resize(1280, 720);
    audience->show();
    ok &= save(audience, QStringLiteral("%1/audience-check-in%2.png").arg(out, tag));
    return ok;
}

// Hands counted on a question people already answered one by one: the question asked first.
// The audience screen with a revealed chart, as the Results tab sends it.
bool shootAudienceResults(const QString &dataDir, qint64 session, const QString &out)
{
    MainWindow window(dataDir);
    window.show();
    window.openSession(session);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    tabs->setCurrentIndex(4);
    QTest::qWait(50);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("chartToProjector")),
                      Qt::LeftButton);
    auto *audience = window.findChild<AudienceWindow *>();
    audience->resize(1280, 720);
    audience->show();
    return save(audience, out + QStringLiteral("/audience-results.png"));
}

bool shootCountBothWays(const QString &dataDir, qint64 session, const QString &out)
{
    MainWindow window(dataDir);
    window.resize(1280, 800);
    window.show();
    window.openSession(session);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    tabs->setCurrentIndex(1);
    QWidget *panel = tabs->currentWidget();
    panel->setFocus();
    bool ok = false;
    QTimer::singleShot(100, &window, [&ok, &out] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            ok = save(box, out + QStringLiteral("/console-count-both-ways.png"));
            box->reject();
        }
    });
    // The laptop goes round after answers came in another way: asked when it is handed over.
    auto *mode = panel->findChild<QComboBox *>(QStringLiteral("mode"));
    if (mode)
        mode->setCurrentIndex(1); // hot seat
    if (auto *handOver = panel->findChild<QAbstractButton *>(QStringLiteral("handOver")))
        QTest::mouseClick(handOver, Qt::LeftButton);
    if (!ok)
        QTextStream(stdout) << "FAILED: no question before counting both ways\n";
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true); // no settings of a real user
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderScreenshots"));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : QStringLiteral(UPSTANDER_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(out);
    // UPSTANDER_SCREENSHOT_LANG=de: the console in German instead (long words, other plurals);
    // English loads its plural forms ("1 answer", "14 scenarios"), as the program does.
    const QString language =
        qEnvironmentVariable("UPSTANDER_SCREENSHOT_LANG", QStringLiteral("en"));
    Catalogue::setFolder(QStringLiteral(UPSTANDER_BINARY_DIR "/app"));
    const std::shared_ptr<const Catalogue> console = Catalogue::forLanguage(language);
    for (QTranslator *translator : console->translators())
        QCoreApplication::installTranslator(translator);
    QLocale::setDefault(console->locale());
    ConsoleStyle::applyFor(console->code()); // as the program does

    QTemporaryDir data;
    qint64 session = 0;
    {
        SessionStore store;
        QString error;
        if (!store.open(data.path(), &error))
            qFatal("%s", qPrintable(error));
        const auto demo = DemoSession::create(&store, QDate(2026, 6, 11), console->code(), &error);
        if (!demo)
            qFatal("%s", qPrintable(error));
        session = demo->sessionId;
    }

    if (console->code() != QLatin1String("en")) {
        // The same moments in the language: light, at the size a laptop shows.
        const QString folder = out + QLatin1Char('/') + console->code();
        QDir().mkpath(folder);
        bool ok = shootConsole(data.path(), session, folder, QStringLiteral("light"));
        ok &=
            shootDecision(data.path(), session, folder, QStringLiteral("light"), QSize(1280, 720));
        ok &= shootAudienceResults(data.path(), session, folder);
        ok &= shootCheckIn(data.path(), session, folder, QString());
        return ok ? 0 : 1;
    }

    bool ok = shootConsole(data.path(), session, out, QStringLiteral("light"));
    const QPalette light = app.palette();
    app.setPalette(darkPalette());
    ok &= shootConsole(data.path(), session, out, QStringLiteral("dark"));
    app.setPalette(light);
    const QFont normal = app.font();
    QFont large = normal;
    large.setPointSizeF(large.pointSizeF() * 1.6);
    app.setFont(large);
    ok &= shootConsole(data.path(), session, out, QStringLiteral("large-font"));
    app.setFont(normal);

    for (const QSize &size : {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)}) {
        ok &= shootDecision(data.path(), session, out, QStringLiteral("light"), size);
        app.setPalette(darkPalette());
        ok &= shootDecision(data.path(), session, out, QStringLiteral("dark"), size);
        app.setPalette(light);
    }

    for (const QSize &size : {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)}) {
        ok &= shootProjector(data.path(), session, out, QStringLiteral("light"), size);
        app.setPalette(darkPalette());
        ok &= shootProjector(data.path(), session, out, QStringLiteral("dark"), size);
        app.setPalette(light);
    }

    ok &= shootCountBothWays(data.path(), session, out);

    ok &= shootAudienceResults(data.path(), session, out);

    ok &= shootCheckIn(data.path(), session, out, QString());
    app.setPalette(darkPalette());
    ok &= shootCheckIn(data.path(), session, out, QStringLiteral("dark"));
    app.setPalette(light);

    // The audience screen inviting phones (served on this computer only).
    {
        MainWindow window(data.path());
        window.show();
        window.openSession(session);
        QString error;
        {
            InviteDialog dialog(&window);
            dialog.show();
            ok &= save(&dialog, out + QStringLiteral("/invite-dialog.png"));
        }
        if (!window.participants()->start(QHostAddress::LocalHost, 0, &error))
            qFatal("%s", qPrintable(error));
        window.resize(1280, 800);
        ok &= save(&window, out + QStringLiteral("/console-inviting.png"));
        AudienceState::Content join;
        join.mode = AudienceState::Mode::Join;
        window.findChild<AudienceState *>()->show(join);
        auto *audience = window.findChild<AudienceWindow *>();
        audience->resize(1280, 720);
        audience->show();
        ok &= save(audience, out + QStringLiteral("/audience-join.png"));
        AudienceState::Content narration;
        narration.mode = AudienceState::Mode::Narration;
        narration.heading = QStringLiteral("The meeting");
        narration.text = QStringLiteral("Priya suggests moving the release by a week. Nobody "
                                        "answers. Ten minutes later Mark suggests the same, and "
                                        "the room agrees.");
        window.findChild<AudienceState *>()->show(narration);
        ok &= save(audience, out + QStringLiteral("/audience-join-strip.png"));

        // Two phones ask for a pause: the console's status bar says so, the projector nothing.
        QNetworkAccessManager network;
        ParticipantServer *server = window.participants()->server();
        window.participants()->setPauseDelay(0); // shown at once here, not after 15 s
        for (int phone = 0; phone < 2; ++phone) {
            const QByteArray token =
                phoneRequest(network, server->port(), QStringLiteral("/api/join"),
                             {{QStringLiteral("code"), server->joinCode()}})
                    .value(QLatin1String("token"))
                    .toString()
                    .toLatin1();
            phoneRequest(network, server->port(), QStringLiteral("/api/pause"),
                         {{QStringLiteral("asked"), true}}, token);
        }
        if (server->pauseRequests() != 2)
            qFatal("the phones' pause requests did not arrive");
        QTest::qWait(50);
        window.resize(1280, 720);
        ok &= save(&window, out + QStringLiteral("/console-pause-requests.png"));
    }

    // A role-play's first scene: its content note for the trainer to read out, and how many sit
    // it out (three phones chose so), on the console alone.
    {
        MainWindow window(data.path());
        window.resize(1280, 720);
        window.show();
        window.openSession(session);
        auto *runner = ConsoleDriver::runScenario(
            window, window.findChild<QTabWidget *>(QStringLiteral("consoleTabs")),
            QStringLiteral("banter-joke"));
        if (!runner)
            qFatal("the runner did not open");
        runner->setSittingOutDelay(0); // shown at once here, not after 15 s
        for (const char *phone : {"phone-a", "phone-b", "phone-c"})
            window.sessionModel()->setSittingOut(runner->scenario().id, QLatin1String(phone), true);
        QTest::qWait(50);
        ok &= save(&window, out + QStringLiteral("/console-sitting-out.png"));
        for (const char *phone : {"phone-a", "phone-b", "phone-c"})
            window.sessionModel()->setSittingOut(runner->scenario().id, QLatin1String(phone),
                                                 false);
    }

    // Questions sent from phones, one held by the word list, one shown on the projector.
    {
        MainWindow window(data.path());
        window.resize(1280, 720);
        window.show();
        window.openSession(session);
        QString error;
        SessionModel *model = window.sessionModel();
        const auto shown = model->addRoomQuestion(
            QStringLiteral("What do I say when the joke comes from my own manager?"), false,
            &error);
        model->addRoomQuestion(QStringLiteral("Is it OK to step in if the person affected did "
                                              "not ask for help?"),
                               false, &error);
        model->addRoomQuestion(QStringLiteral("This is all a waste of time, you idiot"), true,
                               &error);
        if (shown)
            model->setRoomQuestionState(shown->key, RoomQuestionState::Shown);
        window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->setCurrentIndex(5);
        QTest::qWait(50);
        window.openSession(session); // listed at once when a session opens, as after a restart
        window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->setCurrentIndex(5);
        QTest::qWait(50);
        ok &= save(&window, out + QStringLiteral("/console-room-questions.png"));
    }

    // Planning the demo workshop's follow-up, and the follow-up open on the library tab with
    // the decisions it replays.
    {
        MainWindow window(data.path());
        window.resize(1280, 720);
        window.show();
        window.openSession(session);
        {
            SessionStore store;
            QString error;
            if (!store.open(data.path(), &error))
                qFatal("%s", qPrintable(error));
            FollowUpDialog dialog(window.sessionModel()->session(),
                                  window.sessionModel()->questions(),
                                  window.sessionModel()->scenarios(), store.cohorts(), &window);
            dialog.show();
            QTest::qWait(50);
            ok &= save(&dialog, out + QStringLiteral("/follow-up-dialog.png"));
            const auto followUp = DemoSession::createFollowUp(&store, session, &error);
            if (!followUp)
                qFatal("%s", qPrintable(error));
            window.openSession(followUp->sessionId);
        }
        if (!QTest::qWaitFor([&window] { return !window.isLibraryLoading(); }, 10000))
            qWarning("the library did not load");
        window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->setCurrentIndex(0);
        QTest::qWait(50);
        ok &= save(&window, out + QStringLiteral("/console-follow-up.png"));
        window.openSession(session);
    }

    // The Open Session dialog right after deleting a session: Undo Delete brings it back.
    {
        SessionStore store;
        QString error;
        if (!store.open(data.path(), &error))
            qFatal("%s", qPrintable(error));
        Session spare;
        spare.title = QStringLiteral("Practice run");
        spare.date = QDate(2026, 11, 30);
        store.createSession(spare, &error);
        OpenSessionDialog dialog(&store);
        dialog.show();
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("sessionList"));
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().contains(spare.title))
                list->setCurrentRow(row);
        }
        QTimer::singleShot(0, [] {
            if (auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                for (QAbstractButton *b : confirm->buttons()) {
                    if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
                }
            }
        });
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == QCoreApplication::translate("OpenSessionDialog", "&Delete…"))
                b->click();
        }
        ok &= save(&dialog, out + QStringLiteral("/open-session-deleted.png"));
    }
    return ok ? 0 : 1;
}
