#include "participant/devicetokens.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

constexpr int IdBytes = 16;
constexpr int SignatureBytes = 24;
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Compares without stopping at the first difference, so timing says nothing about how much of
// a forged signature was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

QString DeviceTokens::issue() const
{
    quint32 words[IdBytes / 4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray id =
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toBase64(Base64Url);
    return QString::fromLatin1(id + '.' + signature(id).toBase64(Base64Url));
}

QString DeviceTokens::deviceId(const QString &token) const
{
    if (!isValid() || token.size() > MaxLength)
        return {};
    const QByteArray bytes = token.toLatin1();
    const qsizetype dot = bytes.indexOf('.');
    if (dot <= 0)
        return {};
    const QByteArray id = bytes.left(dot);
    const auto decodedId = QByteArray::fromBase64Encoding(
        id, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const auto decodedSignature = QByteArray::fromBase64Encoding(
        bytes.mid(dot + 1),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decodedId || decodedId.decoded.size() != IdBytes || !decodedSignature ||
        !sameBytes(decodedSignature.decoded, signature(id)))
        return {};
    // Only the canonical spelling of a token counts (no padding, no "+/" alphabet, no extra
    // characters a decoder would ignore), so one device cannot pose as several and join hands
    // back exactly the token it issued.
    if (decodedId.decoded.toBase64(Base64Url) != id ||
        !sameBytes(decodedSignature.decoded.toBase64(Base64Url), bytes.mid(dot + 1)))
        return {};
    return QString::fromLatin1(id);
}

QByteArray DeviceTokens::signature(const QByteArray &id) const
{
    return QMessageAuthenticationCode::hash(id, mKey, QCryptographicHash::Sha256)
        .left(SignatureBytes);
}
