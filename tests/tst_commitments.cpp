#include "audience/audiencestate.h"
#include "audience/audiencewindow.h"
#include "charts/exportactions.h"
#include "console/commitmentspanel.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"
#include "store/storeschema.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Commitments on the console: the 280 limit counts what a person sees, a commitment is edited
// and deleted as one undoable step each without its old text staying in the file, the projector
// shows them as a wall only from k on, and they print as take-away cards.
class tst_Commitments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void limitCountsWhatAPersonSees_data();
    void limitCountsWhatAPersonSees();
    void olderDatabaseTakesWhatAPersonSees();
    void counterCountsWhatAPersonSees();
    void deleteFromThePanelUndoes();
    void editFromThePanelUndoes();
    void editedAndDeletedTextLeavesNoTrace();
    void wallOnlyFromK();
    void wallFitsTheProjector_data();
    void wallFitsTheProjector();
    void printCardsWritesOneCardPerCommitment();

private:
    void addByHand(const QString &text);
    CommitmentsPanel *panel();
    QListWidget *list()
    {
        return panel()->findChild<QListWidget *>(QStringLiteral("commitmentList"));
    }
    QPushButton *button(const char *name)
    {
        return panel()->findChild<QPushButton *>(QLatin1String(name));
    }
    QStringList storedTexts() const;

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<SessionStore> mStore;
    std::unique_ptr<SessionModel> mModel;
    std::unique_ptr<QUndoStack> mStack;
    std::unique_ptr<AudienceState> mAudience;
    std::unique_ptr<CommitmentsPanel> mPanel;
};

namespace {

QString family() // one emoji a person sees, seven code points, eleven UTF-16 units
{
    const char32_t points[] = {0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x200D, 0x1F466};
    return QString::fromUcs4(points, 7);
}

QString flag() // Germany: two regional indicators, one flag
{
    const char32_t points[] = {0x1F1E9, 0x1F1EA};
    return QString::fromUcs4(points, 2);
}

QString accented() // e with a combining acute and a combining diaeresis: one letter
{
    return QStringLiteral("e\u0301\u0308");
}

QString thumbsUp() // an emoji with a skin tone: one
{
    const char32_t points[] = {0x1F44D, 0x1F3FD};
    return QString::fromUcs4(points, 2);
}

QString repeated(const QString &unit, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += unit;
    return s;
}

} // namespace

void tst_Commitments::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    mStore = std::make_unique<SessionStore>();
    QString error;
    QVERIFY2(mStore->open(mDir->path(), &error), qPrintable(error));
    mModel = std::make_unique<SessionModel>(mStore.get());
    Session session;
    session.title = QStringLiteral("Commitments");
    session.date = QDate(2026, 12, 2);
    session.k = 3;
    QVERIFY(mModel->load(mStore->createSession(session, &error), &error));
    mStack = std::make_unique<QUndoStack>();
    mAudience = std::make_unique<AudienceState>();
}

void tst_Commitments::cleanup()
{
    mPanel.reset();
    mStack.reset();
    mModel.reset();
    mStore.reset();
    mAudience.reset();
    mDir.reset();
}

CommitmentsPanel *tst_Commitments::panel()
{
    if (!mPanel) {
        mPanel = std::make_unique<CommitmentsPanel>(mModel.get(), mStack.get(), mAudience.get());
        mPanel->resize(700, 600);
        mPanel->show();
        QApplication::setActiveWindow(mPanel.get());
        if (!QTest::qWaitForWindowActive(mPanel.get()))
            qWarning("the panel is not the active window");
    }
    return mPanel.get();
}

void tst_Commitments::addByHand(const QString &text)
{
    auto *edit = panel()->findChild<QPlainTextEdit *>(QStringLiteral("commitmentText"));
    edit->setPlainText(text);
    auto *add = button("addCommitment");
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
}

QStringList tst_Commitments::storedTexts() const
{
    mModel->flush();
    QStringList texts;
    for (const Commitment &c : mStore->commitments(mModel->session().id))
        texts.append(c.text);
    return texts;
}

void tst_Commitments::limitCountsWhatAPersonSees_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("280 letters") << repeated(QStringLiteral("a"), 280) << true;
    QTest::newRow("281 letters") << repeated(QStringLiteral("a"), 281) << false;
    QTest::newRow("280 family emoji") << repeated(family(), 280) << true;
    QTest::newRow("281 family emoji") << repeated(family(), 281) << false;
    QTest::newRow("280 flags") << repeated(flag(), 280) << true;
    QTest::newRow("280 accented letters") << repeated(accented(), 280) << true;
    QTest::newRow("281 accented letters") << repeated(accented(), 281) << false;
    QTest::newRow("279 letters and a thumbs up")
        << repeated(QStringLiteral("b"), 279) + thumbsUp() << true;
    QTest::newRow("spaces around do not count")
        << QStringLiteral("   ") + repeated(family(), 280) + QStringLiteral("\n ") << true;
}

void tst_Commitments::limitCountsWhatAPersonSees()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QString error;
    const std::optional<Commitment> added = mModel->addCommitment(text, QString(), &error);
    QCOMPARE(added.has_value(), accepted);
    // What the model takes, the database keeps (its own check counts the same way).
    QCOMPARE(storedTexts(), accepted ? QStringList{text.trimmed()} : QStringList());
}

void tst_Commitments::olderDatabaseTakesWhatAPersonSees()
{
    // A database from before: its commitments table counted code points. Opened now, it keeps
    // every commitment as it was and takes 280 emoji families.
    QTemporaryDir dir;
    const QString connection = QStringLiteral("older-commitments");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(SessionStore::fileName()));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(StoreSchema::createVersion3(db, &error), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sessions (id, title, date, created_at) VALUES "
                                      "(1, 'Older', '2026-01-02', '2026-01-02T09:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO commitments (id, session_id, token, text, at) "
                                      "VALUES (7, 1, 'tok', 'Listen first', "
                                      "'2026-01-02T10:00:00.000Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    SessionStore store;
    QString error;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    const QList<Commitment> kept = store.commitments(1);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().id, 7);
    QCOMPARE(kept.first().text, QStringLiteral("Listen first"));
    QCOMPARE(kept.first().token, QStringLiteral("tok"));
    SessionModel model(&store);
    QVERIFY(model.load(1, &error));
    QVERIFY(model.addCommitment(repeated(family(), 280), QString(), &error));
    QVERIFY(model.flush());
    QCOMPARE(store.commitments(1).size(), 2);
    QCOMPARE(store.commitments(1).last().text, repeated(family(), 280));
    // Deleting a session still takes its commitments with it.
    QVERIFY(store.deleteSession(1, &error));
    QSqlQuery count(store.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM commitments")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void tst_Commitments::counterCountsWhatAPersonSees()
{
    auto *edit = panel()->findChild<QPlainTextEdit *>(QStringLiteral("commitmentText"));
    auto *counter = panel()->findChild<QLabel *>(QStringLiteral("commitmentCounter"));
    edit->setPlainText(repeated(family(), 279));
    QVERIFY2(counter->text().startsWith(QStringLiteral("279 / 280")), qPrintable(counter->text()));
    edit->insertPlainText(accented()); // typed with a dead key
    QVERIFY2(counter->text().startsWith(QStringLiteral("280 / 280")), qPrintable(counter->text()));
    QVERIFY(button("addCommitment")->isEnabled());
    edit->insertPlainText(flag()); // picked from the emoji panel
    QVERIFY2(counter->text().startsWith(QStringLiteral("281 / 280")), qPrintable(counter->text()));
    QVERIFY(!button("addCommitment")->isEnabled());
}

void tst_Commitments::deleteFromThePanelUndoes()
{
    addByHand(QStringLiteral("Credit ideas by name"));
    addByHand(QStringLiteral("Listen to the end"));
    QCOMPARE(list()->count(), 2);
    QPushButton *remove = button("deleteCommitment");
    QVERIFY2(remove, "no Delete button");
    QVERIFY(!remove->isEnabled()); // nothing selected
    list()->setFocus();
    list()->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    if (const QString shots = qEnvironmentVariable("UPSTANDER_SHOTS"); !shots.isEmpty())
        panel()->grab().save(shots + QStringLiteral("/commitments-panel.png"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(mModel->commitments().size(), 1);
    QCOMPARE(mModel->commitments().first().text, QStringLiteral("Listen to the end"));
    QCOMPARE(storedTexts(), QStringList{QStringLiteral("Listen to the end")});
    QCOMPARE(mStack->undoText(), QStringLiteral("Delete commitment"));

    mStack->undo();
    QCOMPARE(list()->count(), 2);
    QCOMPARE(storedTexts().size(), 2);
    QVERIFY(storedTexts().contains(QStringLiteral("Credit ideas by name")));
    mStack->redo();
    QCOMPARE(storedTexts(), QStringList{QStringLiteral("Listen to the end")});

    // The Delete key on the list does the same.
    list()->setFocus();
    list()->setCurrentRow(0);
    QTest::keyClick(list(), Qt::Key_Delete);
    QVERIFY(mModel->commitments().isEmpty());
    QCOMPARE(mStack->count(), 4); // two adds, two deletes: one step each
}

void tst_Commitments::editFromThePanelUndoes()
{
    addByHand(QStringLiteral("Credit ideas by name"));
    QPushButton *edit = button("editCommitment");
    QVERIFY2(edit, "no Edit button");
    list()->setCurrentRow(0);
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *text = panel()->findChild<QPlainTextEdit *>(QStringLiteral("commitmentText"));
    QCOMPARE(text->toPlainText(), QStringLiteral("Credit ideas by name"));
    QVERIFY(text->hasFocus());
    auto *save = button("addCommitment");
    QVERIFY2(save->text().contains(QStringLiteral("Save")), qPrintable(save->text()));
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Credit every idea by name"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(mModel->commitments().size(), 1);
    QCOMPARE(mModel->commitments().first().text, QStringLiteral("Credit every idea by name"));
    QCOMPARE(storedTexts(), QStringList{QStringLiteral("Credit every idea by name")});
    QVERIFY(text->toPlainText().isEmpty());
    QVERIFY(!save->text().contains(QStringLiteral("Save"))); // back to adding
    QCOMPARE(mStack->undoText(), QStringLiteral("Edit commitment"));
    mStack->undo();
    QCOMPARE(storedTexts(), QStringList{QStringLiteral("Credit ideas by name")});
    QCOMPARE(list()->item(0)->text(), QStringLiteral("Credit ideas by name"));
    mStack->redo();
    QCOMPARE(storedTexts(), QStringList{QStringLiteral("Credit every idea by name")});

    // Escape leaves editing without a change.
    list()->setCurrentRow(0);
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(text, QStringLiteral(" again"));
    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(text->toPlainText().isEmpty());
    QCOMPARE(storedTexts(), QStringList{QStringLiteral("Credit every idea by name")});
    QCOMPARE(mStack->count(), 2);
}

void tst_Commitments::editedAndDeletedTextLeavesNoTrace()
{
    addByHand(QStringLiteral("Kept: speak up in the next meeting"));
    addByHand(QStringLiteral("Zebra quartz private wording one"));
    addByHand(QStringLiteral("Yak private wording two for deletion"));
    mModel->flush();
    list()->setCurrentRow(1);
    QTest::mouseClick(button("editCommitment"), Qt::LeftButton);
    auto *text = panel()->findChild<QPlainTextEdit *>(QStringLiteral("commitmentText"));
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Rewritten"));
    QTest::mouseClick(button("addCommitment"), Qt::LeftButton);
    list()->setCurrentRow(2);
    QTest::mouseClick(button("deleteCommitment"), Qt::LeftButton);
    QCOMPARE(storedTexts().size(), 2);
    // Neither the database nor its write-ahead log holds the old words, even while it is open.
    for (const QString &name :
         {SessionStore::fileName(), SessionStore::fileName() + QStringLiteral("-wal")}) {
        QFile file(mDir->filePath(name));
        if (!file.exists())
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains("Zebra quartz"), qPrintable(name));
        QVERIFY2(!bytes.contains("Yak private"), qPrintable(name));
    }
    mPanel.reset();
    mStack.reset();
    mModel.reset();
    mStore.reset();
    QFile file(mDir->filePath(SessionStore::fileName()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Kept: speak up"));
    QVERIFY(bytes.contains("Rewritten"));
    QVERIFY(!bytes.contains("Zebra quartz"));
    QVERIFY(!bytes.contains("Yak private"));
}

void tst_Commitments::wallOnlyFromK()
{
    // k = 3: two commitments are not enough to show any of them.
    addByHand(QStringLiteral("Credit ideas by name"));
    addByHand(QStringLiteral("Listen to the end"));
    QPushButton *show = button("showCommitmentWall");
    QVERIFY2(show, "no Show on Projector button for the commitments");
    QTest::mouseClick(show, Qt::LeftButton);
    const AudienceState::Content &wall = mAudience->content();
    QCOMPARE(wall.mode, AudienceState::Mode::CommitmentWall);
    QVERIFY(wall.items.isEmpty());
    QVERIFY2(wall.text.contains(QStringLiteral("1 more")), qPrintable(wall.text));
    const auto noTextAnywhere = [&wall] {
        for (const QString &t : {wall.heading, wall.text, wall.items.join(QLatin1Char(' '))}) {
            if (t.contains(QStringLiteral("Credit")) || t.contains(QStringLiteral("Listen")))
                return false;
        }
        return true;
    };
    QVERIFY(noTextAnywhere());
    if (const QString shots = qEnvironmentVariable("UPSTANDER_SHOTS"); !shots.isEmpty()) {
        AudienceWindow projector(mAudience.get());
        projector.resize(1280, 720);
        projector.show();
        projector.layout()->activate();
        projector.grab().save(shots + QStringLiteral("/wall-below-k.png"));
    }

    // The third one: the wall fills in while it is shown, in an order that says nothing about
    // who wrote when.
    addByHand(QStringLiteral("Ask a quiet colleague first"));
    QCOMPARE(mAudience->content().mode, AudienceState::Mode::CommitmentWall);
    QCOMPARE(mAudience->content().items, (QStringList{QStringLiteral("Ask a quiet colleague first"),
                                                      QStringLiteral("Credit ideas by name"),
                                                      QStringLiteral("Listen to the end")}));
    // Undoing it takes the texts off again.
    mStack->undo();
    QVERIFY(mAudience->content().items.isEmpty());
    QVERIFY(mAudience->content().text.contains(QStringLiteral("1 more")));
    // Another screen on the projector is not replaced by a new commitment.
    AudienceState::Content welcome;
    mAudience->show(welcome);
    addByHand(QStringLiteral("A fourth"));
    QCOMPARE(mAudience->content().mode, AudienceState::Mode::Welcome);
}

void tst_Commitments::wallFitsTheProjector_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("count");
    for (const QSize size : {QSize(1024, 768), QSize(1280, 720), QSize(1920, 1080)}) {
        for (const int count : {3, 12, 40}) {
            QTest::addRow("%dx%d, %d", size.width(), size.height(), count) << size << count;
        }
    }
}

void tst_Commitments::wallFitsTheProjector()
{
    QFETCH(QSize, size);
    QFETCH(int, count);
    AudienceState state;
    AudienceWindow window(&state);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AudienceState::Content wall;
    wall.mode = AudienceState::Mode::CommitmentWall;
    for (int i = 0; i < count; ++i) {
        wall.items.append(
            i % 3 == 0 ? QStringLiteral("%1. Recommend a colleague from an under-represented "
                                        "group for a stretch project, and tell them why I did, "
                                        "in the next two weeks, before the planning meeting "
                                        "on Thursday morning with the whole team there")
                             .arg(i)
                       : QStringLiteral("%1. Listen to the end before I answer").arg(i));
    }
    state.show(wall);
    QWidget *view = window.findChild<QWidget *>(QStringLiteral("commitmentWall"));
    QVERIFY2(view, "no commitment wall on the projector");
    QVERIFY(view->isVisible());
    window.layout()->activate(); // the wall as the window lays it out, not as first made
    QVERIFY(view->height() > size.height() / 2);
    const int pages = view->property("pageCount").toInt();
    QVERIFY(pages >= 1);
    if (count <= 3 || (count <= 12 && size.height() >= 1080))
        QCOMPARE(pages, 1); // a few on any screen, a dozen on a full-HD one
    QSet<int> seen;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            window.showNextPage(); // View ▸ Projector: Next Page on the console
        QCOMPARE(view->property("page").toInt(), page);
        const QVariantList cards = view->property("placedCards").toList();
        QVERIFY(!cards.isEmpty());
        for (const QVariant &v : cards) {
            const QVariantMap card = v.toMap();
            const QRect r = card.value(QStringLiteral("rect")).toRect();
            // Whole and inside the wall, the wall inside the window.
            QVERIFY2(view->rect().contains(r),
                     qPrintable(QStringLiteral("%1 %2,%3 %4x%5")
                                    .arg(card.value(QStringLiteral("index")).toInt())
                                    .arg(r.x())
                                    .arg(r.y())
                                    .arg(r.width())
                                    .arg(r.height())));
            QVERIFY(!card.value(QStringLiteral("elided")).toBool());
            seen.insert(card.value(QStringLiteral("index")).toInt());
        }
        // UPSTANDER_SHOTS=DIR keeps what the room sees, to look at.
        if (const QString shots = qEnvironmentVariable("UPSTANDER_SHOTS"); !shots.isEmpty())
            window.grab().save(QStringLiteral("%1/wall-%2x%3-%4-page%5.png")
                                   .arg(shots)
                                   .arg(size.width())
                                   .arg(size.height())
                                   .arg(count)
                                   .arg(page + 1));
        // Readable from the back row: at least 1/40 of the screen height.
        QVERIFY2(view->property("textPixelSize").toInt() >= size.height() / 40,
                 qPrintable(QString::number(view->property("textPixelSize").toInt())));
    }
    QCOMPARE(seen.size(), count); // every commitment on some page
    QVERIFY(window.rect().contains(QRect(view->mapTo(&window, QPoint()), view->size())));
}

void tst_Commitments::printCardsWritesOneCardPerCommitment()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    addByHand(QStringLiteral("Credit ideas by name"));
    addByHand(QStringLiteral("Listen to the end before I answer"));
    QAction *print = panel()->findChild<QAction *>(QStringLiteral("printCommitmentCards"));
    QVERIFY2(print, "no Print Cards action");
    QVERIFY(!print->isEnabled()); // two of k = 3: nothing to print yet
    for (int i = 0; i < 9; ++i)
        addByHand(QStringLiteral("Commitment number %1 %2").arg(i).arg(family()));
    QVERIFY(print->isEnabled());
    const QString path = mDir->filePath(QStringLiteral("cards.pdf"));
    QString suggested;
    ExportActions::setFileChooser(
        [&](QWidget *, const QString &, const QString &proposal, const QString &) {
            suggested = proposal;
            return path;
        });
    print->trigger();
    QVERIFY2(suggested.endsWith(QStringLiteral("Commitments 2026-12-02 - cards.pdf")),
             qPrintable(suggested));
    QVERIFY(QFileInfo::exists(path));
    if (const QString shots = qEnvironmentVariable("UPSTANDER_SHOTS"); !shots.isEmpty())
        QFile::copy(path, shots + QStringLiteral("/commitment-cards.pdf"));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished());
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(infoText.contains(QStringLiteral("A4")), qPrintable(infoText));
    const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesLine.match(infoText).captured(1).toInt();
    QCOMPARE(pages, 2); // eleven cards, eight to a page
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString all = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY(all.contains(QStringLiteral("Credit ideas by name")));
    QVERIFY(all.contains(QStringLiteral("Listen to the end before I answer")));
    for (int i = 0; i < 9; ++i)
        QVERIFY(all.contains(QStringLiteral("Commitment number %1").arg(i)));
    // No names, times or devices: nothing of the session but the texts.
    QVERIFY(!all.contains(QStringLiteral("2026")));
    QVERIFY(!all.contains(QStringLiteral(":")));
}

QTEST_MAIN(tst_Commitments)
#include "tst_commitments.moc"
