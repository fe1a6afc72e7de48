#pragma once

#include <QByteArray>
#include <QString>

// Anonymous device tokens for one session: "ID.SIGNATURE", ID being 128 random bits and
// SIGNATURE the first 192 bits of HMAC-SHA256(session key, ID), both base64url (55 characters).
// The key is kept with the session (made by participant/participantaccess.h, kept by the Store), so tokens stay valid when
// the server or the program restarts and mean nothing to any other session. Answers are
// recorded under ID alone: an export of the session holds no token anyone could use.
class DeviceTokens
{
public:
    static constexpr int MaxLength = 64;

    explicit DeviceTokens(const QByteArray &key = {}) : mKey(key) {}

    bool isValid() const { return !mKey.isEmpty(); }
    QString issue() const;
    // The device id of a token signed with this key, or an empty string for anything else.
    QString deviceId(const QString &token) const;

private:
    QByteArray signature(const QByteArray &id) const;

    QByteArray mKey;
};
