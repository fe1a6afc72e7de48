#include "cli/translations.h"

#include "catalogue.h"
#include "languages.h"

#include <QCoreApplication>
#include <QLocale>

namespace Translations {

QString install(const QString &language)
{
    const QLocale asked = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The registry decides which of the locale's UI languages we speak ("de-AT" finds "de",
    // "pt-BR" stays "pt-BR"); English when none.
    const QString code = Languages::forLocale(asked).code;
    static std::shared_ptr<const Catalogue> installed;
    installed = Catalogue::forLanguage(code);
    for (QTranslator *translator : installed->translators())
        QCoreApplication::installTranslator(translator);
    // Dates and numbers as the asked locale writes them ("de-AT" keeps Austria's), in the
    // language we speak; English leaves the system's default alone.
    if (code != QLatin1String("en"))
        QLocale::setDefault(
            asked.language() == installed->locale().language() ? asked : installed->locale());
    return code;
}

} // namespace Translations
