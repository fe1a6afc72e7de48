#include "mainwindow.h"

#include "problemsdialog.h"
#include "scenariodetailview.h"
#include "scenariofiltermodel.h"
#include "scenarioitemdelegate.h"
#include "scenariolistmodel.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mUserFolder(ScenarioLibrary::defaultUserFolder())
{
    setWindowTitle(tr("Upstander"));
    mModel = new ScenarioListModel(this);
    mFilter = new ScenarioFilterModel(this);
    mFilter->setSourceModel(mModel);

    mDetail = new ScenarioDetailView(this);
    mSplitter = new QSplitter(this);
    mSplitter->addWidget(createLibraryPane());
    mSplitter->addWidget(mDetail);
    mSplitter->setStretchFactor(0, 2);
    mSplitter->setStretchFactor(1, 3);
    mSplitter->setChildrenCollapsible(false);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->addWidget(mSplitter);
    setCentralWidget(central);

    mStatus = new QLabel(this);
    statusBar()->addWidget(mStatus, 1);
    mProblemsButton = new QPushButton(this);
    mProblemsButton->setFlat(true);
    connect(mProblemsButton, &QPushButton::clicked, this, &MainWindow::showProblems);
    statusBar()->addPermanentWidget(mProblemsButton);

    createMenus();
    reloadLibrary();
    restoreSettings();
    mSearch->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUserScenarioFolder(const QString &folder)
{
    mUserFolder = folder;
    reloadLibrary();
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

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *find = file->addAction(tr("&Find Scenario"), this, [this] {
        mSearch->setFocus();
        mSearch->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    file->addAction(tr("&Open Scenario Folder"), this, &MainWindow::openScenarioFolder);
    QAction *reload = file->addAction(tr("&Reload Library"), this, &MainWindow::reloadLibrary);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Upstander"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::reloadLibrary()
{
    const QModelIndex current = mList->currentIndex();
    const QString selectedId = current.data(ScenarioListModel::IdRole).toString();
    mLibrary.load(mUserFolder, ScenarioText::installedTranslation);
    mModel->setLibrary(mLibrary);
    QModelIndex select = mFilter->mapFromSource(mModel->indexOf(selectedId));
    if (!select.isValid())
        select = mFilter->index(0, 0);
    mList->setCurrentIndex(select);
    updateSelection();
    updateEmptyState();
    updateStatus();
}

void MainWindow::updateSelection()
{
    mDetail->showScenario(mModel->scenarioAt(mFilter->mapToSource(mList->currentIndex())));
}

void MainWindow::updateEmptyState()
{
    const bool empty = mFilter->rowCount() == 0;
    if (empty) {
        mNoMatch->setText(mModel->rowCount() == 0
                              ? tr("No scenarios are available.")
                              : tr("No scenario matches your search.\nClear the search or "
                                   "choose \"All themes\"."));
    }
    mListStack->setCurrentWidget(empty ? static_cast<QWidget *>(mNoMatch) : mList);
    if (!empty && !mList->currentIndex().isValid())
        mList->setCurrentIndex(mFilter->index(0, 0));
    updateSelection();
}

void MainWindow::updateStatus()
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

void MainWindow::openScenarioFolder()
{
    if (!QDir().mkpath(mUserFolder)) {
        QMessageBox::warning(this, tr("Scenario Folder"),
                             tr("The folder %1 could not be created.").arg(mUserFolder));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(mUserFolder))) {
        QMessageBox::information(this, tr("Scenario Folder"),
                                 tr("Put your own scenario files (.yaml) in:\n%1")
                                     .arg(QDir::toNativeSeparators(mUserFolder)));
    }
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
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    mSplitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), mSplitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}
