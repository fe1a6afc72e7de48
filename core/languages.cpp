#include "languages.h"

#include <QCoreApplication>

namespace {
// Qt turns the whole application right-to-left when the loaded catalogue translates this to
// "RTL" (QGuiApplication::layoutDirection); it is here so that every catalogue carries it.
//: Translate as "RTL" in a right-to-left language (Arabic), as "LTR" in every other language.
[[maybe_unused]] const char *const layoutDirection =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");
} // namespace

namespace Languages {

const QList<Language> &all()
{
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English"), false},
        {QStringLiteral("de"), QStringLiteral("Deutsch"), false},
        {QStringLiteral("fr"), QStringLiteral("Français"), false},
        {QStringLiteral("es"), QStringLiteral("Español"), false},
        {QStringLiteral("nl"), QStringLiteral("Nederlands"), false},
        {QStringLiteral("pt-BR"), QStringLiteral("Português (Brasil)"), false},
        // Western digits, as the Arabic texts write their numbers and as much of the Gulf and
        // the Maghreb does at work: QLocale("ar") means Egypt and Eastern Arabic digits, which
        // would sit next to the Western ones in the same sentence.
        {QStringLiteral("ar"), QStringLiteral("العربية"), true, QStringLiteral("ar_AE")},
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

bool Languages::Language::joinsLetters() const
{
    switch (QLocale(code).script()) {
    case QLocale::ArabicScript:
    case QLocale::SyriacScript:
    case QLocale::MongolianScript:
    case QLocale::NkoScript:
    case QLocale::AdlamScript:
        return true;
    default:
        return false;
    }
}

QLocale Languages::Language::locale() const
{
    return QLocale(localeName.isEmpty() ? QString(code).replace(QLatin1Char('-'), QLatin1Char('_'))
                                        : localeName);
}

QString Languages::Language::emphasised(const QString &html) const
{
    if (joinsLetters())
        return html;
    return QStringLiteral("<i>") + html + QStringLiteral("</i>");
}
