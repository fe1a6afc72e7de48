#include "visiblelength.h"

#include <QTextBoundaryFinder>

int visibleLength(const QString &text)
{
    const QString trimmed = text.trimmed();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, trimmed);
    int count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}
