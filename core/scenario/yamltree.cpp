#include "scenario/yamltree.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <sstream>

namespace {

struct YamlText
{
    Q_DECLARE_TR_FUNCTIONS(Yaml)
};

// yaml-cpp counts columns in bytes; editors, and the rest of our diagnostics, count characters.
// Marks mostly come in file order, so counting on from the last mark keeps this linear.
class CharacterColumns
{
public:
    explicit CharacterColumns(const QByteArray &text) : mText(text) {}

    // 1-based character column of a mark (yaml-cpp's marks are 0-based).
    int column(const YAML::Mark &mark)
    {
        const qsizetype lineStart = qsizetype(mark.pos) - mark.column;
        if (mark.pos < 0 || mark.column < 0 || lineStart < 0 || mark.pos > mText.size())
            return std::max(mark.column, 0) + 1;
        if (lineStart != mLineStart || mark.pos < mPos) {
            mLineStart = lineStart;
            mPos = lineStart;
            mCharacters = 0;
        }
        for (; mPos < mark.pos; ++mPos) {
            if ((uchar(mText.at(mPos)) & 0xC0) != 0x80) // not a UTF-8 continuation byte
                ++mCharacters;
        }
        return mCharacters + 1;
    }

private:
    const QByteArray &mText;
    qsizetype mLineStart = -1;
    qsizetype mPos = 0;
    int mCharacters = 0;
};

// Thrown from the event handler to stop yaml-cpp as soon as a limit is crossed.
struct LimitExceeded
{
    YAML::Mark mark;
    QString message;
};

class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(const YamlLimits &limits, const QByteArray &text, CharacterColumns &columns,
                const QString &fileName, Diagnostics &diagnostics)
        : mLimits(limits), mText(text), mColumns(columns), mFile(fileName),
          mDiagnostics(diagnostics)
    {
    }

    std::optional<YamlNode> root;
    YAML::Mark documentStart;
    // The last scalar, when it was the last node and quoted: see isUnterminatedQuote().
    std::optional<YAML::Mark> lastQuoted;

    void OnDocumentStart(const YAML::Mark &mark) override { documentStart = mark; }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        checkAnchor(mark, anchor);
        lastQuoted.reset();
        YamlNode node = makeNode(YamlNode::Kind::Null, mark);
        // yaml-cpp places an empty value at the token after it, often the next line's key.
        // Point at the key whose value is empty, or at the "-" of an empty list item, instead.
        if (!mStack.empty()) {
            const Frame &parent = mStack.back();
            if (parent.node.isMap() && parent.pendingKey && parent.pendingKey->line < node.line) {
                node.line = parent.pendingKey->line;
                node.column = parent.pendingKey->column;
            } else if (parent.node.isSequence()) {
                moveToEntryDash(node, mark);
            }
        }
        attach(std::move(node));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        error(mark, YamlText::tr("YAML aliases (*name) are not allowed in scenario files; "
                                 "write the text out in full"));
        lastQuoted.reset();
        attach(makeNode(YamlNode::Kind::Null, mark));
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        checkAnchor(mark, anchor);
        YamlNode node = makeNode(YamlNode::Kind::Scalar, mark);
        node.scalar = QString::fromStdString(value);
        // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
        node.quoted = tag != "?";
        if (node.quoted)
            lastQuoted = mark;
        else
            lastQuoted.reset();
        attach(std::move(node));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        checkAnchor(mark, anchor);
        lastQuoted.reset();
        push(makeNode(YamlNode::Kind::Sequence, mark), mark);
    }

    void OnSequenceEnd() override { pop(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        checkAnchor(mark, anchor);
        lastQuoted.reset();
        push(makeNode(YamlNode::Kind::Map, mark), mark);
    }

    void OnMapEnd() override { pop(); }

private:
    struct Frame
    {
        YamlNode node;
        std::optional<YamlNode> pendingKey;
    };

    YamlNode makeNode(YamlNode::Kind kind, const YAML::Mark &mark)
    {
        if (++mNodeCount > mLimits.maxNodes)
            throw LimitExceeded{mark, YamlText::tr("the file has more than %1 YAML nodes; "
                                                   "scenario files are far smaller")
                                          .arg(mLimits.maxNodes)};
        YamlNode node;
        node.kind = kind;
        node.line = mark.line + 1;
        node.column = mColumns.column(mark);
        return node;
    }

    // An empty block list item: look back over blanks from the mark to the item's "-".
    void moveToEntryDash(YamlNode &node, const YAML::Mark &mark)
    {
        const qsizetype limit = std::max<qsizetype>(0, mark.pos - 4096);
        qsizetype i = std::min<qsizetype>(mark.pos, mText.size()) - 1;
        int lines = 0;
        for (; i >= limit; --i) {
            const char c = mText.at(i);
            if (c == '\n')
                ++lines;
            else if (c != ' ' && c != '\t' && c != '\r')
                break;
        }
        if (i < limit || mText.at(i) != '-')
            return;
        qsizetype lineStart = i;
        while (lineStart > limit && mText.at(lineStart - 1) != '\n')
            --lineStart;
        int column = 1;
        for (qsizetype k = lineStart; k < i; ++k)
            column += (uchar(mText.at(k)) & 0xC0) != 0x80 ? 1 : 0;
        node.line = mark.line + 1 - lines;
        node.column = column;
    }

    void push(YamlNode node, const YAML::Mark &mark)
    {
        if (int(mStack.size()) >= mLimits.maxDepth)
            throw LimitExceeded{mark, YamlText::tr("nested more than %1 levels deep; scenario "
                                                   "files need only a few levels")
                                          .arg(mLimits.maxDepth)};
        mStack.push_back(Frame{std::move(node), std::nullopt});
    }

    void pop()
    {
        Frame frame = std::move(mStack.back());
        mStack.pop_back();
        attach(std::move(frame.node));
    }

    void attach(YamlNode node)
    {
        if (mStack.empty()) {
            root = std::move(node);
            return;
        }
        Frame &parent = mStack.back();
        if (parent.node.kind == YamlNode::Kind::Sequence) {
            parent.node.items.push_back(std::move(node));
        } else if (!parent.pendingKey) {
            parent.pendingKey = std::move(node);
        } else {
            parent.node.entries.emplace_back(std::move(*parent.pendingKey), std::move(node));
            parent.pendingKey.reset();
        }
    }

    void checkAnchor(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            error(mark, YamlText::tr("YAML anchors (&name) are not allowed in scenario files"));
    }

    void error(const YAML::Mark &mark, const QString &message)
    {
        mDiagnostics.append(
            {Diagnostic::Severity::Error, mFile, mark.line + 1, mColumns.column(mark), message});
    }

    const YamlLimits mLimits;
    const QByteArray &mText;
    CharacterColumns &mColumns;
    const QString mFile;
    Diagnostics &mDiagnostics;
    std::vector<Frame> mStack;
    int mNodeCount = 0;
};

Diagnostic errorAt(const QString &file, int line, int column, const QString &message)
{
    // yaml-cpp reports -1 for "no position"; fall back to the start of the file.
    return {Diagnostic::Severity::Error, file, std::max(line, 0) + 1, std::max(column, 0) + 1,
            message};
}

Diagnostic errorAt(const QString &file, const YAML::Mark &mark, CharacterColumns &columns,
                   const QString &message)
{
    return errorAt(file, mark.line, columns.column(mark) - 1, message);
}

// yaml-cpp (0.7) silently ends a quoted scalar at the end of the file when the closing quote is
// missing and the file ends with a line break. Such a scalar swallows the rest of the file, so
// it is the last node: check that its closing quote is really there.
bool isUnterminatedQuote(const QByteArray &text, const YAML::Mark &mark)
{
    if (mark.pos < 0 || mark.pos >= text.size())
        return false;
    const char quote = text.at(mark.pos);
    if (quote != '"' && quote != '\'')
        return false;
    for (qsizetype i = mark.pos + 1; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quote == '"' && c == '\\')
            ++i; // an escaped character, maybe a quote
        else if (c == quote && quote == '\'' && i + 1 < text.size() && text.at(i + 1) == '\'')
            ++i; // '' is a quote inside single quotes
        else if (c == quote)
            return false;
    }
    return true;
}

} // namespace

QString YamlNode::kindName() const
{
    switch (kind) {
    case Kind::Null:
        return YamlText::tr("nothing");
    case Kind::Scalar:
        return YamlText::tr("a single value");
    case Kind::Sequence:
        return YamlText::tr("a list");
    case Kind::Map:
        return YamlText::tr("a map");
    }
    return {};
}

YamlNode parseYaml(const QByteArray &utf8, const QString &fileName, Diagnostics &diagnostics,
                   const YamlLimits &limits)
{
    // yaml-cpp skips a byte order mark without counting it; drop it here so that its byte
    // positions are positions in this text.
    QByteArray text = utf8.startsWith("\xEF\xBB\xBF") ? utf8.mid(3) : utf8;
    // A last line without a line break gives yaml-cpp's "illegal EOF in scalar", at the end of
    // the file, for a missing closing quote; with the break, isUnterminatedQuote() finds where
    // the quoted text starts.
    if (!text.isEmpty() && !text.endsWith('\n') && !text.endsWith('\r'))
        text.append('\n');
    std::istringstream stream(text.toStdString());
    Diagnostics found;
    CharacterColumns columns(text);
    TreeBuilder builder(limits, text, columns, fileName, found);
    try {
        YAML::Parser parser(stream);
        if (parser.HandleNextDocument(builder)) {
            if (builder.lastQuoted && isUnterminatedQuote(text, *builder.lastQuoted)) {
                found.append(errorAt(fileName, *builder.lastQuoted, columns,
                                     YamlText::tr("YAML syntax error: the quoted text starting "
                                                  "here is never closed; add the missing %1")
                                         .arg(QLatin1Char(text.at(builder.lastQuoted->pos)))));
            }
            TreeBuilder extra(limits, text, columns, fileName, found);
            if (parser.HandleNextDocument(extra) && extra.root) {
                found.append(errorAt(fileName, extra.documentStart, columns,
                                     YamlText::tr("a second YAML document (after \"---\"); a "
                                                  "scenario file holds exactly one")));
            }
        }
    } catch (const LimitExceeded &e) {
        found.append(errorAt(fileName, e.mark, columns, e.message));
        builder.root.reset();
    } catch (const YAML::DeepRecursion &e) {
        found.append(errorAt(fileName, e.mark, columns,
                             YamlText::tr("nested more than %1 levels deep; scenario files "
                                          "need only a few levels")
                                 .arg(limits.maxDepth)));
        builder.root.reset();
    } catch (const YAML::Exception &e) {
        found.append(
            errorAt(fileName, e.mark, columns,
                    YamlText::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg))));
        builder.root.reset();
    }
    diagnostics.append(found);
    if (hasErrors(found) || !builder.root)
        return {};
    return std::move(*builder.root);
}
