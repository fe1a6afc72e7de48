#include "a11y/announce.h"
#include "a11ycheck.h"
#include "console/mainwindow.h"
#include "console/retentiondialog.h"
#include "programrun.h"
#include "session/sessionmodel.h"
#include "store/retention.h"
#include "store/sessionstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Deleting old sessions (issue 12, item 3): the core's rule for "older than N months", the
// command line (sessions --delete ID, --older-than N), the console's setting (asked once at the
// first start, changed from the File menu, applied at start). Each way of deleting is checked on
// the raw bytes of the database: nothing of a deleted session may be left readable.
class tst_Retention : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void olderThan_data();
    void olderThan();
    void deleteOlderThanKeepsTheOneAskedFor();
    void commandLineDeletesById();
    void commandLineUnknownIdDeletesNothing_data();
    void commandLineUnknownIdDeletesNothing();
    void commandLineOlderThan();
    void commandLineWithoutDatabase();
    void commandLineUsageErrors_data();
    void commandLineUsageErrors();
    void askedOnFirstStartOnly_data();
    void askedOnFirstStartOnly();
    void notAskedWhileResuming();
    void notAskedUnlessTheProgramAsks();
    void startDeletesOldSessions();
    void menuChangesTheSetting();

private:
    // A session dated `date` whose title, cohort, trainer and commitment are texts made from
    // `tag`, found nowhere else; they are added to *texts.
    static qint64 plant(SessionStore &store, const QDate &date, const QString &tag,
                        QStringList *texts = nullptr);
    static QStringList idsOf(const QList<SessionSummary> &sessions);
    // The texts of `texts` found in the raw bytes of the database in `folder` and its
    // write-ahead log; the store must be closed.
    static QStringList foundInFile(const QString &folder, const QStringList &texts);
    static ProgramRun run(const QStringList &arguments);
    static RetentionDialog *openDialog(QWidget *window);

    QTemporaryDir mDir;
    int mFolders = 0;
    QString newFolder() { return mDir.filePath(QStringLiteral("data%1").arg(++mFolders)); }
};

void tst_Retention::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_retention"));
    QVERIFY(mDir.isValid());
    Announce::setObserver(&A11yCheck::recordEvent);
}

void tst_Retention::init()
{
    QSettings().clear(); // every test starts as a first start
}

qint64 tst_Retention::plant(SessionStore &store, const QDate &date, const QString &tag,
                            QStringList *texts)
{
    Session s;
    s.title = QStringLiteral("Workshop %1 Quillfeather").arg(tag);
    s.date = date;
    s.cohort = QStringLiteral("cohort-%1-zebrawood").arg(tag);
    s.trainer = QStringLiteral("Trainer %1 Oyelaran-Quist").arg(tag);
    QString error;
    const qint64 id = store.createSession(s, &error);
    if (id == 0)
        qFatal("no session: %s", qPrintable(error));
    SessionModel model(&store);
    if (!model.load(id, &error))
        qFatal("cannot load: %s", qPrintable(error));
    const QString commitment =
        QStringLiteral("I will name the credit for %1 in the marmalade meeting").arg(tag);
    if (!model.addCommitment(commitment, QStringLiteral("token-%1").arg(tag), &error) ||
        !model.flush())
        qFatal("no commitment: %s", qPrintable(error));
    model.unload();
    if (texts)
        texts->append({s.title, s.cohort, s.trainer, commitment});
    return id;
}

QStringList tst_Retention::idsOf(const QList<SessionSummary> &sessions)
{
    QStringList ids;
    for (const SessionSummary &s : sessions)
        ids.append(QString::number(s.id));
    return ids;
}

QStringList tst_Retention::foundInFile(const QString &folder, const QStringList &texts)
{
    QByteArray bytes;
    const QString path = QDir(folder).filePath(SessionStore::fileName());
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    if (bytes.isEmpty())
        qFatal("no database in %s", qPrintable(folder));
    QStringList found;
    for (const QString &text : texts) {
        if (bytes.contains(text.toUtf8()))
            found.append(text);
    }
    return found;
}

ProgramRun tst_Retention::run(const QStringList &arguments)
{
    return runProgram(QStringLiteral(UPSTANDER_BINARY), arguments);
}

RetentionDialog *tst_Retention::openDialog(QWidget *window)
{
    auto *dialog = window->findChild<RetentionDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void tst_Retention::olderThan_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("older");
    const QDate today(2026, 12, 2);
    QTest::newRow("a day past 6 months") << today << 6 << QDate(2026, 6, 1) << true;
    QTest::newRow("exactly 6 months") << today << 6 << QDate(2026, 6, 2) << false;
    QTest::newRow("yesterday") << today << 6 << QDate(2026, 12, 1) << false;
    QTest::newRow("two years, 12") << today << 12 << QDate(2024, 12, 2) << true;
    QTest::newRow("two years, 24") << today << 24 << QDate(2024, 12, 2) << false;
    QTest::newRow("in the future") << today << 6 << QDate(2027, 3, 1) << false;
    QTest::newRow("off") << today << 0 << QDate(2001, 1, 1) << false;
    // 31 August minus 6 months is the last day of February.
    QTest::newRow("end of month, kept") << QDate(2026, 8, 31) << 6 << QDate(2026, 2, 28) << false;
    QTest::newRow("end of month, old") << QDate(2026, 8, 31) << 6 << QDate(2026, 2, 27) << true;
    QTest::newRow("no date") << today << 6 << QDate() << false;
}

void tst_Retention::olderThan()
{
    QFETCH(QDate, today);
    QFETCH(int, months);
    QFETCH(QDate, date);
    QFETCH(bool, older);
    QCOMPARE(Retention::isOlderThan(date, months, today), older);
    if (!date.isValid())
        return; // the store keeps no session without a date

    // The store's list says the same.
    const QString folder = newFolder();
    SessionStore store;
    QString error;
    QVERIFY2(store.open(folder, &error), qPrintable(error));
    Session s;
    s.title = QStringLiteral("Dated");
    s.date = date;
    const qint64 id = store.createSession(s, &error);
    QVERIFY2(id, qPrintable(error));
    const QStringList expected = older ? QStringList{QString::number(id)} : QStringList();
    QCOMPARE(idsOf(Retention::olderThan(store, months, today)), expected);
}

void tst_Retention::deleteOlderThanKeepsTheOneAskedFor()
{
    const QString folder = newFolder();
    SessionStore store;
    QString error;
    QVERIFY2(store.open(folder, &error), qPrintable(error));
    const QDate today(2026, 12, 2);
    const qint64 oldest = plant(store, QDate(2024, 1, 10), QStringLiteral("oldest"));
    const qint64 open = plant(store, QDate(2025, 2, 3), QStringLiteral("open"));
    const qint64 old = plant(store, QDate(2025, 5, 4), QStringLiteral("old"));
    const qint64 recent = plant(store, QDate(2026, 11, 1), QStringLiteral("recent"));
    // Oldest first; the one to keep is not deleted.
    QCOMPARE(idsOf(Retention::olderThan(store, 12, today)),
             (QStringList{QString::number(oldest), QString::number(open), QString::number(old)}));
    const Retention::Deletion deletion = Retention::deleteOlderThan(store, 12, today, open);
    QVERIFY2(deletion.error.isEmpty(), qPrintable(deletion.error));
    QCOMPARE(idsOf(deletion.deleted), (QStringList{QString::number(oldest), QString::number(old)}));
    QCOMPARE(idsOf(store.sessions()),
             (QStringList{QString::number(recent), QString::number(open)}));
    QVERIFY(Retention::deleteOlderThan(store, 0, today).deleted.isEmpty());
}

void tst_Retention::commandLineDeletesById()
{
    const QString folder = newFolder();
    QStringList gone;
    QStringList kept;
    qint64 doomed = 0;
    qint64 other = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(folder, &error), qPrintable(error));
        doomed = plant(store, QDate(2026, 3, 2), QStringLiteral("byid"), &gone);
        other = plant(store, QDate(2026, 3, 3), QStringLiteral("neighbour"), &kept);
    }
    // The texts are in the file to begin with, so not finding them later means something.
    QCOMPARE(foundInFile(folder, gone), gone);

    const ProgramRun r = run({QStringLiteral("sessions"), QStringLiteral("--delete"),
                              QString::number(doomed), QStringLiteral("--data-dir"), folder});
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Deleted session %1 (2026-03-02, Workshop byid Quillfeather, "
                                   "cohort cohort-byid-zebrawood).\n")
                        .arg(doomed));
    QCOMPARE(foundInFile(folder, gone), QStringList());
    QCOMPARE(foundInFile(folder, kept), kept);
    SessionStore store;
    QString error;
    QVERIFY2(store.open(folder, &error), qPrintable(error));
    QCOMPARE(idsOf(store.sessions()), QStringList{QString::number(other)});
    QCOMPARE(store.commitments(other).size(), 1);
}

void tst_Retention::commandLineUnknownIdDeletesNothing_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("unknown") << QStringList{QStringLiteral("999")};
    QTest::newRow("known, then unknown") << QStringList{QStringLiteral("1"), QStringLiteral("999")};
}

void tst_Retention::commandLineUnknownIdDeletesNothing()
{
    QFETCH(QStringList, ids);
    const QString folder = newFolder();
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(folder, &error), qPrintable(error));
        QCOMPARE(plant(store, QDate(2026, 3, 2), QStringLiteral("first")), 1);
        plant(store, QDate(2026, 3, 3), QStringLiteral("second"));
    }
    QStringList arguments{QStringLiteral("sessions")};
    for (const QString &id : std::as_const(ids))
        arguments << QStringLiteral("--delete") << id;
    const ProgramRun r = run(arguments + QStringList{QStringLiteral("--data-dir"), folder});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("There is no session 999")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was deleted")), qPrintable(r.err));
    SessionStore store;
    QString error;
    QVERIFY2(store.open(folder, &error), qPrintable(error));
    QCOMPARE(store.sessions().size(), 2);
}

void tst_Retention::commandLineOlderThan()
{
    const QString folder = newFolder();
    const QDate today = QDate::currentDate();
    QStringList gone;
    QStringList kept;
    qint64 old = 0;
    qint64 older = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(folder, &error), qPrintable(error));
        old = plant(store, today.addMonths(-13), QStringLiteral("thirteen"), &gone);
        older = plant(store, today.addMonths(-30), QStringLiteral("thirty"), &gone);
        plant(store, today.addMonths(-11), QStringLiteral("eleven"), &kept);
        plant(store, today, QStringLiteral("today"), &kept);
    }
    QCOMPARE(foundInFile(folder, gone), gone);

    const ProgramRun r = run({QStringLiteral("--data-dir"), folder, QStringLiteral("sessions"),
                              QStringLiteral("--older-than"), QStringLiteral("12")});
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // oldest first
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Deleted session %1 (").arg(older)),
             qPrintable(r.out));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Deleted session %1 (").arg(old)),
             qPrintable(r.out));
    QCOMPARE(foundInFile(folder, gone), QStringList());
    QCOMPARE(foundInFile(folder, kept), kept);

    // Again: nothing is that old any more, and it says so.
    const ProgramRun again = run({QStringLiteral("sessions"), QStringLiteral("--older-than=12"),
                                  QStringLiteral("--data-dir"), folder});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(QStringLiteral("No sessions in ")), qPrintable(again.out));
    // ("months" once the English plural forms are in translations/upstander_en.ts)
    QVERIFY2(again.out.contains(QStringLiteral("older than 12 month")), qPrintable(again.out));
    const ProgramRun list = run({QStringLiteral("sessions"), QStringLiteral("--format"),
                                 QStringLiteral("tsv"), QStringLiteral("--data-dir"), folder});
    QCOMPARE(list.out.count(QLatin1Char('\n')), 3); // the header and the two kept
}

void tst_Retention::commandLineWithoutDatabase()
{
    // A folder without a database: nothing to delete, and no database created to say so.
    const QString folder = newFolder();
    const ProgramRun byAge = run({QStringLiteral("sessions"), QStringLiteral("--older-than"),
                                  QStringLiteral("6"), QStringLiteral("--data-dir"), folder});
    QCOMPARE(byAge.exitCode, 0);
    QVERIFY2(byAge.out.startsWith(QStringLiteral("No sessions in ")), qPrintable(byAge.out));
    const ProgramRun byId = run({QStringLiteral("sessions"), QStringLiteral("--delete"),
                                 QStringLiteral("3"), QStringLiteral("--data-dir"), folder});
    QCOMPARE(byId.exitCode, 1);
    QVERIFY2(byId.err.contains(QStringLiteral("There is no session 3")), qPrintable(byId.err));
    QVERIFY(!QFileInfo::exists(folder));
}

void tst_Retention::commandLineUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString olderThan = QStringLiteral("--older-than");
    const QString remove = QStringLiteral("--delete");
    QTest::newRow("months not a number")
        << QStringList{olderThan, QStringLiteral("six")}
        << QStringLiteral("--older-than needs a number of months from 1 to 1200, not \"six\"");
    QTest::newRow("months with a unit")
        << QStringList{olderThan, QStringLiteral("6m")} << QStringLiteral("not \"6m\"");
    QTest::newRow("no months") << QStringList{olderThan, QStringLiteral("0")}
                               << QStringLiteral("not \"0\"");
    QTest::newRow("negative months")
        << QStringList{olderThan, QStringLiteral("-3")} << QStringLiteral("not \"-3\"");
    QTest::newRow("months missing")
        << QStringList{olderThan} << QStringLiteral("option --older-than needs a value");
    QTest::newRow("id not a number")
        << QStringList{remove, QStringLiteral("first")}
        << QStringLiteral("the session id must be a whole number above 0, not \"first\"");
    QTest::newRow("both") << QStringList{remove, QStringLiteral("1"), olderThan,
                                         QStringLiteral("6")}
                          << QStringLiteral("--delete and --older-than do not go together");
    QTest::newRow("with --format") << QStringList{QStringLiteral("--format"), QStringLiteral("tsv"),
                                                  remove, QStringLiteral("1")}
                                   << QStringLiteral("unknown argument --format");
}

void tst_Retention::commandLineUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString folder = newFolder();
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(folder, &error), qPrintable(error));
        plant(store, QDate(2001, 1, 1), QStringLiteral("ancient"));
    }
    const ProgramRun r = run(QStringList{QStringLiteral("sessions")} + arguments +
                             QStringList{QStringLiteral("--data-dir"), folder});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("upstander --help")));
    SessionStore store;
    QString error;
    QVERIFY2(store.open(folder, &error), qPrintable(error));
    QCOMPARE(store.sessions().size(), 1);
}

void tst_Retention::askedOnFirstStartOnly_data()
{
    QTest::addColumn<QList<QKeyCombination>>("keys"); // typed into the dialog
    QTest::addColumn<int>("months");
    // The arrow keys move the choice; Alt+digit picks one; Enter confirms, Escape leaves the
    // default (keep every session), which counts as answered too.
    QTest::newRow("down, enter") << QList<QKeyCombination>{Qt::Key_Down, Qt::Key_Return} << 6;
    QTest::newRow("alt+1, enter") << QList<QKeyCombination>{Qt::AltModifier | Qt::Key_1,
                                                            Qt::Key_Return}
                                  << 12;
    QTest::newRow("down thrice, up, enter")
        << QList<QKeyCombination>{Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Up,
                                  Qt::Key_Return}
        << 12;
    QTest::newRow("escape") << QList<QKeyCombination>{Qt::AltModifier | Qt::Key_2, Qt::Key_Escape}
                            << 0;
}

void tst_Retention::askedOnFirstStartOnly()
{
    QFETCH(QList<QKeyCombination>, keys);
    QFETCH(int, months);
    const QString folder = newFolder();
    QVERIFY(!RetentionDialog::savedMonths());
    {
        MainWindow window(folder);
        window.setAsksAtFirstStart(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.ensureReady();
        RetentionDialog *dialog = openDialog(&window);
        QVERIFY2(dialog, "the first start asks how long to keep sessions");
        QVERIFY(dialog->isModal());
        // Every control is named by the words it shows (speech input, screen readers).
        const auto buddies = A11yCheck::buddiesIn(dialog);
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            const QString problem = A11yCheck::nameProblem(w, buddies);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        auto *never = dialog->findChild<QRadioButton *>(QStringLiteral("retention0"));
        QVERIFY(never && never->isChecked()); // off by default
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(QApplication::focusWidget(), never);
        for (const QKeyCombination key : std::as_const(keys)) {
            QTest::keyClick(QApplication::focusWidget(), key.key(), key.keyboardModifiers());
            if (key.key() == Qt::Key_Return || key.key() == Qt::Key_Escape)
                break;
            // The choice with the focus is the one made (a mnemonic clicks after its
            // button's press animation).
            QTRY_VERIFY(qobject_cast<QRadioButton *>(QApplication::focusWidget()) &&
                        static_cast<QRadioButton *>(QApplication::focusWidget())->isChecked());
        }
        QTRY_VERIFY(!openDialog(&window));
        QCOMPARE(RetentionDialog::savedMonths(), std::optional<int>(months));
    }
    // The second start does not ask again.
    MainWindow again(folder);
    again.setAsksAtFirstStart(true);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.ensureReady();
    QCoreApplication::processEvents();
    QVERIFY(!openDialog(&again));
    QCOMPARE(RetentionDialog::savedMonths(), std::optional<int>(months));
}

void tst_Retention::notAskedWhileResuming()
{
    const QString folder = newFolder();
    qint64 id = 0;
    QString path;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(folder, &error), qPrintable(error));
        id = plant(store, QDate::currentDate(), QStringLiteral("resumed"));
        path = store.path();
    }
    // The console crashed with this session open (SessionResume's settings).
    QSettings settings;
    settings.setValue(QStringLiteral("resume/database"), path);
    settings.setValue(QStringLiteral("resume/session"), id);
    settings.sync();
    MainWindow window(folder);
    window.setAsksAtFirstStart(true);
    window.ensureReady();
    QCOMPARE(window.sessionModel()->session().id, id);
    QCoreApplication::processEvents();
    QVERIFY(!openDialog(&window));
    QVERIFY2(!RetentionDialog::savedMonths(), "still to be asked at a start of its own");
}

void tst_Retention::notAskedUnlessTheProgramAsks()
{
    // Windows made by tests and tools never stop at the question.
    MainWindow window(newFolder());
    window.ensureReady();
    QCoreApplication::processEvents();
    QVERIFY(!openDialog(&window));
    QVERIFY(!RetentionDialog::savedMonths());
}

void tst_Retention::startDeletesOldSessions()
{
    const QString folder = newFolder();
    const QDate today = QDate::currentDate();
    QStringList gone;
    QStringList kept;
    qint64 resumed = 0;
    qint64 recent = 0;
    QString path;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(folder, &error), qPrintable(error));
        plant(store, today.addMonths(-7), QStringLiteral("sevenmonths"), &gone);
        recent = plant(store, today.addMonths(-5), QStringLiteral("fivemonths"), &kept);
        // Reopened after a crash: old, but in use, so kept.
        resumed = plant(store, today.addMonths(-9), QStringLiteral("ninemonths"), &kept);
        path = store.path();
    }
    QCOMPARE(foundInFile(folder, gone), gone);
    RetentionDialog::saveMonths(6);
    QSettings settings;
    settings.setValue(QStringLiteral("resume/database"), path);
    settings.setValue(QStringLiteral("resume/session"), resumed);
    settings.sync();
    {
        MainWindow window(folder);
        window.ensureReady();
        QCOMPARE(window.sessionModel()->session().id, resumed);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Deleted 1 session")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
    QCOMPARE(foundInFile(folder, gone), QStringList());
    QCOMPARE(foundInFile(folder, kept), kept);
    SessionStore store;
    QString error;
    QVERIFY2(store.open(folder, &error), qPrintable(error));
    QCOMPARE(idsOf(store.sessions()),
             (QStringList{QString::number(recent), QString::number(resumed)}));
}

void tst_Retention::menuChangesTheSetting()
{
    const QString folder = newFolder();
    const QDate today = QDate::currentDate();
    QStringList gone;
    QStringList kept;
    qint64 open = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(folder, &error), qPrintable(error));
        plant(store, today.addMonths(-14), QStringLiteral("fourteen"), &gone);
        open = plant(store, today.addMonths(-20), QStringLiteral("twenty"), &kept);
        plant(store, today.addMonths(-2), QStringLiteral("twomonths"), &kept);
    }
    RetentionDialog::saveMonths(0); // asked at the first start: keep everything
    {
        MainWindow window(folder);
        window.setAsksAtFirstStart(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.ensureReady();
        QVERIFY(!openDialog(&window));
        QVERIFY(window.openSession(open));
        auto *action = window.findChild<QAction *>(QStringLiteral("retention"));
        QVERIFY(action);
        QVERIFY(action->text().startsWith(QStringLiteral("Delete Old Sessions")));
        action->trigger();
        RetentionDialog *dialog = openDialog(&window);
        QVERIFY(dialog);
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // 12 months: one session is that old now; the open one, older still, is not counted.
        A11yCheck::recordedEvents().clear();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::AltModifier);
        auto *twelve = dialog->findChild<QRadioButton *>(QStringLiteral("retention12"));
        QTRY_VERIFY(twelve->isChecked());
        auto *effect = dialog->findChild<QLabel *>(QStringLiteral("retentionEffect"));
        QVERIFY2(effect->text().startsWith(QStringLiteral("1 session")),
                 qPrintable(effect->text()));
        // A screen reader hears it on the choice the keyboard is on.
        bool told = false;
        for (const A11yCheck::Event &e : std::as_const(A11yCheck::recordedEvents()))
            told = told || (e.object == twelve && e.value == effect->text());
        QVERIFY2(told, "the number of sessions the choice deletes is announced");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!openDialog(&window));
        QCOMPARE(RetentionDialog::savedMonths(), std::optional<int>(12));
        QCOMPARE(window.sessionModel()->session().id, open);
    }
    QCOMPARE(foundInFile(folder, gone), QStringList());
    QCOMPARE(foundInFile(folder, kept), kept);
}

QTEST_MAIN(tst_Retention)
#include "tst_retention.moc"
