#include "app/record_history_widget.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cutru {

RecordHistoryWidget::RecordHistoryWidget(QWidget *parent) : QWidget(parent)
{
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("recordHistoryMessage"));
    message_->setWordWrap(true);
    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("recordHistoryList"));
    list_->setColumnCount(ColumnCount);
    list_->setRootIsDecorated(true);
    list_->setUniformRowHeights(true);
    list_->setAlternatingRowColors(true);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->header()->setStretchLastSection(true);
    list_->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(UserColumn, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(message_);
    layout->addWidget(list_, 1);
    rebuild();
}

void RecordHistoryWidget::setEntries(const QList<storage::ChangeLogEntry> &entries, const storage::Database *db)
{
    QList<storage::ChangeLogEntry> sorted = entries;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.id > b.id; });
    names_ = HistoryService::namesFor(db, sorted);
    entries_.clear();
    for (const auto &e : sorted)
        entries_.append(HistoryService::describe(e, names_));
    message_text_.clear();
    rebuild();
}

void RecordHistoryWidget::setMessage(const QString &message)
{
    entries_.clear();
    names_ = {};
    message_text_ = message;
    rebuild();
}

void RecordHistoryWidget::clear()
{
    setMessage({});
}

void RecordHistoryWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (HistoryEntry &h : entries_)
            h = HistoryService::describe(h.entry, names_);
        rebuild();
    }
    QWidget::changeEvent(event);
}

void RecordHistoryWidget::rebuild()
{
    list_->setHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Changes")});
    list_->clear();
    const QString arrow = QStringLiteral(" \u2192 ");
    for (const HistoryEntry &h : entries_) {
        auto *item = new QTreeWidgetItem(list_);
        item->setText(TimeColumn, h.time);
        item->setText(UserColumn, h.actor);
        item->setText(ActionColumn, h.action);
        item->setText(ChangesColumn, h.summary);
        item->setToolTip(ChangesColumn, h.summary);
        item->setData(TimeColumn, Qt::UserRole, h.entry.id);
        for (const FieldChange &c : h.changes) {
            auto *child = new QTreeWidgetItem(item);
            QString value;
            if (h.entry.action == QLatin1String("update"))
                value = (c.oldValue.isEmpty() ? tr("(empty)") : c.oldValue) + arrow
                        + (c.newValue.isEmpty() ? tr("(empty)") : c.newValue);
            else
                value = h.entry.action == QLatin1String("delete") ? c.oldValue : c.newValue;
            child->setText(ChangesColumn, tr("%1: %2").arg(c.label, value));
            child->setToolTip(ChangesColumn, value);
        }
    }
    if (!message_text_.isEmpty())
        message_->setText(message_text_);
    else if (entries_.isEmpty())
        message_->setText(tr("No changes are recorded for this record."));
    message_->setVisible(!message_text_.isEmpty() || entries_.isEmpty());
    list_->setVisible(message_text_.isEmpty() && !entries_.isEmpty());
}

} // namespace cutru
