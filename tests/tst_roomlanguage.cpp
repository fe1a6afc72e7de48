#include "audience/audiencestate.h"
#include "audience/audiencewindow.h"
#include "catalogue.h"
#include "charts/sessioncharts.h"
#include "charts/sessionreport.h"
#include "consoledriver.h"
#include "languages.h"
#include "library/scenariolistmodel.h"
#include "roomlanguage.h"
#include "scenario/scenarioloader.h"
#include "session/demosession.h"
#include "store/sessionstore.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The room in its own language: a session in each language of the registry, run from a console
// that speaks English, shows no English on the projector (welcome, a scene, a decision asked and
// revealed, the self-placement and its chart) nor in the PDF report, and its scenario texts are
// the translated ones. "No English" means: no phrase of an English source text whose
// translation differs from it, from the program's catalogue or the scenario texts.
class tst_RoomLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noEnglishInTheRoom_data();
    void noEnglishInTheRoom();
    void theConsoleKeepsItsOwnLanguage();

private:
    // English phrases (two words or more) that must not appear in a room speaking `code`.
    static QStringList englishPhrases(const QString &code);
    static QStringList leaks(const QString &shown, const QStringList &phrases);
    static QString shownOn(QWidget *window);
    QTemporaryDir mData;
};

namespace {

QString fileSuffix(const QString &code)
{
    return QString(code).replace(u'-', u'_');
}

QString normalized(QString text)
{
    return text.simplified();
}

// The pieces of a source text between its arguments ("Debrief: %1" → "Debrief:"), each as a
// phrase to look for when it has two words or more.
void addPhrases(const QString &source, const QString &translation, QStringList *out)
{
    if (translation.isEmpty() || normalized(translation) == normalized(source))
        return;
    static const QRegularExpression argument(QStringLiteral("%L?(?:\\d{1,2}|n)|<[^>]*>|&(?!&)"));
    for (QString piece : source.split(argument)) {
        piece = normalized(piece);
        // Trim punctuation at the ends: "Votes:" is found as "Votes".
        while (!piece.isEmpty() && !piece.front().isLetterOrNumber())
            piece.remove(0, 1);
        while (!piece.isEmpty() && !piece.back().isLetterOrNumber())
            piece.chop(1);
        if (piece.count(u' ') >= 1 && piece.size() >= 8)
            out->append(piece);
    }
}

} // namespace

void tst_RoomLanguage::initTestCase()
{
    QVERIFY(mData.isValid());
    // The console speaks English here (no translator installed): the room's texts come from
    // the catalogues the build made.
    Catalogue::setFolder(QStringLiteral(UPSTANDER_BINARY_DIR "/app"));
    QStandardPaths::setTestModeEnabled(true);
}

QStringList tst_RoomLanguage::englishPhrases(const QString &code)
{
    QStringList phrases;
    for (const QString &kind : {QStringLiteral("upstander"), QStringLiteral("scenarios")}) {
        QFile file(QStringLiteral(UPSTANDER_SOURCE_DIR "/translations/%1_%2.ts")
                       .arg(kind, fileSuffix(code)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                // A plural entry: its first form stands for it.
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                addPhrases(source, text, &phrases);
            }
        }
    }
    phrases.removeDuplicates();
    return phrases;
}

QStringList tst_RoomLanguage::leaks(const QString &shown, const QStringList &phrases)
{
    const QString text = normalized(shown);
    QStringList found;
    for (const QString &phrase : phrases) {
        const qsizetype at = text.indexOf(phrase);
        if (at < 0)
            continue;
        // Whole words only: "Round" in "Rounded" is not a leak.
        const bool startsWord = at == 0 || !text.at(at - 1).isLetter();
        const qsizetype end = at + phrase.size();
        const bool endsWord = end >= text.size() || !text.at(end).isLetter();
        if (startsWord && endsWord)
            found.append(phrase);
    }
    return found;
}

QString tst_RoomLanguage::shownOn(QWidget *window)
{
    QStringList texts{window->windowTitle(), window->accessibleName(),
                      window->accessibleDescription()};
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.append(label->text());
        texts.append(w->accessibleName());
        texts.append(w->accessibleDescription());
    }
    return texts.join(QLatin1Char('\n'));
}

void tst_RoomLanguage::noEnglishInTheRoom_data()
{
    QTest::addColumn<QString>("code");
    for (const Languages::Language &language : Languages::all()) {
        if (language.code != QLatin1String("en"))
            QTest::newRow(qPrintable(language.code)) << language.code;
    }
}

void tst_RoomLanguage::noEnglishInTheRoom()
{
    QFETCH(QString, code);
    const QStringList phrases = englishPhrases(code);
    QVERIFY2(phrases.size() > 500, qPrintable(QString::number(phrases.size())));

    const QString dataDir = mData.filePath(code);
    qint64 session = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(dataDir, &error), qPrintable(error));
        const auto demo = DemoSession::create(&store, QDate(2026, 6, 11), code, &error);
        QVERIFY2(demo, qPrintable(error));
        session = demo->sessionId;
    }
    MainWindow window(dataDir);
    window.resize(1280, 800);
    window.show();
    window.openSession(session);
    QCOMPARE(RoomLanguage::current().code(), code);
    auto *audience = window.findChild<AudienceWindow *>();
    QVERIFY(audience);
    audience->resize(1280, 720);
    audience->show();
    const bool rtl = Languages::find(code)->rightToLeft;
    QCOMPARE(audience->layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
    QCOMPARE(window.layoutDirection(), Qt::LeftToRight); // the console stays English

    QStringList found;
    const auto look = [&](const QString &moment) {
        QTest::qWait(20);
        for (const QString &leak : leaks(shownOn(audience), phrases))
            found.append(moment + QStringLiteral(": ") + leak);
    };
    look(QStringLiteral("welcome"));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    auto *runner = ConsoleDriver::runScenario(window, tabs, QStringLiteral("credit-taken"));
    QVERIFY(runner);
    ConsoleDriver::click(runner, "showOnProjector");
    look(QStringLiteral("scene"));
    // The scene on the projector is the translated one.
    const Scenario english =
        *ScenarioLoader::loadFile(
             QStringLiteral(UPSTANDER_SOURCE_DIR "/resources/scenarios/credit-taken.yaml"))
             .scenario;
    const Scenario translated = Catalogue::forLanguage(code)->translated(english);
    QCOMPARE(window.findChild<AudienceState *>()->content().heading,
             translated.scenes.first().title.simplified());
    QVERIFY(translated.scenes.first().title != english.scenes.first().title);

    QVERIFY(ConsoleDriver::walkToDecision(runner));
    ConsoleDriver::click(runner, "showQuestion");
    look(QStringLiteral("decision"));
    for (const char *name : {"plus1", "plus2", "plus2", "plus3", "plus4"}) {
        if (auto *b = runner->findChild<QPushButton *>(QLatin1String(name)))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    ConsoleDriver::click(runner, "reveal");
    look(QStringLiteral("reveal"));

    tabs->setCurrentIndex(4); // results: the session's chart on the projector
    QTest::qWait(20);
    if (auto *toProjector = window.findChild<QPushButton *>(QStringLiteral("chartToProjector")))
        QTest::mouseClick(toProjector, Qt::LeftButton);
    look(QStringLiteral("chart"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

    // The report, as a sponsor reads it.
    SessionCharts charts(window.sessionModel());
    SessionReport report(&charts);
    QString error;
    const QString pdf = mData.filePath(code + QStringLiteral(".pdf"));
    QVERIFY2(report.exportPdf(pdf, {}, &error), qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-q"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QCOMPARE(text.exitCode(), 0);
    const QString reportText = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(reportText.size() > 1000);
    const QStringList inReport = leaks(reportText, phrases);
    QVERIFY2(inReport.isEmpty(), qPrintable(QStringLiteral("English in the report: ") +
                                            inReport.join(QStringLiteral(" | "))));

    // The list of scenarios on the first page numbers its items at the start of the line: on
    // the left, or on the right in a right-to-left language.
    QProcess boxes;
    boxes.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-q"), QStringLiteral("-bbox"), QStringLiteral("-f"),
                 QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                 QStringLiteral("-")});
    QVERIFY(boxes.waitForFinished(60000));
    const QString page = QString::fromUtf8(boxes.readAllStandardOutput());
    const QRegularExpression pageWidth(QStringLiteral("<page width=\"([\\d.]+)\""));
    const QRegularExpression marker(
        QStringLiteral("<word xMin=\"([\\d.]+)\"[^>]*>(?:1\\.|\\.1)</word>"));
    const auto width = pageWidth.match(page);
    const auto first = marker.match(page);
    QVERIFY2(width.hasMatch() && first.hasMatch(), "no numbered list on the report's first page");
    const bool onTheRight = first.captured(1).toDouble() > width.captured(1).toDouble() / 2;
    QCOMPARE(onTheRight, rtl);

    // No slanted face for a script that has none: the fonts have no slanted Arabic, and the
    // decision's prompt came out as empty boxes.
    if (Languages::find(code)->joinsLetters()) {
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {pdf});
        QVERIFY(fonts.waitForFinished(60000));
        const QString used = QString::fromUtf8(fonts.readAllStandardOutput());
        QVERIFY2(!used.contains(QLatin1String("Oblique")) &&
                     !used.contains(QLatin1String("Italic")),
                 qPrintable(used));
    }
}

// The trainer's own language stays on the console's own texts while the room speaks another.
void tst_RoomLanguage::theConsoleKeepsItsOwnLanguage()
{
    const QString dataDir = mData.filePath(QStringLiteral("console"));
    qint64 session = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY(store.open(dataDir, &error));
        session = DemoSession::create(&store, QDate(2026, 6, 11), QStringLiteral("fr"), &error)
                      ->sessionId;
    }
    MainWindow window(dataDir);
    window.show();
    window.openSession(session);
    QCOMPARE(RoomLanguage::current().code(), QStringLiteral("fr"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Scenario Librar&y"));
    // The scenarios are the room's: the library lists them in French.
    const Scenario english =
        *ScenarioLoader::loadFile(
             QStringLiteral(UPSTANDER_SOURCE_DIR "/resources/scenarios/credit-taken.yaml"))
             .scenario;
    const QString french = Catalogue::forLanguage(QStringLiteral("fr"))->translated(english).title;
    QVERIFY(french != english.title);
    auto *list = window.findChild<QListView *>(QStringLiteral("scenarioList"));
    const auto listedTitle = [list] {
        QAbstractItemModel *model = list->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ScenarioListModel::IdRole).toString() == QLatin1String("credit-taken"))
                return index.data(ScenarioListModel::TitleRole).toString();
        }
        return QString();
    };
    QTRY_COMPARE(listedTitle(), french);
    QAction *close = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QLatin1String("&Close Session"))
            close = action;
    }
    QVERIFY(close);
    close->trigger();
    // No session: the room hears the console's language again.
    QCOMPARE(RoomLanguage::current().code(), QStringLiteral("en"));
}

QTEST_MAIN(tst_RoomLanguage)
#include "tst_roomlanguage.moc"
