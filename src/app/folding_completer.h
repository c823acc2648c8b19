#pragma once

#include <QComboBox>
#include <QCompleter>

class QStandardItemModel;

namespace cutru {

// A completer that ignores case and diacritics ("thai giang" finds "Thái Giang",
// "d" finds "Đ") and matches anywhere in the text. It completes against
// FoldedRole (the folded display text) and shows the display text.
class FoldingCompleter : public QCompleter {
    Q_OBJECT
public:
    static constexpr int FoldedRole = Qt::UserRole + 100;

    explicit FoldingCompleter(QAbstractItemModel *model, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

// Makes `combo` editable and searchable with a FoldingCompleter over its model. Items
// need FoldedRole set (see addFoldedItem). Text that matches no item is put back to
// the current item's text when editing ends.
void makeSearchable(QComboBox *combo);
// Adds an item with its folded search text.
void addFoldedItem(QComboBox *combo, const QString &text, const QVariant &userData,
                   const QString &extraSearchText = {});

} // namespace cutru
