#pragma once

#include "scenario/scenario.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

// One language's texts: the program's own catalogue (upstander_<lang>.qm), the scenario texts
// translated by id (scenarios_<lang>.qm) and Qt's own (qtbase_<lang>.qm).
//
//   Catalogue::forLanguage("fr") ──cached──► Catalogue { ui, scenarios, qt, locale, direction }
//        ▲                                        │
//   the console (its language), the room          └─► translate(), scenarioText(), translated()
//   (RoomLanguage), each phone (its own choice)
//
// A language without a file, or a text without a translation, falls back to the English
// source, so a partly translated language is still usable.
class Catalogue
{
public:
    // The catalogue of `code` (a registry code: "en", "pt-BR"), loaded once and shared; an
    // unknown code gives English.
    static std::shared_ptr<const Catalogue> forLanguage(const QString &code);
    // Where the .qm files are: ":/i18n" (built into the program) unless a test says otherwise.
    // Catalogues loaded from another folder are forgotten.
    static void setFolder(const QString &folder);
    static QString folder();

    const QString &code() const { return mCode; }
    const QString &sourceFolder() const { return mFolder; } // where it was loaded from
    // How dates and numbers are written in this language: the default locale's ways when it is
    // the same language (a British trainer's English room keeps British dates), else the
    // language's own.
    QLocale locale() const;
    Qt::LayoutDirection direction() const { return mDirection; }
    bool isRightToLeft() const { return mDirection == Qt::RightToLeft; }

    // As QCoreApplication::translate, from this catalogue only; "%n" and "%Ln" are filled in.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;
    // A scenario text by its id (ScenarioText), or `source` when it has no finished translation.
    QString scenarioText(const QString &id, const QString &source) const;
    // A copy of `scenario` with every text in this language where a translation exists.
    Scenario translated(const Scenario &scenario) const;

    // The program's own catalogue, for code that takes a QTranslator (nullptr: English only).
    const QTranslator *ui() const { return mHasUi ? &mUi : nullptr; }
    // The loaded translators, for the console to install as the application's language.
    QList<QTranslator *> translators() const;

    explicit Catalogue(const QString &code, const QString &folder);

private:
    QString mCode;
    QString mFolder;
    QLocale mLocale;
    Qt::LayoutDirection mDirection = Qt::LeftToRight;
    // mutable: QCoreApplication::installTranslator takes a non-const pointer, though it only
    // ever reads them.
    mutable QTranslator mUi;
    mutable QTranslator mQt;
    mutable QTranslator mScenarios;
    bool mHasUi = false;
    bool mHasQt = false;
    bool mHasScenarios = false;
};
