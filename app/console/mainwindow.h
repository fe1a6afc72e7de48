#pragma once

#include "roomlanguage.h"

#include "audience/audiencestate.h"
#include "scenario/scenariolibrary.h"
#include "store/store.h"

#include <QMainWindow>

class AudienceState;
class AudienceWindow;
class CommitmentsPanel;
class HotSeatLock;
class ParticipantControl;
class QAction;
class QComboBox;
class QHostAddress;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoStack;
class ReplayPanel;
class ResultsPanel;
class RoomQuestionsPanel;
class SessionCharts;
class ScenarioDetailView;
class ScenarioFilterModel;
class ScenarioListModel;
class SelfPlacementPanel;
class SessionModel;
class SessionResume;
class SessionStore;

// The facilitator's console.
//
//   MainWindow ─┬─ SessionStore (the data folder) ── SessionModel (the open session)
//               ├─ QUndoStack (every answer, tally and commitment)
//               ├─ AudienceState ── AudienceWindow (the projector)
//               ├─ SessionCharts (the chart models, for console and projector alike)
//               └─ tabs: Library │ Self-placement │ Scenario │ Commitments │ Results
//
// Start-up in two steps. The constructor builds what the first frame shows: menus, tool bar,
// status bar, the library tab, and the other tabs as empty, disabled placeholders (they need a
// session). Right after the first paint, ensureReady() opens the store and builds the rest
// (the other tabs, the audience window, the charts). Everything that needs those calls
// ensureReady() first, so code and tests may use a window at once, shown or not.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(MainWindow) // what it shows the room

public:
    // dataFolder: where the session database lives (empty: the user's data folder).
    explicit MainWindow(const QString &dataFolder = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the session store and builds what the first frame does not show, if not done yet.
    void ensureReady();
    bool isReady() const { return mReady; }

    // Where user scenarios are read from; defaults to ScenarioLibrary::defaultUserFolder().
    void setUserScenarioFolder(const QString &folder);

    // Each of these finishes the set-up first (ensureReady).
    SessionModel *sessionModel();
    QUndoStack *undoStack();
    AudienceState *audienceState();
    AudienceWindow *audienceWindow();
    SessionCharts *charts();
    bool openSession(qint64 id);
    void newSession();
    // Scripted start (--serve): opens session `id`, or a new one in `language` when 0, puts
    // the baseline self-placement on the projector and invites phones on address:port.
    bool serveParticipants(const QHostAddress &address, quint16 port, qint64 id,
                           const QString &language, QString *error);
    ParticipantControl *participants();
    bool isLibraryLoading() const { return mLibraryLoading; }
    // Whether the console asks its first-start question (how long to keep sessions,
    // RetentionDialog) once the store is open: once ever, and not while a session is being
    // resumed. The program turns it on; windows made elsewhere (tests, tools) do not ask.
    void setAsksAtFirstStart(bool ask) { mAsksAtFirstStart = ask; }

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    bool loadSession(qint64 id, QString *error);
    void sessionSwitched();
    void undoIndexChanged(int index);
    void createActions();
    void createMenus();
    QMenu *createExportDataMenu();
    QWidget *createLibraryPane();
    QWidget *createLibraryPage();
    void reloadLibrary();
    void libraryLoaded(const ScenarioLibrary &library);
    void updateSelection();
    void updateEmptyState();
    void updateLibraryStatus();
    void updateSessionState();
    void followRoomLanguage();
    void openSessionDialog();
    void editSession();
    // A follow-up session for the open one's cohort (FollowUpDialog), stored for its day.
    void planFollowUp();
    // A follow-up's decision: its scenario, run straight to that scene.
    void replay(const QString &scenarioId, const QString &sceneId);
    void closeSession();
    void runSelectedScenario();
    void runScenario(const Scenario &scenario);
    void resumeLastSession();
    void deleteOldSessions(qint64 keep);
    void askRetention(bool firstStart);
    void resumePosition();
    void showAudienceWindow();
    void toggleAudienceFullScreen();
    void rememberRecent(qint64 id);
    void rebuildRecentMenu();
    void openScenarioFolder();
    void showProblems();
    void showAbout();
    void showWorkshopGuide();
    void showShortcuts();
    AudienceState::Content welcomeContent() const;
    void showWelcome();
    void restoreSettings();
    void fitToScreen();
    void saveSettings() const;

    QString mDataFolder;
    bool mReady = false;
    bool mReadyQueued = false;
    bool mAsksAtFirstStart = false;
    SessionStore *mStore = nullptr; // opened by ensureReady()
    QString mStoreError;
    SessionModel *mSession = nullptr;
    QUndoStack *mUndoStack = nullptr;
    AudienceState *mAudience = nullptr;
    AudienceWindow *mAudienceWindow = nullptr; // from ensureReady() on

    ScenarioLibrary mLibrary;
    int mLibraryGeneration = 0;
    bool mLibraryLoading = false;
    QString mUserFolder;
    ScenarioListModel *mModel = nullptr;
    ScenarioFilterModel *mFilter = nullptr;
    QTabWidget *mTabs = nullptr;
    QLineEdit *mSearch = nullptr;
    QComboBox *mThemes = nullptr;
    QStackedWidget *mListStack = nullptr;
    QListView *mList = nullptr;
    QLabel *mNoMatch = nullptr;
    ScenarioDetailView *mDetail = nullptr;
    QSplitter *mSplitter = nullptr;
    QPushButton *mRunButton = nullptr;
    SelfPlacementPanel *mSelfPlacement = nullptr;
    HotSeatLock *mHotSeatLock = nullptr;
    SessionResume *mResume = nullptr; // from ensureReady() on
    bool mResumePending = false;      // a session reopened, its position after the library
    SessionPosition mResumePosition;
    QStackedWidget *mScenarioPage = nullptr;
    QWidget *mScenarioEmpty = nullptr;
    QWidget *mRunner = nullptr;
    qint64 mShownSession = 0; // the session the pages, phones and projector follow
    int mUndoIndex = 0;       // the undo stack's index before its latest change
    CommitmentsPanel *mCommitments = nullptr;
    ParticipantControl *mParticipants = nullptr;
    SessionCharts *mCharts = nullptr; // from ensureReady() on
    RoomQuestionsPanel *mRoomQuestions = nullptr;
    ResultsPanel *mResults = nullptr;
    QLabel *mNoSession = nullptr;
    QLabel *mStatus = nullptr;
    QLabel *mSessionStatus = nullptr;
    QPushButton *mProblemsButton = nullptr;
    QMenu *mRecentMenu = nullptr;
    QAction *mNewSessionAction = nullptr;
    QAction *mOpenSessionAction = nullptr;
    QAction *mEditSessionAction = nullptr;
    QAction *mFollowUpAction = nullptr;
    ReplayPanel *mReplay = nullptr;
    QAction *mCloseSessionAction = nullptr;
    QAction *mRetentionAction = nullptr;
    QAction *mAudienceAction = nullptr;
    QAction *mFullScreenAction = nullptr;
    QAction *mWelcomeAction = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
};
