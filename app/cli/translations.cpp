#include "cli/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QString install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = QCoreApplication::instance();
    auto *ours = new QTranslator(app);
    // Looks for ":/i18n/upstander_<lang>.qm", trying each of the locale's UI languages.
    if (ours->load(locale, QStringLiteral("upstander"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        // Scenario texts, translated by id (docs/translations.md); optional per language.
        auto *scenarios = new QTranslator(app);
        if (scenarios->load(locale, QStringLiteral("scenarios"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(scenarios);
        else
            delete scenarios;
        QLocale::setDefault(locale);
        return ours->language().section(QLatin1Char('_'), 0, 0);
    }
    // English is the source language; its file only carries the plural forms ("1 file").
    if (ours->load(QStringLiteral(":/i18n/upstander_en.qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    return QStringLiteral("en");
}

} // namespace Translations
