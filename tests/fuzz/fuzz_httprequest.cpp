// Feeds arbitrary bytes to the phone server's request parser, in pieces split where the input
// says, as a connection delivers them. It must never crash, hang, leak or read past what it was
// given, and its results must hold together: it takes no more than it was given, a request it
// completes keeps its body within the limit, a refusal is one of the statuses the API lists.
#include "participant/allowedhosts.h"
#include "participant/httprequestparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static AllowedHosts hosts = [] {
        AllowedHosts h;
        h.setServer(QHostAddress::LocalHost, 8080);
        return h;
    }();
    const HttpRequestParser::Limits limits{512, 256};
    HttpRequestParser parser(limits, &hosts);
    // The first byte picks the size of the pieces; the rest is what the client sends.
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    QByteArray buffered;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        buffered += input.mid(at, piece);
        for (;;) {
            HttpRequestParser::Result result;
            const qsizetype used = parser.feed(buffered, &result);
            if (used < 0 || used > buffered.size())
                std::abort();
            buffered.remove(0, used);
            if (result == HttpRequestParser::Result::NeedMore)
                break;
            if (result == HttpRequestParser::Result::Refused) {
                const int status = parser.refusal().status;
                if (status != 400 && status != 413 && status != 421 && status != 431 &&
                    status != 501 && status != 505)
                    std::abort();
                return 0; // the connection closes
            }
            const HttpRequest request = parser.request();
            if (request.body.size() > limits.maxBodyBytes || !request.path.startsWith(u'/'))
                std::abort();
            parser.reset();
            if (buffered.isEmpty())
                break;
        }
        // A head never grows past its limit unrefused.
        if (buffered.size() > limits.maxHeaderBytes + limits.maxBodyBytes + 1024)
            std::abort();
    }
    return 0;
}
