#include "catalogue.h"

#include "languages.h"
#include "scenario/scenariotext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>

namespace {

QString &catalogueFolder()
{
    static QString folder = QStringLiteral(":/i18n");
    return folder;
}

QHash<QString, std::shared_ptr<const Catalogue>> &cache()
{
    static QHash<QString, std::shared_ptr<const Catalogue>> catalogues;
    return catalogues;
}

// "pt-BR" → "pt_BR", as the files and QLocale name it.
QString fileSuffix(const QString &code)
{
    QString suffix = code;
    return suffix.replace(QLatin1Char('-'), QLatin1Char('_'));
}

// What QCoreApplication::translate does after the lookup: "%n" becomes the number, "%Ln" the
// number as the language writes it.
QString fillCount(QString text, int n, const QLocale &locale)
{
    if (n < 0)
        return text;
    text.replace(QStringLiteral("%Ln"), locale.toString(n));
    return text.replace(QStringLiteral("%n"), QString::number(n));
}

} // namespace

std::shared_ptr<const Catalogue> Catalogue::forLanguage(const QString &code)
{
    const Languages::Language *language = Languages::find(code);
    const QString known = language ? language->code : Languages::all().constFirst().code;
    auto &catalogues = cache();
    auto found = catalogues.constFind(known);
    if (found != catalogues.constEnd())
        return found.value();
    auto catalogue = std::make_shared<const Catalogue>(known, catalogueFolder());
    catalogues.insert(known, catalogue);
    return catalogue;
}

void Catalogue::setFolder(const QString &folder)
{
    if (folder == catalogueFolder())
        return;
    catalogueFolder() = folder;
    cache().clear();
}

QString Catalogue::folder()
{
    return catalogueFolder();
}

Catalogue::Catalogue(const QString &code, const QString &folder)
    : mCode(code), mFolder(folder), mLocale(fileSuffix(code))
{
    const Languages::Language *language = Languages::find(code);
    if (language)
        mLocale = language->locale();
    mDirection = language && language->rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    const QString suffix = fileSuffix(code);
    mHasUi = mUi.load(QStringLiteral("upstander_") + suffix, folder);
    mHasScenarios = mScenarios.load(QStringLiteral("scenarios_") + suffix, folder);
    mHasQt =
        code != QLatin1String("en") && mQt.load(QStringLiteral("qtbase_") + suffix,
                                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

QLocale Catalogue::locale() const
{
    const QLocale preferred;
    return preferred.language() == mLocale.language() ? preferred : mLocale;
}

QString Catalogue::translate(const char *context, const char *source, const char *disambiguation,
                             int n) const
{
    QString text;
    if (mHasUi)
        text = mUi.translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    return fillCount(text, n, locale());
}

QString Catalogue::scenarioText(const QString &id, const QString &source) const
{
    if (!mHasScenarios)
        return source;
    const QByteArray key = id.toUtf8();
    const QString text = mScenarios.translate(nullptr, key.constData());
    return text.isEmpty() ? source : text;
}

Scenario Catalogue::translated(const Scenario &scenario) const
{
    if (!mHasScenarios)
        return scenario;
    return ScenarioText::translated(scenario, [this](const QString &id, const QString &source) {
        return scenarioText(id, source);
    });
}

QList<QTranslator *> Catalogue::translators() const
{
    QList<QTranslator *> result;
    if (mHasUi)
        result.append(&mUi);
    if (mHasQt)
        result.append(&mQt);
    if (mHasScenarios)
        result.append(&mScenarios);
    return result;
}
