#include "app/referral_dialogs.h"

#include "app/folding_completer.h"
#include "app/optional_date_edit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cutru {
namespace {

QDateEdit *newDateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1990, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    edit->setDate(QDate::currentDate());
    return edit;
}

} // namespace

ReferralActionDialog::ReferralActionDialog(Kind kind, QWidget *parent) : QDialog(parent), kind_(kind)
{
    setObjectName(QStringLiteral("referralActionDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(460);

    intro_ = new QLabel(this);
    intro_->setObjectName(QStringLiteral("referralIntro"));
    intro_->setWordWrap(true);
    intro_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form_ = new QFormLayout;

    if (kind_ == Kind::Move) {
        communeLabel_ = new QLabel(this);
        commune_ = new QComboBox(this);
        commune_->setObjectName(QStringLiteral("referralCommune"));
        commune_->setMinimumContentsLength(30);
        commune_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        makeSearchable(commune_);
        addField(QStringLiteral("commune"), communeLabel_, commune_);
    }
    if (kind_ == Kind::Move || kind_ == Kind::Issue) {
        outside_ = new QCheckBox(this);
        outside_->setObjectName(QStringLiteral("referralOutside"));
        form_->addRow(outside_);
        committeeLabel_ = new QLabel(this);
        committee_ = new QLineEdit(this);
        committee_->setObjectName(QStringLiteral("referralCommittee"));
        addField(QStringLiteral("committee"), committeeLabel_, committee_);
        addressLabel_ = new QLabel(this);
        address_ = new QLineEdit(this);
        address_->setObjectName(QStringLiteral("referralAddress"));
        form_->addRow(addressLabel_, address_);
        connect(outside_, &QCheckBox::toggled, this, &ReferralActionDialog::updateEnabled);
    }
    if (kind_ == Kind::Assign) {
        cellLabel_ = new QLabel(this);
        cell_ = new QComboBox(this);
        cell_->setObjectName(QStringLiteral("referralCell"));
        cell_->setMinimumContentsLength(24);
        addField(QStringLiteral("cell"), cellLabel_, cell_);
        eachToRecorded_ = new QCheckBox(this);
        eachToRecorded_->setObjectName(QStringLiteral("referralEachToRecorded"));
        eachToRecorded_->setVisible(false);
        form_->addRow(eachToRecorded_);
    }
    if (kind_ == Kind::Exempt || kind_ == Kind::End) {
        reasonLabel_ = new QLabel(this);
        reason_ = new QComboBox(this);
        reason_->setObjectName(QStringLiteral("referralReason"));
        addField(QStringLiteral("reason"), reasonLabel_, reason_);
        connect(reason_, &QComboBox::currentIndexChanged, this, &ReferralActionDialog::updateEnabled);
    }
    if (kind_ == Kind::Exempt) {
        fromLabel_ = new QLabel(this);
        from_ = newDateEdit(this, QStringLiteral("referralExemptFrom"));
        addField(QStringLiteral("from"), fromLabel_, from_);
        toLabel_ = new QLabel(this);
        to_ = new OptionalDateEdit(this);
        to_->setObjectName(QStringLiteral("referralExemptTo"));
        to_->setStartDate(QDate::currentDate());
        addField(QStringLiteral("to"), toLabel_, to_);
    } else if (kind_ != Kind::NotReferred && kind_ != Kind::PrintLetters) {
        dateLabel_ = new QLabel(this);
        date_ = newDateEdit(this, QStringLiteral("referralDate"));
        addField(QStringLiteral("date"), dateLabel_, date_);
    }
    if (kind_ == Kind::NotReferred) {
        notReferred_ = new QCheckBox(this);
        notReferred_->setObjectName(QStringLiteral("referralNotReferred"));
        form_->addRow(notReferred_);
        connect(notReferred_, &QCheckBox::toggled, this, &ReferralActionDialog::updateEnabled);
    }
    if (kind_ == Kind::PrintLetters) {
        selectedLetters_ = new QRadioButton(this);
        selectedLetters_->setObjectName(QStringLiteral("referralSelectedLetters"));
        yearLetters_ = new QRadioButton(this);
        yearLetters_->setObjectName(QStringLiteral("referralYearLetters"));
        form_->addRow(selectedLetters_);
        form_->addRow(yearLetters_);
        organisationLabel_ = new QLabel(this);
        organisation_ = new QComboBox(this);
        organisation_->setObjectName(QStringLiteral("referralLetterOrganisation"));
        organisation_->setMinimumContentsLength(30);
        organisation_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        addField(QStringLiteral("organisation"), organisationLabel_, organisation_);
        yearLabel_ = new QLabel(this);
        year_ = new QSpinBox(this);
        year_->setObjectName(QStringLiteral("referralLetterYear"));
        year_->setRange(1990, 2100);
        year_->setValue(QDate::currentDate().year());
        addField(QStringLiteral("year"), yearLabel_, year_);
        pdfPathLabel_ = new QLabel(this);
        pdfPath_ = new QLineEdit(this);
        pdfPath_->setObjectName(QStringLiteral("referralPdfPath"));
        browse_ = new QPushButton(this);
        browse_->setObjectName(QStringLiteral("referralBrowse"));
        auto *file = new QWidget(this);
        auto *fileRow = new QHBoxLayout(file);
        fileRow->setContentsMargins(0, 0, 0, 0);
        fileRow->addWidget(pdfPath_, 1);
        fileRow->addWidget(browse_);
        addField(QStringLiteral("file"), pdfPathLabel_, file);
        pdfPathLabel_->setBuddy(pdfPath_);
        connect(browse_, &QPushButton::clicked, this, &ReferralActionDialog::browseForPdf);
        connect(selectedLetters_, &QRadioButton::toggled, this, &ReferralActionDialog::updateEnabled);
    }
    if (kind_ == Kind::End || kind_ == Kind::NotReferred) {
        noteLabel_ = new QLabel(this);
        note_ = new QLineEdit(this);
        note_->setObjectName(QStringLiteral("referralNote"));
        addField(QStringLiteral("note"), noteLabel_, note_);
    }

    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("referralProblem"));
    problem_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errors_.setOtherLabel(problem_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        errors_.clear();
        emit submitted();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(form_);
    layout->addWidget(problem_);
    layout->addStretch(1);
    layout->addWidget(buttons_);

    if (reason_)
        fillReasons();
    setOutsideAvailable(kind_ == Kind::Move);
    retranslate();
    updateEnabled();
}

QLabel *ReferralActionDialog::addField(const QString &field, QLabel *label, QWidget *editor)
{
    label->setBuddy(editor);
    form_->addRow(label, editor);
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("referralError_") + field);
    form_->addRow(QString(), error);
    errors_.add(field, error, editor);
    return error;
}

void ReferralActionDialog::fillReasons()
{
    const QVariant current = reason_->currentData();
    reason_->clear();
    if (kind_ == Kind::Exempt) {
        reason_->addItem(tr("Not exempt (attends meetings)"), QString());
        for (ExemptionReason r : allValues<ExemptionReason>())
            reason_->addItem(label(r), code(r));
    } else {
        for (ReferralEndReason r : allValues<ReferralEndReason>())
            if (r != ReferralEndReason::Moved) // a move is its own action
                reason_->addItem(label(r), code(r));
    }
    const int i = reason_->findData(current);
    reason_->setCurrentIndex(i >= 0 ? i : (kind_ == Kind::Exempt && reason_->count() > 1 ? 1 : 0));
}

void ReferralActionDialog::retranslate()
{
    switch (kind_) {
    case Kind::Receive:
        setWindowTitle(tr("Receive referrals"));
        dateLabel_->setText(tr("&Reception date:"));
        break;
    case Kind::Assign:
        setWindowTitle(tr("Assign to a residence cell"));
        cellLabel_->setText(tr("&Cell:"));
        eachToRecorded_->setText(tr("&Each member to their recorded residence cell, when it is one of these"));
        dateLabel_->setText(tr("&Assignment date:"));
        break;
    case Kind::Exempt:
        setWindowTitle(tr("Exemption from meetings (Guideline 33)"));
        reasonLabel_->setText(tr("&Reason:"));
        fromLabel_->setText(tr("&From:"));
        toLabel_->setText(tr("&To:"));
        to_->setToolTip(tr("Last day of the exemption (dd/mm/yyyy); empty while it lasts."));
        break;
    case Kind::End:
        setWindowTitle(tr("End referrals"));
        reasonLabel_->setText(tr("&Reason:"));
        dateLabel_->setText(tr("&End date:"));
        noteLabel_->setText(tr("&Note:"));
        break;
    case Kind::Issue:
        setWindowTitle(tr("Issue referral letters"));
        dateLabel_->setText(tr("&Issue date:"));
        break;
    case Kind::Move:
        setWindowTitle(tr("Moving house"));
        communeLabel_->setText(tr("&New commune:"));
        dateLabel_->setText(tr("Date of the &move:"));
        break;
    case Kind::ReplySlip:
        setWindowTitle(tr("Record reply slips"));
        dateLabel_->setText(tr("&Date on the reply slip:"));
        break;
    case Kind::NotReferred:
        setWindowTitle(tr("Members not to be referred"));
        notReferred_->setText(tr("&Not to be referred to the place of residence"));
        noteLabel_->setText(tr("&Reason:"));
        break;
    case Kind::PrintLetters:
        setWindowTitle(tr("Print referral letters"));
        organisationLabel_->setText(tr("&Organisation:"));
        yearLabel_->setText(tr("&Year:"));
        pdfPathLabel_->setText(tr("&PDF file:"));
        browse_->setText(tr("&Browse…"));
        yearLetters_->setText(tr("&Every letter the organisation issued in the year"));
        break;
    }
    if (outside_) {
        outside_->setText(kind_ == Kind::Move ? tr("The new residence is &outside the province")
                                              : tr("Refer to a committee &outside the province"));
        committeeLabel_->setText(tr("Co&mmittee:"));
        committee_->setPlaceholderText(tr("e.g. Đảng ủy phường Hàng Bạc"));
        addressLabel_->setText(tr("A&ddress:"));
    }
    if (reason_)
        fillReasons();
}

void ReferralActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReferralActionDialog::updateEnabled()
{
    if (outside_) {
        const bool away = outside_->isChecked();
        committee_->setEnabled(away);
        address_->setEnabled(away);
        if (commune_)
            commune_->setEnabled(!away);
    }
    if (kind_ == Kind::Exempt) {
        const bool exempt = exemptionReason().has_value();
        from_->setEnabled(exempt);
        to_->setEnabled(exempt);
    }
    if (note_ && kind_ == Kind::End)
        note_->setPlaceholderText(endReason() == ReferralEndReason::Other ? tr("Required for “Other reason”")
                                                                          : QString());
    if (notReferred_)
        note_->setEnabled(notReferred_->isChecked());
    if (selectedLetters_) {
        const bool byYear = !selectedLetters_->isChecked();
        organisation_->setEnabled(byYear);
        year_->setEnabled(byYear);
    }
}

void ReferralActionDialog::browseForPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Print referral letters"), pdfPath(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setPdfPath(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void ReferralActionDialog::setNotReferred(bool notReferred, const QString &reason)
{
    notReferred_->setChecked(notReferred);
    note_->setText(reason);
    updateEnabled();
}

bool ReferralActionDialog::notReferred() const
{
    return notReferred_ && notReferred_->isChecked();
}

void ReferralActionDialog::setLetterChoices(int selectedLetters, const QList<QPair<qint64, QString>> &organisations,
                                            qint64 organisation, int year)
{
    selectedLetters_->setText(tr("The current letters of the &selected members (%Ln)", nullptr, selectedLetters));
    selectedLetters_->setEnabled(selectedLetters > 0);
    (selectedLetters > 0 ? selectedLetters_ : yearLetters_)->setChecked(true);
    organisation_->clear();
    for (const auto &[id, name] : organisations)
        organisation_->addItem(name, id);
    const int i = organisation_->findData(organisation);
    organisation_->setCurrentIndex(i >= 0 ? i : 0);
    year_->setValue(year);
    updateEnabled();
}

void ReferralActionDialog::setPdfPath(const QString &path)
{
    pdfPath_->setText(QDir::toNativeSeparators(path));
}

bool ReferralActionDialog::selectedLettersOnly() const
{
    return selectedLetters_ && selectedLetters_->isChecked();
}

qint64 ReferralActionDialog::organisationId() const
{
    return organisation_ ? organisation_->currentData().toLongLong() : 0;
}

int ReferralActionDialog::year() const
{
    return year_ ? year_->value() : 0;
}

QString ReferralActionDialog::pdfPath() const
{
    return pdfPath_ ? QDir::fromNativeSeparators(pdfPath_->text().trimmed()) : QString();
}

void ReferralActionDialog::setIntro(const QString &text)
{
    intro_->setText(text);
}

QString ReferralActionDialog::intro() const
{
    return intro_->text();
}

void ReferralActionDialog::setCells(const QList<QPair<qint64, QString>> &cells, qint64 selected)
{
    cell_->clear();
    for (const auto &[id, name] : cells)
        cell_->addItem(name, id);
    const int i = cell_->findData(selected);
    cell_->setCurrentIndex(i >= 0 ? i : 0);
}

void ReferralActionDialog::setEachToRecordedAvailable(bool available)
{
    eachToRecorded_->setVisible(available);
    eachToRecorded_->setChecked(available);
}

void ReferralActionDialog::setCommunes(const QList<std::tuple<qint64, QString, QString>> &communes)
{
    commune_->clear();
    for (const auto &[id, name, extra] : communes)
        addFoldedItem(commune_, name, id, extra);
    commune_->setCurrentIndex(-1);
}

void ReferralActionDialog::setOutsideAvailable(bool available)
{
    if (!outside_)
        return;
    for (QWidget *w : std::initializer_list<QWidget *>{outside_, committeeLabel_, committee_, addressLabel_, address_})
        w->setVisible(available);
    // Issuing for one member without a residence commune: naming the committee is the
    // only way, so it starts ticked.
    outside_->setChecked(available && kind_ == Kind::Issue);
    updateEnabled();
}

QDate ReferralActionDialog::date() const
{
    return date_ ? date_->date() : QDate();
}

void ReferralActionDialog::setDate(const QDate &date)
{
    if (date_)
        date_->setDate(date);
    if (from_)
        from_->setDate(date);
}

qint64 ReferralActionDialog::cellId() const
{
    return cell_ ? cell_->currentData().toLongLong() : 0;
}

bool ReferralActionDialog::eachToRecordedCell() const
{
    return eachToRecorded_ && eachToRecorded_->isVisible() && eachToRecorded_->isChecked();
}

std::optional<ExemptionReason> ReferralActionDialog::exemptionReason() const
{
    if (kind_ != Kind::Exempt || !reason_)
        return std::nullopt;
    return fromCode<ExemptionReason>(reason_->currentData().toString());
}

QDate ReferralActionDialog::exemptFrom() const
{
    return from_ ? from_->date() : QDate();
}

QDate ReferralActionDialog::exemptTo() const
{
    return to_ ? to_->optionalDate() : QDate();
}

ReferralEndReason ReferralActionDialog::endReason() const
{
    if (kind_ != Kind::End || !reason_)
        return ReferralEndReason::Other;
    return fromCode<ReferralEndReason>(reason_->currentData().toString()).value_or(ReferralEndReason::Other);
}

QString ReferralActionDialog::note() const
{
    return note_ ? note_->text().trimmed() : QString();
}

qint64 ReferralActionDialog::communeId() const
{
    return commune_ && !outside() ? commune_->currentData().toLongLong() : 0;
}

bool ReferralActionDialog::outside() const
{
    return outside_ && outside_->isVisible() && outside_->isChecked();
}

QString ReferralActionDialog::committee() const
{
    return outside() ? committee_->text().trimmed() : QString();
}

QString ReferralActionDialog::address() const
{
    return outside() ? address_->text().trimmed() : QString();
}

void ReferralActionDialog::showErrors(const FieldErrors &errors)
{
    // The services name fields by the referral's columns; each sits beside one field here.
    FieldErrors mapped;
    for (FieldError e : errors) {
        static const QHash<QString, QString> fieldOf{
            {QStringLiteral("receivedDate"), QStringLiteral("date")},
            {QStringLiteral("assignedDate"), QStringLiteral("date")},
            {QStringLiteral("endedDate"), QStringLiteral("date")},
            {QStringLiteral("issueDate"), QStringLiteral("date")},
            {QStringLiteral("assignedCellId"), QStringLiteral("cell")},
            {QStringLiteral("exemptionReason"), QStringLiteral("reason")},
            {QStringLiteral("endReason"), QStringLiteral("reason")},
            {QStringLiteral("exemptFrom"), QStringLiteral("from")},
            {QStringLiteral("exemptTo"), QStringLiteral("to")},
            {QStringLiteral("endNote"), QStringLiteral("note")},
            {QStringLiteral("notReferredReason"), QStringLiteral("note")},
        };
        if (e.field == QLatin1String("toCommuneId"))
            e.field = outside() || !commune_ ? QStringLiteral("committee") : QStringLiteral("commune");
        else
            e.field = fieldOf.value(e.field, e.field);
        if (e.field == QLatin1String("date") && !date_)
            e.field = QStringLiteral("from");
        mapped.append(e);
    }
    errors_.show(mapped);
    growToFit(this);
}

void ReferralActionDialog::showProblem(const QString &message)
{
    showErrors({{QStringLiteral("other"), message}});
}

} // namespace cutru
