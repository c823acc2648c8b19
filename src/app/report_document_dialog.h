#pragma once

#include "reports/report_pdf.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cutru {

// The document details printed around a report in the official format: its number,
// place and date, and who signs (title and name). Starts from what the scope
// suggests (reports::defaultDocumentDetails); the heading blocks and "on behalf of"
// stay as suggested.
class ReportDocumentDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDocumentDialog(const reports::ReportDocumentDetails &details, QWidget *parent = nullptr);

    reports::ReportDocumentDetails details() const;

    QLineEdit *numberEdit() const { return number_; }
    QLineEdit *placeEdit() const { return place_; }
    QDateEdit *dateEdit() const { return date_; }
    QLineEdit *signerTitleEdit() const { return signerTitle_; }
    QLineEdit *signerNameEdit() const { return signerName_; }
    QDialogButtonBox *buttons() const { return buttons_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    reports::ReportDocumentDetails details_;
    QLabel *intro_ = nullptr;
    QLabel *numberLabel_ = nullptr;
    QLineEdit *number_ = nullptr;
    QLabel *placeLabel_ = nullptr;
    QLineEdit *place_ = nullptr;
    QLabel *dateLabel_ = nullptr;
    QDateEdit *date_ = nullptr;
    QLabel *signerTitleLabel_ = nullptr;
    QLineEdit *signerTitle_ = nullptr;
    QLabel *signerNameLabel_ = nullptr;
    QLineEdit *signerName_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

} // namespace cutru
