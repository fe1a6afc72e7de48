#include "catalogue.h"
#include "languages.h"
#include "roomlanguage.h"
#include "spectrum.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The one registry of languages against the files each language needs (the console's
// catalogue, the scenario texts, the phone page's texts), and the catalogues built from them:
// each language's own, the room's, and the fall back to English. Adding a language to the
// registry without its files, or files without the registry, fails here.
class tst_Languages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void englishFirstAndCodesUnique();
    void everyLanguageHasItsFiles_data();
    void everyLanguageHasItsFiles();
    void noFilesOutsideTheRegistry();
    void catalogueDirectionMatchesRegistry_data();
    void catalogueDirectionMatchesRegistry();
    void catalogueFallsBackToEnglish();
    void numbersInTheDigitsOfTheTexts();
    void noItalicsInAScriptWithout();
    void roomLanguageIsScopedAndSharedBySpectrum();

private:
    static QString fileSuffix(const QString &code) { return QString(code).replace(u'-', u'_'); }
};

void tst_Languages::initTestCase()
{
    // The .qm files as the build makes them (the program has them under ":/i18n").
    Catalogue::setFolder(QStringLiteral(UPSTANDER_BINARY_DIR "/app"));
}

void tst_Languages::englishFirstAndCodesUnique()
{
    QVERIFY(!Languages::all().isEmpty());
    QCOMPARE(Languages::all().first().code, QStringLiteral("en"));
    QSet<QString> codes;
    for (const Languages::Language &language : Languages::all()) {
        QVERIFY(!language.nativeName.isEmpty());
        codes.insert(language.code);
        QCOMPARE(Languages::find(language.code), &language);
    }
    QCOMPARE(codes.size(), Languages::all().size());
    QVERIFY(!Languages::find(QStringLiteral("xx")));
    QCOMPARE(Languages::forLocale(QLocale(QStringLiteral("pt_BR"))).code, QStringLiteral("pt-BR"));
    QCOMPARE(Languages::forLocale(QLocale(QStringLiteral("fr_CA"))).code, QStringLiteral("fr"));
    QCOMPARE(Languages::forLocale(QLocale(QStringLiteral("ja_JP"))).code, QStringLiteral("en"));
}

void tst_Languages::everyLanguageHasItsFiles_data()
{
    QTest::addColumn<QString>("code");
    for (const Languages::Language &language : Languages::all())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void tst_Languages::everyLanguageHasItsFiles()
{
    QFETCH(QString, code);
    const QString root = QStringLiteral(UPSTANDER_SOURCE_DIR);
    const QString suffix = fileSuffix(code);
    // English is the source language: its catalogue holds only the plural forms, and the
    // scenarios are written in it.
    QVERIFY2(QFileInfo::exists(root + QStringLiteral("/translations/upstander_%1.ts").arg(suffix)),
             qPrintable(code));
    if (code != QLatin1String("en")) {
        QVERIFY2(
            QFileInfo::exists(root + QStringLiteral("/translations/scenarios_%1.ts").arg(suffix)),
            qPrintable(code));
    }
    QVERIFY2(
        QFileInfo::exists(root + QStringLiteral("/resources/participant/i18n/%1.json").arg(code)),
        qPrintable(code));
}

void tst_Languages::noFilesOutsideTheRegistry()
{
    const QString root = QStringLiteral(UPSTANDER_SOURCE_DIR);
    QSet<QString> suffixes;
    QSet<QString> codes;
    for (const Languages::Language &language : Languages::all()) {
        suffixes.insert(fileSuffix(language.code));
        codes.insert(language.code);
    }
    static const QRegularExpression catalogue(
        QStringLiteral("^(?:upstander|scenarios)_([A-Za-z_]+)\\.ts$"));
    for (const QString &name :
         QDir(root + QStringLiteral("/translations")).entryList(QDir::Files)) {
        const QRegularExpressionMatch m = catalogue.match(name);
        QVERIFY2(m.hasMatch(), qPrintable(name));
        QVERIFY2(suffixes.contains(m.captured(1)),
                 qPrintable(name + QStringLiteral(" is not in the registry")));
    }
    const QDir phone(root + QStringLiteral("/resources/participant/i18n"));
    for (const QString &name : phone.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QVERIFY2(codes.contains(QFileInfo(name).completeBaseName()),
                 qPrintable(name + QStringLiteral(" is not in the registry")));
    }
}

void tst_Languages::catalogueDirectionMatchesRegistry_data()
{
    everyLanguageHasItsFiles_data();
}

// Qt mirrors the console when the catalogue says "RTL"; the registry tells the phone page and
// the painted widgets. The two must agree.
void tst_Languages::catalogueDirectionMatchesRegistry()
{
    QFETCH(QString, code);
    const std::shared_ptr<const Catalogue> catalogue = Catalogue::forLanguage(code);
    QCOMPARE(catalogue->code(), code);
    const QString direction = catalogue->translate("QGuiApplication", "QT_LAYOUT_DIRECTION");
    if (code == QLatin1String("en"))
        QCOMPARE(direction, QStringLiteral("QT_LAYOUT_DIRECTION")); // the source: left to right
    else
        QCOMPARE(direction,
                 catalogue->isRightToLeft() ? QStringLiteral("RTL") : QStringLiteral("LTR"));
    QCOMPARE(catalogue->isRightToLeft(), Languages::find(code)->rightToLeft);
}

void tst_Languages::numbersInTheDigitsOfTheTexts()
{
    // Every catalogue writes its numbers in Western digits ("3", not "٣"); the numbers the
    // program fills in (counts on the charts, dates in the report) must not mix in others.
    for (const Languages::Language &language : Languages::all()) {
        const QLocale locale = language.locale();
        QCOMPARE(locale.language(), QLocale(language.code).language());
        QVERIFY2(locale.zeroDigit() == QLatin1String("0"), qPrintable(language.code));
        QCOMPARE(Catalogue::forLanguage(language.code)->locale().zeroDigit(), QStringLiteral("0"));
    }
}

void tst_Languages::noItalicsInAScriptWithout()
{
    // Fonts have no slanted Arabic: an aside stays upright there, slanted elsewhere.
    for (const Languages::Language &language : Languages::all()) {
        const QString aside = language.emphasised(QStringLiteral("(observer role)"));
        QVERIFY(aside.contains(QLatin1String("(observer role)")));
        QCOMPARE(aside.contains(QLatin1String("<i>")), !language.joinsLetters());
    }
    QVERIFY(Languages::find(QStringLiteral("ar"))->joinsLetters());
    QVERIFY(!Languages::find(QStringLiteral("pt-BR"))->joinsLetters());
}

void tst_Languages::catalogueFallsBackToEnglish()
{
    const std::shared_ptr<const Catalogue> unknown = Catalogue::forLanguage(QStringLiteral("xx"));
    QCOMPARE(unknown->code(), QStringLiteral("en"));
    QCOMPARE(unknown->translate("Nowhere", "Not a known text"), QStringLiteral("Not a known text"));
    // %n is filled in whether or not a translation exists.
    QCOMPARE(unknown->translate("Nowhere", "%n thing(s)", nullptr, 3),
             QStringLiteral("3 thing(s)"));
    QCOMPARE(unknown->scenarioText(QStringLiteral("no.such.id"), QStringLiteral("Source")),
             QStringLiteral("Source"));
    // The same catalogue is shared, not loaded twice.
    QCOMPARE(Catalogue::forLanguage(QStringLiteral("de")).get(),
             Catalogue::forLanguage(QStringLiteral("de")).get());
}

void tst_Languages::roomLanguageIsScopedAndSharedBySpectrum()
{
    RoomLanguage::set(QStringLiteral("en"));
    const QString english = Spectrum::standard().at(0).label;
    QCOMPARE(english, QStringLiteral("Bystander"));
    {
        RoomLanguage::Scope german(QStringLiteral("de"));
        QCOMPARE(RoomLanguage::current().code(), QStringLiteral("de"));
        const QString label = Spectrum::standard().at(0).label;
        QVERIFY2(label != english, qPrintable(label));
        QCOMPARE(label, RoomLanguage::translate("Spectrum", "Bystander"));
    }
    QCOMPARE(RoomLanguage::current().code(), QStringLiteral("en"));
    QCOMPARE(Spectrum::standard().at(0).label, english);
}

QTEST_GUILESS_MAIN(tst_Languages)
#include "tst_languages.moc"
