#pragma once

#include "audience/audiencestate.h"
#include "console/mainwindow.h"
#include "consoledriver.h"
#include "store/sessionstore.h"

#include <QTabWidget>

#include <optional>

// Where tst_resume leaves a console before it is destroyed or killed, and what must come back.
// Shared by the test and its crash child (resume_crash_child.cpp).
namespace ResumeSteps {

struct Point
{
    qint64 session = 0;
    QString scenario;
    QStringList path;
    qint64 question = 0;
};

// A session made in the database at `folder`, as File ▸ New Session does; 0 on error.
inline qint64 createSession(const QString &folder, const QString &title)
{
    SessionStore store;
    QString error;
    if (!store.open(folder, &error))
        return 0;
    Session session;
    session.title = title;
    session.date = QDate(2026, 12, 2);
    return store.createSession(session, &error);
}

// Opens `sessionId`, runs `scenarioId` (whose second scene is a decision, as in erg-no-budget)
// to its second scene and puts that decision's question on the projector, by clicks.
inline std::optional<Point> runToSecondScene(MainWindow &window, qint64 sessionId,
                                             const QString &scenarioId)
{
    if (!window.openSession(sessionId))
        return std::nullopt;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    ScenarioRunner *runner = ConsoleDriver::runScenario(window, tabs, scenarioId);
    if (!runner || runner->scenario().id != scenarioId)
        return std::nullopt;
    auto *next = runner->findChild<QPushButton *>(QStringLiteral("nextScene"));
    QTest::mouseClick(next, Qt::LeftButton);
    if (runner->path().size() != 2 || runner->currentQuestionId() == 0)
        return std::nullopt;
    QTest::mouseClick(runner->findChild<QPushButton *>(QStringLiteral("showQuestion")),
                      Qt::LeftButton);
    if (window.audienceState()->content().questionId != runner->currentQuestionId())
        return std::nullopt;
    window.sessionModel()->flush(); // everything written, as after any turn of the event loop
    return Point{sessionId, scenarioId, runner->path(), runner->currentQuestionId()};
}

} // namespace ResumeSteps
