#pragma once

#include "app/form_errors.h"
#include "domain/residence.h"
#include "services/comment_service.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class CommentDialog;
}

namespace cutru {

// The signer of a comment: name (the user's full name by default), title ("Bí thư")
// and the day signed (today by default). OK only closes it; the comment dialog signs.
class SignCommentDialog : public QDialog {
    Q_OBJECT
public:
    SignCommentDialog(const QString &signer, const QString &title, const QDate &day, QWidget *parent = nullptr);

    QString signer() const;
    QString title() const;
    QDate day() const;

    QLineEdit *signerEdit() const { return signer_; }
    QLineEdit *titleEdit() const { return title_; }
    QDateEdit *dayEdit() const { return day_; }
    QDialogButtonBox *buttons() const { return buttons_; }

private:
    QLineEdit *signer_ = nullptr;
    QLineEdit *title_ = nullptr;
    QDateEdit *day_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

// A day for a batch (sent on …, received on …): today by default.
class CommentDayDialog : public QDialog {
    Q_OBJECT
public:
    CommentDayDialog(const QString &title, const QString &text, QWidget *parent = nullptr);
    QDate day() const;
    QDateEdit *dayEdit() const { return day_; }
    QDialogButtonBox *buttons() const { return buttons_; }

private:
    QDateEdit *day_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

// One member's annual comment: the four points of the regulation (free text), the
// year's attendance figures from the records (read only), the conclusion, and the
// state with its dates. Save draft, Sign… (asks the signer, title and day), Unsign
// (a signed comment not yet sent). The dialog never writes: it emits what the user
// asked, and the page runs it and calls setComment() or showOutcome(). Read only
// once sent, or for a user who may not write the cell's comments. Laid out in
// ui/comment_dialog.ui.
class CommentDialog : public QDialog {
    Q_OBJECT
public:
    CommentDialog(const AnnualComment &comment, const QString &memberName, const QString &details, bool mayWrite,
                  const QString &defaultSigner, QWidget *parent = nullptr);
    ~CommentDialog() override;

    // The comment as edited (ids, figures, dates and version as last set).
    AnnualComment comment() const;
    // After a save: the comment as stored (new id, version, state).
    void setComment(const AnnualComment &comment);
    // A refused action: field messages beside the fields, others above the buttons.
    void showOutcome(const SaveOutcome &outcome);
    QString errorText(const QString &field) const;

    QLabel *attendanceLabel() const;
    QLabel *stateLabel() const;
    QPlainTextEdit *citizenConductEdit() const;
    QPlainTextEdit *meetingParticipationEdit() const;
    QPlainTextEdit *communityRelationsEdit() const;
    QPlainTextEdit *otherRemarksEdit() const;
    QComboBox *conclusionCombo() const;
    QPushButton *saveButton() const { return save_; }
    QPushButton *signButton() const { return sign_; }
    QPushButton *unsignButton() const { return unsign_; }
    QDialogButtonBox *buttons() const;
    // The signer dialog while it is open.
    SignCommentDialog *signDialog() const { return signDialog_; }

public slots:
    void askSign();

signals:
    void saveRequested();
    void signRequested(const QString &signer, const QString &title, const QDate &day);
    void unsignRequested();

private:
    void showState();
    void updateEditable();

    std::unique_ptr<Ui::CommentDialog> ui_;
    AnnualComment comment_;
    bool mayWrite_ = false;
    QString defaultSigner_;
    FormErrors errors_;
    QPushButton *save_ = nullptr;
    QPushButton *sign_ = nullptr;
    QPushButton *unsign_ = nullptr;
    QPointer<SignCommentDialog> signDialog_;
};

// "Present 2 of 3, absent with a reason 1, without a reason 0" (unmarked counted
// as absent without a reason, as the comment stores them).
QString attendanceText(const AnnualComment &c);

} // namespace cutru
