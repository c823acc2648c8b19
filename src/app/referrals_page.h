#pragma once

#include "reports/referral_letter.h"
#include "services/acting_user.h"
#include "services/outcome.h"
#include "services/referral_queries.h"
#include "services/referral_service.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace cutru {

class ReferralActionDialog;
class ReferralInboxModel;
class WorkingMembersModel;

// The Referrals section, in two tabs:
// - Inbox (the commune side): referrals addressed to the user's commune(s), pending
//   first with the days waited, overdue ones highlighted; on a selection: Receive…
//   (one reception date for the whole batch), Assign cell…, Exempt…, End….
// - Workplace (the workplace side): the working members of the user's workplace
//   organisation(s) with their referral state; on a selection: Issue referrals…,
//   Move…, End…, Reply slip… (letters outside the province), Not to be referred…;
//   and Print letters… (the selection's, or an organisation's year, as one PDF,
//   written on a worker thread with a cancellable progress dialog).
// The provincial board and the auditor see both tabs, read-only. Each action asks in
// a dialog opened with open() (never a blocking exec()), then calls the matching
// entry point below, which tests may also call directly. Every write goes through
// ReferralService (each action, whatever the selection, one transaction); a refused or invalid outcome is
// shown as a message naming the member or field, beside the dialog's field when it
// is about one.
class ReferralsPage : public QWidget {
    Q_OBJECT
public:
    // QSettings key of "overdue after N days" (default ReferralQueries::kDefaultOverdueDays).
    static QString overdueDaysKey();
    static int overdueDaysSetting();
    static void setOverdueDaysSetting(int days);

    explicit ReferralsPage(QWidget *parent = nullptr);
    ~ReferralsPage() override;

    // `db`: the GUI thread's connection (null: no database open). The page reads when
    // it is shown (at once if it is visible).
    void setDatabase(storage::Database *db, const ActingUser &user);
    // Reads both lists again (after changes elsewhere).
    void refresh();

    // The selection, as ids.
    QList<qint64> selectedReferralIds() const; // inbox
    QList<qint64> selectedMemberIds() const;   // workplace tab

    // The actions without asking: what the dialogs call on OK. Each shows its outcome
    // in the page's message line and returns it.
    SaveOutcome receive(const QList<qint64> &referralIds, const QDate &date);
    // Several referrals of one commune to `cellId`; with eachToRecordedCell, members
    // whose recorded residence cell is one of the commune's go there instead.
    SaveOutcome assign(const QList<qint64> &referralIds, qint64 cellId, const QDate &date,
                       bool eachToRecordedCell = false);
    SaveOutcome setExemption(const QList<qint64> &referralIds, std::optional<ExemptionReason> reason,
                             const QDate &from, const QDate &to);
    SaveOutcome end(const QList<qint64> &referralIds, ReferralEndReason reason, const QDate &date,
                    const QString &note = {});
    // Letters for working members, each to their residence commune; `outside` names the
    // committee for a single member without a residence commune. Members already
    // referred, not to be referred or without a residence commune are reported by name
    // and not issued.
    SaveOutcome issue(const QList<qint64> &memberIds, const QDate &date,
                      const ReferralService::Destination &outside = {});
    // Moving house: ends each member's active referral and issues one to `to`.
    SaveOutcome move(const QList<qint64> &memberIds, const ReferralService::Destination &to, const QDate &date);
    // Ends the active referrals of working members.
    SaveOutcome endForMembers(const QList<qint64> &memberIds, ReferralEndReason reason, const QDate &date,
                              const QString &note = {});

    // Letters outside the province: the date on the reply slip the committee sent back.
    SaveOutcome recordReplySlips(const QList<qint64> &memberIds, const QDate &date);
    // Guideline 33's list of working members not to be referred (with the reason), or
    // back off it.
    SaveOutcome setNotReferred(const QList<qint64> &memberIds, bool notReferred, const QString &reason);
    // Writes referral letters to one PDF off the GUI thread, with a cancellable
    // progress dialog; lettersPrinted() tells how it ended. False (and nothing
    // started) when no database is open or letters are being written already.
    bool printLetters(const QList<qint64> &referralIds, const QString &pdfPath);
    bool printLetters(qint64 issuingOrgId, int year, const QString &pdfPath);
    bool isPrinting() const;

    // The dialog being shown, if any.
    ReferralActionDialog *openDialog() const;
    // The last action's message (empty when none).
    QString lastMessage() const;
    // The text shown instead of the tabs (no database, refusal); empty otherwise.
    QString message() const;

    QTabWidget *tabs() const { return tabs_; }
    QWidget *inboxTab() const { return inboxTab_; }
    QWidget *workplaceTab() const { return workplaceTab_; }
    ReferralInboxModel *inboxModel() const { return inboxModel_; }
    WorkingMembersModel *workingModel() const { return workingModel_; }
    QTableView *inboxView() const { return inboxView_; }
    QTableView *workingView() const { return workingView_; }
    QComboBox *inboxStateCombo() const { return inboxState_; }
    QLineEdit *inboxSearchEdit() const { return inboxSearch_; }
    QSpinBox *overdueDaysSpin() const { return overdueDays_; }
    QComboBox *organisationCombo() const { return organisation_; }
    QComboBox *workingStateCombo() const { return workingState_; }
    QLineEdit *workingSearchEdit() const { return workingSearch_; }
    QLabel *inboxCountLabel() const { return inboxCount_; }
    QLabel *workingCountLabel() const { return workingCount_; }
    QPushButton *receiveButton() const { return receive_; }
    QPushButton *assignButton() const { return assign_; }
    QPushButton *exemptButton() const { return exempt_; }
    QPushButton *endButton() const { return end_; }
    QPushButton *issueButton() const { return issue_; }
    QPushButton *moveButton() const { return move_; }
    QPushButton *endMembersButton() const { return endMembers_; }
    QPushButton *replySlipButton() const { return replySlip_; }
    QPushButton *notReferredButton() const { return notReferred_; }
    QPushButton *printLettersButton() const { return printLetters_; }

public slots:
    void askReceive();
    void askAssign();
    void askExempt();
    void askEnd();
    void askIssue();
    void askMove();
    void askEndForMembers();
    void askReplySlip();
    void askNotReferred();
    void askPrintLetters();
    // Applies the filter fields now (typing waits for a short pause).
    void applyInboxFilters();
    void applyWorkingFilters();

signals:
    // Something was written (the Overview and the member list may follow).
    void referralsChanged();
    // Letters were written to `pdfPath` (ok), or not: cancelled, refused or failed
    // (`message` says which).
    void lettersPrinted(bool ok, const QString &pdfPath, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildInboxTab();
    void buildWorkplaceTab();
    void load();
    void retranslate();
    void fillStateCombos();
    void fillOrganisations();
    void updateButtons();
    void updateCounts();
    void showPageMessage(const QString &text);
    void showOutcome(const SaveOutcome &outcome, const QString &success, const QString &prefix = {});
    void afterWrite();
    // Opens `dialog` (owned by the page until closed) and runs `act` on OK.
    void openAction(ReferralActionDialog *dialog, std::function<SaveOutcome()> act);
    struct LetterJob;
    bool startLetters(const std::function<QList<reports::ReferralLetter>(const storage::Database &)> &read,
                      const QString &pdfPath);
    void lettersFinished();
    QList<storage::ReferralRow> inboxRows(const QList<qint64> &referralIds) const;
    QList<storage::WorkingMemberRow> memberRows(const QList<qint64> &memberIds) const;
    // Why the member would not get a letter ("" when they would); `onlyNoCommune`: the
    // only reason is a missing residence commune.
    QString issueProblem(const storage::WorkingMemberRow &row, bool *onlyNoCommune = nullptr) const;

    storage::Database *db_ = nullptr;
    ActingUser acting_;
    std::unique_ptr<ReferralQueries> queries_;
    bool dirty_ = true;
    bool filling_ = false;
    QString lastMessage_;
    bool lastWasProblem_ = false;
    QPointer<ReferralActionDialog> dialog_;

    QStackedWidget *stack_ = nullptr;
    QLabel *pageMessage_ = nullptr;
    QLabel *actionMessage_ = nullptr;
    QTabWidget *tabs_ = nullptr;

    QWidget *inboxTab_ = nullptr;
    ReferralInboxModel *inboxModel_ = nullptr;
    QTableView *inboxView_ = nullptr;
    QLabel *inboxStateLabel_ = nullptr;
    QComboBox *inboxState_ = nullptr;
    QLabel *inboxSearchLabel_ = nullptr;
    QLineEdit *inboxSearch_ = nullptr;
    QLabel *overdueLabel_ = nullptr;
    QSpinBox *overdueDays_ = nullptr;
    QLabel *inboxCount_ = nullptr;
    QPushButton *receive_ = nullptr;
    QPushButton *assign_ = nullptr;
    QPushButton *exempt_ = nullptr;
    QPushButton *end_ = nullptr;
    QTimer inboxTyping_;

    QWidget *workplaceTab_ = nullptr;
    WorkingMembersModel *workingModel_ = nullptr;
    QTableView *workingView_ = nullptr;
    QLabel *organisationLabel_ = nullptr;
    QComboBox *organisation_ = nullptr;
    QLabel *workingStateLabel_ = nullptr;
    QComboBox *workingState_ = nullptr;
    QLabel *workingSearchLabel_ = nullptr;
    QLineEdit *workingSearch_ = nullptr;
    QLabel *workingCount_ = nullptr;
    QPushButton *issue_ = nullptr;
    QPushButton *move_ = nullptr;
    QPushButton *endMembers_ = nullptr;
    QPushButton *replySlip_ = nullptr;
    QPushButton *notReferred_ = nullptr;
    QPushButton *printLetters_ = nullptr;
    QTimer workingTyping_;

    std::shared_ptr<LetterJob> letterJob_;
    QFutureWatcher<void> letterWatcher_;
    QPointer<QProgressDialog> letterProgress_;
};

} // namespace cutru
