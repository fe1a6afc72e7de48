#pragma once

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"
#include "scenario/yamltree.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

// Typed, checked access to one YAML map. Construction reports unknown keys (with a
// suggestion) and duplicate keys; every getter reports a missing or mistyped value at the
// exact position of the offending node and returns an empty value, so reading can go on and
// find every problem in one run.
class MapReader
{
    Q_DECLARE_TR_FUNCTIONS(MapReader)

public:
    enum Requirement { Optional, Required };

    MapReader(const YamlNode &node, const QStringList &knownKeys, const QString &file,
              Diagnostics &diagnostics);

    bool isMap() const { return mNode.isMap(); }
    bool has(const QString &key) const { return mValues.contains(key); }
    SourcePosition position() const { return {mNode.line, mNode.column}; }
    SourcePosition position(const QString &key) const;

    QString text(const QString &key, Requirement requirement);
    QString identifier(const QString &key, Requirement requirement);
    std::optional<int> integer(const QString &key, int minimum, int maximum,
                               Requirement requirement);
    bool boolean(const QString &key, bool fallback);
    QStringList textList(const QString &key, Requirement requirement);
    // The items of a list value (empty when missing or wrong; the problem is reported).
    const std::vector<YamlNode> &list(const QString &key, Requirement requirement);
    const YamlNode *node(const QString &key) const { return mValues.value(key); }

    void error(const YamlNode &at, const QString &message);
    void error(const SourcePosition &at, const QString &message);

    static bool isIdentifier(const QString &text);
    // The start of a value, fit for a one-line message: at most 80 characters, no line breaks.
    static QString excerpt(const QString &text);

private:
    const YamlNode *scalar(const QString &key, Requirement requirement);
    void reportMissing(const QString &key);

    const YamlNode &mNode;
    QString mFile;
    Diagnostics &mDiagnostics;
    QHash<QString, const YamlNode *> mValues;
    QHash<QString, const YamlNode *> mKeys;
    QSet<QString> mSuggested; // known keys offered as "did you mean" for a mistyped key
};
