#pragma once

#include "participant/httpmessage.h"

#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>
#include <optional>
#include <variant>

// A refusal from the table in docs/participant-api.md: status, stable key, English message.
struct ApiError
{
    int status = 400;
    QString key;
    QString message;

    HttpReply reply() const { return HttpReply::error(status, key, message); }
};

// The checks every JSON request body goes through, in this order: Content-Type, UTF-8 (checked
// on the bytes: QJsonDocument would quietly replace bad sequences), a JSON object, no unknown
// field, no missing field, every field of its type.
namespace RequestBody {

struct Field
{
    QString name;
    QJsonValue::Type type;
};

std::variant<QJsonObject, ApiError> parse(const HttpRequest &request,
                                          std::initializer_list<Field> required,
                                          std::initializer_list<Field> optional = {});
// A JSON number that is a whole number in the range of ids; std::nullopt otherwise.
std::optional<qint64> integer(const QJsonValue &value);

} // namespace RequestBody
