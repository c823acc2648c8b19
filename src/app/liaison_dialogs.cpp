#include "app/liaison_dialogs.h"

#include "app/optional_date_edit.h"
#include "domain/dates.h"
#include "services/liaison_service.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cutru {
namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &name, const QDate &date)
{
    auto *e = new QDateEdit(parent);
    e->setObjectName(name);
    e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    e->setCalendarPopup(true);
    e->setMinimumDate(QDate(1990, 1, 1));
    e->setMaximumDate(QDate(2100, 12, 31));
    e->setDate(date.isValid() ? date : QDate::currentDate());
    return e;
}

QPlainTextEdit *textEdit(QWidget *parent, const QString &name, const QString &text, int lines)
{
    auto *e = new QPlainTextEdit(text, parent);
    e->setObjectName(name);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().height() * lines + 12);
    return e;
}

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString placeLabel(const storage::LiaisonPlace &p)
{
    return p.name;
}

} // namespace

// ---- Shared form ------------------------------------------------------------------------------

LiaisonFormDialog::LiaisonFormDialog(QWidget *parent) : QDialog(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);
    form_ = new QFormLayout;
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("liaisonProblem"));
    problem_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errors_.setOtherLabel(problem_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        errors_.clear();
        emit submitted();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void LiaisonFormDialog::addField(const QString &field, QLabel *label, QWidget *editor)
{
    label->setBuddy(editor);
    form_->addRow(label, editor);
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("liaisonError_") + field);
    form_->addRow(QString(), error);
    errors_.add(field, error, editor);
}

void LiaisonFormDialog::finishLayout(QWidget *extra)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form_);
    if (extra)
        layout->addWidget(extra, 1);
    layout->addWidget(problem_);
    if (!extra)
        layout->addStretch(1);
    layout->addWidget(buttons_);
}

void LiaisonFormDialog::setReadOnlyButtons()
{
    buttons_->setStandardButtons(QDialogButtonBox::Close);
}

void LiaisonFormDialog::showErrors(const FieldErrors &errors)
{
    errors_.show(errors);
}

void LiaisonFormDialog::showProblem(const QString &message)
{
    errors_.show({{QStringLiteral("other"), message}});
}

QString LiaisonFormDialog::errorText(const QString &field) const
{
    const QString text = errors_.textOf(field);
    if (!text.isEmpty() || field != QLatin1String("other"))
        return text;
    return problem_->isVisible() ? problem_->text() : QString();
}

// ---- Cadre ----------------------------------------------------------------------------------------

CadreDialog::CadreDialog(LiaisonService &service, const LiaisonCadre &cadre, bool readOnly, QWidget *parent)
    : LiaisonFormDialog(parent), service_(service), cadre_(cadre), readOnly_(readOnly)
{
    setObjectName(QStringLiteral("cadreDialog"));
    setWindowTitle(cadre.id == 0 ? tr("New liaison cadre") : tr("Liaison cadre"));
    auto field = [&](const char *key, const QString &labelText, const QString &value) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(QStringLiteral("cadre_") + QLatin1String(key));
        edit->setReadOnly(readOnly);
        addField(QLatin1String(key), new QLabel(labelText, this), edit);
        return edit;
    };
    fullName_ = field("fullName", tr("Full name:"), cadre.fullName);
    position_ = field("position", tr("Position:"), cadre.position);
    organisation_ = field("organisation", tr("Organisation:"), cadre.organisation);
    phone_ = field("phone", tr("Phone:"), cadre.phone);

    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Assignments"), box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    assignmentsHint_ = new QLabel(box);
    assignmentsHint_->setWordWrap(true);
    assignments_ = table(box, QStringLiteral("cadreAssignments"), {tr("District or commune"), tr("From"), tr("To")});
    addAssignment_ = new QPushButton(tr("Add assignment…"), box);
    addAssignment_->setObjectName(QStringLiteral("addAssignment"));
    endAssignment_ = new QPushButton(tr("End assignment…"), box);
    endAssignment_->setObjectName(QStringLiteral("endAssignment"));
    auto *row = new QHBoxLayout;
    row->addWidget(addAssignment_);
    row->addWidget(endAssignment_);
    row->addStretch(1);
    boxLayout->addWidget(title);
    boxLayout->addWidget(assignmentsHint_);
    boxLayout->addWidget(assignments_, 1);
    boxLayout->addLayout(row);
    addAssignment_->setVisible(!readOnly);
    endAssignment_->setVisible(!readOnly);
    connect(addAssignment_, &QPushButton::clicked, this, &CadreDialog::addAssignment);
    connect(endAssignment_, &QPushButton::clicked, this, &CadreDialog::endSelectedAssignment);
    connect(assignments_, &QTableWidget::itemSelectionChanged, this, [this] {
        const int r = assignments_->currentRow();
        endAssignment_->setEnabled(r >= 0 && r < rows_.size() && !rows_[r].assignment.to.isValid());
    });
    if (readOnly)
        setReadOnlyButtons();
    finishLayout(box);
    setMinimumHeight(520);
    setSaved(cadre);
}

LiaisonCadre CadreDialog::cadre() const
{
    LiaisonCadre c = cadre_;
    c.fullName = fullName_->text();
    c.position = position_->text();
    c.organisation = organisation_->text();
    c.phone = phone_->text();
    return c;
}

void CadreDialog::setSaved(const LiaisonCadre &cadre)
{
    cadre_ = cadre;
    const bool saved = cadre.id > 0;
    if (saved)
        setWindowTitle(tr("Liaison cadre: %1").arg(cadre.fullName));
    assignmentsHint_->setText(saved ? QString() : tr("Save the cadre first (OK), then add the districts or communes assigned."));
    assignmentsHint_->setVisible(!saved);
    addAssignment_->setEnabled(saved);
    endAssignment_->setEnabled(false);
    reloadAssignments();
}

void CadreDialog::reloadAssignments()
{
    rows_ = cadre_.id > 0 ? service_.assignmentsOf(cadre_.id) : QList<storage::AssignmentRow>();
    assignments_->setRowCount(int(rows_.size()));
    for (int i = 0; i < rows_.size(); ++i) {
        const storage::AssignmentRow &r = rows_[i];
        assignments_->setItem(i, 0, new QTableWidgetItem(r.organisationName));
        assignments_->setItem(i, 1, new QTableWidgetItem(displayDate(r.assignment.from)));
        assignments_->setItem(i, 2, new QTableWidgetItem(displayDate(r.assignment.to)));
    }
    assignments_->resizeColumnToContents(0);
    endAssignment_->setEnabled(false);
}

void CadreDialog::addAssignment()
{
    QList<storage::LiaisonPlace> places = service_.districts();
    places << service_.communes();
    std::sort(places.begin(), places.end(),
              [](const storage::LiaisonPlace &a, const storage::LiaisonPlace &b) { return a.path < b.path; });
    auto *dialog = new AssignmentDialog(places, this);
    connect(dialog, &LiaisonFormDialog::submitted, this, [this, dialog] {
        LiaisonAssignment a = dialog->assignment();
        a.cadreId = cadre_.id;
        const SaveOutcome o = service_.saveAssignment(a);
        if (o.status == SaveOutcome::Status::Invalid) {
            dialog->showErrors(o.errors);
            return;
        }
        if (!o.ok()) {
            dialog->showProblem(o.message);
            return;
        }
        dialog->accept();
        reloadAssignments();
        emit assignmentsChanged();
    });
    dialog->open();
}

void CadreDialog::endSelectedAssignment()
{
    const int r = assignments_->currentRow();
    if (r < 0 || r >= rows_.size())
        return;
    const storage::AssignmentRow row = rows_[r];
    auto *dialog = new AssignmentDialog(row, this);
    connect(dialog, &LiaisonFormDialog::submitted, this, [this, dialog, row] {
        const SaveOutcome o = service_.endAssignment(row.assignment.id, dialog->lastDay(), row.assignment.rowVersion);
        if (o.status == SaveOutcome::Status::Invalid) {
            // The assignment's "to" is the dialog's last day.
            FieldErrors errors;
            for (const FieldError &e : o.errors)
                errors.append({e.field == QLatin1String("to") ? QStringLiteral("lastDay") : e.field, e.message});
            dialog->showErrors(errors);
            return;
        }
        if (!o.ok()) {
            dialog->showProblem(o.message);
            return;
        }
        dialog->accept();
        reloadAssignments();
        emit assignmentsChanged();
    });
    dialog->open();
}

// ---- Assignment --------------------------------------------------------------------------------

AssignmentDialog::AssignmentDialog(const QList<storage::LiaisonPlace> &places, QWidget *parent)
    : LiaisonFormDialog(parent)
{
    setObjectName(QStringLiteral("assignmentDialog"));
    setWindowTitle(tr("New assignment"));
    organisation_ = new QComboBox(this);
    organisation_->setObjectName(QStringLiteral("assignmentOrganisation"));
    for (const storage::LiaisonPlace &p : places)
        organisation_->addItem(p.level == OrgLevel::District ? p.name : QStringLiteral("    ") + placeLabel(p), p.id);
    addField(QStringLiteral("organisationId"), new QLabel(tr("District or commune:"), this), organisation_);
    from_ = dateEdit(this, QStringLiteral("assignmentFrom"), QDate::currentDate());
    addField(QStringLiteral("from"), new QLabel(tr("From:"), this), from_);
    to_ = new OptionalDateEdit(this);
    to_->setObjectName(QStringLiteral("assignmentTo"));
    to_->setOptionalDate({});
    addField(QStringLiteral("to"), new QLabel(tr("To (blank: open):"), this), to_);
    finishLayout();
}

AssignmentDialog::AssignmentDialog(const storage::AssignmentRow &row, QWidget *parent) : LiaisonFormDialog(parent)
{
    setObjectName(QStringLiteral("endAssignmentDialog"));
    setWindowTitle(tr("End assignment"));
    auto *what = new QLabel(tr("%1, from %2").arg(row.organisationName, displayDate(row.assignment.from)), this);
    what->setWordWrap(true);
    form_->addRow(new QLabel(tr("Assignment:"), this), what);
    lastDay_ = dateEdit(this, QStringLiteral("assignmentLastDay"), QDate::currentDate());
    addField(QStringLiteral("lastDay"), new QLabel(tr("Last day:"), this), lastDay_);
    finishLayout();
}

LiaisonAssignment AssignmentDialog::assignment() const
{
    LiaisonAssignment a;
    if (organisation_)
        a.organisationId = organisation_->currentData().toLongLong();
    if (from_)
        a.from = from_->date();
    if (to_)
        a.to = to_->optionalDate();
    return a;
}

QDate AssignmentDialog::lastDay() const
{
    return lastDay_ ? lastDay_->date() : QDate();
}

// ---- Problem ------------------------------------------------------------------------------------

ProblemDialog::ProblemDialog(const LiaisonProblem &problem, const QString &context, bool readOnly, QWidget *parent)
    : LiaisonFormDialog(parent), problem_(problem)
{
    setObjectName(QStringLiteral("problemDialog"));
    setWindowTitle(problem.id == 0 && problem.text.isEmpty() ? tr("New problem") : tr("Problem"));
    if (!context.isEmpty()) {
        auto *where = new QLabel(context, this);
        where->setObjectName(QStringLiteral("problemContext"));
        where->setWordWrap(true);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form_->addRow(where);
    }
    category_ = new QComboBox(this);
    category_->setObjectName(QStringLiteral("problemCategory"));
    for (ProblemCategory c : allValues<ProblemCategory>())
        category_->addItem(label(c), code(c));
    category_->setCurrentIndex(std::max(0, category_->findData(code(problem.category))));
    addField(QStringLiteral("category"), new QLabel(tr("Category:"), this), category_);
    text_ = textEdit(this, QStringLiteral("problemText"), problem.text, 3);
    addField(QStringLiteral("text"), new QLabel(tr("Problem:"), this), text_);
    status_ = new QComboBox(this);
    status_->setObjectName(QStringLiteral("problemStatus"));
    for (ProblemStatus s : allValues<ProblemStatus>())
        status_->addItem(label(s), code(s));
    status_->setCurrentIndex(std::max(0, status_->findData(code(problem.status))));
    addField(QStringLiteral("status"), new QLabel(tr("Status:"), this), status_);
    resolution_ = textEdit(this, QStringLiteral("problemResolution"), problem.resolution, 3);
    addField(QStringLiteral("resolution"), new QLabel(tr("Resolution:"), this), resolution_);
    resolvedDate_ = new OptionalDateEdit(this);
    resolvedDate_->setObjectName(QStringLiteral("problemResolvedDate"));
    resolvedDate_->setOptionalDate(problem.resolvedDate);
    resolvedDate_->setStartDate(QDate::currentDate());
    addField(QStringLiteral("resolvedDate"), new QLabel(tr("Resolved on:"), this), resolvedDate_);
    // Resolving fills in today's date once; reopening clears it (only a resolved problem has one).
    connect(status_, &QComboBox::currentIndexChanged, this, [this] {
        const bool resolved = status_->currentData().toString() == code(ProblemStatus::Resolved);
        if (resolved && resolvedDate_->isBlank())
            resolvedDate_->setOptionalDate(QDate::currentDate());
        else if (!resolved)
            resolvedDate_->setOptionalDate({});
    });
    if (readOnly) {
        category_->setEnabled(false);
        status_->setEnabled(false);
        text_->setReadOnly(true);
        resolution_->setReadOnly(true);
        resolvedDate_->setReadOnly(true);
        setReadOnlyButtons();
    }
    finishLayout();
}

LiaisonProblem ProblemDialog::problem() const
{
    LiaisonProblem p = problem_;
    p.category = fromCode<ProblemCategory>(category_->currentData().toString()).value_or(ProblemCategory::Other);
    p.text = text_->toPlainText().trimmed();
    p.status = fromCode<ProblemStatus>(status_->currentData().toString()).value_or(ProblemStatus::Open);
    p.resolution = resolution_->toPlainText().trimmed();
    p.resolvedDate = resolvedDate_->optionalDate();
    return p;
}

// ---- Visit ----------------------------------------------------------------------------------------

VisitDialog::VisitDialog(LiaisonService &service, const LiaisonVisit &visit, const QList<LiaisonProblem> &problems,
                         bool readOnly, QWidget *parent)
    : LiaisonFormDialog(parent), service_(service), visit_(visit), problems_(problems), readOnly_(readOnly)
{
    setObjectName(QStringLiteral("visitDialog"));
    setWindowTitle(visit.id == 0 ? tr("New visit") : tr("Visit"));
    setMinimumWidth(640);

    cadre_ = new QComboBox(this);
    cadre_->setObjectName(QStringLiteral("visitCadre"));
    for (const LiaisonCadre &c : service_.cadres())
        cadre_->addItem(c.position.isEmpty() ? c.fullName : tr("%1 (%2)").arg(c.fullName, c.position), c.id);
    cadre_->setCurrentIndex(std::max(0, cadre_->findData(visit.cadreId)));
    addField(QStringLiteral("cadreId"), new QLabel(tr("Liaison cadre:"), this), cadre_);

    date_ = dateEdit(this, QStringLiteral("visitDate"), visit.visitDate);
    addField(QStringLiteral("visitDate"), new QLabel(tr("Visit date:"), this), date_);

    commune_ = new QComboBox(this);
    commune_->setObjectName(QStringLiteral("visitCommune"));
    for (const storage::LiaisonPlace &p : service_.communes())
        commune_->addItem(p.name, p.id);
    commune_->setCurrentIndex(std::max(0, commune_->findData(visit.communeId)));
    addField(QStringLiteral("communeId"), new QLabel(tr("Commune:"), this), commune_);

    cell_ = new QComboBox(this);
    cell_->setObjectName(QStringLiteral("visitCell"));
    addField(QStringLiteral("cellId"), new QLabel(tr("Cell:"), this), cell_);

    meeting_ = new QComboBox(this);
    meeting_->setObjectName(QStringLiteral("visitMeeting"));
    addField(QStringLiteral("meetingId"), new QLabel(tr("Meeting attended:"), this), meeting_);

    notes_ = textEdit(this, QStringLiteral("visitNotes"), visit.notes, 3);
    addField(QStringLiteral("notes"), new QLabel(tr("Notes:"), this), notes_);

    auto *box = new QWidget(this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Problems raised"), box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    problemTable_ = table(box, QStringLiteral("visitProblems"),
                          {tr("Category"), tr("Problem"), tr("Status"), tr("Resolution"), tr("Resolved on")});
    addProblem_ = new QPushButton(tr("Add problem…"), box);
    addProblem_->setObjectName(QStringLiteral("addProblem"));
    editProblem_ = new QPushButton(readOnly ? tr("Show problem…") : tr("Edit problem…"), box);
    editProblem_->setObjectName(QStringLiteral("editProblem"));
    auto *row = new QHBoxLayout;
    row->addWidget(addProblem_);
    row->addWidget(editProblem_);
    row->addStretch(1);
    boxLayout->addWidget(title);
    boxLayout->addWidget(problemTable_, 1);
    boxLayout->addLayout(row);
    addProblem_->setVisible(!readOnly);
    connect(addProblem_, &QPushButton::clicked, this, [this] { addProblem(); });
    connect(editProblem_, &QPushButton::clicked, this, [this] { editProblem(problemTable_->currentRow()); });
    connect(problemTable_, &QTableWidget::cellDoubleClicked, this, [this](int r, int) { editProblem(r); });

    connect(commune_, &QComboBox::currentIndexChanged, this, [this] { reloadCells(); });
    connect(cell_, &QComboBox::currentIndexChanged, this, [this] { reloadMeetings(); });
    connect(date_, &QDateEdit::dateChanged, this, [this] { reloadMeetings(); });
    reloadCells();
    showProblems();

    if (readOnly) {
        cadre_->setEnabled(false);
        date_->setReadOnly(true);
        commune_->setEnabled(false);
        cell_->setEnabled(false);
        meeting_->setEnabled(false);
        notes_->setReadOnly(true);
        setReadOnlyButtons();
    }
    finishLayout(box);
    setMinimumHeight(640);
}

void VisitDialog::reloadCells()
{
    const qint64 keep = cell_->count() > 0 ? cell_->currentData().toLongLong() : visit_.cellId;
    const QSignalBlocker block(cell_);
    cell_->clear();
    cell_->addItem(tr("(the commune's committee)"), qint64(0));
    const qint64 commune = commune_->currentData().toLongLong();
    if (commune > 0)
        for (const storage::LiaisonPlace &p : service_.cellsOf(commune))
            cell_->addItem(p.name, p.id);
    cell_->setCurrentIndex(std::max(0, cell_->findData(keep)));
    reloadMeetings();
}

void VisitDialog::reloadMeetings()
{
    const qint64 keep = meeting_->count() > 0 ? meeting_->currentData().toLongLong() : visit_.meetingId;
    const QSignalBlocker block(meeting_);
    meeting_->clear();
    meeting_->addItem(tr("(none recorded)"), qint64(0));
    const qint64 cell = cell_->currentData().toLongLong();
    if (cell > 0)
        for (const storage::MeetingChoice &m : service_.meetingsNear(cell, date_->date())) {
            QString text = tr("%1 — %2").arg(displayDate(m.date), label(m.kind));
            if (!m.venue.isEmpty())
                text = tr("%1, %2").arg(text, m.venue);
            if (!m.held)
                text = tr("%1 (planned)").arg(text);
            meeting_->addItem(text, m.id);
        }
    meeting_->setCurrentIndex(std::max(0, meeting_->findData(keep)));
}

void VisitDialog::showProblems()
{
    problemTable_->setRowCount(int(problems_.size()));
    for (int i = 0; i < problems_.size(); ++i) {
        const LiaisonProblem &p = problems_[i];
        problemTable_->setItem(i, 0, new QTableWidgetItem(label(p.category)));
        problemTable_->setItem(i, 1, new QTableWidgetItem(p.text));
        problemTable_->setItem(i, 2, new QTableWidgetItem(label(p.status)));
        problemTable_->setItem(i, 3, new QTableWidgetItem(p.resolution));
        problemTable_->setItem(i, 4, new QTableWidgetItem(displayDate(p.resolvedDate)));
    }
    // One line per problem; long texts are cut at a readable width (Edit problem…
    // shows them whole).
    problemTable_->setWordWrap(false);
    problemTable_->resizeColumnsToContents();
    for (int c : {1, 3})
        problemTable_->setColumnWidth(c, std::min(problemTable_->columnWidth(c), 260));
    editProblem_->setEnabled(!problems_.isEmpty());
}

LiaisonVisit VisitDialog::visit() const
{
    LiaisonVisit v = visit_;
    v.cadreId = cadre_->currentData().toLongLong();
    v.visitDate = date_->date();
    v.communeId = commune_->currentData().toLongLong();
    v.cellId = cell_->currentData().toLongLong();
    v.meetingId = meeting_->currentData().toLongLong();
    v.notes = notes_->toPlainText().trimmed();
    return v;
}

ProblemDialog *VisitDialog::addProblem()
{
    return openProblem(-1);
}

ProblemDialog *VisitDialog::editProblem(int row)
{
    if (row < 0 || row >= problems_.size())
        return nullptr;
    return openProblem(row);
}

ProblemDialog *VisitDialog::openProblem(int row)
{
    const LiaisonProblem start = row >= 0 ? problems_[row] : LiaisonProblem{};
    auto *dialog = new ProblemDialog(start, QString(), readOnly_, this);
    // Checked here with the visit's date; stored with the visit when it is saved.
    connect(dialog, &LiaisonFormDialog::submitted, this, [this, dialog, row] {
        const LiaisonProblem p = dialog->problem();
        if (const FieldErrors errors = validate(p, date_->date()); !errors.isEmpty()) {
            dialog->showErrors(errors);
            return;
        }
        if (row >= 0)
            problems_[row] = p;
        else
            problems_.append(p);
        showProblems();
        dialog->accept();
    });
    dialog->open();
    return dialog;
}

void VisitDialog::showOutcomeErrors(const FieldErrors &errors)
{
    // "problems[i].field": the problem's number and the message, above the buttons.
    static const QRegularExpression problemKey(QStringLiteral("^problems\\[(\\d+)\\]\\."));
    FieldErrors shown;
    QStringList others;
    for (const FieldError &e : errors) {
        const QRegularExpressionMatch m = problemKey.match(e.field);
        if (m.hasMatch())
            others << tr("Problem %1: %2").arg(m.captured(1).toInt() + 1).arg(e.message);
        else
            shown << e;
    }
    if (!others.isEmpty())
        shown << FieldError{QStringLiteral("other"), others.join(QLatin1Char('\n'))};
    showErrors(shown);
}

} // namespace cutru
