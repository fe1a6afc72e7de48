#pragma once

#include "console/mainwindow.h"
#include "runner/scenariorunner.h"
#include "session/sessionmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

// Driving the real console from GUI tests the way a trainer does: the New Session dialog filled
// in by keys, buttons clicked by name, a scenario run from the library. Shared by tst_console
// and tst_counting.
namespace ConsoleDriver {

// Clicks the named button inside `parent`, failing clearly when it is not there or disabled.
inline void click(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QAbstractButton *>(QLatin1String(name));
    if (!button)
        QFAIL(qPrintable(QStringLiteral("no button %1").arg(QLatin1String(name))));
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// File ▸ New Session (Ctrl+N), the dialog filled in by keys; the window active again after it.
inline void startSession(MainWindow &window, const QString &title, int k,
                         const QString &cohort = {})
{
    QTimer::singleShot(0, &window, [title, k, cohort] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sessionTitle")), title);
        if (!cohort.isEmpty())
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sessionCohort")),
                             cohort);
        auto *kBox = dialog->findChild<QSpinBox *>(QStringLiteral("sessionK"));
        kBox->setFocus();
        kBox->selectAll();
        QTest::keyClicks(kBox, QString::number(k));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window.sessionModel()->isLoaded());
    // The offscreen platform does not give the focus back after a modal dialog by itself.
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

// Clicks "next scene" until the runner stands at a decision (true) or at an ending (false).
inline bool walkToDecision(ScenarioRunner *runner)
{
    for (int step = 0; step < 20; ++step) {
        if (runner->currentQuestionId() != 0)
            return true;
        auto *next = runner->findChild<QPushButton *>(QStringLiteral("nextScene"));
        if (!next->isVisible() || !next->isEnabled())
            return false;
        QTest::mouseClick(next, Qt::LeftButton);
    }
    return false;
}

// Finds `scenarioId` in the library by typing it into the search and runs it; the runner, or
// nullptr when the library never finished loading or nothing ran.
inline ScenarioRunner *runScenario(MainWindow &window, QTabWidget *tabs, const QString &scenarioId)
{
    if (!QTest::qWaitFor([&] { return !window.isLibraryLoading(); }))
        return nullptr;
    tabs->setCurrentIndex(0);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    search->clear();
    QTest::keyClicks(search, scenarioId);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("runScenario")),
                      Qt::LeftButton);
    return window.findChild<ScenarioRunner *>();
}

} // namespace ConsoleDriver
