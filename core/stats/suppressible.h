#pragma once

#include "session/session.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <utility>

// The k rule, enforced by the type. A statistic built from fewer than k people is "suppressed":
// its numbers are never computed, and a suppressed result holds nothing but the threshold k
// (not even the count it fell short with, since "3 of 5" leaks too).
//
//   Suppressible<T> ─┬─ threshold()  always readable
//                    └─ values()     const T *, nullptr while suppressed
//
// The only way to a shown result is gate(), which runs the computation when base >= k, so a
// view or an exporter cannot print numbers it was never given. rows() flattens the values into
// (key, value) pairs for tables and CSV/JSON export, and is empty while suppressed.

// One number of a statistic, under a stable, untranslated key such as "counts.bystander",
// "median" or "transitions.bystander.active-ally". Views translate keys into labels.
struct StatisticRow
{
    QString key;
    QVariant value; // int for counts, double for shares, means and medians

    friend bool operator==(const StatisticRow &a, const StatisticRow &b)
    {
        return a.key == b.key && a.value == b.value;
    }
};

// A k below the product's minimum is treated as the minimum: never weaker than 3.
inline int effectiveK(int k)
{
    return std::max(k, Session::MinK);
}

template <typename T> class Suppressible
{
public:
    // A default result is suppressed at the default threshold: safe when nothing was computed.
    Suppressible() = default;

    // base: the number of people the statistic is built from (see statistics.h for how each
    // statistic counts them). compute() runs only when base >= k.
    template <typename Compute> static Suppressible gate(int base, int k, Compute &&compute)
    {
        Suppressible result;
        result.mK = effectiveK(k);
        if (base >= result.mK)
            result.mValues.emplace(std::forward<Compute>(compute)());
        return result;
    }

    bool isSuppressed() const { return !mValues.has_value(); }
    bool isShown() const { return mValues.has_value(); }
    int threshold() const { return mK; }

    // nullptr while suppressed: callers must branch before they can reach a number.
    const T *values() const { return mValues ? &*mValues : nullptr; }

    QList<StatisticRow> rows() const { return mValues ? mValues->rows() : QList<StatisticRow>(); }

private:
    int mK = Session::DefaultK;
    std::optional<T> mValues;
};
