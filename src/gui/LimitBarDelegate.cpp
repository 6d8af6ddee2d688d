#include "gui/LimitBarDelegate.h"

#include <QApplication>
#include <QPainter>

namespace gui {

void LimitBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const double fraction = std::clamp(index.data(FractionRole).toDouble(), 0.0, 1.0);
    const double threshold = std::clamp(index.data(ThresholdRole).toDouble(), 0.0, 1.0);
    const QColor color = index.data(ColorRole).value<QColor>();
    const QRect track = option.rect.adjusted(4, option.rect.height() / 4, -4, -option.rect.height() / 4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid));
    painter->drawRoundedRect(track, 3, 3);
    QRect filled = track;
    filled.setWidth(int(track.width() * fraction));
    painter->setBrush(color);
    painter->drawRoundedRect(filled, 3, 3);
    const int x = track.left() + int(track.width() * threshold);
    painter->setPen(QPen(option.palette.color(QPalette::Text), 2));
    painter->drawLine(x, option.rect.top() + 2, x, option.rect.bottom() - 2);
    painter->restore();
}

QSize LimitBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 160));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace gui
