#pragma once

#include "app/form_errors.h"
#include "domain/residence.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace cutru {

// The Meetings section's dialogs share this: they never act themselves. OK emits
// submitted(); the page runs the action and then accepts the dialog, or shows what
// was refused beside the field concerned (FieldError::field) and leaves it open.
// Shown with open() (window-modal, not blocking), so tests drive them.
class MeetingFormDialog : public QDialog {
    Q_OBJECT
public:
    explicit MeetingFormDialog(QWidget *parent = nullptr);

    void showErrors(const FieldErrors &errors);
    void showProblem(const QString &message);
    // The text shown beside a field, or above the buttons for "other" ("" when none).
    QString errorText(const QString &field) const;

    QDialogButtonBox *buttons() const { return buttons_; }
    QLabel *problemLabel() const { return problem_; }

signals:
    void submitted();

protected:
    // A labelled row with its error label (object name "meetingError_<field>").
    void addField(const QString &field, QLabel *label, QWidget *editor);
    // Lays out intro, form, anything `extra` holds, the problem line and the buttons.
    void finishLayout(QLayout *extra = nullptr);
    void setReadOnlyButtons();

    QLabel *intro_ = nullptr;
    QFormLayout *form_ = nullptr;
    FormErrors errors_;
    QLabel *problem_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

// A meeting of a residence cell: date (dd/MM/yyyy), kind, venue and its capacity, the
// agenda (a checklist of the usual items plus free text), the minutes and who chaired.
// Attendance and the headcount of guests belong to the attendance sheet. Read-only
// for roles that cannot manage the cell's meetings.
class MeetingDialog : public MeetingFormDialog {
    Q_OBJECT
public:
    MeetingDialog(const Meeting &meeting, const QString &cellName, bool readOnly, QWidget *parent = nullptr);

    // The meeting as edited (id, cell, guests, held and row version as given).
    Meeting meeting() const;
    bool isReadOnly() const { return readOnly_; }

    QDateEdit *dateEdit() const { return date_; }
    QComboBox *kindCombo() const { return kind_; }
    QLineEdit *venueEdit() const { return venue_; }
    QSpinBox *capacitySpin() const { return capacity_; }
    QListWidget *agendaList() const { return agenda_; }
    QPlainTextEdit *agendaNotesEdit() const { return agendaNotes_; }
    QPlainTextEdit *minutesEdit() const { return minutes_; }
    QLineEdit *chairedByEdit() const { return chairedBy_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Meeting meeting_;
    QString cellName_;
    bool readOnly_ = false;
    QLabel *dateLabel_ = nullptr;
    QDateEdit *date_ = nullptr;
    QLabel *kindLabel_ = nullptr;
    QComboBox *kind_ = nullptr;
    QLabel *venueLabel_ = nullptr;
    QLineEdit *venue_ = nullptr;
    QLabel *capacityLabel_ = nullptr;
    QSpinBox *capacity_ = nullptr;
    QLabel *agendaLabel_ = nullptr;
    QListWidget *agenda_ = nullptr;
    QLabel *agendaNotesLabel_ = nullptr;
    QPlainTextEdit *agendaNotes_ = nullptr;
    QLabel *minutesLabel_ = nullptr;
    QPlainTextEdit *minutes_ = nullptr;
    QLabel *chairedByLabel_ = nullptr;
    QLineEdit *chairedBy_ = nullptr;
};

// Where to write a meeting's printed sheet: the blank sign-in sheet or the filled
// attendance record, as a PDF file (a path field, Browse… for the file dialog).
class MeetingPrintDialog : public MeetingFormDialog {
    Q_OBJECT
public:
    enum class Kind { SignInSheet, AttendanceRecord };
    MeetingPrintDialog(Kind kind, const QString &meetingText, QWidget *parent = nullptr);

    Kind kind() const { return kind_; }
    void setPdfPath(const QString &path);
    QString pdfPath() const;
    QLineEdit *pdfPathEdit() const { return path_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void browse();

    Kind kind_;
    QString meetingText_;
    QLabel *pathLabel_ = nullptr;
    QLineEdit *path_ = nullptr;
    QPushButton *browse_ = nullptr;
};

} // namespace cutru
