#include "charts/exportactions.h"
#include "consoledriver.h"
#include "export/csvexport.h"
#include "export/jsonexport.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Exporting data from the console (issue 10, item 13): File ▸ Export Data writes the same CSV
// and JSON as "upstander export", aggregate and raw; raw carries its warning; each save dialog
// suggests a readable name from the session and opens in the folder last used for that kind.
class tst_ConsoleExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void exportsDataLikeTheCommandLine_data();
    void exportsDataLikeTheCommandLine();
    void rawIsADeliberateChoice();
    void rawAsksFirst();
    void suggestedNames_data();
    void suggestedNames();
    void foldersAreRememberedPerKind();

private:
    // The console with a session "Team Leads: Workshop" on 2026-12-02 (k = 3), five phones'
    // answers and one commitment.
    std::unique_ptr<MainWindow> console();
    QAction *menuAction(MainWindow &window, const QString &objectName) const;
    // A raw export with its per-export keys taken out, to compare two exports.
    static QByteArray withoutKeys(const QByteArray &csv);
    static QJsonObject withoutKeys(QJsonObject doc);
    // Triggers `action` with the file chooser answering `answer`; what it was offered.
    struct Offer
    {
        QString caption;
        QString suggested;
        QString filter;
        int calls = 0;
    };
    // A raw export's warning is answered with its export button, unless `confirmRaw` is false
    // (the caller answers it).
    Offer trigger(QAction *action, const QString &answer, bool confirmRaw = true);

    QTemporaryDir mData;
    QTemporaryDir mOut;
};

void tst_ConsoleExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consoleexport"));
    QSettings().clear();
}

void tst_ConsoleExport::cleanup()
{
    ExportActions::setFileChooser({});
}

std::unique_ptr<MainWindow> tst_ConsoleExport::console()
{
    auto window = std::make_unique<MainWindow>(mData.path());
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    ConsoleDriver::startSession(*window, QStringLiteral("Team Leads: Workshop"), 3);
    SessionModel *model = window->sessionModel();
    Session s = model->session();
    s.date = QDate(2026, 12, 2);
    QString error;
    if (!model->updateSession(s, &error))
        return nullptr;
    const std::optional<qint64> q = model->addQuestion(
        SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr), &error);
    const QStringList stages{QStringLiteral("bystander"), QStringLiteral("advocate"),
                             QStringLiteral("active-ally"), QStringLiteral("advocate"),
                             QStringLiteral("bystander")};
    for (int i = 0; i < stages.size(); ++i)
        model->recordAnswer(*q, QStringLiteral("phone-token-%1").arg(i), stages.at(i));
    model->addCommitment(QStringLiteral("Credit ideas by name"), QString(), &error);
    model->flush();
    return window;
}

QByteArray tst_ConsoleExport::withoutKeys(const QByteArray &csv)
{
    // The raw CSV's token column (the eighth) emptied; other files unchanged.
    QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    for (QString &line : lines) {
        if (!line.startsWith(QLatin1String("answer,")))
            continue;
        QStringList fields = line.split(QLatin1Char(','));
        fields[7].clear();
        line = fields.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")).toUtf8();
}

QJsonObject tst_ConsoleExport::withoutKeys(QJsonObject doc)
{
    QJsonArray answers = doc.value(QLatin1String("answers")).toArray();
    for (QJsonValueRef a : answers) {
        QJsonObject o = a.toObject();
        o.remove(QLatin1String("token"));
        a = o;
    }
    if (!answers.isEmpty())
        doc.insert(QStringLiteral("answers"), answers);
    return doc;
}

QAction *tst_ConsoleExport::menuAction(MainWindow &window, const QString &objectName) const
{
    // Through the menu bar, as a trainer finds it: File ▸ Export Data ▸ …
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (!a->menu())
                continue;
            for (QAction *item : a->menu()->actions()) {
                if (item->objectName() == objectName)
                    return item;
            }
        }
    }
    return nullptr;
}

tst_ConsoleExport::Offer tst_ConsoleExport::trigger(QAction *action, const QString &answer,
                                                    bool confirmRaw)
{
    if (confirmRaw) {
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("rawExportWarning"))
                box->findChild<QPushButton *>(QStringLiteral("exportRaw"))->click();
        });
    }
    Offer offer;
    ExportActions::setFileChooser([&offer, answer](QWidget *, const QString &caption,
                                                   const QString &suggested,
                                                   const QString &filter) {
        offer = {caption, suggested, filter, offer.calls + 1};
        return answer;
    });
    action->trigger();
    QCoreApplication::processEvents(); // no answer left waiting for the next dialog
    return offer;
}

void tst_ConsoleExport::exportsDataLikeTheCommandLine_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("raw");
    QTest::addColumn<bool>("json");
    QTest::newRow("aggregate csv")
        << QStringLiteral("exportAggregateCsv")
        << QStringLiteral("Team Leads Workshop 2026-12-02 - aggregate.csv") << false << false;
    QTest::newRow("aggregate json")
        << QStringLiteral("exportAggregateJson")
        << QStringLiteral("Team Leads Workshop 2026-12-02 - aggregate.json") << false << true;
    QTest::newRow("raw csv") << QStringLiteral("exportRawCsv")
                             << QStringLiteral("Team Leads Workshop 2026-12-02 - raw.csv") << true
                             << false;
    QTest::newRow("raw json") << QStringLiteral("exportRawJson")
                              << QStringLiteral("Team Leads Workshop 2026-12-02 - raw.json") << true
                              << true;
}

void tst_ConsoleExport::exportsDataLikeTheCommandLine()
{
    QFETCH(QString, action);
    QFETCH(QString, fileName);
    QFETCH(bool, raw);
    QFETCH(bool, json);
    std::unique_ptr<MainWindow> window = console();
    QVERIFY(window);
    QAction *a = menuAction(*window, action);
    QVERIFY2(a, qPrintable(QStringLiteral("no File ▸ Export Data action %1").arg(action)));
    QVERIFY(a->isEnabled());
    const QString path = mOut.filePath(action + QStringLiteral(".out"));
    const Offer offer = trigger(a, path);
    QCOMPARE(offer.calls, 1);
    QCOMPARE(QFileInfo(offer.suggested).fileName(), fileName);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray written = file.readAll();

    // The same bytes the command line's builders make from the stored session, but for the
    // moment of the export in the JSON.
    SessionStore store;
    QString error;
    QVERIFY(store.open(mData.path(), &error));
    const std::optional<SessionData> data =
        SessionExport::load(store, window->sessionModel()->session().id);
    QVERIFY(data);
    ExportInfo info;
    info.content = raw ? ExportContent::Raw : ExportContent::Aggregate;
    if (json) {
        QJsonObject got = QJsonDocument::fromJson(written).object();
        QVERIFY(!got.isEmpty());
        info.generator = got.value(QLatin1String("generator")).toString();
        info.exportedAt = QDateTime::fromString(got.value(QLatin1String("exportedAt")).toString(),
                                                Qt::ISODateWithMs);
        // A raw export has keys of its own, new each time: compared without them.
        QCOMPARE(withoutKeys(got), withoutKeys(JsonExport::document(*data, info)));
        QCOMPARE(got.value(QLatin1String("content")).toString(),
                 raw ? QStringLiteral("raw") : QStringLiteral("aggregate"));
    } else {
        QCOMPARE(withoutKeys(written),
                 withoutKeys(raw ? CsvExport::raw(*data) : CsvExport::aggregate(*data)));
    }
    // No device's token in any export; raw has one key per person, the aggregate none, and
    // the commitment only from k on.
    QVERIFY(!written.contains("phone-token-"));
    if (raw) {
        QSet<QString> keys;
        for (const QString &line : QString::fromUtf8(written).split(QStringLiteral("\r\n")))
            if (line.startsWith(QLatin1String("answer,")))
                keys.insert(line.section(QLatin1Char(','), 7, 7));
        if (json) {
            for (const QJsonValue &answer :
                 QJsonDocument::fromJson(written)[QLatin1String("answers")].toArray())
                keys.insert(answer[QLatin1String("token")].toString());
        }
        QCOMPARE(keys.size(), 5);
    }
    QVERIFY(!raw || !written.contains("Credit ideas"));
}

void tst_ConsoleExport::rawIsADeliberateChoice()
{
    std::unique_ptr<MainWindow> window = console();
    QVERIFY(window);
    QAction *raw = menuAction(*window, QStringLiteral("exportRawCsv"));
    QVERIFY(raw);
    QMenu *menu = nullptr;
    for (QMenu *m : window->findChildren<QMenu *>()) {
        if (m->actions().contains(raw))
            menu = m;
    }
    QVERIFY(menu);
    // One short sentence, in the menu between the aggregate and the raw items.
    QString warning;
    bool beforeRaw = false;
    for (QAction *a : menu->actions()) {
        if (a == raw)
            break;
        if (!a->isSeparator() && !a->isEnabled() && a->text().contains(QStringLiteral("linked"))) {
            warning = a->text();
            beforeRaw = true;
        }
    }
    QVERIFY2(beforeRaw, "no warning before the raw exports");
    QCOMPARE(warning.count(QLatin1Char('.')), 1);
    QVERIFY2(warning.size() < 80, qPrintable(warning));
    QVERIFY(raw->statusTip().contains(QStringLiteral("linked")));
    // And the dialog says raw.
    const Offer offer = trigger(raw, QString()); // cancelled
    QVERIFY2(offer.caption.contains(QStringLiteral("Raw")), qPrintable(offer.caption));
}

void tst_ConsoleExport::rawAsksFirst()
{
    // Raw answers are a deliberate choice: before the save dialog, a warning in one sentence
    // that a keyboard and a screen reader reach, with Cancel as the default.
    std::unique_ptr<MainWindow> window = console();
    QVERIFY(window);
    for (const QString &name : {QStringLiteral("exportRawCsv"), QStringLiteral("exportRawJson")}) {
        QAction *raw = menuAction(*window, name);
        QVERIFY(raw);
        for (const bool go : {false, true}) {
            QString warning;
            QString title;
            QString buttonText;
            QString buttonName;
            bool tabFocus = false;
            bool cancelIsDefault = false;
            QTimer::singleShot(0, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != QLatin1String("rawExportWarning"))
                    return;
                warning = box->text();
                title = box->windowTitle();
                auto *exportButton = box->findChild<QPushButton *>(QStringLiteral("exportRaw"));
                if (!exportButton)
                    return;
                buttonText = exportButton->text();
                buttonName = exportButton->accessibleName();
                tabFocus = exportButton->focusPolicy() & Qt::TabFocus;
                cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
                if (go) {
                    exportButton->setFocus();
                    QTest::keyClick(exportButton, Qt::Key_Space);
                } else {
                    QTest::keyClick(box, Qt::Key_Escape);
                }
            });
            const Offer offer = trigger(raw, QString(), false);
            QVERIFY2(!warning.isEmpty(), "no warning before the raw export");
            QCOMPARE(warning.count(QLatin1Char('.')), 1);
            QVERIFY2(warning.contains(QStringLiteral("linked")), qPrintable(warning));
            QVERIFY2(title.contains(QStringLiteral("Raw")), qPrintable(title));
            const QString visible = QString(buttonText).remove(u'&');
            QVERIFY2(visible.startsWith(QStringLiteral("Export Raw Answers")),
                     qPrintable(buttonText));
            QVERIFY2(!buttonName.isEmpty() && visible.startsWith(buttonName),
                     qPrintable(buttonName));
            QVERIFY(tabFocus);
            QVERIFY(cancelIsDefault);
            // Escape: nothing is asked or written; the export button: the save dialog.
            QCOMPARE(offer.calls, go ? 1 : 0);
        }
    }
    // The group's statistics are not held up.
    bool asked = false;
    QTimer::singleShot(0, this, [&] { asked = QApplication::activeModalWidget() != nullptr; });
    QCOMPARE(trigger(menuAction(*window, QStringLiteral("exportAggregateCsv")), QString()).calls,
             1);
    QCoreApplication::processEvents();
    QVERIFY(!asked);
}

void tst_ConsoleExport::suggestedNames_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Team Leads Workshop")
                           << QStringLiteral("Team Leads Workshop 2026-12-02 - aggregate.csv");
    QTest::newRow("unsafe characters") << QStringLiteral("Leads/Managers: \"Q4\" <a|b>? *now*\\")
                                       << QStringLiteral("Leads Managers Q4 a b now 2026-12-02 - "
                                                         "aggregate.csv");
    QTest::newRow("line break and tab") << QStringLiteral("Two\nlines\there")
                                        << QStringLiteral("Two lines here 2026-12-02 - "
                                                          "aggregate.csv");
    QTest::newRow("dots") << QStringLiteral("...hidden.")
                          << QStringLiteral("hidden. 2026-12-02 - aggregate.csv");
    QTest::newRow("empty") << QString() << QStringLiteral("Upstander 2026-12-02 - aggregate.csv");
}

void tst_ConsoleExport::suggestedNames()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    Session s;
    s.title = title;
    s.date = QDate(2026, 12, 2);
    QCOMPARE(ExportActions::suggestedName(s, QStringLiteral("aggregate"), QStringLiteral("csv")),
             expected);
}

void tst_ConsoleExport::foldersAreRememberedPerKind()
{
    QSettings().clear();
    std::unique_ptr<MainWindow> window = console();
    QVERIFY(window);
    QVERIFY(QDir(mOut.path()).mkpath(QStringLiteral("csv here")));
    QVERIFY(QDir(mOut.path()).mkpath(QStringLiteral("json here")));
    const QString csvFolder = mOut.filePath(QStringLiteral("csv here"));
    const QString jsonFolder = mOut.filePath(QStringLiteral("json here"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    QAction *csv = menuAction(*window, QStringLiteral("exportAggregateCsv"));
    QAction *rawCsv = menuAction(*window, QStringLiteral("exportRawCsv"));
    QAction *json = menuAction(*window, QStringLiteral("exportAggregateJson"));
    QVERIFY(csv && rawCsv && json);
    // The first time: the documents folder.
    Offer offer = trigger(csv, csvFolder + QStringLiteral("/first")); // no suffix: added
    QCOMPARE(QFileInfo(offer.suggested).absolutePath(), QFileInfo(documents).absoluteFilePath());
    QVERIFY(QFileInfo::exists(csvFolder + QStringLiteral("/first.csv")));
    // A CSV again: that folder, also for raw; JSON keeps its own.
    offer = trigger(rawCsv, QString());
    QCOMPARE(QFileInfo(offer.suggested).absolutePath(), csvFolder);
    offer = trigger(json, jsonFolder + QStringLiteral("/data.json"));
    QCOMPARE(QFileInfo(offer.suggested).absolutePath(), QFileInfo(documents).absoluteFilePath());
    offer = trigger(json, QString());
    QCOMPARE(QFileInfo(offer.suggested).absolutePath(), jsonFolder);
    offer = trigger(csv, QString());
    QCOMPARE(QFileInfo(offer.suggested).absolutePath(), csvFolder);
    // Remembered across a restart of the console.
    window.reset();
    window = console();
    QVERIFY(window);
    offer = trigger(menuAction(*window, QStringLiteral("exportAggregateCsv")), QString());
    QCOMPARE(QFileInfo(offer.suggested).absolutePath(), csvFolder);
    QCOMPARE(QSettings().value(ExportActions::folderKey(QStringLiteral("csv"))).toString(),
             csvFolder);
}

QTEST_MAIN(tst_ConsoleExport)
#include "tst_consoleexport.moc"
