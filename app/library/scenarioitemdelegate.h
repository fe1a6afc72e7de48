#pragma once

#include <QStyledItemDelegate>

// Draws a scenario in the library list as two lines: the title in bold, then the theme and
// duration in a quieter colour, with room to breathe between items.
class ScenarioItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
