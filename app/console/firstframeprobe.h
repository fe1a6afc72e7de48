#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>

// For the start-up benchmark (tests/benchmarks/bench_startup): prints "shown" once the watched
// window's first frame has been painted, then quits. Not after show(): the first paint, where
// the fonts are loaded and the text is laid out, comes later. The program and the bare windows
// it is measured against use this same probe, so both are timed to the same moment.
class FirstFrameProbe : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !mSeen) {
            mSeen = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("shown\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool mSeen = false;
};
