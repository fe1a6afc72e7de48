#include "scenario/mapreader.h"

#include "scenario/suggest.h"

#include <QRegularExpression>

namespace {
const std::vector<YamlNode> noItems;
}

MapReader::MapReader(const YamlNode &node, const QStringList &knownKeys, const QString &file,
                     Diagnostics &diagnostics)
    : mNode(node), mFile(file), mDiagnostics(diagnostics)
{
    if (!node.isMap()) {
        error(node, tr("expected a map of keys and values here, found %1").arg(node.kindName()));
        return;
    }
    for (const auto &[key, value] : node.entries) {
        if (!key.isScalar()) {
            error(key, tr("a key must be a single word, not %1").arg(key.kindName()));
            continue;
        }
        if (const YamlNode *first = mKeys.value(key.scalar)) {
            error(key, tr("duplicate key \"%1\" (first given on line %2)")
                           .arg(excerpt(key.scalar))
                           .arg(first->line));
            continue;
        }
        if (!knownKeys.contains(key.scalar)) {
            const QString suggestion = closestMatch(key.scalar, knownKeys);
            if (!suggestion.isEmpty())
                mSuggested.insert(suggestion);
            error(key, suggestion.isEmpty()
                           ? tr("unknown key \"%1\"; expected one of: %2")
                                 .arg(excerpt(key.scalar), knownKeys.join(QStringLiteral(", ")))
                           : tr("unknown key \"%1\"; did you mean \"%2\"?")
                                 .arg(excerpt(key.scalar), suggestion));
            continue;
        }
        mKeys.insert(key.scalar, &key);
        mValues.insert(key.scalar, &value);
    }
}

SourcePosition MapReader::position(const QString &key) const
{
    const YamlNode *value = mValues.value(key);
    return value ? SourcePosition{value->line, value->column} : position();
}

void MapReader::reportMissing(const QString &key)
{
    // A mistyped key already got "did you mean" this one: saying it is missing adds nothing.
    if (isMap() && !mSuggested.contains(key))
        error(mNode, tr("missing required key \"%1\"").arg(key));
}

const YamlNode *MapReader::scalar(const QString &key, Requirement requirement)
{
    const YamlNode *value = mValues.value(key);
    if (!value) {
        if (requirement == Required)
            reportMissing(key);
        return nullptr;
    }
    if (value->kind == YamlNode::Kind::Null) {
        if (requirement == Required)
            error(*value, tr("\"%1\" is empty").arg(key));
        return nullptr;
    }
    if (!value->isScalar()) {
        error(*value, tr("\"%1\" must be a single value, not %2").arg(key, value->kindName()));
        return nullptr;
    }
    return value;
}

QString MapReader::text(const QString &key, Requirement requirement)
{
    const YamlNode *value = scalar(key, requirement);
    if (!value)
        return {};
    const QString result = value->scalar.trimmed();
    if (result.isEmpty() && requirement == Required)
        error(*value, tr("\"%1\" is empty").arg(key));
    return result;
}

QString MapReader::excerpt(const QString &text)
{
    QString result = text.left(80);
    result.replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    return result;
}

bool MapReader::isIdentifier(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){0,63}$"));
    return pattern.match(text).hasMatch();
}

QString MapReader::identifier(const QString &key, Requirement requirement)
{
    const YamlNode *value = scalar(key, requirement);
    if (!value)
        return {};
    if (!isIdentifier(value->scalar)) {
        error(*value, tr("\"%1\" is not a valid id: use lowercase letters, digits and single "
                         "hyphens, starting with a letter (at most 64 characters)")
                          .arg(excerpt(value->scalar)));
        return {};
    }
    return value->scalar;
}

std::optional<int> MapReader::integer(const QString &key, int minimum, int maximum,
                                      Requirement requirement)
{
    const YamlNode *value = scalar(key, requirement);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const int number = value->scalar.toInt(&ok);
    if (ok && value->quoted) {
        error(*value, tr("\"%1\" must be a whole number; remove the quotes around \"%2\"")
                          .arg(key, value->scalar));
        return std::nullopt;
    }
    if (!ok || number < minimum || number > maximum) {
        error(*value, tr("\"%1\" must be a whole number from %2 to %3, not \"%4\"")
                          .arg(key)
                          .arg(minimum)
                          .arg(maximum)
                          .arg(excerpt(value->scalar)));
        return std::nullopt;
    }
    return number;
}

bool MapReader::boolean(const QString &key, bool fallback)
{
    const YamlNode *value = scalar(key, Optional);
    if (!value)
        return fallback;
    if (!value->quoted && value->scalar == QLatin1String("true"))
        return true;
    if (!value->quoted && value->scalar == QLatin1String("false"))
        return false;
    if (value->scalar == QLatin1String("true") || value->scalar == QLatin1String("false")) {
        error(*value, tr("\"%1\" must be true or false; remove the quotes around \"%2\"")
                          .arg(key, value->scalar));
        return fallback;
    }
    error(*value, tr("\"%1\" must be true or false, not \"%2\"").arg(key, excerpt(value->scalar)));
    return fallback;
}

const std::vector<YamlNode> &MapReader::list(const QString &key, Requirement requirement)
{
    const YamlNode *value = mValues.value(key);
    if (!value) {
        if (requirement == Required)
            reportMissing(key);
        return noItems;
    }
    if (value->kind == YamlNode::Kind::Null) {
        if (requirement == Required)
            error(*value, tr("\"%1\" is empty").arg(key));
        return noItems;
    }
    if (!value->isSequence()) {
        error(*value, tr("\"%1\" must be a list (items starting with \"- \"), not %2")
                          .arg(key, value->kindName()));
        return noItems;
    }
    if (value->items.empty() && requirement == Required)
        error(*value, tr("\"%1\" must list at least one item").arg(key));
    return value->items;
}

QStringList MapReader::textList(const QString &key, Requirement requirement)
{
    QStringList result;
    for (const YamlNode &item : list(key, requirement)) {
        if (item.isMap() && item.entries.size() == 1 && item.entries.front().first.isScalar()) {
            // "- Note: who spoke first?" is a map to YAML; the author meant text.
            error(item, tr("each item of \"%1\" must be text, not a map (to write text "
                           "containing \": \", put it in quotes)")
                            .arg(key));
            continue;
        }
        if (!item.isScalar() || item.scalar.trimmed().isEmpty()) {
            error(item, tr("each item of \"%1\" must be text, not %2")
                            .arg(key, item.isMap() || item.isSequence() ? item.kindName()
                                                                        : tr("an empty value")));
            continue;
        }
        result.append(item.scalar.trimmed());
    }
    return result;
}

void MapReader::error(const YamlNode &at, const QString &message)
{
    error(SourcePosition{at.line, at.column}, message);
}

void MapReader::error(const SourcePosition &at, const QString &message)
{
    mDiagnostics.append({Diagnostic::Severity::Error, mFile, at.line, at.column, message});
}
