#pragma once

#include "roomlanguage.h"

#include "scenario/scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

// The printable role cards of one scenario: one card per role with its private brief; the
// observer's card carries the observer checklist. For the screen (html()) and for paper or PDF
// (paint(), writePdf()), one or two cards to a page, in large type.
class RoleCards
{
    Q_DECLARE_TR_FUNCTIONS(RoleCards)
    UPSTANDER_ROOM_TR_FUNCTIONS(RoleCards) // its texts are for the room

public:
    struct Card
    {
        QString title; // the role's name
        QString kind;  // "Role card" / "Observer card"
        QString brief;
        QStringList checklist;
    };

    explicit RoleCards(const Scenario &scenario);

    QString scenarioTitle() const { return mScenarioTitle; }

    // All cards as one HTML page for a dialog; colours come from the caller's palette.
    QString html(const QString &mutedColor) const;
    // Paints every card on a printer or PDF writer, cardsPerPage (1 or 2) to a page, black on
    // white whatever the screen's colours. Returns false when the device could not be painted.
    bool paint(QPagedPaintDevice *device, int cardsPerPage) const;
    // Writes the cards to a PDF file through QSaveFile: all or nothing.
    bool writePdf(const QString &path, int cardsPerPage, QString *error) const;

private:
    QString cardHtml(const Card &card, const QString &mutedColor) const;

    QString mScenarioTitle;
    QList<Card> mCards;
};
