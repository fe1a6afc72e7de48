#include "audience/stagechip.h"

StageChip::StageChip(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::NoTextInteraction);
}

void StageChip::setStage(const Stage &stage)
{
    setText(html(stage));
    setAccessibleName(roomTr("Stage: %1").arg(text(stage)));
}

QString StageChip::html(const Stage &stage)
{
    return QStringLiteral("<span style='background-color:%1; color:%1'>&#9632;&#9632;</span>"
                          "&nbsp;<b>%2</b>")
        .arg(stage.colorName(), text(stage).toHtmlEscaped());
}

QString StageChip::text(const Stage &stage)
{
    return roomTr("%1. %2").arg(stage.index + 1).arg(stage.label);
}
