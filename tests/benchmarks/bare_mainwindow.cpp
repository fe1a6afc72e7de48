// The baselines for bench_startup, built with the same compiler and flags as Upstander:
//   (no option)  a bare QMainWindow: the least a Qt Widgets program does to show a main window
//   --text       with a menu bar and one line of text: the least any window that shows words
//                pays (the font database, shaping)
//   --tabs       with a menu bar, a label and a QTabWidget of five tabs, as the console's frame
//                is laid out: the least a window with words and tabs pays
// Each prints "shown" once its first frame has been painted, the same way upstander does.
#include "console/firstframeprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    const QStringList arguments = app.arguments();
    if (arguments.contains(QStringLiteral("--text"))) {
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.setCentralWidget(new QLabel(QStringLiteral("Allyship workshop"), &window));
    } else if (arguments.contains(QStringLiteral("--tabs"))) {
        window.menuBar()->addMenu(QStringLiteral("&File"));
        auto *central = new QWidget(&window);
        auto *layout = new QVBoxLayout(central);
        layout->addWidget(new QLabel(QStringLiteral("Allyship workshop"), central));
        auto *tabs = new QTabWidget(central);
        tabs->setDocumentMode(true);
        for (const char *title :
             {"&Library", "&Self-Placement", "Sce&nario", "&Commitments", "Resul&ts"})
            tabs->addTab(new QWidget(tabs), QString::fromLatin1(title));
        layout->addWidget(tabs, 1);
        window.setCentralWidget(central);
    }
    window.resize(1200, 760);
    FirstFrameProbe firstFrame;
    window.installEventFilter(&firstFrame);
    window.show();
    return app.exec();
}
