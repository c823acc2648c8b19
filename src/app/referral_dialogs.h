#pragma once

#include "app/form_errors.h"
#include "domain/codes.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>
#include <optional>
#include <tuple>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace cutru {

class OptionalDateEdit;

// What the Referrals section asks before an action on the selection: a reception
// date, a cell, a Guideline 33 exemption, an ending, an issue date, a move's new
// commune, a reply slip's date, the not-to-be-referred mark, which letters to print
// and where. It never acts itself: OK emits submitted(); the page runs the action and
// then accepts the dialog, or shows what was refused beside the field concerned and
// leaves it open. Shown with open() (window-modal, not blocking), so tests drive it.
class ReferralActionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Receive, Assign, Exempt, End, Issue, Move, ReplySlip, NotReferred, PrintLetters };

    explicit ReferralActionDialog(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return kind_; }
    // What is about to happen, naming the members concerned.
    void setIntro(const QString &text);
    QString intro() const;

    // Assign: the residence cells offered (id, name), one pre-selected.
    void setCells(const QList<QPair<qint64, QString>> &cells, qint64 selected);
    // Assign with several referrals: offer "each to their recorded residence cell".
    void setEachToRecordedAvailable(bool available);
    // Move: the communes offered (id, name, folded search text).
    void setCommunes(const QList<std::tuple<qint64, QString, QString>> &communes);
    // Issue: whether a committee outside the province may be named (one member
    // without a residence commune).
    void setOutsideAvailable(bool available);

    // NotReferred: the mark shown first (the selection's current state) and its reason.
    void setNotReferred(bool notReferred, const QString &reason);
    bool notReferred() const;
    // PrintLetters: "the selection's letters" (count; 0 disables it) or "every letter
    // an organisation issued in a year" (organisations: id, name); the suggested file.
    void setLetterChoices(int selectedLetters, const QList<QPair<qint64, QString>> &organisations,
                          qint64 organisation, int year);
    void setPdfPath(const QString &path);
    bool selectedLettersOnly() const;
    qint64 organisationId() const;
    int year() const;
    QString pdfPath() const;

    QDate date() const;
    void setDate(const QDate &date);
    qint64 cellId() const;
    bool eachToRecordedCell() const;
    std::optional<ExemptionReason> exemptionReason() const; // nullopt: no longer exempt
    QDate exemptFrom() const;
    QDate exemptTo() const;
    ReferralEndReason endReason() const;
    QString note() const;
    qint64 communeId() const;
    bool outside() const;
    QString committee() const;
    QString address() const;

    // The service's refusal: beside the field concerned, or above the buttons.
    void showErrors(const FieldErrors &errors);
    void showProblem(const QString &message);

    QDateEdit *dateEdit() const { return date_; }
    QComboBox *cellCombo() const { return cell_; }
    QCheckBox *eachToRecordedCheck() const { return eachToRecorded_; }
    QComboBox *reasonCombo() const { return reason_; }
    QDateEdit *fromEdit() const { return from_; }
    OptionalDateEdit *toEdit() const { return to_; }
    QLineEdit *noteEdit() const { return note_; }
    QComboBox *communeCombo() const { return commune_; }
    QCheckBox *outsideCheck() const { return outside_; }
    QLineEdit *committeeEdit() const { return committee_; }
    QLineEdit *addressEdit() const { return address_; }
    QCheckBox *notReferredCheck() const { return notReferred_; }
    QRadioButton *selectedLettersRadio() const { return selectedLetters_; }
    QRadioButton *yearLettersRadio() const { return yearLetters_; }
    QComboBox *organisationCombo() const { return organisation_; }
    QSpinBox *yearSpin() const { return year_; }
    QLineEdit *pdfPathEdit() const { return pdfPath_; }
    QDialogButtonBox *buttons() const { return buttons_; }
    QLabel *problemLabel() const { return problem_; }

signals:
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillReasons();
    void updateEnabled();
    void browseForPdf();
    QLabel *addField(const QString &field, QLabel *label, QWidget *editor);

    Kind kind_;
    FormErrors errors_;
    QFormLayout *form_ = nullptr;
    QLabel *intro_ = nullptr;
    QLabel *dateLabel_ = nullptr;
    QDateEdit *date_ = nullptr;
    QLabel *cellLabel_ = nullptr;
    QComboBox *cell_ = nullptr;
    QCheckBox *eachToRecorded_ = nullptr;
    QLabel *reasonLabel_ = nullptr;
    QComboBox *reason_ = nullptr;
    QLabel *fromLabel_ = nullptr;
    QDateEdit *from_ = nullptr;
    QLabel *toLabel_ = nullptr;
    OptionalDateEdit *to_ = nullptr;
    QLabel *noteLabel_ = nullptr;
    QLineEdit *note_ = nullptr;
    QLabel *communeLabel_ = nullptr;
    QComboBox *commune_ = nullptr;
    QCheckBox *outside_ = nullptr;
    QLabel *committeeLabel_ = nullptr;
    QLineEdit *committee_ = nullptr;
    QLabel *addressLabel_ = nullptr;
    QLineEdit *address_ = nullptr;
    QCheckBox *notReferred_ = nullptr;
    QRadioButton *selectedLetters_ = nullptr;
    QRadioButton *yearLetters_ = nullptr;
    QLabel *organisationLabel_ = nullptr;
    QComboBox *organisation_ = nullptr;
    QLabel *yearLabel_ = nullptr;
    QSpinBox *year_ = nullptr;
    QLabel *pdfPathLabel_ = nullptr;
    QLineEdit *pdfPath_ = nullptr;
    QPushButton *browse_ = nullptr;
    QLabel *problem_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

} // namespace cutru
