#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The themes a scenario can belong to; the library filters by them. Keys are stable,
// labels are translated.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    static QStringList keys();
    static bool isKey(const QString &key);
    static QString label(const QString &key); // the key itself when unknown
};
