// The baseline for bench_startup: the least a Qt Widgets program does to show a main window,
// built with the same compiler and flags as Upstander. With "--text" it also has a menu bar and
// one line of text: the least any window that shows words pays (the font database, shaping).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    if (app.arguments().contains(QStringLiteral("--text"))) {
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.setCentralWidget(new QLabel(QStringLiteral("Allyship workshop"), &window));
    }
    window.resize(1200, 760);
    window.show();
    QTimer::singleShot(0, &app, [&app] {
        std::fputs("shown\n", stdout);
        std::fflush(stdout);
        app.quit();
    });
    return app.exec();
}
