#pragma once

#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/change_log_repository.h"
#include "storage/database.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace cutru {

// What the History view asks for. Dates are local calendar days, both inclusive.
struct HistoryFilter {
    QString actor;    // exact actor as logged; empty: every user
    QString table;    // table name ("members"); empty: every table
    qint64 rowId = 0; // record id; 0: every record
    QDate from;       // invalid: no lower bound
    QDate to;         // invalid: no upper bound

    bool operator==(const HistoryFilter &) const = default;
};

// Names that make log entries readable, read once per batch of entries: account
// full names by username, and the current names of organisations and members.
struct HistoryNames {
    QHash<QString, QString> accountFullNames;
    QHash<qint64, QString> organisations;
    QHash<qint64, QString> members;

    void merge(const HistoryNames &other);
};

// One field of a logged row, as shown: translated label, formatted values.
struct FieldChange {
    QString field;    // column name
    QString label;    // "Phone"; the column name when there is no label
    QString oldValue; // shown text; empty when there was none
    QString newValue;
};

// A log entry ready to show. Texts are in the current language.
struct HistoryEntry {
    storage::ChangeLogEntry entry; // masked as the acting user may see it
    QString time;                  // dd/MM/yyyy HH:mm:ss, local time
    QString actor;                 // "Nguyễn Văn An (an.nv)", "local administrator (root)", "system"
    QString table;                 // "Members"
    QString action;                // "Created", "Changed", "Deleted"
    QList<FieldChange> changes;    // changed fields (update), or the filled ones (insert / delete)
    QString summary;               // "Phone: •••••••456 → •••••••789; Cell: …"
};

// The whole change log for those who may read it (provincial board, auditor):
// filtered, paged newest first, with CCCD and phone numbers masked unless the
// user may see them for the whole database. Every read throws AccessDenied
// without Action::ReadHistory and storage::StorageError when the file fails.
//
// The static helpers turn entries into readable text and need no permission;
// the member form uses them for entries MemberService::history() already masked.
class HistoryService {
public:
    HistoryService(const storage::Database &db, ActingUser user);

    const ActingUser &user() const { return user_; }
    const storage::Database &database() const { return db_; }
    bool mayRead() const { return user_.may(Action::ReadHistory); }
    // Throws AccessDenied naming the roles needed.
    void requireRead() const;

    qint64 count(const HistoryFilter &filter) const;
    // Up to `limit` entries older than `beforeId` (0: the newest), newest first,
    // masked. The next page: beforeId = the last entry's id.
    QList<storage::ChangeLogEntry> page(const HistoryFilter &filter, qint64 beforeId, int limit) const;
    // The same, ready to show (names read for the page).
    QList<HistoryEntry> describedPage(const HistoryFilter &filter, qint64 beforeId, int limit) const;

    // Choices for the filters: (value, label), in label order; only what the log holds.
    QList<QPair<QString, QString>> actorChoices() const;
    QList<QPair<QString, QString>> tableChoices() const;

    // ---- Helpers shared with the member form (no permission check) ------------------
    // Local days → UTC bounds (the end exclusive: the start of the day after `to`).
    static storage::ChangeLogFilter storageFilter(const HistoryFilter &filter);
    // Replaces "cccd" / "phone" in the old and new values by their masked forms.
    static void mask(storage::ChangeLogEntry &entry, bool showCccd, bool showPhone);
    // The names the entries mention. `db` may be null: no names.
    static HistoryNames namesFor(const storage::Database *db, const QList<storage::ChangeLogEntry> &entries);
    static HistoryNames namesForActors(const storage::Database *db, const QStringList &actors);
    static HistoryEntry describe(const storage::ChangeLogEntry &entry, const HistoryNames &names);
    // namesFor() and describe() in one.
    static QList<HistoryEntry> describe(const storage::Database *db, const QList<storage::ChangeLogEntry> &entries);

    static QString actorLabel(const QString &actor, const HistoryNames &names = {});
    static QString tableLabel(const QString &table);
    static QString actionLabel(const QString &action);
    static QString fieldLabel(const QString &table, const QString &field);
    // A stored value as shown: dates dd/MM/yyyy, times local, codes by their labels,
    // organisations and members by name, yes/no, "" for null. `row` is the rest of the
    // logged row (an organisation's kind needs its level).
    static QString formatValue(const QString &table, const QString &field, const QJsonValue &value,
                               const QJsonObject &row, const HistoryNames &names);
    static QList<FieldChange> changes(const storage::ChangeLogEntry &entry, const HistoryNames &names);
    // "Label: old → new; …" for updates, "Label: value; …" for inserts and deletes.
    static QString summary(const QString &action, const QList<FieldChange> &changes);
    static QString formatTime(const QDateTime &utc);

private:
    const storage::Database &db_;
    ActingUser user_;
    bool showCccd_ = false;
    bool showPhone_ = false;
};

} // namespace cutru
