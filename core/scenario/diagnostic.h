#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// A problem found in an input file, located precisely enough for an editor to jump to it.
// Lines and columns are 1-based; 0 means "the file as a whole".
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "FILE:LINE:COL: error: MESSAGE", the form compilers use and editors understand.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
