#include "languages.h"

#include <QFileInfo>
#include <QSet>
#include <QTest>

// The one registry of languages against the files each language needs: the console's
// catalogue and the phone page's texts. Adding a language to the registry without them, or
// files without the registry, fails here.
class tst_Languages : public QObject
{
    Q_OBJECT

private slots:
    void englishFirstAndCodesUnique();
    void everyLanguageHasItsFiles_data();
    void everyLanguageHasItsFiles();
};

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
    // English is the source language: its catalogue holds only the plural forms.
    QVERIFY2(QFileInfo::exists(root + QStringLiteral("/translations/upstander_%1.ts").arg(code)),
             qPrintable(code));
    QVERIFY2(
        QFileInfo::exists(root + QStringLiteral("/resources/participant/i18n/%1.json").arg(code)),
        qPrintable(code));
}

QTEST_GUILESS_MAIN(tst_Languages)
#include "tst_languages.moc"
