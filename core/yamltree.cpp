#include "yamltree.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <QCoreApplication>

#include <optional>
#include <sstream>

namespace {

struct YamlText
{
    Q_DECLARE_TR_FUNCTIONS(Yaml)
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
    TreeBuilder(const YamlLimits &limits, const QString &fileName, Diagnostics &diagnostics)
        : mLimits(limits), mFile(fileName), mDiagnostics(diagnostics)
    {
    }

    std::optional<YamlNode> root;

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        checkAnchor(mark, anchor);
        attach(makeNode(YamlNode::Kind::Null, mark));
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        error(mark, YamlText::tr("YAML aliases (*name) are not allowed in scenario files; "
                                 "write the text out in full"));
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
        attach(std::move(node));
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        checkAnchor(mark, anchor);
        push(makeNode(YamlNode::Kind::Sequence, mark), mark);
    }

    void OnSequenceEnd() override { pop(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        checkAnchor(mark, anchor);
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
        node.column = mark.column + 1;
        return node;
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
            {Diagnostic::Severity::Error, mFile, mark.line + 1, mark.column + 1, message});
    }

    const YamlLimits mLimits;
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

Diagnostic errorAt(const QString &file, const YAML::Mark &mark, const QString &message)
{
    return errorAt(file, mark.line, mark.column, message);
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
    std::istringstream stream(utf8.toStdString());
    Diagnostics found;
    TreeBuilder builder(limits, fileName, found);
    try {
        YAML::Parser parser(stream);
        if (parser.HandleNextDocument(builder)) {
            TreeBuilder extra(limits, fileName, found);
            if (parser.HandleNextDocument(extra) && extra.root) {
                found.append(errorAt(fileName, extra.root->line - 1, extra.root->column - 1,
                                     YamlText::tr("a second YAML document (after \"---\"); a "
                                                  "scenario file holds exactly one")));
            }
        }
    } catch (const LimitExceeded &e) {
        found.append(errorAt(fileName, e.mark, e.message));
        builder.root.reset();
    } catch (const YAML::DeepRecursion &e) {
        found.append(errorAt(fileName, e.mark,
                             YamlText::tr("nested more than %1 levels deep; scenario files "
                                          "need only a few levels")
                                 .arg(limits.maxDepth)));
        builder.root.reset();
    } catch (const YAML::Exception &e) {
        found.append(
            errorAt(fileName, e.mark,
                    YamlText::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg))));
        builder.root.reset();
    }
    diagnostics.append(found);
    if (hasErrors(found) || !builder.root)
        return {};
    return std::move(*builder.root);
}
