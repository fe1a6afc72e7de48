#include "languages.h"

namespace Languages {

const QList<Language> &all()
{
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English"), false},
        {QStringLiteral("de"), QStringLiteral("Deutsch"), false},
    };
    return languages;
}

const Language *find(const QString &code)
{
    for (const Language &language : all()) {
        if (language.code == code)
            return &language;
    }
    return nullptr;
}

} // namespace Languages
