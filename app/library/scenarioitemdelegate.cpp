#include "library/scenarioitemdelegate.h"

#include "a11y/contrast.h"
#include "a11y/readablepalette.h"
#include "library/scenariolistmodel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Padding = 8;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}
} // namespace

void ScenarioItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = index.data(ScenarioListModel::TitleRole).toString();
    const QString meta = index.data(ScenarioListModel::MetaRole).toString();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // The second line is quieter than the title but still readable (WCAG 1.4.3), selected or not.
    const QColor background =
        opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
    QColor quiet = text;
    quiet.setAlphaF(0.72f);
    const QColor muted = Contrast::readable(quiet, text, {background}, ReadablePalette::Target);

    const QRect r = opt.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QFont bold = titleFont(opt.font);
    const QFontMetrics boldMetrics(bold);
    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(r.left(), r.top(), r.width(), boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, r.width()));
    painter->setFont(opt.font);
    painter->setPen(muted);
    const QFontMetrics metrics(opt.font);
    painter->drawText(
        QRect(r.left(), r.top() + boldMetrics.height() + 2, r.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(meta, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize ScenarioItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index);
    const QFontMetrics boldMetrics(titleFont(option.font));
    const QFontMetrics metrics(option.font);
    return {200, boldMetrics.height() + metrics.height() + 2 + Padding};
}
