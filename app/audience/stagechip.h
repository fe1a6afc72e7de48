#pragma once

#include "roomlanguage.h"

#include "spectrum.h"

#include <QLabel>

// A stage as the console shows it: a colour square for a quick glance, and always the stage's
// number and label beside it, so colour is never the only signal.
class StageChip : public QLabel
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(StageChip) // its texts are for the room

public:
    explicit StageChip(QWidget *parent = nullptr);

    void setStage(const Stage &stage);

    // The same chip as rich text, for labels and documents.
    static QString html(const Stage &stage);
    static QString text(const Stage &stage); // "4. Active ally"
};
