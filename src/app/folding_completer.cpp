#include "app/folding_completer.h"

#include "domain/vietnamese_text.h"

#include <QAbstractItemView>
#include <QLineEdit>

namespace cutru {

FoldingCompleter::FoldingCompleter(QAbstractItemModel *model, QObject *parent) : QCompleter(model, parent)
{
    setCompletionRole(FoldedRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(15);
}

QStringList FoldingCompleter::splitPath(const QString &path) const
{
    return {text::fold(path)};
}

QString FoldingCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

void makeSearchable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new FoldingCompleter(combo->model(), combo);
    combo->setCompleter(completer);
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        // Free text is never a choice: show the chosen item again.
        const int i = combo->currentIndex();
        if (i >= 0 && combo->lineEdit()->text() != combo->itemText(i))
            combo->lineEdit()->setText(combo->itemText(i));
    });
}

void addFoldedItem(QComboBox *combo, const QString &text, const QVariant &userData, const QString &extraSearchText)
{
    combo->addItem(text, userData);
    const QString folded = text::fold(extraSearchText.isEmpty() ? text : text + QLatin1Char(' ') + extraSearchText);
    combo->setItemData(combo->count() - 1, folded, FoldingCompleter::FoldedRole);
}

} // namespace cutru
