#pragma once

#include "scenariolibrary.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QPushButton;
class ScenarioDetailView;
class ScenarioFilterModel;
class ScenarioListModel;

// The facilitator's console. For now it opens on the scenario library:
//
//   MainWindow ─┬─ search field, theme filter ──> ScenarioFilterModel ──> list view
//               │                                       │
//               │                           ScenarioListModel (owns a copy of the library)
//               └─ ScenarioDetailView (the selected scenario)
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where user scenarios are read from; defaults to ScenarioLibrary::defaultUserFolder().
    void setUserScenarioFolder(const QString &folder);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *createLibraryPane();
    void reloadLibrary();
    void updateSelection();
    void updateEmptyState();
    void updateStatus();
    void openScenarioFolder();
    void showProblems();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    ScenarioLibrary mLibrary;
    QString mUserFolder;
    ScenarioListModel *mModel = nullptr;
    ScenarioFilterModel *mFilter = nullptr;
    QLineEdit *mSearch = nullptr;
    QComboBox *mThemes = nullptr;
    QStackedWidget *mListStack = nullptr;
    QListView *mList = nullptr;
    QLabel *mNoMatch = nullptr;
    ScenarioDetailView *mDetail = nullptr;
    QSplitter *mSplitter = nullptr;
    QLabel *mStatus = nullptr;
    QPushButton *mProblemsButton = nullptr;
};
