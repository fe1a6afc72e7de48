// The baseline for bench_startup: the least a Qt Widgets program does to show a main window,
// built with the same compiler and flags as Upstander.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 760);
    window.show();
    QTimer::singleShot(0, &app, [&app] {
        std::fputs("shown\n", stdout);
        std::fflush(stdout);
        app.quit();
    });
    return app.exec();
}
