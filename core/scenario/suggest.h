#pragma once

#include <QString>
#include <QStringList>

// "Did you mean …?": the candidate closest to a mistyped word, or an empty string when
// nothing is close enough to be a plausible typo.
QString closestMatch(const QString &word, const QStringList &candidates);
