#pragma once

#include <QStyledItemDelegate>

namespace gui {

// The documents panel's table of per-call headers: the names edit in a combo of the 13
// xProxy-* names that takes any other too; an empty value says what sending it empty does.
class CallHeaderDelegate : public QStyledItemDelegate
{
public:
    static constexpr int NameColumn = 0;
    static constexpr int ValueColumn = 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QString placeholder(const QModelIndex &index);
};

} // namespace gui
