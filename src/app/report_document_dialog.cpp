#include "app/report_document_dialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutru {

ReportDocumentDialog::ReportDocumentDialog(const reports::ReportDocumentDetails &details, QWidget *parent)
    : QDialog(parent), details_(details)
{
    setObjectName(QStringLiteral("reportDocumentDialog"));
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    auto line = [this](const QString &name, const QString &text, QLabel *&label) {
        label = new QLabel(this);
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setMinimumWidth(320);
        label->setBuddy(edit);
        return edit;
    };
    number_ = line(QStringLiteral("reportDocumentNumber"), details.number, numberLabel_);
    place_ = line(QStringLiteral("reportDocumentPlace"), details.place, placeLabel_);
    dateLabel_ = new QLabel(this);
    date_ = new QDateEdit(details.date.isValid() ? details.date : QDate::currentDate(), this);
    date_->setObjectName(QStringLiteral("reportDocumentDate"));
    date_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date_->setCalendarPopup(true);
    dateLabel_->setBuddy(date_);
    signerTitle_ = line(QStringLiteral("reportSignerTitle"), details.signerTitle, signerTitleLabel_);
    signerName_ = line(QStringLiteral("reportSignerName"), details.signerName, signerNameLabel_);

    auto *form = new QFormLayout;
    form->addRow(numberLabel_, number_);
    form->addRow(placeLabel_, place_);
    form->addRow(dateLabel_, date_);
    form->addRow(signerTitleLabel_, signerTitle_);
    form->addRow(signerNameLabel_, signerName_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    retranslate();
}

reports::ReportDocumentDetails ReportDocumentDialog::details() const
{
    reports::ReportDocumentDetails d = details_;
    d.number = number_->text().trimmed();
    d.place = place_->text().trimmed();
    d.date = date_->date();
    d.signerTitle = signerTitle_->text().trimmed();
    d.signerName = signerName_->text().trimmed();
    return d;
}

void ReportDocumentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReportDocumentDialog::retranslate()
{
    setWindowTitle(tr("Document details"));
    intro_->setText(tr("What the PDF prints around the report, in the official format."));
    numberLabel_->setText(tr("&Number:"));
    // The number as printed, "Số 12-BC/BTCTU"; left empty, the PDF prints a blank before the suffix.
    number_->setPlaceholderText(details_.numberSuffix.isEmpty()
                                    ? tr("Empty: a blank to fill in by hand")
                                    : tr("Empty: “Số …-%1”, to fill in by hand").arg(details_.numberSuffix));
    placeLabel_->setText(tr("&Place:"));
    dateLabel_->setText(tr("&Date:"));
    signerTitleLabel_->setText(tr("Signer's &title:"));
    signerNameLabel_->setText(tr("Signer's &name:"));
    signerName_->setPlaceholderText(tr("Empty: a blank to sign above"));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Continue…"));
}

} // namespace cutru
