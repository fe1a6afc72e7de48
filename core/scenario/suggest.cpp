#include "scenario/suggest.h"

#include <algorithm>
#include <vector>

namespace {
// Optimal string alignment distance (Levenshtein plus swapped neighbours), case-insensitive.
int editDistance(const QString &a, const QString &b)
{
    const QString s = a.toLower();
    const QString t = b.toLower();
    const int n = int(s.size());
    const int m = int(t.size());
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (int i = 0; i <= n; ++i)
        d[i][0] = i;
    for (int j = 0; j <= m; ++j)
        d[0][j] = j;
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            const int cost = s[i - 1] == t[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}
} // namespace

QString closestMatch(const QString &word, const QStringList &candidates)
{
    // Long garbage must not cost quadratic time; nobody mistypes a key by 64 characters.
    if (word.isEmpty() || word.size() > 64)
        return {};
    QString best;
    int bestDistance = std::max(2, int(word.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
