#pragma once

#include "services/acting_user.h"
#include "services/meeting_service.h"
#include "services/outcome.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QHash>
#include <QKeySequence>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cutru {

// The lines of one meeting's attendance sheet while they are being marked: the
// expected members (counted), then the cell's own members the secretary added
// (listed, not counted). Exempt members are not lines here: they cannot be marked.
// Marks stay in the model until the sheet widget saves them in one call.
class AttendanceSheetModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, CardColumn, WorkplaceColumn, StatusColumn, ReasonColumn, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole + 1, OwnMemberRole, StatusCodeRole };

    explicit AttendanceSheetModel(QObject *parent = nullptr);

    // Replaces every line; the sheet as read is the new "unmodified" state.
    void setSheet(const AttendanceSheet &sheet);
    const AttendanceSheet &sheet() const { return sheet_; }
    void clear();

    int expectedCount() const { return expectedCount_; }
    bool isOwnMember(int row) const { return row >= expectedCount_ && row < lines_.size(); }
    const SheetLine &line(int row) const { return lines_.at(row); }
    int rowOf(qint64 memberId) const;

    // False (nothing changed) for a row out of range or a read-only sheet.
    bool setStatus(int row, std::optional<AttendanceStatus> status);
    bool setReason(int row, const QString &reason);
    // Marks present every expected member not marked yet; returns how many.
    int markAllPresent();
    // One of the cell's own members, listed after the expected ones.
    bool addOwnMember(const storage::ListedMember &member);
    bool removeOwnMember(int row);

    // Every marked line, as MeetingService::record takes them.
    QList<Attendance> marks() const;
    AttendanceTally tally() const;
    int ownMembersPresent() const;
    // The marks differ from those read.
    bool isModified() const;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return readOnly_; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A mark or reason changed (the tally follows).
    void marksChanged();
    void modifiedChanged(bool modified);

private:
    void changed(int row);
    struct Mark {
        AttendanceStatus status;
        QString reason;
        bool operator==(const Mark &) const = default;
    };
    QHash<qint64, Mark> currentMarks() const;

    AttendanceSheet sheet_;
    QList<SheetLine> lines_;
    int expectedCount_ = 0;
    QHash<qint64, Mark> readMarks_;
    bool readOnly_ = false;
    bool modified_ = false;
};

// The sheet's table, driven by the keyboard (the keys are the legend's):
//   P or C  present                 E or L  absent with reason (the reason opens)
//   U or K  absent without reason   Delete  clears the mark (or the reason)
//   Up/Down move; typing in the Reason column writes the reason (and marks the
//   member absent with reason); Enter ends the reason and goes to the next member.
// After a mark the cursor moves to the next member, so a sheet takes about one
// keystroke per member; "all present" first, then the exceptions.
class AttendanceSheetView : public QTableView {
    Q_OBJECT
public:
    explicit AttendanceSheetView(QWidget *parent = nullptr);

    // The status a key sets (both the English and the Vietnamese initials), if any.
    static std::optional<AttendanceStatus> statusForKey(int key);
    static QKeySequence allPresentShortcut();
    static QKeySequence saveShortcut();
    // Ends an open reason editor, keeping what was typed (before saving).
    void commitOpenEditor();

signals:
    void allPresentRequested();
    void saveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    AttendanceSheetModel *sheetModel() const;
    void goToRow(int row, int column);
};

// One meeting's attendance sheet: the expected members to mark, the exempt ones
// listed apart (not counted, not markable), the cell's own members the secretary
// adds, the residents and guests attending, the live tally; Save (Ctrl+S) records it
// all in one transaction. Read-only for roles that cannot record attendance over the
// cell (provincial board, auditor) and for meetings that have not taken place yet.
class AttendanceSheetWidget : public QWidget {
    Q_OBJECT
public:
    explicit AttendanceSheetWidget(QWidget *parent = nullptr);
    ~AttendanceSheetWidget() override;

    void setDatabase(storage::Database *db, const ActingUser &user);
    // Reads the meeting's sheet; false (and a message) when it cannot be read.
    bool openMeeting(qint64 meetingId);
    // Forgets the sheet (unsaved marks included).
    void clear();
    qint64 meetingId() const { return model_->sheet().meeting.id; }
    bool isReadOnly() const { return model_->isReadOnly(); }

    // Marks, reasons, added members or the headcount differ from what was read.
    bool hasUnsavedChanges() const;
    // Records the sheet (MeetingService::record, one transaction) and reads it again;
    // a refusal is shown in the message line and returned.
    SaveOutcome save();
    // Reads the sheet again, keeping the marks made here (after someone else saved it).
    bool reload();
    // Back to the sheet as last read.
    void discardChanges();
    int markAllPresent();
    // Adds some of the cell's own members to the sheet.
    bool addCellMembers(const QList<qint64> &memberIds);

    // Before leaving the sheet: true when there is nothing unsaved (go ahead now).
    // Otherwise asks Save / Discard / Cancel in a window-modal box (open(), never
    // blocking) and returns false; `proceed` runs once the marks are saved or
    // discarded, not on Cancel or a refused save.
    bool maybeLeave(std::function<void()> proceed);
    QMessageBox *leavePrompt() const { return leavePrompt_; }
    // The "Add cell member" dialog while it is open.
    QDialog *addMemberDialog() const { return addDialog_; }

    QString message() const;
    AttendanceSheetModel *model() const { return model_; }
    AttendanceSheetView *view() const { return view_; }
    QTableWidget *exemptView() const { return exempt_; }
    QSpinBox *guestsSpin() const { return guests_; }
    QLabel *titleLabel() const { return title_; }
    QLabel *tallyLabel() const { return tally_; }
    QLabel *legendLabel() const { return legend_; }
    QLabel *messageLabel() const { return message_; }
    QPushButton *backButton() const { return back_; }
    QPushButton *saveButton() const { return save_; }
    QPushButton *reloadButton() const { return reload_; }
    QPushButton *allPresentButton() const { return allPresent_; }
    QPushButton *presentButton() const { return present_; }
    QPushButton *excusedButton() const { return excused_; }
    QPushButton *unexcusedButton() const { return unexcused_; }
    QPushButton *clearButton() const { return clear_; }
    QPushButton *addMemberButton() const { return addMember_; }
    QPushButton *removeMemberButton() const { return removeMember_; }

public slots:
    void askAddCellMember();
    void removeCurrentCellMember();

signals:
    void saved(qint64 meetingId);
    // "Back to the meetings" was clicked (the page asks maybeLeave()).
    void backRequested();
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTally();
    void updateButtons();
    void updateTitle();
    void fillExempt();
    void showMessage(const QString &text, bool problem);
    void markSelected(std::optional<AttendanceStatus> status);
    void emitModifiedIfChanged();
    void loadSheet(const AttendanceSheet &sheet, const QHash<qint64, Attendance> &keep,
                   const QList<SheetLine> &keepOwn);

    storage::Database *db_ = nullptr;
    ActingUser user_;
    QString readOnlyReason_;
    int readGuests_ = 0;
    bool lastModified_ = false;
    AttendanceSheetModel *model_ = nullptr;
    AttendanceSheetView *view_ = nullptr;
    QTableWidget *exempt_ = nullptr;
    QLabel *exemptTitle_ = nullptr;
    QLabel *title_ = nullptr;
    QLabel *legend_ = nullptr;
    QLabel *tally_ = nullptr;
    QLabel *message_ = nullptr;
    QLabel *guestsLabel_ = nullptr;
    QSpinBox *guests_ = nullptr;
    QPushButton *back_ = nullptr;
    QPushButton *save_ = nullptr;
    QPushButton *reload_ = nullptr;
    QPushButton *allPresent_ = nullptr;
    QPushButton *present_ = nullptr;
    QPushButton *excused_ = nullptr;
    QPushButton *unexcused_ = nullptr;
    QPushButton *clear_ = nullptr;
    QPushButton *addMember_ = nullptr;
    QPushButton *removeMember_ = nullptr;
    QPointer<QMessageBox> leavePrompt_;
    QPointer<QDialog> addDialog_;
};

} // namespace cutru
