#pragma once

#include "participant/httpmessage.h"

#include <QByteArray>

#include <memory>
#include <optional>

class AllowedHosts;

// Reads one HTTP/1.1 request at a time from a connection's bytes, strictly (RFC 9112): the
// message syntax is Boost.Beast's parser, and on top of it what a server that is reached by
// phones on a shared network must refuse as well:
//
//   bytes ──feed()──> Beast's request parser ──header──> checks below ──body──> HttpRequest
//                     (syntax, Content-Length,            (version, Host,       (decoded body at
//                      chunked, sizes, CR/LF/NUL)          codings, folding)     most maxBodyBytes)
//
// - only HTTP/1.0 and HTTP/1.1 (505), a request target in origin form ("/path?query");
// - exactly one Host, one of the server's own (AllowedHosts): a page from elsewhere that
//   rebinds its name to this laptop is refused (421);
// - Transfer-Encoding only as the single coding "chunked" (501), never with Content-Length;
//   a Content-Length that is not plain digits, whitespace before a colon, a bare CR or LF, NUL
//   or other control characters, folded header lines, an Upgrade: 400;
// - a head over maxHeaderBytes (431) or a body over maxBodyBytes however it is framed (413); and,
//   since chunk extensions and trailers count towards neither, a request (head, framing and all)
//   over maxRequestBytes() in all (413); trailers are refused (400).
// A refusal always closes the connection: after a framing error nothing that follows can be
// trusted to be a request of its own.
class HttpRequestParser
{
public:
    struct Limits
    {
        int maxHeaderBytes = 8192;
        int maxBodyBytes = 8192;
    };
    enum class Result { NeedMore, Complete, Refused };

    HttpRequestParser(const Limits &limits, const AllowedHosts *hosts);
    // The most a request may take on the wire: its head, its body, and room for chunked framing.
    static qint64 maxRequestBytes(const Limits &limits);
    ~HttpRequestParser();

    // Parses as much of `bytes` as belongs to the current request and returns how many bytes
    // it took; the rest belongs to the next request (pipelining). Call again with more bytes
    // after NeedMore; after Complete take request(), after Refused take refusal().
    qsizetype feed(const QByteArray &bytes, Result *result);
    // Whether part of a request has been read (a connection holding one must not be evicted).
    bool hasStarted() const { return mStarted; }
    HttpRequest request() const;
    HttpReply refusal() const { return mRefusal; }
    // Begins the next request on the same connection.
    void reset();

private:
    struct Beast;

    bool checkHead();
    void refuse(int status, const QString &key, const QString &message);

    Limits mLimits;
    const AllowedHosts *mHosts;
    std::unique_ptr<Beast> mBeast;
    QByteArray mHead; // the raw head as far as it has arrived (for checks Beast does not make)
    bool mHeadChecked = false;
    bool mStarted = false;
    qint64 mTaken = 0;         // bytes of this request taken so far
    qsizetype mHeadFields = 0; // fields of the head (more at the end: trailers)
    HttpReply mRefusal;
};
