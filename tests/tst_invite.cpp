#include "audience/audiencestate.h"
#include "audience/audiencewindow.h"
#include "audience/joinpanel.h"
#include "audience/qrcodewidget.h"
#include "console/mainwindow.h"
#include "console/participantcontrol.h"
#include "participant/participantserver.h"
#include "session/sessionmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// "Invite participants" from the console, as a trainer does it: the dialog, the audience
// screen's QR code and join code, phones that follow what the projector shows, and the
// scripted start (upstander --serve).
class tst_Invite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inviteThroughTheDialog();
    void qrCodeOnTheProjectorHoldsTheLink();
    void joinScreenCodeIsWholeRightAfterInvite_data();
    void joinScreenCodeIsWholeRightAfterInvite();
    void phonesFollowTheProjector();
    void pauseRequestsShowOnlyOnTheConsole();
    void closingTheSessionStopsServing();
    void deletingTheOpenSessionStopsServingFirst();
    void serveFromTheCommandLine();
    void serveRefusesBadArguments_data();
    void serveRefusesBadArguments();

private:
    struct Phone
    {
        QString base; // http://host:port
        QString token;
    };
    // A small phone: joins with the code and speaks the participant API.
    QJsonObject request(const QString &method, const QString &url, const QJsonObject &body = {},
                        const QString &token = {}, int *status = nullptr);
    Phone join(const QString &link);
    QJsonObject state(const Phone &phone);
    void startSession(MainWindow &window, const QString &title);
    void invite(MainWindow &window);
    // Shows the window, starts a session, invites phones and joins with one.
    Phone showInviteAndJoin(MainWindow &window, const QString &title);
    static quint16 freePort();
    // The real program's environment: offscreen, English, a home of its own.
    QProcessEnvironment programEnvironment() const;
    QAction *action(MainWindow &window, const QString &text) const;
    // Reads a QR code back the way a phone camera would: from the pixels of `window`, saved as
    // `name`, with zbarimg. Empty when nothing could be read.
    QString decodeQr(const QString &zbar, QWidget *window, const QString &name);

    QTemporaryDir mData;
    QNetworkAccessManager mNetwork;
};

void tst_Invite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_invite"));
    QSettings().clear();
    QVERIFY(mData.isValid());
}

QAction *tst_Invite::action(MainWindow &window, const QString &text) const
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

QString tst_Invite::decodeQr(const QString &zbar, QWidget *window, const QString &name)
{
    const QString shot = mData.filePath(name);
    if (!window->grab().save(shot))
        return QStringLiteral("(not saved)");
    QProcess zbarimg;
    zbarimg.start(zbar, {QStringLiteral("--raw"), QStringLiteral("-q"), shot});
    zbarimg.waitForFinished(30000);
    return QString::fromUtf8(zbarimg.readAllStandardOutput()).trimmed();
}

// The bounding box of the dark pixels inside `area` of `image`: the code's modules as drawn.
static QRect darkBounds(const QImage &image, const QRect &area)
{
    QRect bounds;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 64)
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

QProcessEnvironment tst_Invite::programEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), mData.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

quint16 tst_Invite::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QJsonObject tst_Invite::request(const QString &method, const QString &url, const QJsonObject &body,
                                const QString &token, int *status)
{
    QNetworkRequest r{QUrl(url)};
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        r.setRawHeader("X-Upstander-Token", token.toUtf8());
    QNetworkReply *reply = method == QLatin1String("POST")
                               ? mNetwork.post(r, QJsonDocument(body).toJson())
                               : mNetwork.get(r);
    // The server runs in this thread: wait while the event loop turns.
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning("no answer from %s", qPrintable(url));
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

tst_Invite::Phone tst_Invite::join(const QString &link)
{
    const qsizetype hash = link.indexOf(QLatin1Char('#'));
    Phone phone;
    phone.base = link.left(hash);
    if (phone.base.endsWith(QLatin1Char('/')))
        phone.base.chop(1);
    int status = 0;
    const QJsonObject joined =
        request(QStringLiteral("POST"), phone.base + QStringLiteral("/api/join"),
                {{QStringLiteral("code"), link.mid(hash + 1)}}, {}, &status);
    phone.token = joined.value(QStringLiteral("token")).toString();
    if (status != 200 || phone.token.isEmpty())
        qWarning("join failed: %d %s", status, QJsonDocument(joined).toJson().constData());
    return phone;
}

QJsonObject tst_Invite::state(const Phone &phone)
{
    return request(QStringLiteral("GET"), phone.base + QStringLiteral("/api/state"), {},
                   phone.token);
}

void tst_Invite::startSession(MainWindow &window, const QString &title)
{
    QTimer::singleShot(0, this, [title] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sessionTitle")), title);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    action(window, QStringLiteral("&New Session…"))->trigger();
    QTRY_VERIFY(window.findChild<SessionModel *>()->isLoaded());
}

void tst_Invite::invite(MainWindow &window)
{
    const quint16 port = freePort();
    QTimer::singleShot(0, this, [port] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *address = dialog->findChild<QComboBox *>(QStringLiteral("inviteAddress"));
        QVERIFY(address);
        // Every machine has this one; the real network interfaces come first.
        const int local = address->findData(QStringLiteral("127.0.0.1"));
        QVERIFY(local >= 0);
        address->setFocus();
        while (address->currentIndex() != local)
            QTest::keyClick(address, address->currentIndex() < local ? Qt::Key_Down : Qt::Key_Up);
        auto *portBox = dialog->findChild<QSpinBox *>(QStringLiteral("invitePort"));
        portBox->selectAll();
        QTest::keyClicks(portBox, QString::number(port));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QAction *invite = window.participants()->inviteAction();
    QVERIFY(invite->isEnabled());
    invite->trigger();
    QVERIFY(window.participants()->isRunning());
    QCOMPARE(window.participants()->server()->port(), port);
}

tst_Invite::Phone tst_Invite::showInviteAndJoin(MainWindow &window, const QString &title)
{
    window.show();
    startSession(window, title);
    invite(window);
    return join(window.findChild<AudienceState *>()->join().link);
}

void tst_Invite::inviteThroughTheDialog()
{
    MainWindow window(mData.filePath(QStringLiteral("invite")));
    window.show();
    QVERIFY(!window.participants()->inviteAction()->isEnabled()); // no session yet
    startSession(window, QStringLiteral("Invite test"));
    invite(window);

    // The projector shows how to join, large; the join code is the server's.
    auto *audience = window.findChild<AudienceState *>();
    QCOMPARE(audience->content().mode, AudienceState::Mode::Join);
    const AudienceState::JoinInfo info = audience->join();
    const QString code = window.participants()->server()->joinCode();
    QCOMPARE(info.code, code.left(3) + QLatin1Char('-') + code.mid(3));
    QVERIFY(info.link.endsWith(QLatin1Char('#') + code));
    QVERIFY(info.link.startsWith(info.address));
    auto *large =
        window.findChild<AudienceWindow *>()->findChild<JoinPanel *>(QStringLiteral("joinLarge"));
    QVERIFY(large && !large->isHidden());
    QVERIFY(large->codeText().contains(info.code));
    QVERIFY(large->addressText().contains(info.address));

    // A phone joins; the console counts it.
    auto *status = window.findChild<QLabel *>(QStringLiteral("phonesConnected"));
    QVERIFY(status && !status->isHidden());
    // "%n phone(s)": the English plural forms come with the program's own catalogue.
    QVERIFY2(status->text().startsWith(QLatin1String("0 phone")), qPrintable(status->text()));
    const Phone phone = join(info.link);
    QVERIFY(!phone.token.isEmpty());
    QCOMPARE(state(phone)
                 .value(QStringLiteral("prompt"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("waiting"));
    QTRY_VERIFY2(status->text().startsWith(QLatin1String("1 phone")), qPrintable(status->text()));

    // The trainer stops inviting: phones are refused, the projector's join strip goes.
    QAction *stop = action(window, QStringLiteral("Stop &Inviting Participants"));
    QVERIFY(stop);
    stop->trigger();
    QVERIFY(!window.participants()->isRunning());
    QVERIFY(audience->join().isEmpty());
    QVERIFY(status->isHidden());
    QCOMPARE(window.participants()->inviteAction()->text(),
             QStringLiteral("&Invite Participants…"));
}

void tst_Invite::pauseRequestsShowOnlyOnTheConsole()
{
    MainWindow window(mData.filePath(QStringLiteral("pause")));
    const Phone first = showInviteAndJoin(window, QStringLiteral("Pause test"));
    const Phone second = join(window.findChild<AudienceState *>()->join().link);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("pauseRequests"));
    QVERIFY(button);
    QVERIFY(button->isHidden()); // nothing to say while nobody asks
    window.participants()->setPauseDelay(400);
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    auto *audience = window.findChild<AudienceState *>();
    const AudienceState::Content before = audience->content();
    const QJsonObject asked{{QStringLiteral("asked"), true}};
    int status = 0;
    request(QStringLiteral("POST"), first.base + QStringLiteral("/api/pause"), asked, first.token,
            &status);
    QCOMPARE(status, 200);
    request(QStringLiteral("POST"), second.base + QStringLiteral("/api/pause"), asked, second.token,
            &status);
    QCOMPARE(window.participants()->server()->pauseRequests(), 2);
    // Not at the moment of the tap: the count waits, and both requests show together.
    QVERIFY2(button->isHidden() || sinceFirst.elapsed() >= 400,
             "the count showed the moment a phone was tapped");
    QTRY_VERIFY(!button->isHidden());
    QVERIFY(sinceFirst.elapsed() >= 400);
    // "%n person(s)": the English plural forms come with the program's own catalogue.
    QVERIFY2(button->text().startsWith(QLatin1String("2 pe")) &&
                 button->text().endsWith(QLatin1String("asked for a pause")),
             qPrintable(button->text()));
    QVERIFY(button->accessibleName().startsWith(button->text()));
    // Never on the projector: what the room sees did not change.
    QCOMPARE(audience->content().mode, before.mode);
    QCOMPARE(audience->content().heading, before.heading);
    // Taken back: one.
    request(QStringLiteral("POST"), second.base + QStringLiteral("/api/pause"),
            {{QStringLiteral("asked"), false}}, second.token, &status);
    QTRY_VERIFY2(button->text().startsWith(QLatin1String("1 person")), qPrintable(button->text()));
    // The trainer marks it as seen: gone from the console, and the phone that asked is told.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(button->isHidden());
    QCOMPARE(state(first).value(QStringLiteral("pause")).toBool(true), false);
    // Nothing of it is in the session: no answer, no commitment.
    QCOMPARE(window.sessionModel()->answerCount(), 0);
    QVERIFY(window.sessionModel()->commitments().isEmpty());
}

void tst_Invite::qrCodeOnTheProjectorHoldsTheLink()
{
    const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbar.isEmpty())
        QSKIP("zbarimg (zbar-tools) is not installed; scripts/run-tests installs it");
    MainWindow window(mData.filePath(QStringLiteral("qr")));
    window.show();
    startSession(window, QStringLiteral("QR test"));
    invite(window);
    auto *audienceWindow = window.findChild<AudienceWindow *>();
    audienceWindow->resize(1280, 720);
    audienceWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(audienceWindow));
    const QString link = window.findChild<AudienceState *>()->join().link;

    // Read the code back the way a phone camera would: from the pixels of the projector.
    auto decode = [&](const QString &name) { return decodeQr(zbar, audienceWindow, name); };
    QCOMPARE(decode(QStringLiteral("join.png")), link);

    // The compact strip, shown while something else is on the projector, reads as well.
    AudienceState::Content narration;
    narration.mode = AudienceState::Mode::Narration;
    narration.heading = QStringLiteral("Scene 1");
    narration.text = QStringLiteral("A meeting starts.");
    window.findChild<AudienceState *>()->show(narration);
    auto *compact = audienceWindow->findChild<JoinPanel *>(QStringLiteral("joinCompact"));
    QTRY_VERIFY(compact->isVisible());
    QCOMPARE(decode(QStringLiteral("strip.png")), link);
}

void tst_Invite::joinScreenCodeIsWholeRightAfterInvite_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x768") << QSize(1024, 768);
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void tst_Invite::joinScreenCodeIsWholeRightAfterInvite()
{
    // The projector already open at its size, as in the room; then "Invite participants". The
    // first join screen must be readable at once: nobody resizes a projector to fix a QR code.
    QFETCH(QSize, size);
    const QString zbar = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbar.isEmpty())
        QSKIP("zbarimg (zbar-tools) is not installed; scripts/run-tests installs it");
    const QString tag = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    MainWindow window(mData.filePath(QStringLiteral("qr-") + tag));
    window.show();
    startSession(window, QStringLiteral("QR ") + tag);
    invite(window);
    QCOMPARE(window.findChild<AudienceState *>()->content().mode, AudienceState::Mode::Join);
    // The projector opened on the join screen for the first time, at the projector's size.
    auto *audienceWindow = window.findChild<AudienceWindow *>();
    QVERIFY(!audienceWindow->isVisible());
    audienceWindow->resize(size);
    audienceWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(audienceWindow));
    QTest::qWait(50); // one turn for the layout, as a real window gets before it is painted
    QCOMPARE(audienceWindow->size(), size);

    // Whole, and at least a fifth of the screen's height.
    auto *large = audienceWindow->findChild<JoinPanel *>(QStringLiteral("joinLarge"));
    auto *code = large->findChild<QrCodeWidget *>(QStringLiteral("joinQrCode"));
    QVERIFY(code->isVisible());
    const QRect onScreen(code->mapTo(audienceWindow, QPoint(0, 0)), code->size());
    const int side = qMin(onScreen.width(), onScreen.height());
    QVERIFY2(audienceWindow->rect().contains(onScreen),
             qPrintable(QStringLiteral("the code at %1,%2 %3x%4 runs off a %5 window")
                            .arg(onScreen.x())
                            .arg(onScreen.y())
                            .arg(onScreen.width())
                            .arg(onScreen.height())
                            .arg(tag)));
    QVERIFY2(side * 5 >= size.height(),
             qPrintable(QStringLiteral("the code is %1 px in a %2 window").arg(side).arg(tag)));
    const QRect drawn = darkBounds(audienceWindow->grab().toImage(), onScreen);
    QVERIFY2(drawn.height() * 5 >= size.height(),
             qPrintable(QStringLiteral("the code's modules span %1 px in a %2 window")
                            .arg(drawn.height())
                            .arg(tag)));
    // A phone reads it from the projector's pixels.
    const QString link = window.findChild<AudienceState *>()->join().link;
    QCOMPARE(decodeQr(zbar, audienceWindow, QStringLiteral("join-%1.png").arg(tag)), link);

    // The strip along the bottom of a question screen is big enough for the back row too: at
    // least an eighth of the screen's height, its modules a tenth, and it reads.
    AudienceState::Content question;
    question.mode = AudienceState::Mode::Question;
    question.heading = QStringLiteral("Where are you today?");
    question.items = QStringList{QStringLiteral("Bystander"), QStringLiteral("Passive supporter"),
                                 QStringLiteral("Performative ally"), QStringLiteral("Active ally"),
                                 QStringLiteral("Advocate")};
    window.findChild<AudienceState *>()->show(question);
    QTest::qWait(50);
    auto *compact = audienceWindow->findChild<JoinPanel *>(QStringLiteral("joinCompact"));
    auto *strip = compact->findChild<QrCodeWidget *>(QStringLiteral("joinQrCode"));
    QVERIFY(strip->isVisible());
    const QRect stripOnScreen(strip->mapTo(audienceWindow, QPoint(0, 0)), strip->size());
    QVERIFY(audienceWindow->rect().contains(stripOnScreen));
    QVERIFY2(qMin(stripOnScreen.width(), stripOnScreen.height()) * 8 >= size.height(),
             qPrintable(QStringLiteral("the strip's code is %1 px in a %2 window")
                            .arg(qMin(stripOnScreen.width(), stripOnScreen.height()))
                            .arg(tag)));
    const QRect stripDrawn = darkBounds(audienceWindow->grab().toImage(), stripOnScreen);
    QVERIFY2(stripDrawn.height() * 10 >= size.height(),
             qPrintable(QStringLiteral("the strip's modules span %1 px in a %2 window")
                            .arg(stripDrawn.height())
                            .arg(tag)));
    QCOMPARE(decodeQr(zbar, audienceWindow, QStringLiteral("strip-%1.png").arg(tag)), link);
}

void tst_Invite::phonesFollowTheProjector()
{
    MainWindow window(mData.filePath(QStringLiteral("follow")));
    const Phone phone = showInviteAndJoin(window, QStringLiteral("Follow test"));
    auto kind = [this, &phone] {
        return state(phone)
            .value(QStringLiteral("prompt"))
            .toObject()
            .value(QStringLiteral("kind"))
            .toString();
    };
    QCOMPARE(kind(), QStringLiteral("waiting"));

    // Self-placement tab → "Show on Projector": the phones get the question.
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    tabs->setCurrentIndex(1);
    auto *show = tabs->currentWidget()->findChild<QPushButton *>(QStringLiteral("showQuestion"));
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    const QJsonObject asked = state(phone).value(QStringLiteral("prompt")).toObject();
    QCOMPARE(asked.value(QStringLiteral("kind")).toString(), QStringLiteral("self-placement"));
    QCOMPARE(asked.value(QStringLiteral("choices")).toArray().size(), 5);
    const qint64 question = asked.value(QStringLiteral("question")).toInteger();

    // The phone answers; the console's status bar counts it.
    int status = 0;
    request(QStringLiteral("POST"), phone.base + QStringLiteral("/api/answer"),
            {{QStringLiteral("question"), question},
             {QStringLiteral("choice"), QStringLiteral("active-ally")}},
            phone.token, &status);
    QCOMPARE(status, 200);
    QCOMPARE(window.findChild<SessionModel *>()->answers(question).size(), 1);
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("sessionStatus"))
                    ->text()
                    .contains(QLatin1String("1 answer")));

    // "Reveal" closes the question on the phones; "Hide Results" opens it again.
    auto *reveal = tabs->currentWidget()->findChild<QPushButton *>(QStringLiteral("reveal"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!state(phone)
                 .value(QStringLiteral("prompt"))
                 .toObject()
                 .value(QStringLiteral("open"))
                 .toBool());
    request(QStringLiteral("POST"), phone.base + QStringLiteral("/api/answer"),
            {{QStringLiteral("question"), question},
             {QStringLiteral("choice"), QStringLiteral("advocate")}},
            phone.token, &status);
    QCOMPARE(status, 409);
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(state(phone)
                .value(QStringLiteral("prompt"))
                .toObject()
                .value(QStringLiteral("open"))
                .toBool());

    // A live chart of that (hidden) question on the projector: phones wait rather than move a
    // bar in front of everyone.
    tabs->setCurrentIndex(4);
    QTest::mouseClick(
        tabs->currentWidget()->findChild<QPushButton *>(QStringLiteral("chartToProjector")),
        Qt::LeftButton);
    QCOMPARE(window.findChild<AudienceState *>()->content().mode, AudienceState::Mode::Results);
    QCOMPARE(kind(), QStringLiteral("waiting"));

    // Commitments → "Ask the Room": the commitment box opens on the phones.
    tabs->setCurrentIndex(3);
    auto *ask =
        tabs->currentWidget()->findChild<QPushButton *>(QStringLiteral("askForCommitments"));
    QVERIFY(ask);
    QTest::mouseClick(ask, Qt::LeftButton);
    QCOMPARE(window.findChild<AudienceState *>()->content().mode, AudienceState::Mode::Commitment);
    QCOMPARE(kind(), QStringLiteral("commitment"));
    request(QStringLiteral("POST"), phone.base + QStringLiteral("/api/commitment"),
            {{QStringLiteral("text"), QStringLiteral("Name whose idea it was.")}}, phone.token,
            &status);
    QCOMPARE(status, 200);
    QCOMPARE(window.findChild<SessionModel *>()->commitments().size(), 1);

    // Anything else on the projector: the phones wait.
    AudienceState::Content agreements;
    agreements.mode = AudienceState::Mode::Agreements;
    window.findChild<AudienceState *>()->show(agreements);
    QCOMPARE(kind(), QStringLiteral("waiting"));
}

void tst_Invite::closingTheSessionStopsServing()
{
    MainWindow window(mData.filePath(QStringLiteral("close")));
    const Phone phone = showInviteAndJoin(window, QStringLiteral("Close test"));
    QVERIFY(!phone.token.isEmpty());
    action(window, QStringLiteral("&Close Session"))->trigger();
    QVERIFY(!window.participants()->isRunning());
    QVERIFY(window.findChild<AudienceState *>()->join().isEmpty());
    QVERIFY(!window.participants()->inviteAction()->isEnabled());
    int status = 0;
    QNetworkRequest r{QUrl(phone.base + QStringLiteral("/api/state"))};
    QNetworkReply *reply = mNetwork.get(r);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
    status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QCOMPARE(status, 0); // nobody listens any more
    QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
    reply->deleteLater();
}

void tst_Invite::deletingTheOpenSessionStopsServingFirst()
{
    // File → Open Session… → Delete, on the session phones are answering into: the server
    // stops before the session goes, so no answer is written into a deleted session.
    MainWindow window(mData.filePath(QStringLiteral("delete")));
    const Phone phone = showInviteAndJoin(window, QStringLiteral("Delete test"));
    QVERIFY(!phone.token.isEmpty());
    bool stoppedBeforeDelete = false;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("sessionList"));
        QVERIFY(list && list->count() == 1);
        list->setCurrentRow(0);
        QTimer::singleShot(0, this, [&] {
            auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(confirm);
            for (QAbstractButton *b : confirm->buttons()) {
                if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
                    QTest::mouseClick(b, Qt::LeftButton);
            }
        });
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Delete…"))
                QTest::mouseClick(b, Qt::LeftButton);
        }
        stoppedBeforeDelete = !window.participants()->isRunning();
        static_cast<QDialog *>(dialog)->reject();
    });
    action(window, QStringLiteral("&Open Session…"))->trigger();
    QVERIFY(stoppedBeforeDelete);
    QVERIFY(!window.findChild<SessionModel *>()->isLoaded());
    QVERIFY(!window.participants()->isRunning());
}

void tst_Invite::serveFromTheCommandLine()
{
    // The real program, offscreen, as a trainer's set-up script starts it.
    const QString data = mData.filePath(QStringLiteral("serve"));
    QProcess program;
    const QProcessEnvironment env = programEnvironment();
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(UPSTANDER_BINARY),
                  {QStringLiteral("--data-dir"), data, QStringLiteral("--serve"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--session"),
                   QStringLiteral("new")});
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
        [&] {
            out += program.readAllStandardOutput();
            return out.count('\n') >= 2 || program.state() == QProcess::NotRunning;
        },
        30000));
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("url: http://127.0.0.1:")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("code: ")), qPrintable(lines.at(1)));
    const QString link = lines.at(0).mid(5);
    const QString code = lines.at(1).mid(6);
    QCOMPARE(link.section(QLatin1Char('#'), 1), QString(code).remove(QLatin1Char('-')));

    // The baseline self-placement is open on the phones at once.
    const Phone phone = join(link);
    const QJsonObject prompt = state(phone).value(QStringLiteral("prompt")).toObject();
    QCOMPARE(prompt.value(QStringLiteral("kind")).toString(), QStringLiteral("self-placement"));
    int status = 0;
    const QJsonObject answered =
        request(QStringLiteral("POST"), phone.base + QStringLiteral("/api/answer"),
                {{QStringLiteral("question"), prompt.value(QStringLiteral("question"))},
                 {QStringLiteral("choice"), QStringLiteral("bystander")}},
                phone.token, &status);
    QCOMPARE(status, 200);
    QCOMPARE(answered.value(QStringLiteral("choice")).toString(), QStringLiteral("bystander"));
    program.terminate();
    QVERIFY(program.waitForFinished(30000));

    // Acknowledged means on disk: the store, read by another process, has the answer.
    QProcess sessions;
    sessions.setProcessEnvironment(env);
    sessions.start(QStringLiteral(UPSTANDER_BINARY),
                   {QStringLiteral("sessions"), QStringLiteral("--format"), QStringLiteral("tsv"),
                    QStringLiteral("--data-dir"), data});
    QVERIFY(sessions.waitForFinished(30000));
    const QStringList rows = QString::fromUtf8(sessions.readAllStandardOutput())
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2); // header + the new session
    QCOMPARE(rows.at(1).section(QLatin1Char('\t'), -1), QStringLiteral("1"));
}

void tst_Invite::serveRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no port") << QStringList{QStringLiteral("--serve"), QStringLiteral("127.0.0.1")}
                             << QStringLiteral("--serve needs HOST:PORT");
    QTest::newRow("bad host") << QStringList{QStringLiteral("--serve"),
                                             QStringLiteral("printer:8080")}
                              << QStringLiteral("--serve needs HOST:PORT");
    QTest::newRow("port too big") << QStringList{QStringLiteral("--serve"),
                                                 QStringLiteral("127.0.0.1:70000")}
                                  << QStringLiteral("--serve needs HOST:PORT");
    QTest::newRow("session without serve")
        << QStringList{QStringLiteral("--session"), QStringLiteral("3")}
        << QStringLiteral("--session goes with --serve");
    QTest::newRow("bad session") << QStringList{QStringLiteral("--serve"),
                                                QStringLiteral("127.0.0.1:0"),
                                                QStringLiteral("--session"),
                                                QStringLiteral("latest")}
                                 << QStringLiteral("--session needs a session id");
    QTest::newRow("missing session")
        << QStringList{QStringLiteral("--serve"), QStringLiteral("127.0.0.1:0"),
                       QStringLiteral("--session"), QStringLiteral("9999")}
        << QStringLiteral("9999");
}

void tst_Invite::serveRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess program;
    const QProcessEnvironment env = programEnvironment();
    program.setProcessEnvironment(env);
    program.start(QStringLiteral(UPSTANDER_BINARY),
                  QStringList{QStringLiteral("--data-dir"), mData.filePath(QStringLiteral("bad"))} +
                      arguments);
    QVERIFY(program.waitForFinished(30000));
    QVERIFY(program.exitCode() != 0);
    const QString err = QString::fromUtf8(program.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(program.readAllStandardOutput().isEmpty()); // no url: or code: line for scripts
}

QTEST_MAIN(tst_Invite)
#include "tst_invite.moc"
