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

const Language &forLocale(const QLocale &locale)
{
    for (const QString &wanted : locale.uiLanguages()) {
        if (const Language *language = find(wanted))
            return *language;
        if (const Language *language = find(wanted.section(QLatin1Char('-'), 0, 0)))
            return *language;
    }
    return all().constFirst();
}

} // namespace Languages
