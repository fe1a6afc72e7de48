#pragma once

#include "roomlanguage.h"

#include <QCoreApplication>
#include <QStringList>

class QPagedPaintDevice;

// The group's commitments as take-away cards: A4 pages of eight cards (two across, four down)
// with dashed cut lines between them, one commitment per card in type as large as its card
// allows. Nothing else is printed: no name, time, device or session, so a card taken home says
// only what its writer promised.
class CommitmentCards
{
    Q_DECLARE_TR_FUNCTIONS(CommitmentCards)
    UPSTANDER_ROOM_TR_FUNCTIONS(CommitmentCards) // its texts are for the room

public:
    static constexpr int Columns = 2;
    static constexpr int Rows = 4;
    static constexpr int PerPage = Columns * Rows;

    explicit CommitmentCards(const QStringList &texts) : mTexts(texts) {}

    int pageCount() const { return int((mTexts.size() + PerPage - 1) / PerPage); }
    // Draws every card on `device` (A4 expected), a new page every PerPage cards.
    bool paint(QPagedPaintDevice *device) const;
    // The PDF, written whole or not at all (false with *error).
    bool writePdf(const QString &path, QString *error) const;

private:
    QStringList mTexts;
};
