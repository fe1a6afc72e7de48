#pragma once

#include "scenario/scenariolibrary.h"

#include <QMainWindow>

class AudienceState;
class AudienceWindow;
class CommitmentsPanel;
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
class ResultsPanel;
class SessionCharts;
class ScenarioDetailView;
class ScenarioFilterModel;
class ScenarioListModel;
class SelfPlacementPanel;
class SessionModel;
class SessionStore;

// The facilitator's console.
//
//   MainWindow ─┬─ SessionStore (the data folder) ── SessionModel (the open session)
//               ├─ QUndoStack (every answer, tally and commitment)
//               ├─ AudienceState ── AudienceWindow (the projector)
//               ├─ SessionCharts (the chart models, for console and projector alike)
//               └─ tabs: Library │ Self-placement │ Scenario │ Commitments │ Results
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // dataFolder: where the session database lives (empty: the user's data folder).
    explicit MainWindow(const QString &dataFolder = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where user scenarios are read from; defaults to ScenarioLibrary::defaultUserFolder().
    void setUserScenarioFolder(const QString &folder);

    SessionModel *sessionModel() const { return mSession; }
    QUndoStack *undoStack() const { return mUndoStack; }
    AudienceState *audienceState() const { return mAudience; }
    AudienceWindow *audienceWindow() const { return mAudienceWindow; }
    SessionCharts *charts() const { return mCharts; }
    bool openSession(qint64 id);
    void newSession();
    // Scripted start (--serve): opens session `id`, or a new one in `language` when 0, puts
    // the baseline self-placement on the projector and invites phones on address:port.
    bool serveParticipants(const QHostAddress &address, quint16 port, qint64 id,
                           const QString &language, QString *error);
    ParticipantControl *participants() const { return mParticipants; }
    bool isLibraryLoading() const { return mLibraryLoading; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool loadSession(qint64 id, QString *error);
    void createActions();
    void createMenus();
    QWidget *createLibraryPane();
    QWidget *createLibraryPage();
    void reloadLibrary();
    void libraryLoaded(const ScenarioLibrary &library);
    void updateSelection();
    void updateEmptyState();
    void updateLibraryStatus();
    void updateSessionState();
    void openSessionDialog();
    void editSession();
    void closeSession();
    void runSelectedScenario();
    void showAudienceWindow();
    void toggleAudienceFullScreen();
    void rememberRecent(qint64 id);
    void rebuildRecentMenu();
    void openScenarioFolder();
    void showProblems();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    SessionStore *mStore = nullptr;
    QString mStoreError;
    SessionModel *mSession = nullptr;
    QUndoStack *mUndoStack = nullptr;
    AudienceState *mAudience = nullptr;
    AudienceWindow *mAudienceWindow = nullptr;

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
    QStackedWidget *mScenarioPage = nullptr;
    QWidget *mScenarioEmpty = nullptr;
    QWidget *mRunner = nullptr;
    CommitmentsPanel *mCommitments = nullptr;
    ParticipantControl *mParticipants = nullptr;
    SessionCharts *mCharts = nullptr;
    ResultsPanel *mResults = nullptr;
    QLabel *mNoSession = nullptr;
    QLabel *mStatus = nullptr;
    QLabel *mSessionStatus = nullptr;
    QPushButton *mProblemsButton = nullptr;
    QMenu *mRecentMenu = nullptr;
    QAction *mNewSessionAction = nullptr;
    QAction *mOpenSessionAction = nullptr;
    QAction *mEditSessionAction = nullptr;
    QAction *mCloseSessionAction = nullptr;
    QAction *mAudienceAction = nullptr;
    QAction *mFullScreenAction = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
};
