#include "participant/httprequestparser.h"

#include "participant/allowedhosts.h"

#include <QRegularExpression>
#include <QUrl>

#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>

namespace http = boost::beast::http;

struct HttpRequestParser::Beast
{
    std::optional<http::request_parser<http::string_body>> parser;
};

namespace {

QByteArray toBytes(boost::beast::string_view view)
{
    return QByteArray(view.data(), qsizetype(view.size()));
}

// "HTTP/9.9" and the like: a well-formed request line of a version this server does not speak.
bool namesOtherVersion(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf("\r\n");
    static const QRegularExpression requestLine(
        QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+ [^ ]+ HTTP/[0-9]\\.[0-9]$"));
    return end > 0 && requestLine.match(QString::fromLatin1(bytes.left(end))).hasMatch();
}

} // namespace

HttpRequestParser::HttpRequestParser(const Limits &limits, const AllowedHosts *hosts)
    : mLimits(limits), mHosts(hosts), mBeast(std::make_unique<Beast>())
{
    reset();
}

HttpRequestParser::~HttpRequestParser() = default;

qint64 HttpRequestParser::maxRequestBytes(const Limits &limits)
{
    // A browser never sends a chunked request; chunks of a few hundred bytes each fit in this.
    return qint64(limits.maxHeaderBytes) + 2 * qint64(limits.maxBodyBytes) + 4096;
}

void HttpRequestParser::reset()
{
    auto &parser = mBeast->parser.emplace();
    parser.header_limit(std::uint32_t(mLimits.maxHeaderBytes));
    parser.body_limit(std::uint64_t(mLimits.maxBodyBytes));
    parser.eager(false); // stop after the head, so it is checked before any body is read
    mHead.clear();
    mHeadChecked = false;
    mStarted = false;
    mTaken = 0;
    mHeadFields = 0;
    mRefusal = {};
}

qsizetype HttpRequestParser::feed(const QByteArray &bytes, Result *result)
{
    auto &parser = *mBeast->parser;
    qsizetype used = 0;
    while (used < bytes.size()) {
        mStarted = true;
        boost::system::error_code ec;
        const std::size_t n = parser.put(
            boost::asio::buffer(bytes.constData() + used, size_t(bytes.size() - used)), ec);
        if (!mHeadChecked && parser.is_header_done())
            mHead = bytes.mid(used, qsizetype(n));
        used += qsizetype(n);
        mTaken += qint64(n);
        // What is taken, and while more is needed what waits to be taken (a chunk's size line,
        // a trailer): chunk extensions and trailers count towards neither of Beast's limits.
        const qint64 waiting = ec == http::error::need_more ? bytes.size() - used : 0;
        if (mTaken + waiting > maxRequestBytes(mLimits)) {
            refuse(413, QStringLiteral("too-large"),
                   QStringLiteral("A request can be at most %1 bytes with its framing.")
                       .arg(maxRequestBytes(mLimits)));
            *result = Result::Refused;
            return used;
        }
        if (ec == http::error::need_more)
            break;
        if (ec) {
            if (ec == http::error::header_limit) {
                refuse(431, QStringLiteral("too-large"),
                       QStringLiteral("A request header can be at most %1 bytes.")
                           .arg(mLimits.maxHeaderBytes));
            } else if (ec == http::error::body_limit) {
                refuse(413, QStringLiteral("too-large"),
                       QStringLiteral("A request body can be at most %1 bytes.")
                           .arg(mLimits.maxBodyBytes));
            } else if (ec == http::error::bad_version && namesOtherVersion(bytes.mid(used))) {
                refuse(505, QStringLiteral("unsupported-version"),
                       QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are spoken here."));
            } else if (ec == http::error::bad_content_length ||
                       ec == http::error::multiple_content_length) {
                refuse(400, QStringLiteral("malformed-request"),
                       QStringLiteral("The Content-Length header is not valid."));
            } else if (ec == http::error::bad_transfer_encoding) {
                refuse(400, QStringLiteral("malformed-request"),
                       QStringLiteral("Content-Length and Transfer-Encoding cannot be used "
                                      "together, and Transfer-Encoding only once."));
            } else if (ec == http::error::bad_field) {
                refuse(400, QStringLiteral("malformed-request"),
                       QStringLiteral("A header name is not valid (nothing may stand between "
                                      "a name and its colon)."));
            } else if (ec == http::error::bad_value || ec == http::error::bad_line_ending) {
                refuse(400, QStringLiteral("malformed-request"),
                       QStringLiteral("A header holds a control character, or a line does not "
                                      "end in CR LF."));
            } else {
                refuse(400, QStringLiteral("malformed-request"),
                       QStringLiteral("This is not a valid HTTP/1.1 request."));
            }
            *result = Result::Refused;
            return used;
        }
        if (!mHeadChecked && parser.is_header_done()) {
            if (!checkHead()) {
                *result = Result::Refused;
                return used;
            }
            mHeadChecked = true;
            mHeadFields = std::distance(parser.get().begin(), parser.get().end());
            parser.eager(true);
        }
        if (parser.is_done()) {
            if (std::distance(parser.get().begin(), parser.get().end()) != mHeadFields) {
                // Fields after a chunked body would escape every check of the head.
                refuse(400, QStringLiteral("malformed-request"),
                       QStringLiteral("Trailer fields are not accepted."));
                *result = Result::Refused;
                return used;
            }
            *result = Result::Complete;
            return used;
        }
    }
    *result = Result::NeedMore;
    return used;
}

bool HttpRequestParser::checkHead()
{
    const auto &message = mBeast->parser->get();
    if (message.version() != 10 && message.version() != 11) {
        refuse(505, QStringLiteral("unsupported-version"),
               QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are spoken here."));
        return false;
    }
    if (!message.target().starts_with('/')) {
        refuse(400, QStringLiteral("malformed-request"),
               QStringLiteral("The request target must be a path (\"/...\")."));
        return false;
    }
    // Obsolete line folding (RFC 9112 §5.2): refused rather than guessed at.
    if (mHead.contains("\r\n ") || mHead.contains("\r\n\t")) {
        refuse(400, QStringLiteral("malformed-request"),
               QStringLiteral("Folded header lines are not accepted."));
        return false;
    }
    int hosts = 0;
    int codings = 0;
    QByteArray host;
    QByteArray coding;
    for (const auto &field : message) {
        const auto name = field.name_string();
        if (boost::beast::iequals(name, "host")) {
            ++hosts;
            host = toBytes(field.value());
        } else if (boost::beast::iequals(name, "transfer-encoding")) {
            ++codings;
            coding = toBytes(field.value()).trimmed();
        } else if (boost::beast::iequals(name, "upgrade")) {
            refuse(400, QStringLiteral("malformed-request"),
                   QStringLiteral("This server does not switch protocols."));
            return false;
        }
    }
    if (hosts == 0) {
        refuse(400, QStringLiteral("missing-host"),
               QStringLiteral("A request must name the server in a Host header."));
        return false;
    }
    if (hosts > 1) {
        refuse(400, QStringLiteral("malformed-request"),
               QStringLiteral("A request must carry one Host header."));
        return false;
    }
    if (!mHosts || !mHosts->allows(host)) {
        refuse(421, QStringLiteral("wrong-host"),
               QStringLiteral("This server answers only to its own address."));
        return false;
    }
    if (codings > 0 && (codings > 1 || coding.compare("chunked", Qt::CaseInsensitive) != 0 ||
                        message.version() == 10)) {
        refuse(501, QStringLiteral("unsupported-transfer-coding"),
               QStringLiteral("The only transfer coding accepted is a single \"chunked\"."));
        return false;
    }
    return true;
}

HttpRequest HttpRequestParser::request() const
{
    const auto &message = mBeast->parser->get();
    HttpRequest r;
    const QByteArray method = toBytes(message.method_string());
    if (method == "GET")
        r.method = HttpRequest::Method::Get;
    else if (method == "HEAD")
        r.method = HttpRequest::Method::Head;
    else if (method == "POST")
        r.method = HttpRequest::Method::Post;
    const QByteArray target = toBytes(message.target());
    const qsizetype question = target.indexOf('?');
    r.path = QUrl::fromPercentEncoding(target.left(question < 0 ? target.size() : question));
    if (question >= 0)
        r.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    for (const auto &field : message)
        r.headers.append({toBytes(field.name_string()), toBytes(field.value())});
    r.body = QByteArray(message.body().data(), qsizetype(message.body().size()));
    r.closeAfter = !message.keep_alive();
    r.version = int(message.version());
    return r;
}

void HttpRequestParser::refuse(int status, const QString &key, const QString &message)
{
    mRefusal = HttpReply::error(status, key, message);
}
