#include "app/comment_dialog.h"
#include "ui_comment_dialog.h"

#include "domain/codes.h"
#include "domain/dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cutru {
namespace {

QDateEdit *newDayEdit(QWidget *parent, const QDate &day)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1990, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    edit->setDate(day.isValid() ? day : QDate::currentDate());
    return edit;
}

} // namespace

QString attendanceText(const AnnualComment &c)
{
    if (c.meetingsHeld == 0)
        return CommentDialog::tr("No held meeting of the year expected this member.");
    return CommentDialog::tr("Present %1 of %2, absent with a reason %3, without a reason %4")
        .arg(c.meetingsAttended)
        .arg(c.meetingsHeld)
        .arg(c.meetingsExcused)
        .arg(std::max(0, c.meetingsMissed()));
}

// ---- Signer ---------------------------------------------------------------------------------------

SignCommentDialog::SignCommentDialog(const QString &signer, const QString &title, const QDate &day, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signCommentDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Sign the comment"));
    signer_ = new QLineEdit(signer, this);
    signer_->setObjectName(QStringLiteral("commentSigner"));
    title_ = new QLineEdit(title, this);
    title_->setObjectName(QStringLiteral("commentSignerTitle"));
    title_->setPlaceholderText(tr("e.g. Bí thư, Phó Bí thư"));
    day_ = newDayEdit(this, day);
    day_->setObjectName(QStringLiteral("commentSignedDate"));
    auto *form = new QFormLayout;
    form->addRow(tr("Signed by (for the cell committee):"), signer_);
    form->addRow(tr("Title:"), title_);
    form->addRow(tr("Date:"), day_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);
}

QString SignCommentDialog::signer() const
{
    return signer_->text().trimmed();
}

QString SignCommentDialog::title() const
{
    return title_->text().trimmed();
}

QDate SignCommentDialog::day() const
{
    return day_->date();
}

// ---- A batch's day --------------------------------------------------------------------------------

CommentDayDialog::CommentDayDialog(const QString &title, const QString &text, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("commentDayDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    day_ = newDayEdit(this, QDate::currentDate());
    day_->setObjectName(QStringLiteral("commentDay"));
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(day_);
    layout->addWidget(buttons_);
}

QDate CommentDayDialog::day() const
{
    return day_->date();
}

// ---- The comment ------------------------------------------------------------------------------------

CommentDialog::CommentDialog(const AnnualComment &comment, const QString &memberName, const QString &details,
                             bool mayWrite, const QString &defaultSigner, QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::CommentDialog>()), comment_(comment), mayWrite_(mayWrite),
      defaultSigner_(defaultSigner)
{
    ui_->setupUi(this);
    setObjectName(QStringLiteral("commentDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Annual comment %1: %2").arg(comment.year).arg(memberName));
    ui_->introLabel->setText(details);

    ui_->conclusionCombo->addItem(tr("(not chosen yet)"), QString());
    for (CommentConclusion c : allValues<CommentConclusion>())
        ui_->conclusionCombo->addItem(label(c), code(c));
    // Messages about fields without an editor here (signer, dates, figures) go above the buttons.
    errors_.add(QStringLiteral("citizenConduct"), ui_->citizenConductError, ui_->citizenConductEdit);
    errors_.add(QStringLiteral("meetingParticipation"), ui_->meetingParticipationError, ui_->meetingParticipationEdit);
    errors_.add(QStringLiteral("communityRelations"), ui_->communityRelationsError, ui_->communityRelationsEdit);
    errors_.add(QStringLiteral("otherRemarks"), ui_->otherRemarksError, ui_->otherRemarksEdit);
    errors_.add(QStringLiteral("conclusion"), ui_->conclusionError, ui_->conclusionCombo);
    errors_.setOtherLabel(ui_->otherErrors);

    save_ = ui_->buttonBox->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
    save_->setObjectName(QStringLiteral("commentSave"));
    sign_ = ui_->buttonBox->addButton(tr("Sign…"), QDialogButtonBox::ActionRole);
    sign_->setObjectName(QStringLiteral("commentSign"));
    unsign_ = ui_->buttonBox->addButton(tr("Unsign"), QDialogButtonBox::ActionRole);
    unsign_->setObjectName(QStringLiteral("commentUnsign"));
    unsign_->setToolTip(tr("Back to a draft, to correct it (only before it is sent)."));
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save_, &QPushButton::clicked, this, [this] {
        errors_.clear();
        emit saveRequested();
    });
    connect(sign_, &QPushButton::clicked, this, &CommentDialog::askSign);
    connect(unsign_, &QPushButton::clicked, this, [this] {
        errors_.clear();
        emit unsignRequested();
    });

    setComment(comment);
}

CommentDialog::~CommentDialog() = default;

QLabel *CommentDialog::attendanceLabel() const { return ui_->attendanceLabel; }
QLabel *CommentDialog::stateLabel() const { return ui_->stateLabel; }
QPlainTextEdit *CommentDialog::citizenConductEdit() const { return ui_->citizenConductEdit; }
QPlainTextEdit *CommentDialog::meetingParticipationEdit() const { return ui_->meetingParticipationEdit; }
QPlainTextEdit *CommentDialog::communityRelationsEdit() const { return ui_->communityRelationsEdit; }
QPlainTextEdit *CommentDialog::otherRemarksEdit() const { return ui_->otherRemarksEdit; }
QComboBox *CommentDialog::conclusionCombo() const { return ui_->conclusionCombo; }
QDialogButtonBox *CommentDialog::buttons() const { return ui_->buttonBox; }

void CommentDialog::setComment(const AnnualComment &c)
{
    comment_ = c;
    ui_->citizenConductEdit->setPlainText(c.citizenConduct);
    ui_->meetingParticipationEdit->setPlainText(c.meetingParticipation);
    ui_->communityRelationsEdit->setPlainText(c.communityRelations);
    ui_->otherRemarksEdit->setPlainText(c.otherRemarks);
    const int i = c.conclusion ? ui_->conclusionCombo->findData(code(*c.conclusion)) : 0;
    ui_->conclusionCombo->setCurrentIndex(std::max(0, i));
    ui_->attendanceLabel->setText(attendanceText(c));
    showState();
    updateEditable();
}

AnnualComment CommentDialog::comment() const
{
    AnnualComment c = comment_;
    c.citizenConduct = ui_->citizenConductEdit->toPlainText().trimmed();
    c.meetingParticipation = ui_->meetingParticipationEdit->toPlainText().trimmed();
    c.communityRelations = ui_->communityRelationsEdit->toPlainText().trimmed();
    c.otherRemarks = ui_->otherRemarksEdit->toPlainText().trimmed();
    const QString chosen = ui_->conclusionCombo->currentData().toString();
    c.conclusion = chosen.isEmpty() ? std::nullopt : fromCode<CommentConclusion>(chosen);
    return c;
}

void CommentDialog::showState()
{
    const AnnualComment &c = comment_;
    QString text;
    if (c.id == 0) {
        text = tr("Not saved yet.");
    } else {
        switch (c.state()) {
        case CommentState::Draft:
            text = tr("Draft of %1.").arg(displayDate(c.draftedDate));
            break;
        case CommentState::Signed:
            text = tr("Signed on %1 by %2 (%3).").arg(displayDate(c.signedDate), c.signedBy, c.signerTitle);
            break;
        case CommentState::Sent:
            text = tr("Signed on %1 by %2; sent on %3.").arg(displayDate(c.signedDate), c.signedBy, displayDate(c.sentDate));
            break;
        case CommentState::Received:
            text = tr("Signed on %1 by %2; sent on %3; received on %4.")
                       .arg(displayDate(c.signedDate), c.signedBy, displayDate(c.sentDate), displayDate(c.receivedDate));
            break;
        }
    }
    ui_->stateLabel->setText(text);
}

void CommentDialog::updateEditable()
{
    const CommentState s = comment_.state();
    const bool editable = mayWrite_ && s == CommentState::Draft;
    for (QPlainTextEdit *e : {ui_->citizenConductEdit, ui_->meetingParticipationEdit, ui_->communityRelationsEdit, ui_->otherRemarksEdit})
        e->setReadOnly(!editable);
    ui_->conclusionCombo->setEnabled(editable);
    save_->setVisible(mayWrite_);
    sign_->setVisible(mayWrite_);
    unsign_->setVisible(mayWrite_);
    save_->setEnabled(editable);
    sign_->setEnabled(editable);
    unsign_->setEnabled(mayWrite_ && s == CommentState::Signed);
}

void CommentDialog::showOutcome(const SaveOutcome &outcome)
{
    if (outcome.ok()) {
        errors_.clear();
        return;
    }
    if (outcome.status == SaveOutcome::Status::Invalid)
        errors_.show(outcome.errors);
    else
        errors_.show({{QStringLiteral("other"), outcome.message}});
}

QString CommentDialog::errorText(const QString &field) const
{
    const QString text = errors_.textOf(field);
    if (!text.isEmpty() || field != QLatin1String("other"))
        return text;
    return ui_->otherErrors->isVisible() ? ui_->otherErrors->text() : QString();
}

void CommentDialog::askSign()
{
    if (signDialog_)
        signDialog_->close();
    errors_.clear();
    // The title prints on the Vietnamese form: a Vietnamese default whatever the interface language.
    const QString title = comment_.signerTitle.isEmpty() ? QStringLiteral("Bí thư") : comment_.signerTitle;
    auto *d = new SignCommentDialog(comment_.signedBy.isEmpty() ? defaultSigner_ : comment_.signedBy, title,
                                    QDate::currentDate(), this);
    signDialog_ = d;
    connect(d, &QDialog::accepted, this, [this, d] { emit signRequested(d->signer(), d->title(), d->day()); });
    d->setWindowModality(Qt::WindowModal);
    d->open();
}

} // namespace cutru
