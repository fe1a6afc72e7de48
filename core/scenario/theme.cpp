#include "scenario/theme.h"

namespace {
struct ThemeText
{
    const char *key;
    const char *label;
};

const ThemeText themes[] = {
    {"amplifying-voices", QT_TRANSLATE_NOOP("Theme", "Amplifying voices")},
    {"credit", QT_TRANSLATE_NOOP("Theme", "Giving credit")},
    {"microaggressions", QT_TRANSLATE_NOOP("Theme", "Microaggressions")},
    {"names-and-language", QT_TRANSLATE_NOOP("Theme", "Names and inclusive language")},
    {"hiring", QT_TRANSLATE_NOOP("Theme", "Hiring")},
    {"opportunity", QT_TRANSLATE_NOOP("Theme", "Opening opportunities")},
    {"resource-groups", QT_TRANSLATE_NOOP("Theme", "Resource groups")},
    {"performative-gestures", QT_TRANSLATE_NOOP("Theme", "Performative gestures")},
    {"challenging-process", QT_TRANSLATE_NOOP("Theme", "Challenging the process")},
    {"listening", QT_TRANSLATE_NOOP("Theme", "Listening first")},
    {"accountability", QT_TRANSLATE_NOOP("Theme", "Owning mistakes")},
    {"using-access", QT_TRANSLATE_NOOP("Theme", "Using access")},
};
} // namespace

QStringList Theme::keys()
{
    QStringList result;
    for (const ThemeText &t : themes)
        result.append(QLatin1String(t.key));
    return result;
}

bool Theme::isKey(const QString &key)
{
    return keys().contains(key);
}

QString Theme::label(const QString &key)
{
    for (const ThemeText &t : themes) {
        if (key == QLatin1String(t.key))
            return QCoreApplication::translate("Theme", t.label);
    }
    return key;
}
