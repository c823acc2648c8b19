#pragma once

#include "services/history_service.h"
#include "storage/change_log_repository.h"
#include "storage/database.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace cutru {

// One record's own history, for a form's "History" tab: newest first, one line per
// change (time, user, action, summary), the changed fields underneath. Shows
// entries as given: callers pass them already masked (MemberService::history()).
class RecordHistoryWidget : public QWidget {
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, ChangesColumn, ColumnCount };

    explicit RecordHistoryWidget(QWidget *parent = nullptr);

    // `entries` in any order (MemberService::history() gives oldest first). `db`, if
    // given, is read once for names (users, organisations); null shows ids instead.
    void setEntries(const QList<storage::ChangeLogEntry> &entries, const storage::Database *db = nullptr);
    // A sentence instead of the list (a refusal, a failure).
    void setMessage(const QString &message);
    void clear();

    int entryCount() const { return static_cast<int>(entries_.size()); }
    // Newest first, as listed.
    const HistoryEntry &entry(int i) const { return entries_.at(i); }
    QTreeWidget *list() const { return list_; }
    QLabel *messageLabel() const { return message_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<HistoryEntry> entries_;
    HistoryNames names_;
    QString message_text_;
    QLabel *message_ = nullptr;
    QTreeWidget *list_ = nullptr;
};

} // namespace cutru
