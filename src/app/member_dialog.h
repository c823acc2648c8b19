#pragma once

#include "domain/member.h"
#include "services/acting_user.h"
#include "services/organisation_tree.h"
#include "storage/database.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <memory>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace Ui {
class MemberDialog;
}

namespace cutru {

class RecordHistoryWidget;

// Views, creates and edits one member. Every field of cutru::Member; the rules are
// MemberService's: after an edit the touched fields are checked live, and on Save
// every message appears beside its field and the first invalid field takes the
// focus. Nothing is written unless the whole record is valid.
class MemberDialog : public QDialog {
    Q_OBJECT
public:
    // `memberId` 0 creates a member, held by default in `defaultCellId` when that
    // is a cell or workplace organisation. `db` is the GUI thread's connection.
    // Opens read-only when `user` may see but not change the member.
    MemberDialog(storage::Database &db, OrganisationTree tree, const ActingUser &user, qint64 memberId,
                 qint64 defaultCellId, QWidget *parent = nullptr);
    ~MemberDialog() override;

    // False when the member to edit could not be read; loadError() says why.
    bool isLoaded() const { return loaded_; }
    const QString &loadError() const { return loadError_; }
    qint64 memberId() const { return member_.id; }
    bool isReadOnly() const { return readOnly_; }
    // The tabs: the form, and the member's own change history.
    QTabWidget *tabs() const { return tabs_; }
    RecordHistoryWidget *historyWidget() const { return history_; }
    // The member's referrals as a timeline: issued, received, assigned, exempt, ended.
    QTreeWidget *referralTimeline() const { return timeline_; }
    // The member's attendance: every held meeting where they were expected, exempt or
    // marked, and their rate (docs/meetings.md). Read when the tab is shown.
    QWidget *attendanceTab() const { return attendanceTab_; }
    QLabel *attendanceSummary() const { return attendanceSummary_; }
    QTreeWidget *attendanceHistory() const { return attendance_; }

    // The member as the form currently describes it.
    Member memberFromForm() const;
    // The label that shows the messages for a FieldError::field key (nullptr if none).
    QLabel *errorLabel(const QString &field) const;
    // Saves through MemberService; true when saved (the dialog is then accepted).
    bool save();
    // Shows the stored member again, dropping the form's edits (after a stale save).
    void reload();

signals:
    void saved(qint64 memberId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FieldUi {
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };

    void retranslate();
    void fillChoices();
    void fillResidenceCells(qint64 communeId);
    void showMember(const Member &m);
    void touch(const QString &field);
    void runCheck();
    void showErrors(const FieldErrors &errors, bool all);
    void updateProbationary();

    std::unique_ptr<Ui::MemberDialog> ui_;
    void setReadOnly(const QString &reason);
    void loadHistory();
    void loadTimeline();
    void loadAttendance();

    storage::Database &db_;
    OrganisationTree tree_;
    ActingUser user_;
    bool readOnly_ = false;
    QLabel *readOnlyNote_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    RecordHistoryWidget *history_ = nullptr;
    QTreeWidget *timeline_ = nullptr;
    QWidget *attendanceTab_ = nullptr;
    QLabel *attendanceSummary_ = nullptr;
    QTreeWidget *attendance_ = nullptr;
    Member member_;
    bool loaded_ = true;
    QString loadError_;
    QHash<QString, FieldUi> fields_;
    QStringList fieldOrder_;    // form order, for focusing the first invalid field
    QSet<QString> touched_;
    bool attempted_ = false;    // after the first Save every message shows
    bool filling_ = false;      // programmatic changes are not user edits
    QTimer checkTimer_;
    QLabel *otherErrors_ = nullptr;
};

} // namespace cutru
