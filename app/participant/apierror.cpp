#include "participant/apierror.h"

#include <QJsonDocument>
#include <QStringDecoder>

#include <cmath>

namespace RequestBody {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    default:
        return QStringLiteral("a value");
    }
}

} // namespace

std::variant<QJsonObject, ApiError> parse(const HttpRequest &request,
                                          std::initializer_list<Field> required,
                                          std::initializer_list<Field> optional)
{
    const QByteArray type = request.header(QByteArrayLiteral("content-type"));
    if (type.split(';').first().trimmed().toLower() != "application/json")
        return ApiError{415, QStringLiteral("not-json"),
                        QStringLiteral("Send the request body as application/json.")};
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(request.body); // decoding is what finds bad sequences
    if (utf8.hasError())
        return ApiError{400, QStringLiteral("bad-utf8"),
                        QStringLiteral("The request body is not valid UTF-8.")};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return ApiError{400, QStringLiteral("malformed-json"),
                        QStringLiteral("The request body is not a JSON object.")};
    const QJsonObject object = document.object();
    const auto find = [](std::initializer_list<Field> fields, const QString &name) {
        for (const Field &f : fields) {
            if (f.name == name)
                return &f;
        }
        return static_cast<const Field *>(nullptr);
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!find(required, it.key()) && !find(optional, it.key()))
            return ApiError{400, QStringLiteral("unknown-field"),
                            QStringLiteral("This request does not take the field \"%1\".")
                                .arg(it.key().left(40))};
    }
    for (const Field &f : required) {
        if (!object.contains(f.name))
            return ApiError{400, QStringLiteral("missing-field"),
                            QStringLiteral("The field \"%1\" is missing.").arg(f.name)};
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const Field *f = find(required, it.key());
        if (!f)
            f = find(optional, it.key());
        if (it.value().type() != f->type)
            return ApiError{
                400, QStringLiteral("wrong-type"),
                QStringLiteral("The field \"%1\" must be %2.").arg(f->name, typeName(f->type))};
    }
    return object;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // Ids are far below 2^53, where doubles stop holding every whole number.
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740991.0)
        return std::nullopt;
    return qint64(d);
}

} // namespace RequestBody
