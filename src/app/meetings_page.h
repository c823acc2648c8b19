#pragma once

#include "app/meeting_dialog.h"
#include "services/acting_user.h"
#include "services/meeting_service.h"
#include "services/organisation_tree.h"
#include "services/outcome.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace cutru {

class AbsenceAlertsWidget;
class AttendanceImportDialog;
class AttendanceSheetWidget;
class MeetingListModel;

// The Meetings section: a residence cell's meetings and their attendance.
// - The cell: the village and residential-group cells the user may read under the
//   scope chosen in the organisation tree (a cell secretary has one, preselected; a
//   commune office its commune's; the board a searchable list, or the tree's cell).
// - The cell's meetings of a year (date, kind, held or planned, expected, present,
//   rate) and, beside them, the meetings past due: planned, dated before today and
//   still not recorded, for the whole scope.
// - New meeting…, Edit…, Delete (refused once attendance is recorded), Plan the
//   year… (MeetingService::planYear over a commune, district or the province),
//   Take attendance (the keyboard sheet, in place of the list; read-only for the
//   board and the auditor; not before the meeting's date), Print sign-in sheet… and
//   Print attendance record… (PDF on a worker thread, cancellable), Rules… (the
//   board).
// Dialogs open with open() (never a blocking exec()) and call the entry points
// below, which tests may also call directly.
class MeetingsPage : public QWidget {
    Q_OBJECT
public:
    explicit MeetingsPage(QWidget *parent = nullptr);
    ~MeetingsPage() override;

    // The absence alerts of the page's scope, in a tab beside the meetings.
    AbsenceAlertsWidget *absenceAlerts() const { return alerts_; }
    QTabWidget *tabs() const { return tabs_; }

    // `db`: the GUI thread's connection (null: no database open); `tree`: the
    // window's organisation tree (null: the page reads its own). Unsaved marks on an
    // open sheet are dropped: ask maybeLeave() first.
    void setDatabase(storage::Database *db, const ActingUser &user, const OrganisationTree *tree = nullptr);
    // The organisation chosen in the tree (0: everything the user may read).
    void setScope(qint64 organisationId);
    // Reads the lists again (after changes elsewhere).
    void refresh();

    // The cells offered, the one chosen, the year shown and its meetings.
    QList<qint64> cellIds() const;
    qint64 currentCellId() const;
    bool selectCell(qint64 cellId);
    int year() const;
    void setYear(int year);
    QList<Meeting> meetings() const;
    qint64 currentMeetingId() const;
    bool selectMeeting(qint64 meetingId);
    QList<Meeting> pastDueMeetings() const { return pastDue_; }

    // The actions without asking: what the dialogs call on OK. Each shows its outcome
    // in the page's message line and returns it.
    SaveOutcome saveMeeting(Meeting &meeting);
    SaveOutcome removeMeeting(qint64 meetingId);
    PlanResult planYear(qint64 scopeOrgId, int year);
    SaveOutcome setRules(const MeetingRules &rules);

    // Shows the meeting's attendance sheet in place of the list.
    bool openSheet(qint64 meetingId);
    bool isSheetShown() const;
    // Back to the list: at once (true) or after asking about unsaved marks (false).
    bool showList();
    bool hasUnsavedChanges() const;
    // See AttendanceSheetWidget::maybeLeave: true = nothing unsaved, go ahead now.
    bool maybeLeave(std::function<void()> proceed);

    // Writes the blank sign-in sheet / the filled attendance record to a PDF off the
    // GUI thread, with a cancellable progress dialog; printed() tells how it ended.
    // False (nothing started) when no database is open or a PDF is being written.
    bool printSignInSheet(qint64 meetingId, const QString &pdfPath);
    bool printAttendanceRecord(qint64 meetingId, const QString &pdfPath);
    bool isPrinting() const;

    // The dialog being shown, if any; the delete confirmation while it is shown.
    MeetingFormDialog *openDialog() const { return dialog_; }
    QMessageBox *confirmBox() const { return confirm_; }
    // The last action's message (empty when none).
    QString lastMessage() const { return lastMessage_; }
    // The text shown instead of the lists (no database, no cell); empty otherwise.
    QString message() const;

    AttendanceSheetWidget *sheet() const { return sheet_; }
    QComboBox *cellCombo() const { return cell_; }
    QSpinBox *yearSpin() const { return year_; }
    QTableView *meetingsView() const { return view_; }
    QAbstractItemModel *meetingsModel() const;
    QListWidget *pastDueList() const { return pastDueList_; }
    QLabel *pastDueLabel() const { return pastDueTitle_; }
    QLabel *hintLabel() const { return hint_; }
    QPushButton *newButton() const { return new_; }
    QPushButton *editButton() const { return edit_; }
    QPushButton *deleteButton() const { return delete_; }
    QPushButton *attendanceButton() const { return attendance_; }
    QPushButton *importAttendanceButton() const { return importAttendance_; }
    // The import dialog last opened, while it is open.
    AttendanceImportDialog *importDialog() const;
    QPushButton *printSignInButton() const { return printSignIn_; }
    QPushButton *printRecordButton() const { return printRecord_; }
    QPushButton *planButton() const { return plan_; }
    QPushButton *rulesButton() const { return rules_; }

public slots:
    void askNewMeeting();
    void askEditMeeting();
    void askRemoveMeeting();
    void askPlanYear();
    void askRules();
    void takeAttendance();
    void askImportAttendance();
    void askPrintSignInSheet();
    void askPrintAttendanceRecord();

signals:
    // Meetings or attendance were written (the Overview and History may follow).
    void meetingsChanged();
    // A PDF was written to `pdfPath` (ok), or not: cancelled, refused or failed.
    void printed(bool ok, const QString &pdfPath, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct PrintJob;
    void load();
    void retranslate();
    void fillCells();
    void reloadMeetings();
    void reloadPastDue();
    void updateButtons();
    void showPageMessage(const QString &text);
    void showOutcome(const SaveOutcome &outcome, const QString &success);
    void showText(const QString &text, bool problem);
    void afterWrite();
    void openAction(MeetingFormDialog *dialog, std::function<SaveOutcome()> act);
    void activateMeeting();
    void openPastDue();
    bool startPrint(qint64 meetingId, const QString &pdfPath, bool signIn);
    void printFinished();
    void askPrint(bool signIn);
    std::optional<Meeting> currentMeeting() const;
    QString cellPath(qint64 cellId) const;
    QString cellLabel(qint64 cellId) const;
    QString meetingText(const Meeting &m) const;
    bool mayManage(qint64 cellId) const;
    bool mayRecord(qint64 cellId) const;
    const OrganisationTree *tree() const;

    storage::Database *db_ = nullptr;
    ActingUser user_;
    const OrganisationTree *externalTree_ = nullptr;
    std::optional<OrganisationTree> ownTree_;
    qint64 scopeId_ = 0;
    bool dirty_ = true;
    bool filling_ = false;
    QString lastMessage_;
    QList<Meeting> pastDue_;
    QPointer<MeetingFormDialog> dialog_;
    QPointer<QMessageBox> confirm_;

    QStackedWidget *stack_ = nullptr;
    QTabWidget *tabs_ = nullptr;
    AbsenceAlertsWidget *alerts_ = nullptr;
    QLabel *pageMessage_ = nullptr;
    QLabel *cellLabel_ = nullptr;
    QComboBox *cell_ = nullptr;
    QLabel *yearLabel_ = nullptr;
    QSpinBox *year_ = nullptr;
    QLabel *rulesText_ = nullptr;
    MeetingListModel *model_ = nullptr;
    QTableView *view_ = nullptr;
    QLabel *meetingsTitle_ = nullptr;
    QLabel *pastDueTitle_ = nullptr;
    QListWidget *pastDueList_ = nullptr;
    QLabel *hint_ = nullptr;
    QLabel *actionMessage_ = nullptr;
    QPushButton *new_ = nullptr;
    QPushButton *edit_ = nullptr;
    QPushButton *delete_ = nullptr;
    QPushButton *attendance_ = nullptr;
    QPushButton *importAttendance_ = nullptr;
    QPointer<AttendanceImportDialog> importDialog_;
    QPushButton *printSignIn_ = nullptr;
    QPushButton *printRecord_ = nullptr;
    QPushButton *plan_ = nullptr;
    QPushButton *rules_ = nullptr;
    AttendanceSheetWidget *sheet_ = nullptr;

    std::shared_ptr<PrintJob> printJob_;
    QFutureWatcher<void> printWatcher_;
    QPointer<QProgressDialog> printProgress_;
};

} // namespace cutru
