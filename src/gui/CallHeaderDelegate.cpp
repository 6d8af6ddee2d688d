#include "gui/CallHeaderDelegate.h"

#include "gui/AttributionText.h"
#include "payi/Attribution.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPainter>

namespace gui {

QWidget *CallHeaderDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() != NameColumn) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setObjectName(QStringLiteral("callHeaderValueEditor"));
            line->setPlaceholderText(placeholder(index));
        }
        return editor;
    }
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("callHeaderNameEditor"));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems(callHeaderNames());
    combo->setMaxVisibleItems(payi::FieldCount);
    // The list as wide as its longest name, however narrow the column.
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 2 * combo->view()->frameWidth());
    return combo;
}

void CallHeaderDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->setCurrentText(index.data(Qt::EditRole).toString());
    QStyledItemDelegate::setEditorData(editor, index);
}

void CallHeaderDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentText().trimmed(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void CallHeaderDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() != ValueColumn || !index.data().toString().isEmpty())
        return;
    painter->save();
    QFont italic = option.font;
    italic.setItalic(true);
    painter->setFont(italic);
    painter->setPen(option.palette.color((option.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                 : QPalette::PlaceholderText));
    const int margin = option.widget ? option.widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1 : 4;
    const QRect text = option.rect.adjusted(margin, 0, -margin, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(placeholder(index), Qt::ElideRight, text.width()));
    painter->restore();
}

QString CallHeaderDelegate::placeholder(const QModelIndex &index)
{
    const QString effect = emptyCallHeaderEffect(index.siblingAtColumn(NameColumn).data().toString());
    // The panel's words, in its translation context.
    return effect.isEmpty() ? QCoreApplication::translate("gui::DocumentsPanel", "empty")
                            : QCoreApplication::translate("gui::DocumentsPanel", "empty: %1").arg(effect);
}

} // namespace gui
