#pragma once

#include "app/comment_dialog.h"
#include "services/acting_user.h"
#include "services/comment_service.h"
#include "services/organisation_tree.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace cutru {

// The Comments section (annual comments, docs/comments.md).
// - Residence side (ReadComments over residence cells): a year and a cell (those the
//   user may read under the tree's scope; a cell secretary has one), the cell's
//   members due (workplace organisation, the year's attendance, state, conclusion),
//   the exempt ones apart (reason, any request), the deadline and how many are still
//   missing. Open… shows a member's comment (CommentDialog); Prepare drafts (the cell,
//   or its commune for those who may; on a worker thread behind the cancellable
//   progress dialog), Print forms… (cell or commune, drafts or not;
//   one PDF on a worker thread behind the cancellable progress dialog), Mark sent…
//   (the selected signed comments).
// - Workplace side (ReceiveComments): the comments sent to the user's workplace
//   organisation for its members, by year; Mark received… (selected), Request a
//   comment… (an exempt member: reason and note), Export… (CSV or XLSX, written on a
//   worker thread).
// The entry points below are what the dialogs call; tests may call them directly.
class CommentsPage : public QWidget {
    Q_OBJECT
public:
    explicit CommentsPage(QWidget *parent = nullptr);
    ~CommentsPage() override;

    void setDatabase(storage::Database *db, const ActingUser &user, const OrganisationTree *tree = nullptr);
    void setScope(qint64 organisationId);
    void refresh();

    bool isWorkplaceView() const;
    int year() const;
    void setYear(int year);
    QList<qint64> cellIds() const;
    qint64 currentCellId() const;
    bool selectCell(qint64 cellId);
    qint64 currentWorkplaceId() const;
    const CellComments &cellComments() const { return cell_; }
    const QList<WorkplaceComment> &workplaceComments() const { return workplace_; }

    // Opens a member's comment (a new draft when there is none yet); false when the
    // member is not on the cell's list.
    bool openComment(qint64 memberId);
    CommentDialog *commentDialog() const { return dialog_; }

    // The actions; each shows its outcome in the page's message line.
    SaveOutcome saveComment(AnnualComment &comment);
    SaveOutcome signComment(AnnualComment &comment, const QString &signer, const QString &title, const QDate &day);
    SaveOutcome unsignComment(AnnualComment &comment);
    // Drafts for everyone due under a cell or commune, written off the GUI thread in
    // one transaction (cancelled: nothing written); draftsPrepared() tells how it
    // ended, after the lists are reloaded. False when nothing was started (no
    // database, other work under way).
    bool prepareDrafts(qint64 scopeOrgId);
    BulkOutcome markSent(const QList<qint64> &commentIds, const QDate &day);
    BulkOutcome markReceived(const QList<qint64> &commentIds, const QDate &day);
    SaveOutcome requestComment(CommentRequest &request);
    // The forms of a cell or commune to one PDF, off the GUI thread; printed() tells
    // how it ended. False when nothing was started (no database, already printing).
    bool printForms(qint64 scopeOrgId, bool includeDrafts, const QString &pdfPath);
    // The workplace list to CSV or XLSX (by the file's suffix), off the GUI thread;
    // exported() tells how it ended.
    bool exportWorkplaceComments(const QString &path);
    bool isBusy() const;

    // The comments selected in the list shown (ids of existing comments only).
    QList<qint64> selectedCommentIds() const;
    QString lastMessage() const { return lastMessage_; }
    QString message() const; // shown instead of the lists; empty otherwise

    QSpinBox *yearSpin() const { return year_; }
    QComboBox *cellCombo() const { return cellCombo_; }
    QComboBox *workplaceCombo() const { return workplaceCombo_; }
    QLabel *deadlineLabel() const { return deadline_; }
    QTableWidget *dueTable() const { return dueTable_; }
    QTableWidget *exemptTable() const { return exemptTable_; }
    QTableWidget *workplaceTable() const { return workplaceTable_; }
    QPushButton *openButton() const { return open_; }
    QPushButton *prepareButton() const { return prepare_; }
    QPushButton *printButton() const { return print_; }
    QPushButton *markSentButton() const { return markSent_; }
    QPushButton *markReceivedButton() const { return markReceived_; }
    QPushButton *requestButton() const { return request_; }
    QPushButton *exportButton() const { return export_; }

public slots:
    void askOpen();
    void askPrepareDrafts();
    void askPrint();
    void askMarkSent();
    void askMarkReceived();
    void askRequest();
    void askExport();

signals:
    void commentsChanged();
    void draftsPrepared(bool ok, const QString &message);
    void printed(bool ok, const QString &path, const QString &message);
    void exported(bool ok, const QString &path, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Job;
    void load();
    void retranslate();
    void fillChoices();
    void reloadLists();
    void fillCellTables();
    void fillWorkplaceTable();
    void updateButtons();
    void showPageMessage(const QString &text);
    void showText(const QString &text, bool problem);
    void showBulk(const BulkOutcome &out, const QString &success);
    void afterWrite();
    qint64 communeOf(qint64 cellId) const;
    QString pathOf(qint64 organisationId) const;
    const OrganisationTree *tree() const;
    bool startJob(std::shared_ptr<Job> job, const QString &title, const QString &label);
    void jobFinished();

    storage::Database *db_ = nullptr;
    ActingUser user_;
    const OrganisationTree *externalTree_ = nullptr;
    std::optional<OrganisationTree> ownTree_;
    qint64 scopeId_ = 0;
    bool dirty_ = true;
    bool filling_ = false;
    QString lastMessage_;
    CellComments cell_;
    QList<WorkplaceComment> workplace_;
    QPointer<CommentDialog> dialog_;

    QLabel *yearLabel_ = nullptr;
    QSpinBox *year_ = nullptr;
    QLabel *cellLabel_ = nullptr;
    QComboBox *cellCombo_ = nullptr;
    QLabel *workplaceLabel_ = nullptr;
    QComboBox *workplaceCombo_ = nullptr;
    QLabel *deadline_ = nullptr;
    QStackedWidget *stack_ = nullptr;
    QLabel *pageMessage_ = nullptr;
    QWidget *cellView_ = nullptr;
    QLabel *dueTitle_ = nullptr;
    QTableWidget *dueTable_ = nullptr;
    QLabel *exemptTitle_ = nullptr;
    QTableWidget *exemptTable_ = nullptr;
    QWidget *workplaceView_ = nullptr;
    QLabel *workplaceTitle_ = nullptr;
    QTableWidget *workplaceTable_ = nullptr;
    QLabel *actionMessage_ = nullptr;
    QPushButton *open_ = nullptr;
    QPushButton *prepare_ = nullptr;
    QPushButton *print_ = nullptr;
    QPushButton *markSent_ = nullptr;
    QPushButton *markReceived_ = nullptr;
    QPushButton *request_ = nullptr;
    QPushButton *export_ = nullptr;

    std::shared_ptr<Job> job_;
    QFutureWatcher<void> watcher_;
    QPointer<QProgressDialog> progress_;
};

} // namespace cutru
