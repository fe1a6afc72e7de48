#include "console/mainwindow.h"
#include "console/elidinglabel.h"
#include "console/followupdialog.h"
#include "console/replaypanel.h"

#include "a11y/readablepalette.h"
#include "a11y/shownname.h"
#include "audience/audiencestate.h"
#include "audience/audiencewindow.h"
#include "catalogue.h"
#include "charts/chartfactory.h"
#include "charts/chartview.h"
#include "charts/exportactions.h"
#include "charts/sessioncharts.h"
#include "commands/sessioncommands.h"
#include "commands/sessionlistcommands.h"
#include "console/checkinpanel.h"
#include "console/commitmentspanel.h"
#include "console/helpdialogs.h"
#include "console/hotseatlock.h"
#include "console/opensessiondialog.h"
#include "console/participantcontrol.h"
#include "console/resultspanel.h"
#include "console/retentiondialog.h"
#include "console/roomquestionspanel.h"
#include "console/selfplacementpanel.h"
#include "console/sessiondialog.h"
#include "console/sessionresume.h"
#include "languages.h"
#include "library/problemsdialog.h"
#include "library/scenariodetailview.h"
#include "library/scenariofiltermodel.h"
#include "library/scenarioitemdelegate.h"
#include "library/scenariolistmodel.h"
#include "participant/participantserver.h"
#include "runner/decisionpanel.h"
#include "runner/scenariorunner.h"
#include "scenario/theme.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"
#include "store/retention.h"
#include "store/sessionstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <cstdlib>

namespace {
constexpr int MaxRecent = 8;
}

MainWindow::MainWindow(const QString &dataFolder, QWidget *parent)
    : QMainWindow(parent), mDataFolder(dataFolder),
      mUserFolder(ScenarioLibrary::defaultUserFolder())
{
    setWindowTitle(tr("Upstander"));
    mStore = new SessionStore(this); // opened after the first frame, in ensureReady()
    mSession = new SessionModel(mStore, this);
    mUndoStack = new QUndoStack(this);
    mAudience = new AudienceState(this);
    // Secondary text and selections readable in whatever theme the desktop has, and after
    // the theme changes (WCAG 1.4.3).
    ReadablePalette::install();

    mModel = new ScenarioListModel(this);
    mFilter = new ScenarioFilterModel(this);
    mFilter->setSourceModel(mModel);

    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("consoleTabs"));
    mTabs->setAccessibleName(tr("Workshop steps"));
    mTabs->setDocumentMode(true);
    // Ctrl+Tab and Ctrl+Shift+Tab step through the tabs from any control on them: a combo box
    // would otherwise take the Tab for its type-ahead search and keep the keyboard.
    auto stepTab = [this](int step) {
        const int count = mTabs->count();
        for (int i = mTabs->currentIndex(), n = 1; n < count; ++n) {
            i = (i + step + count) % count;
            if (mTabs->isTabEnabled(i))
                return mTabs->setCurrentIndex(i);
        }
    };
    for (const auto &[key, step] :
         {std::pair{QKeySequence(Qt::CTRL | Qt::Key_Tab), 1},
          std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1}}) {
        auto *action = new QAction(step > 0 ? tr("Next Tab") : tr("Previous Tab"), mTabs);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [stepTab, step = step] { stepTab(step); });
        mTabs->addAction(action);
    }
    mTabs->addTab(createLibraryPage(), tr("Scenario Librar&y"));
    // Placeholders until ensureReady() puts the real pages in; disabled, as without a session.
    for (const QString &title : {tr("&Self-Placement"), tr("Scenar&io"), tr("Co&mmitments"),
                                 tr("&Results"), tr("Questions")})
        mTabs->addTab(new QWidget(mTabs), title);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    mNoSession = new QLabel(central);
    mNoSession->setObjectName(QStringLiteral("noSession"));
    mNoSession->setWordWrap(true);
    mNoSession->setTextFormat(Qt::PlainText);
    centralLayout->addWidget(mNoSession);
    centralLayout->addWidget(mTabs, 1);
    mHotSeatLock = new HotSeatLock(this, central); // the central widget, or the hot seat alone

    // The status bar never makes the window wider than the screen: its texts shorten to "…".
    mStatus = new ElidingLabel(this);
    statusBar()->addWidget(mStatus, 1);
    mSessionStatus = new ElidingLabel(this);
    mSessionStatus->setObjectName(QStringLiteral("sessionStatus"));
    statusBar()->addPermanentWidget(mSessionStatus);
    mProblemsButton = new QPushButton(this);
    mProblemsButton->setFlat(true);
    connect(mProblemsButton, &QPushButton::clicked, this, &MainWindow::showProblems);
    statusBar()->addPermanentWidget(mProblemsButton);

    mParticipants = new ParticipantControl(mSession, mAudience, this);
    statusBar()->addPermanentWidget(mParticipants->pauseButton());
    statusBar()->addPermanentWidget(mParticipants->statusLabel());

    createActions();
    createMenus();
    connect(mSession, &SessionModel::changed, this, &MainWindow::updateSessionState);
    connect(mStore, &SessionStore::writeFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // A write the database refused for good (its question or session went away meanwhile).
    connect(mSession, &SessionModel::writeRejected, this,
            [this](quint64, const QString &message) { statusBar()->showMessage(message, 10000); });
    // The room hears the console's language until a session says otherwise.
    RoomLanguage::set(Languages::forLocale(QLocale()).code);
    reloadLibrary();
    restoreSettings();
    updateSessionState();
    mSearch->setFocus();
}

bool MainWindow::event(QEvent *event)
{
    if (!mReady && !mReadyQueued) {
        if (event->type() == QEvent::Paint) {
            // The first frame is being drawn: the rest is set up right after it is on screen.
            mReadyQueued = true;
            QTimer::singleShot(0, this, &MainWindow::ensureReady);
        } else if (event->type() == QEvent::Show) {
            // In case no paint ever comes (a window shown minimised, a platform that does not
            // expose it), the store opens anyway and its errors show.
            QTimer::singleShot(500, this, &MainWindow::ensureReady);
        }
    }
    return QMainWindow::event(event);
}

void MainWindow::ensureReady()
{
    if (mReady)
        return;
    mReady = true;
    if (!mStore->open(mDataFolder.isEmpty() ? SessionStore::defaultFolder() : mDataFolder,
                      &mStoreError)) {
        // The library still works; sessions need the database. The window says so
        // (updateSessionState); the log too.
        qWarning("%s", qPrintable(mStoreError));
    }
    // The trainer's own word lists live next to the sessions, wherever --data-dir puts them.
    if (mStore->isOpen())
        mParticipants->server()->setWordListFolder(
            QFileInfo(mStore->path()).dir().filePath(QStringLiteral("wordlists")));
    mAudienceWindow = new AudienceWindow(mAudience, this);
    mCharts = new SessionCharts(mSession, this);
    mCharts->setScenarioLibrary(&mLibrary);
    // The projector draws the same chart models as the console, in large type.
    mAudienceWindow->setChartFactory([this](const QString &name, qint64 questionId, QWidget *area) {
        ChartView *view =
            ChartFactory::create(mCharts, name, questionId, ChartPresentation::Projector, area);
        if (view) // the audience window's heading names the chart
            view->setTitleShown(false);
        return static_cast<QWidget *>(view);
    });
    mAudienceWindow->setScreenIndex(
        QSettings().value(QStringLiteral("audience/screen"), -1).toInt());

    mSelfPlacement = new SelfPlacementPanel(mSession, mUndoStack, mAudience, this);
    mSelfPlacement->setHotSeatLock(mHotSeatLock);
    mScenarioPage = new QStackedWidget(this);
    mScenarioEmpty =
        new QLabel(tr("Choose a scenario in the library and press \"Run Scenario\"."), this);
    static_cast<QLabel *>(mScenarioEmpty)->setAlignment(Qt::AlignCenter);
    mScenarioEmpty->setFocusPolicy(Qt::StrongFocus); // the tab's keyboard stop: what to do here
    mScenarioPage->addWidget(mScenarioEmpty);
    mCommitments = new CommitmentsPanel(mSession, mUndoStack, mAudience, this);
    connect(mCommitments, &CommitmentsPanel::askRequested, this, [this] {
        AudienceState::Content ask;
        ask.mode = AudienceState::Mode::Commitment;
        ask.text =
            roomTr("Write down one thing you will do in the next two weeks, on your phone or "
                   "on a card. It stays anonymous.");
        mAudience->present(ask);
    });
    mResults = new ResultsPanel(mCharts, mAudience, this);
    mRoomQuestions = new RoomQuestionsPanel(mSession, mUndoStack, mAudience, this);

    // The real pages take the placeholders' places, under the same titles.
    const int current = mTabs->currentIndex();
    mTabs->setUpdatesEnabled(false);
    const QList<QWidget *> pages{mSelfPlacement, mScenarioPage, mCommitments, mResults,
                                 mRoomQuestions};
    for (int i = 0; i < pages.size(); ++i) {
        const int index = i + 1;
        QWidget *placeholder = mTabs->widget(index);
        const QString title = mTabs->tabText(index);
        mTabs->removeTab(index);
        mTabs->insertTab(index, pages.at(i), title);
        delete placeholder;
    }
    mTabs->setCurrentIndex(current);
    mTabs->setUpdatesEnabled(true);
    // The pages joined the focus chain last; the status bar's button goes after them again, as
    // when they were built first, so Tab walks the window as before.
    QWidget *last = previousInFocusChain();
    while (last != this && (last == mProblemsButton || last->focusPolicy() == Qt::NoFocus))
        last = last->previousInFocusChain();
    if (last != this)
        setTabOrder(last, mProblemsButton);

    rebuildRecentMenu();
    updateSessionState();
    mResume = new SessionResume(mStore, mSession, mAudience, this);
    connect(mSession, &SessionModel::changed, this, &MainWindow::sessionSwitched);
    connect(mUndoStack, &QUndoStack::indexChanged, this, &MainWindow::undoIndexChanged);
    if (mStore->isOpen()) {
        // Old sessions go first (the trainer's retention setting), but never the one resumed.
        const qint64 resuming = SessionResume::lastSession(mStore->path());
        deleteOldSessions(resuming);
        resumeLastSession();
        // Asked once; not in the middle of a workshop that is being resumed.
        if (mAsksAtFirstStart && resuming == 0 && !RetentionDialog::savedMonths())
            askRetention(true);
    }
}

SessionModel *MainWindow::sessionModel()
{
    ensureReady();
    return mSession;
}

QUndoStack *MainWindow::undoStack()
{
    ensureReady();
    return mUndoStack;
}

AudienceState *MainWindow::audienceState()
{
    ensureReady();
    return mAudience;
}

AudienceWindow *MainWindow::audienceWindow()
{
    ensureReady();
    return mAudienceWindow;
}

SessionCharts *MainWindow::charts()
{
    ensureReady();
    return mCharts;
}

ParticipantControl *MainWindow::participants()
{
    ensureReady();
    return mParticipants;
}

MainWindow::~MainWindow() = default;

void MainWindow::setUserScenarioFolder(const QString &folder)
{
    mUserFolder = folder;
    reloadLibrary();
}

QWidget *MainWindow::createLibraryPage()
{
    mDetail = new ScenarioDetailView(this);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(mDetail, 1);
    mRunButton = new QPushButton(tr("R&un Scenario"), detailPane);
    mRunButton->setObjectName(QStringLiteral("runScenario"));
    ShownName::apply(mRunButton, tr("Run the selected scenario"));
    connect(mRunButton, &QPushButton::clicked, this, &MainWindow::runSelectedScenario);
    detailLayout->addWidget(mRunButton, 0, Qt::AlignRight);

    mSplitter = new QSplitter(this);
    mSplitter->addWidget(createLibraryPane());
    mSplitter->addWidget(detailPane);
    mSplitter->setStretchFactor(0, 2);
    mSplitter->setStretchFactor(1, 3);
    mSplitter->setChildrenCollapsible(false);
    // Tab in reading order: the search, the theme and the list, then the details and Run.
    mDetail->setFocusPolicy(Qt::StrongFocus);
    setTabOrder(mList, mDetail);
    setTabOrder(mDetail, mRunButton);

    // A follow-up's plan above the library: the decisions it replays.
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    mReplay = new ReplayPanel(mSession, page);
    mReplay->setLibrary(&mLibrary);
    connect(mReplay, &ReplayPanel::replayRequested, this, &MainWindow::replay);
    pageLayout->addWidget(mReplay);
    pageLayout->addWidget(mSplitter, 1);
    return page;
}

QWidget *MainWindow::createLibraryPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);

    mSearch = new QLineEdit(pane);
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setPlaceholderText(tr("Search scenarios"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setAccessibleName(tr("Search scenarios"));
    mSearch->setAccessibleDescription(tr("Shows only the scenarios that contain every word typed"));
    connect(mSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        mFilter->setSearchText(text);
        updateEmptyState();
    });
    layout->addWidget(mSearch);

    mThemes = new QComboBox(pane);
    mThemes->setObjectName(QStringLiteral("themeFilter"));
    mThemes->setAccessibleName(tr("Theme"));
    mThemes->addItem(tr("All themes"), QString());
    for (const QString &key : Theme::keys())
        mThemes->addItem(Theme::label(key), key);
    connect(mThemes, &QComboBox::currentIndexChanged, this, [this] {
        mFilter->setTheme(mThemes->currentData().toString());
        updateEmptyState();
    });
    layout->addWidget(mThemes);

    mList = new QListView(pane);
    mList->setObjectName(QStringLiteral("scenarioList"));
    mList->setModel(mFilter);
    mList->setAccessibleName(tr("Scenarios"));
    mList->setUniformItemSizes(true);
    mList->setItemDelegate(new ScenarioItemDelegate(mList));
    mList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(mList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateSelection);

    mNoMatch = new QLabel(pane);
    mNoMatch->setObjectName(QStringLiteral("noMatch"));
    mNoMatch->setAlignment(Qt::AlignCenter);
    mNoMatch->setWordWrap(true);

    mListStack = new QStackedWidget(pane);
    mListStack->addWidget(mList);
    mListStack->addWidget(mNoMatch);
    layout->addWidget(mListStack, 1);

    setTabOrder(mSearch, mThemes);
    setTabOrder(mThemes, mList);
    return pane;
}

void MainWindow::createActions()
{
    mNewSessionAction = new QAction(tr("&New Session…"), this);
    mNewSessionAction->setShortcut(QKeySequence::New);
    connect(mNewSessionAction, &QAction::triggered, this, &MainWindow::newSession);
    mOpenSessionAction = new QAction(tr("&Open Session…"), this);
    mOpenSessionAction->setShortcut(QKeySequence::Open);
    connect(mOpenSessionAction, &QAction::triggered, this, &MainWindow::openSessionDialog);
    mEditSessionAction = new QAction(tr("Session &Settings…"), this);
    connect(mEditSessionAction, &QAction::triggered, this, &MainWindow::editSession);
    mFollowUpAction = new QAction(tr("Plan a Follo&w-up…"), this);
    mFollowUpAction->setObjectName(QStringLiteral("planFollowUp"));
    mFollowUpAction->setStatusTip(tr("Creates a booster session for the same cohort, weeks "
                                     "later, to place themselves again and replay decisions"));
    connect(mFollowUpAction, &QAction::triggered, this, &MainWindow::planFollowUp);
    mCloseSessionAction = new QAction(tr("&Close Session"), this);
    mCloseSessionAction->setShortcut(QKeySequence::Close);
    connect(mCloseSessionAction, &QAction::triggered, this, &MainWindow::closeSession);
    mRetentionAction = new QAction(tr("Delete Old Sessions &Automatically…"), this);
    mRetentionAction->setObjectName(QStringLiteral("retention"));
    mRetentionAction->setStatusTip(tr("Choose after how many months a session is deleted"));
    connect(mRetentionAction, &QAction::triggered, this, [this] { askRetention(false); });

    mUndoAction = mUndoStack->createUndoAction(this, tr("&Undo"));
    mUndoAction->setShortcut(QKeySequence::Undo);
    mRedoAction = mUndoStack->createRedoAction(this, tr("&Redo"));
    // Both common redo keys, whatever the platform's own convention is.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    mRedoAction->setShortcuts(redoKeys);
    // The menu says what would be undone ("Undo Add a vote for option 1"); the tool bar keeps
    // a short label of fixed width, so that the buttons after it never move, and says the
    // whole in its tooltip.
    for (QAction *action : {mUndoAction, mRedoAction}) {
        action->setIconText(action == mUndoAction ? tr("Undo") : tr("Redo"));
        const auto tip = [action] { action->setToolTip(QString(action->text()).remove(u'&')); };
        connect(action, &QAction::changed, this, tip);
        tip();
    }

    mAudienceAction = new QAction(tr("Show &Audience Window"), this);
    mAudienceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    connect(mAudienceAction, &QAction::triggered, this, &MainWindow::showAudienceWindow);
    mFullScreenAction = new QAction(tr("Audience Window &Full Screen"), this);
    // F11 as full screen is everywhere else; F5 as the presenter's habit from slide shows.
    mFullScreenAction->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(Qt::Key_F5)});
    connect(mFullScreenAction, &QAction::triggered, this, &MainWindow::toggleAudienceFullScreen);
}

QMenu *MainWindow::createExportDataMenu()
{
    // The same files as "upstander export": the group's statistics, or (a deliberate choice,
    // with its warning) every answer with its anonymous token.
    auto *menu = new QMenu(tr("Export Da&ta"), this);
    menu->setObjectName(QStringLiteral("exportDataMenu"));
    const auto add = [this, menu](const QString &text, const char *name, ExportContent content,
                                  ExportFormat format) {
        QAction *a = menu->addAction(text, this, [this, content, format] {
            ExportActions::exportData(this, mSession, content, format);
        });
        a->setObjectName(QLatin1String(name));
        return a;
    };
    add(tr("Group Statistics as &CSV…"), "exportAggregateCsv", ExportContent::Aggregate,
        ExportFormat::Csv);
    add(tr("Group Statistics as &JSON…"), "exportAggregateJson", ExportContent::Aggregate,
        ExportFormat::Json);
    menu->addSeparator();
    const QString warning = ExportActions::rawWarning();
    menu->addAction(warning)->setEnabled(false);
    for (QAction *raw :
         {add(tr("&Raw Answers as CSV…"), "exportRawCsv", ExportContent::Raw, ExportFormat::Csv),
          add(tr("Raw &Answers as JSON…"), "exportRawJson", ExportContent::Raw,
              ExportFormat::Json)})
        raw->setStatusTip(warning);
    menu->setEnabled(false);
    connect(mSession, &SessionModel::changed, menu,
            [this, menu] { menu->setEnabled(mSession->isLoaded()); });
    return menu;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(file, &QMenu::aboutToShow, this, &MainWindow::ensureReady); // the recent sessions
    file->addAction(mNewSessionAction);
    file->addAction(mOpenSessionAction);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(mEditSessionAction);
    file->addAction(mFollowUpAction);
    file->addAction(mCloseSessionAction);
    file->addAction(mRetentionAction);
    file->addSeparator();
    file->addAction(mParticipants->inviteAction());
    file->addSeparator();
    QAction *report = file->addAction(tr("&Export Report…"), this,
                                      [this] { ExportActions::exportReport(this, charts()); });
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    report->setObjectName(QStringLiteral("report"));
    QAction *print = file->addAction(tr("&Print Report…"), this,
                                     [this] { ExportActions::printReport(this, charts()); });
    print->setShortcut(QKeySequence::Print);
    connect(mSession, &SessionModel::changed, report, [this, report, print] {
        report->setEnabled(mSession->isLoaded());
        print->setEnabled(mSession->isLoaded());
    });
    report->setEnabled(false);
    print->setEnabled(false);
    file->addMenu(createExportDataMenu());
    file->addSeparator();
    QAction *find = file->addAction(tr("&Find Scenario"), this, [this] {
        mTabs->setCurrentIndex(0);
        mSearch->setFocus();
        mSearch->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("find"));
    file->addAction(tr("Open Scenario Fol&der"), this, &MainWindow::openScenarioFolder);
    QAction *reload = file->addAction(tr("Reload &Library"), this, &MainWindow::reloadLibrary);
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R)); // F5 is the projector's full screen
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(mUndoAction);
    edit->addAction(mRedoAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(mAudienceAction);
    view->addAction(mFullScreenAction);
    // The projector never takes the keyboard: a reveal too long for one screen is paged here.
    QAction *nextPage = view->addAction(tr("Projector: &Next Page"), this,
                                        [this] { audienceWindow()->showNextPage(); });
    nextPage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown));
    QAction *previousPage = view->addAction(tr("Projector: &Previous Page"), this,
                                            [this] { audienceWindow()->showPreviousPage(); });
    previousPage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp));
    mWelcomeAction =
        view->addAction(tr("Projector: &Welcome Screen"), this, [this] { showWelcome(); });
    mWelcomeAction->setObjectName(QStringLiteral("showWelcome"));
    mWelcomeAction->setToolTip(
        tr("The session's title, your name, the agenda and the group's agreements"));
    QMenu *screens = view->addMenu(tr("Audience &Screen"));
    connect(screens, &QMenu::aboutToShow, this, [this, screens] {
        ensureReady();
        screens->clear();
        auto *group = new QActionGroup(screens);
        const QList<QScreen *> all = QGuiApplication::screens();
        for (int i = 0; i < all.size(); ++i) {
            QAction *a = screens->addAction(tr("Screen %1: %2 (%3×%4)")
                                                .arg(i + 1)
                                                .arg(all.at(i)->name())
                                                .arg(all.at(i)->size().width())
                                                .arg(all.at(i)->size().height()));
            a->setCheckable(true);
            a->setChecked(mAudienceWindow->screenIndex() == i ||
                          (mAudienceWindow->screenIndex() < 0 && i == all.size() - 1));
            group->addAction(a);
            connect(a, &QAction::triggered, this,
                    [this, i] { mAudienceWindow->setScreenIndex(i); });
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Workshop Guide"), this, &MainWindow::showWorkshopGuide);
    guide->setObjectName(QStringLiteral("showWorkshopGuide"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    QAction *shortcuts =
        help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("showShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Upstander"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Session"));
    toolbar->setObjectName(QStringLiteral("sessionToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(mNewSessionAction);
    toolbar->addAction(mOpenSessionAction);
    toolbar->addSeparator();
    toolbar->addAction(mUndoAction);
    toolbar->addAction(mRedoAction);
    toolbar->addSeparator();
    toolbar->addAction(mAudienceAction);
    toolbar->addAction(mFullScreenAction);
    toolbar->addSeparator();
    toolbar->addAction(mParticipants->inviteAction());
    rebuildRecentMenu();
}

void MainWindow::reloadLibrary()
{
    // Parsing every scenario takes longer than showing the window, so it happens on a worker
    // thread and the list fills in when it is done. A newer load makes an older one moot.
    const int generation = ++mLibraryGeneration;
    mLibraryLoading = true;
    updateEmptyState();
    auto *watcher = new QFutureWatcher<ScenarioLibrary>(this);
    connect(watcher, &QFutureWatcher<ScenarioLibrary>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == mLibraryGeneration)
            libraryLoaded(watcher->result());
    });
    const QString folder = mUserFolder;
    // Scenario texts are the room's: read aloud to it, shown on its projector and phones.
    const std::shared_ptr<const Catalogue> room =
        Catalogue::forLanguage(RoomLanguage::current().code());
    watcher->setFuture(QtConcurrent::run([folder, room] {
        ScenarioLibrary library;
        library.load(folder, [&room](const QString &id, const QString &source) {
            return room->scenarioText(id, source);
        });
        return library;
    }));
}

void MainWindow::libraryLoaded(const ScenarioLibrary &library)
{
    mLibraryLoading = false;
    const QModelIndex current = mList->currentIndex();
    const QString selectedId = current.data(ScenarioListModel::IdRole).toString();
    mLibrary = library;
    mModel->setLibrary(mLibrary);
    mReplay->setLibrary(&mLibrary);
    if (mCharts) // option texts and debrief questions for the charts
        mCharts->setScenarioLibrary(&mLibrary);
    QModelIndex select = mFilter->mapFromSource(mModel->indexOf(selectedId));
    if (!select.isValid())
        select = mFilter->index(0, 0);
    mList->setCurrentIndex(select);
    updateSelection();
    updateEmptyState();
    updateLibraryStatus();
    if (mResumePending)
        resumePosition();
}
void MainWindow::updateSelection()
{
    const ScenarioLibrary::Entry *entry =
        mModel->entryAt(mFilter->mapToSource(mList->currentIndex()));
    mDetail->showScenario(entry ? &entry->scenario : nullptr,
                          entry ? entry->warnings : Diagnostics());
    mRunButton->setEnabled(mSession && mSession->isLoaded() && mList->currentIndex().isValid());
}
void MainWindow::updateEmptyState()
{
    const bool empty = mFilter->rowCount() == 0;
    if (empty) {
        mNoMatch->setText(mLibraryLoading ? tr("Loading scenarios…")
                          : mModel->rowCount() == 0
                              ? tr("No scenarios are available.")
                              : tr("No scenario matches your search.\nClear the search or "
                                   "choose \"All themes\"."));
    }
    mListStack->setCurrentWidget(empty ? static_cast<QWidget *>(mNoMatch) : mList);
    if (!empty && !mList->currentIndex().isValid())
        mList->setCurrentIndex(mFilter->index(0, 0));
    updateSelection();
}
void MainWindow::updateLibraryStatus()
{
    int own = 0;
    for (const ScenarioLibrary::Entry &entry : mLibrary.entries())
        own += entry.builtIn ? 0 : 1;
    const int total = int(mLibrary.entries().size());
    mStatus->setText(
        own == 0
            ? tr("%n scenario(s) in the library", nullptr, total)
            : tr("%n scenario(s) in the library, %1 from your folder", nullptr, total).arg(own));
    QStringList brokenFiles;
    for (const Diagnostic &d : mLibrary.problems()) {
        if (!brokenFiles.contains(d.file))
            brokenFiles.append(d.file);
    }
    mProblemsButton->setVisible(!brokenFiles.isEmpty());
    mProblemsButton->setText(
        tr("⚠ %n scenario file(s) could not be loaded", nullptr, int(brokenFiles.size())));
    mProblemsButton->setAccessibleName(mProblemsButton->text());
}

void MainWindow::updateSessionState()
{
    const bool open = mSession->isLoaded();
    for (int i = 1; i < mTabs->count(); ++i)
        mTabs->setTabEnabled(i, open);
    mEditSessionAction->setEnabled(open);
    mFollowUpAction->setEnabled(open);
    mCloseSessionAction->setEnabled(open);
    // Until the store is opened (ensureReady), it is taken to work: both actions open it first.
    const bool storeUsable = !mReady || mStore->isOpen();
    mNewSessionAction->setEnabled(storeUsable);
    mOpenSessionAction->setEnabled(storeUsable);
    mRunButton->setEnabled(open && mList->currentIndex().isValid());
    if (!storeUsable) {
        mNoSession->setText(tr("Sessions are not available: %1").arg(mStoreError));
        mNoSession->show();
    } else if (!open) {
        mNoSession->setText(tr("No session is open. Start one with File → New Session (Ctrl+N) to "
                               "collect answers; the library can be browsed without one."));
        mNoSession->show();
    } else {
        mNoSession->hide();
    }
    if (open) {
        const Session &s = mSession->session();
        setWindowTitle(tr("%1 — Upstander").arg(s.title));
        mSessionStatus->setText(
            tr("%1 · %n answer(s)", nullptr, mSession->recordedCount()).arg(s.title));
    } else {
        setWindowTitle(tr("Upstander"));
        mSessionStatus->setText(tr("No session"));
    }
    followRoomLanguage();
}

void MainWindow::followRoomLanguage()
{
    // The open session's language is the room's (the console's when none is open): the
    // projector, the charts and the report speak it, and the scenarios are read in it.
    const QString room =
        mSession->isLoaded() ? mSession->session().language : Languages::forLocale(QLocale()).code;
    if (!RoomLanguage::set(room))
        return;
    mAudienceWindow->roomLanguageChanged();
    reloadLibrary();
}

void MainWindow::newSession()
{
    ensureReady();
    if (!mStore->isOpen())
        return; // the window says why
    Session draft;
    draft.date = QDate::currentDate();
    draft.language = Languages::forLocale(QLocale()).code; // the console's language
    draft.agreements = SessionRules::defaultAgreements(nullptr);
    SessionDialog dialog(draft, mStore->cohorts(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // One step on the undo stack, above the steps of the session open before: undoing it takes
    // the new session away and opens that one again (sessionSwitched follows either way).
    QString error;
    mUndoStack->push(new CreateSessionCommand(mStore, mSession, dialog.session(),
                                              CreateSessionCommand::Then::Opened, &error));
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("New Session"),
                             tr("The session could not be created: %1").arg(error));
        return;
    }
    mResumePending = false;
    mTabs->setCurrentWidget(mSelfPlacement);
}

bool MainWindow::openSession(qint64 id)
{
    QString error;
    if (!loadSession(id, &error)) {
        QMessageBox::warning(this, tr("Open Session"), error);
        return false;
    }
    return true;
}

bool MainWindow::loadSession(qint64 id, QString *error)
{
    ensureReady();
    mParticipants->stop(); // phones answer into the open session only
    if (!mSession->load(id, error))
        return false;       // sessionSwitched() did the rest
    mUndoStack->clear();    // the steps of the session before are not this one's
    mResumePending = false; // a session opened otherwise (--serve, by hand) is not resumed
    return true;
}

void MainWindow::sessionSwitched()
{
    // Whoever opened or closed it (a menu, the undo of New Session): the pages, the phones and
    // the projector follow the session the model holds now.
    const qint64 id = mSession->isLoaded() ? mSession->session().id : 0;
    if (id == mShownSession)
        return;
    mShownSession = id;
    mParticipants->stop(); // phones answer into the open session only
    if (mRunner) {
        // Possibly in the middle of its own call: it goes once that call is over.
        mScenarioPage->removeWidget(mRunner);
        mRunner->hide();
        mRunner->deleteLater();
        mRunner = nullptr;
    }
    if (id != 0) {
        rememberRecent(id);
        mResume->sessionOpened(mStore->path());
        mAudience->show(welcomeContent());
    } else {
        mResume->sessionClosed();
        mAudience->show({});
        mTabs->setCurrentIndex(0);
    }
}

namespace {
// The new session a step made, if it made one (Plan a Follow-up's is inside a macro).
const CreateSessionCommand *creationIn(const QUndoCommand *step)
{
    if (const auto *creation = dynamic_cast<const CreateSessionCommand *>(step))
        return creation;
    for (int i = 0; step && i < step->childCount(); ++i) {
        if (const CreateSessionCommand *creation = creationIn(step->child(i)))
            return creation;
    }
    return nullptr;
}
} // namespace

void MainWindow::undoIndexChanged(int index)
{
    // An undo or redo of a new session says what it did, or why it could not.
    const int before = std::exchange(mUndoIndex, index);
    if (std::abs(index - before) != 1)
        return; // pushed after an undo, or cleared
    const bool undone = index < before;
    const CreateSessionCommand *creation = creationIn(mUndoStack->command(std::min(index, before)));
    if (!creation)
        return;
    if (!creation->failed().isEmpty()) {
        QMessageBox::warning(this, undone ? tr("Undo") : tr("Redo"), creation->failed());
        if (undone) // it is still there: the stack goes back to saying so
            mUndoStack->redo();
    } else if (undone) {
        statusBar()->showMessage(
            tr("“%1” is removed. Redo (%2) brings it back until another session is opened.")
                .arg(creation->title(),
                     QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)),
            20000);
    }
    rebuildRecentMenu();
}

AudienceState::Content MainWindow::welcomeContent() const
{
    // The session's title; who runs it and the agenda; the group's agreements as a list.
    const Session &session = mSession->session();
    AudienceState::Content welcome;
    welcome.mode = AudienceState::Mode::Welcome;
    welcome.heading = session.title;
    QStringList text;
    if (!session.trainer.isEmpty())
        text.append(roomTr("With %1").arg(session.trainer));
    if (!session.agenda.isEmpty())
        text.append(session.agenda);
    if (!session.agreements.isEmpty()) {
        text.append(roomTr("Our agreements:"));
        welcome.items = session.agreements.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    if (text.isEmpty())
        text.append(roomTr("We will start in a moment."));
    welcome.text = text.join(QStringLiteral("\n\n"));
    return welcome;
}

void MainWindow::showWelcome()
{
    if (mSession->isLoaded())
        mAudience->present(welcomeContent());
}

bool MainWindow::serveParticipants(const QHostAddress &address, quint16 port, qint64 id,
                                   const QString &language, QString *error)
{
    ensureReady();
    if (id == 0) {
        Session session;
        session.date = QDate::currentDate();
        session.title =
            tr("Workshop on %1").arg(QLocale().toString(session.date, QLocale::LongFormat));
        session.language = language.isEmpty() ? session.language : language;
        id = mStore->createSession(session, error);
        if (id == 0)
            return false;
    }
    if (!loadSession(id, error))
        return false;
    mSelfPlacement->setPhase(Phase::Baseline);
    mTabs->setCurrentWidget(mSelfPlacement);
    if (!mParticipants->start(address, port, error))
        return false;
    mSelfPlacement->showQuestionOnProjector();
    return true;
}

void MainWindow::openSessionDialog()
{
    ensureReady();
    if (!mStore->isOpen())
        return; // the window says why
    OpenSessionDialog dialog(mStore, this);
    // Phones keep answering while the dialog is open: the open session is closed (and the
    // participant server stopped) before it is deleted, not after the dialog.
    connect(&dialog, &OpenSessionDialog::aboutToDelete, this, [this](qint64 id) {
        if (mSession->isLoaded() && mSession->session().id == id)
            closeSession();
    });
    const int result = dialog.exec();
    rebuildRecentMenu();
    if (result == QDialog::Accepted && dialog.selectedSession() != 0)
        openSession(dialog.selectedSession());
}

void MainWindow::editSession()
{
    if (!mSession->isLoaded())
        return;
    SessionDialog dialog(mSession->session(), mStore->cohorts(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    mUndoStack->push(new ChangeSessionCommand(mSession, dialog.session(), &error));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Session Settings"), error);
    else if (mAudience->content().mode == AudienceState::Mode::Welcome)
        mAudience->show(welcomeContent()); // the welcome on the projector says the new words
}

void MainWindow::closeSession()
{
    ensureReady();
    mParticipants->stop(); // phones answer into the open session only
    mUndoStack->clear();
    mSession->unload(); // sessionSwitched() does the rest
}

void MainWindow::planFollowUp()
{
    if (!mSession->isLoaded())
        return;
    FollowUpDialog dialog(mSession->session(), mSession->questions(), mSession->scenarios(),
                          mStore->cohorts(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // One step: the workshop joining the cohort named for both, and the follow-up itself.
    QString error;
    const Session followUp = dialog.followUp();
    mUndoStack->beginMacro(tr("Plan follow-up \"%1\"").arg(followUp.title));
    if (const QString cohort = dialog.newCohortForWorkshop(); !cohort.isEmpty()) {
        Session workshop = mSession->session();
        workshop.cohort = cohort;
        mUndoStack->push(new ChangeSessionCommand(mSession, workshop, &error));
        if (!error.isEmpty()) {
            mUndoStack->endMacro();
            QMessageBox::warning(this, tr("Plan a Follow-up"),
                                 tr("The cohort could not be saved: %1").arg(error));
            return;
        }
    }
    mUndoStack->push(new CreateSessionCommand(mStore, mSession, followUp,
                                              CreateSessionCommand::Then::Planned, &error));
    mUndoStack->endMacro();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Plan a Follow-up"),
                             tr("The follow-up could not be created: %1").arg(error));
        return;
    }
    rebuildRecentMenu();
    statusBar()->showMessage(
        tr("Follow-up “%1” planned for %2. Open it on the day with File → "
           "Open Session.")
            .arg(followUp.title, QLocale().toString(followUp.date, QLocale::LongFormat)),
        20000);
}

void MainWindow::replay(const QString &scenarioId, const QString &sceneId)
{
    const ScenarioLibrary::Entry *entry = mLibrary.find(scenarioId);
    if (!entry || !mSession->isLoaded())
        return;
    runScenario(entry->scenario);
    if (auto *runner = qobject_cast<ScenarioRunner *>(mRunner))
        runner->replayFrom(sceneId);
}

void MainWindow::runSelectedScenario()
{
    const Scenario *scenario = mModel->scenarioAt(mFilter->mapToSource(mList->currentIndex()));
    if (!scenario || !mSession->isLoaded())
        return;
    runScenario(*scenario);
}

void MainWindow::runScenario(const Scenario &scenario)
{
    if (mRunner) {
        mScenarioPage->removeWidget(mRunner);
        delete mRunner;
    }
    auto *runner = new ScenarioRunner(scenario, mSession, mUndoStack, mAudience, mScenarioPage);
    mRunner = runner;
    mResume->follow(runner);
    mScenarioPage->addWidget(mRunner);
    mScenarioPage->setCurrentWidget(mRunner);
    mTabs->setCurrentWidget(mScenarioPage);
    mRunner->setFocus();
}

void MainWindow::resumeLastSession()
{
    // After a crash or a restart: the session that was open, where it stood (SessionResume).
    const qint64 id = SessionResume::lastSession(mStore->path());
    if (id == 0)
        return;
    mResumePosition = mStore->position(id).value_or(SessionPosition());
    QString error;
    if (!loadSession(id, &error)) {
        mResume->sessionClosed();
        statusBar()->showMessage(tr("The session that was open last is no longer there, so "
                                    "none is open."),
                                 30000);
        return;
    }
    mResumePending = true;
    if (!mLibraryLoading) // else when the library is there (libraryLoaded)
        resumePosition();
}

void MainWindow::deleteOldSessions(qint64 keep)
{
    const int months = RetentionDialog::savedMonths().value_or(0);
    if (months == 0 || !mStore->isOpen())
        return;
    // The core's rule, the same as "upstander sessions --older-than".
    const Retention::Deletion deletion =
        Retention::deleteOlderThan(*mStore, months, QDate::currentDate(), keep);
    rebuildRecentMenu();
    if (!deletion.error.isEmpty()) {
        statusBar()->showMessage(
            tr("Old sessions could not all be deleted: %1").arg(deletion.error), 30000);
    } else if (!deletion.deleted.isEmpty()) {
        statusBar()->showMessage(tr("Deleted %n session(s) dated more than %1 months ago.", nullptr,
                                    int(deletion.deleted.size()))
                                     .arg(months),
                                 30000);
    }
}

void MainWindow::askRetention(bool firstStart)
{
    ensureReady();
    const qint64 open = mSession->isLoaded() ? mSession->session().id : 0;
    auto *dialog = new RetentionDialog(RetentionDialog::savedMonths().value_or(0), firstStart,
                                       mStore, open, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, firstStart](int result) {
        if (result == QDialog::Accepted) {
            RetentionDialog::saveMonths(dialog->months());
            mParticipants->keptMonthsChanged(); // the phones' anonymity notice says it
            deleteOldSessions(mSession->isLoaded() ? mSession->session().id : 0);
        } else if (firstStart) {
            RetentionDialog::saveMonths(0); // asked once: the default stands, never asked again
        }
    });
    dialog->open();
}

void MainWindow::resumePosition()
{
    mResumePending = false;
    if (!mSession->isLoaded())
        return; // closed before the library was there
    const SessionPosition position = mResumePosition;
    const QString title = mSession->session().title;
    const ScenarioLibrary::Entry *entry =
        position.scenarioId.isEmpty() ? nullptr : mLibrary.find(position.scenarioId);
    if (!position.scenarioId.isEmpty() && !entry) {
        mTabs->setCurrentWidget(mSelfPlacement);
        statusBar()->showMessage(tr("“%1” is open again; the scenario it was running (%2) is no "
                                    "longer in the library, so it starts without it.")
                                     .arg(title, position.scenarioId),
                                 30000);
        return;
    }
    ScenarioRunner *runner = nullptr;
    if (entry) {
        runScenario(entry->scenario);
        runner = static_cast<ScenarioRunner *>(mRunner);
        SessionResume::walkTo(runner, position);
    }
    const Question *question = mSession->question(position.questionId);
    if (runner && question && question->id == runner->currentQuestionId()) {
        DecisionPanel *decision = runner->decisionPanel();
        if (question->revealed)
            decision->reveal(); // already revealed: shown again, nothing changes
        else
            decision->askAgainIfRevealed(); // not revealed: shown as it was
    } else if (question && question->kind == QuestionKind::SelfPlacement) {
        mSelfPlacement->setPhase(question->phase);
        mSelfPlacement->showQuestionOnProjector();
        mTabs->setCurrentWidget(mSelfPlacement);
    } else if (question && question->kind == QuestionKind::CheckIn) {
        mCommitments->checkIn()->showAsItWas();
        mTabs->setCurrentWidget(mCommitments);
    }
    QString said = tr("“%1” is open again where it was.").arg(title);
    if (question && question->open)
        said +=
            QLatin1Char(' ') +
            tr("Invite phones again (%1) to take their answers.")
                .arg(mParticipants->inviteAction()->shortcut().toString(QKeySequence::NativeText));
    statusBar()->showMessage(said, 30000);
}

void MainWindow::showAudienceWindow()
{
    ensureReady();
    mAudienceWindow->show();
    mAudienceWindow->raise();
}

void MainWindow::toggleAudienceFullScreen()
{
    ensureReady();
    if (mAudienceWindow->screenIndex() < 0)
        mAudienceWindow->setScreenIndex(int(QGuiApplication::screens().size()) - 1);
    mAudienceWindow->toggleFullScreen();
}

void MainWindow::rememberRecent(qint64 id)
{
    QSettings settings;
    QList<QVariant> recent = settings.value(QStringLiteral("recentSessions")).toList();
    recent.removeAll(id);
    recent.prepend(id);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentSessions"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    mRecentMenu->clear();
    if (!mReady) { // the store is not open yet; ensureReady() rebuilds the menu
        mRecentMenu->setEnabled(false);
        return;
    }
    const QList<QVariant> recent = QSettings().value(QStringLiteral("recentSessions")).toList();
    for (const QVariant &v : recent) {
        const std::optional<Session> s =
            mStore->isOpen() ? mStore->session(v.toLongLong()) : std::nullopt;
        if (!s)
            continue;
        const qint64 id = s->id;
        mRecentMenu->addAction(
            tr("%1 (%2)").arg(s->title, QLocale().toString(s->date, QLocale::ShortFormat)), this,
            [this, id] { openSession(id); });
    }
    mRecentMenu->setEnabled(!mRecentMenu->isEmpty());
}

void MainWindow::openScenarioFolder()
{
    if (!QDir().mkpath(mUserFolder)) {
        QMessageBox::warning(this, tr("Scenario Folder"),
                             tr("The folder %1 could not be created.").arg(mUserFolder));
        return;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(mUserFolder)))
        return;
    // No file manager answered: say where the folder is, in text that can be selected and
    // copied, since a trainer then opens it some other way.
    const QString path = QDir::toNativeSeparators(QDir(mUserFolder).absolutePath());
    auto *box = new QMessageBox(QMessageBox::Information, tr("Scenario Folder"),
                                tr("No file manager could open the scenario folder. Put your own "
                                   "scenario files (.yaml) in:\n\n%1")
                                    .arg(path),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("scenarioFolderMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton *copy = box->addButton(tr("&Copy Path"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyPath"));
    connect(copy, &QPushButton::clicked, this,
            [path] { QGuiApplication::clipboard()->setText(path); });
    box->setDefaultButton(copy);
    box->open();
}
void MainWindow::showWorkshopGuide()
{
    QHash<QString, QKeySequence> keys{
        {QStringLiteral("new"), mNewSessionAction->shortcut()},
        {QStringLiteral("audience"), mAudienceAction->shortcut()},
        {QStringLiteral("invite"), mParticipants->inviteAction()->shortcut()},
        {QStringLiteral("undo"), mUndoAction->shortcut()},
        {QStringLiteral("timer"), QKeySequence(Qt::CTRL | Qt::Key_T)}}; // RoundTimer's
    for (const QString &name : {QStringLiteral("find"), QStringLiteral("report")})
        if (const auto *action = findChild<QAction *>(name))
            keys.insert(name, action->shortcut());
    auto *dialog = new WorkshopGuideDialog(keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
void MainWindow::showProblems()
{
    ProblemsDialog dialog(mLibrary.problems(), this);
    dialog.exec();
}
void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Upstander"),
        tr("<h3>Upstander %1</h3>"
           "<p>A tool for trainers who run allyship workshops: the allyship spectrum from "
           "bystander to advocate, role-play scenarios, and where the group lands, before and "
           "after.</p>"
           "<p>Free and open-source software. Answers stay on this computer.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    fitToScreen();
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    mSplitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    // The audience screen is restored with the audience window, in ensureReady().
}

void MainWindow::fitToScreen()
{
    // A size saved on a larger monitor, or the default on a small laptop, is brought inside the
    // screen the window opens on; when it had to shrink, the window opens maximised, so that the
    // window manager fits it, title bar included, and nothing lies beyond the screen's edges.
    if (isMaximized() || isFullScreen())
        return;
    const QRect available = screen()->availableGeometry();
    if (available.contains(frameGeometry()))
        return;
    resize(size().boundedTo(available.size()));
    move(available.topLeft());
    setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), mSplitter->saveState());
    if (mAudienceWindow) // else the saved choice stays as it was
        settings.setValue(QStringLiteral("audience/screen"), mAudienceWindow->screenIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (mStore->isOpen())
        mStore->flush();
    if (mAudienceWindow)
        mAudienceWindow->close();
    event->accept();
}
