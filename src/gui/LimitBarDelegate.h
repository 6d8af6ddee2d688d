#pragma once

#include <QStyledItemDelegate>

namespace gui {

// Paints a limit's spending as a bar against its max, with the threshold marked and the
// bar coloured by the limit's state.
class LimitBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        FractionRole = Qt::UserRole + 10, // double: spent / max (display only; the money stays exact)
        ThresholdRole,                    // double: threshold / max
        ColorRole,                        // QColor of the state
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace gui
