#pragma once

#include "app/form_errors.h"
#include "domain/residence.h"
#include "storage/liaison_repository.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cutru {

class LiaisonService;
class OptionalDateEdit;

// The Liaison section's dialogs share this: OK emits submitted(); whoever opened the
// dialog runs the action and accepts it, or shows what was refused beside the field
// concerned (FieldError::field) and leaves it open. Shown with open(), so tests drive them.
class LiaisonFormDialog : public QDialog {
    Q_OBJECT
public:
    explicit LiaisonFormDialog(QWidget *parent = nullptr);

    void showErrors(const FieldErrors &errors);
    void showProblem(const QString &message);
    // The text shown beside a field, or above the buttons for "other" ("" when none).
    QString errorText(const QString &field) const;
    QDialogButtonBox *buttons() const { return buttons_; }

signals:
    void submitted();

protected:
    // A labelled row with its error label (object name "liaisonError_<field>").
    void addField(const QString &field, QLabel *label, QWidget *editor);
    void finishLayout(QWidget *extra = nullptr);
    void setReadOnlyButtons();

    QFormLayout *form_ = nullptr;
    FormErrors errors_;
    QLabel *problem_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

// A cadre of the register: name, position, organisation, phone; below, once the cadre
// is saved, the assignments (district or commune, from–to) with Add… and End….
class CadreDialog : public LiaisonFormDialog {
    Q_OBJECT
public:
    CadreDialog(LiaisonService &service, const LiaisonCadre &cadre, bool readOnly, QWidget *parent = nullptr);

    LiaisonCadre cadre() const;
    // After a save: the stored cadre (its id and row version), assignments enabled.
    void setSaved(const LiaisonCadre &cadre);
    QTableWidget *assignmentTable() const { return assignments_; }
    QPushButton *addAssignmentButton() const { return addAssignment_; }
    QPushButton *endAssignmentButton() const { return endAssignment_; }
    void reloadAssignments();

signals:
    void assignmentsChanged();

private:
    void addAssignment();
    void endSelectedAssignment();
    LiaisonService &service_;
    LiaisonCadre cadre_;
    bool readOnly_;
    QLineEdit *fullName_, *position_, *organisation_, *phone_;
    QLabel *assignmentsHint_;
    QTableWidget *assignments_;
    QPushButton *addAssignment_, *endAssignment_;
    QList<storage::AssignmentRow> rows_;
};

// A new assignment (a district or a commune-level committee, from, to), or the end of
// one (its last day).
class AssignmentDialog : public LiaisonFormDialog {
    Q_OBJECT
public:
    // New: `places` are the districts and communes to choose from.
    AssignmentDialog(const QList<storage::LiaisonPlace> &places, QWidget *parent = nullptr);
    // Ending `row`.
    AssignmentDialog(const storage::AssignmentRow &row, QWidget *parent = nullptr);

    LiaisonAssignment assignment() const; // cadreId left to the caller
    QDate lastDay() const;

private:
    QComboBox *organisation_ = nullptr;
    QDateEdit *from_ = nullptr;
    OptionalDateEdit *to_ = nullptr;
    QDateEdit *lastDay_ = nullptr;
};

// One problem: category, text, status, the resolution and its date.
class ProblemDialog : public LiaisonFormDialog {
    Q_OBJECT
public:
    ProblemDialog(const LiaisonProblem &problem, const QString &context, bool readOnly, QWidget *parent = nullptr);
    LiaisonProblem problem() const;

private:
    LiaisonProblem problem_;
    QComboBox *category_, *status_;
    QPlainTextEdit *text_, *resolution_;
    OptionalDateEdit *resolvedDate_;
};

// A visit: cadre, date, commune, the cell (optional, of that commune), the meeting
// attended picked from the cell's meetings near the date, notes, and its problems
// (added and changed here, saved with the visit in one transaction).
class VisitDialog : public LiaisonFormDialog {
    Q_OBJECT
public:
    VisitDialog(LiaisonService &service, const LiaisonVisit &visit, const QList<LiaisonProblem> &problems,
                bool readOnly, QWidget *parent = nullptr);

    LiaisonVisit visit() const;
    const QList<LiaisonProblem> &problems() const { return problems_; }
    // Opens the problem dialog for a new problem / the selected one (open(), not exec()).
    ProblemDialog *addProblem();
    ProblemDialog *editProblem(int row);
    QTableWidget *problemTable() const { return problemTable_; }
    // Errors of the problems ("problems[i].field") are shown above the buttons.
    void showOutcomeErrors(const FieldErrors &errors);

private:
    void reloadCells();
    void reloadMeetings();
    void showProblems();
    ProblemDialog *openProblem(int row);
    LiaisonService &service_;
    LiaisonVisit visit_;
    QList<LiaisonProblem> problems_;
    bool readOnly_;
    QComboBox *cadre_, *commune_, *cell_, *meeting_;
    QDateEdit *date_;
    QPlainTextEdit *notes_;
    QTableWidget *problemTable_;
    QPushButton *addProblem_, *editProblem_;
};

} // namespace cutru
