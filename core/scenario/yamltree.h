#pragma once

#include "scenario/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

// A YAML document as a plain tree that remembers where each node stood in the file.
//
// We build it ourselves from yaml-cpp's event parser instead of using YAML::Node because we
// need what YAML::Node hides: duplicate keys (YAML::Node keeps only one), anchors and aliases
// (refused here, so no alias bomb can expand), and hard limits on depth and node count that
// stop the parser early instead of exhausting the stack or memory.
struct YamlNode
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    QString scalar;
    bool quoted = false; // a quoted or block scalar: always a string, never a number or boolean
    int line = 0;        // 1-based
    int column = 0;
    std::vector<YamlNode> items;                        // Sequence
    std::vector<std::pair<YamlNode, YamlNode>> entries; // Map, in file order, duplicates kept

    bool isScalar() const { return kind == Kind::Scalar; }
    bool isMap() const { return kind == Kind::Map; }
    bool isSequence() const { return kind == Kind::Sequence; }
    QString kindName() const; // translated: "a list", "a map", "text", "nothing"
};

struct YamlLimits
{
    int maxDepth = 64;
    int maxNodes = 200000;
};

// Parses the first document of UTF-8 text. On failure the diagnostics explain why and the
// returned node is Null; parse errors never throw out of this function.
YamlNode parseYaml(const QByteArray &utf8, const QString &fileName, Diagnostics &diagnostics,
                   const YamlLimits &limits = {});
