#include "app/member_dialog.h"

#include "app/folding_completer.h"
#include "app/record_history_widget.h"
#include "domain/codes.h"
#include "services/acting_user.h"
#include "services/attendance_queries.h"
#include "services/member_service.h"
#include "services/referral_service.h"
#include "ui_member_dialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QLocale>
#include <QHeaderView>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QListView>
#include <QMessageBox>

namespace cutru {
namespace {

int comboIndexOf(const QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    return i < 0 ? 0 : i;
}

} // namespace

MemberDialog::MemberDialog(storage::Database &db, OrganisationTree tree, const ActingUser &user, qint64 memberId,
                           qint64 defaultCellId, QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::MemberDialog>()), db_(db), tree_(std::move(tree)), user_(user)
{
    ui_->setupUi(this);
    // The form and the member's own history as two tabs; the history is read when
    // its tab is first shown.
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("memberTabs"));
    auto *details = new QWidget(tabs_);
    const int formAt = ui_->dialogLayout->indexOf(ui_->columnsLayout);
    ui_->dialogLayout->removeItem(ui_->columnsLayout);
    ui_->columnsLayout->setParent(nullptr);
    details->setLayout(ui_->columnsLayout);
    tabs_->addTab(details, QString());
    history_ = new RecordHistoryWidget(tabs_);
    tabs_->addTab(history_, QString());
    timeline_ = new QTreeWidget(tabs_);
    timeline_->setObjectName(QStringLiteral("referralTimeline"));
    timeline_->setColumnCount(2);
    timeline_->setRootIsDecorated(true);
    timeline_->setUniformRowHeights(true);
    tabs_->addTab(timeline_, QString());
    attendanceTab_ = new QWidget(tabs_);
    attendanceTab_->setObjectName(QStringLiteral("attendanceTab"));
    attendanceSummary_ = new QLabel(attendanceTab_);
    attendanceSummary_->setObjectName(QStringLiteral("attendanceSummary"));
    attendanceSummary_->setWordWrap(true);
    attendance_ = new QTreeWidget(attendanceTab_);
    attendance_->setObjectName(QStringLiteral("attendanceHistory"));
    attendance_->setColumnCount(6);
    attendance_->setRootIsDecorated(false);
    attendance_->setUniformRowHeights(true);
    attendance_->setSelectionMode(QAbstractItemView::NoSelection);
    auto *attendanceLayout = new QVBoxLayout(attendanceTab_);
    attendanceLayout->addWidget(attendanceSummary_);
    attendanceLayout->addWidget(attendance_, 1);
    tabs_->addTab(attendanceTab_, QString());
    ui_->dialogLayout->insertWidget(formAt, tabs_, 1);
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            loadHistory();
        else if (index == 2)
            loadTimeline();
        else if (index == 3)
            loadAttendance();
    });
    fields_ = {
        {QStringLiteral("fullName"), {ui_->fullNameEdit, ui_->fullNameError}},
        {QStringLiteral("birthDate"), {ui_->birthDateEdit, ui_->birthDateError}},
        {QStringLiteral("cccd"), {ui_->cccdEdit, ui_->cccdError}},
        {QStringLiteral("partyCardNo"), {ui_->partyCardEdit, ui_->partyCardNoError}},
        {QStringLiteral("admissionDate"), {ui_->admissionDateEdit, ui_->admissionDateError}},
        {QStringLiteral("officialDate"), {ui_->officialDateEdit, ui_->officialDateError}},
        {QStringLiteral("cellId"), {ui_->cellCombo, ui_->cellIdError}},
        {QStringLiteral("phone"), {ui_->phoneEdit, ui_->phoneError}},
        {QStringLiteral("residenceCommuneId"), {ui_->residenceCommuneCombo, ui_->residenceCommuneIdError}},
        {QStringLiteral("residenceCellId"), {ui_->residenceCellCombo, ui_->residenceCellIdError}},
    };
    fieldOrder_ = {QStringLiteral("fullName"),      QStringLiteral("birthDate"),    QStringLiteral("cccd"),
                   QStringLiteral("partyCardNo"),   QStringLiteral("admissionDate"), QStringLiteral("officialDate"),
                   QStringLiteral("cellId"),        QStringLiteral("phone"),        QStringLiteral("residenceCommuneId"),
                   QStringLiteral("residenceCellId")};
    for (const FieldUi &f : std::as_const(fields_)) {
        f.error->setStyleSheet(QStringLiteral("color: #c62828;"));
        f.error->setVisible(false);
    }
    // Messages for fields the form has no place for (a rule added later) go here.
    otherErrors_ = new QLabel(this);
    otherErrors_->setObjectName(QStringLiteral("otherErrors"));
    otherErrors_->setStyleSheet(QStringLiteral("color: #c62828;"));
    otherErrors_->setWordWrap(true);
    otherErrors_->setVisible(false);
    ui_->dialogLayout->insertWidget(ui_->dialogLayout->count() - 1, otherErrors_);

    QFont heading = ui_->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    ui_->headingLabel->setFont(heading);

    ui_->birthDateEdit->setStartDate(QDate(1970, 1, 1));
    ui_->admissionDateEdit->setStartDate(QDate(2000, 1, 1));
    for (QComboBox *c : {ui_->cellCombo, ui_->residenceCommuneCombo, ui_->residenceCellCombo}) {
        makeSearchable(c);
        if (auto *list = qobject_cast<QListView *>(c->view()))
            list->setUniformItemSizes(true); // thousands of cells: no per-item measuring
    }
    ui_->cccdEdit->setInputMethodHints(Qt::ImhDigitsOnly);
    ui_->phoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    filling_ = true;
    retranslate();
    fillChoices();
    if (memberId > 0) {
        try {
            const auto m = MemberService(db_, user_).load(memberId);
            if (m) {
                member_ = *m;
            } else {
                loaded_ = false;
                loadError_ = tr("This member no longer exists; someone may have removed the record.");
            }
        } catch (const AccessDenied &e) {
            loaded_ = false;
            loadError_ = e.userMessage();
        } catch (const storage::StorageError &e) {
            loaded_ = false;
            loadError_ = e.userMessage();
        }
    } else {
        const Organisation *o = tree_.find(defaultCellId);
        if (o && (o->level == OrgLevel::Cell || o->level == OrgLevel::Workplace))
            member_.cellId = o->id;
    }
    showMember(member_);
    filling_ = false;
    retranslate(); // the heading depends on the member
    {
        const MemberService service(db_, user_);
        if (member_.id == 0 ? !service.mayCreate() : !service.mayEdit(member_))
            setReadOnly(refusalMessage(Action::EditMembers));
    }

    checkTimer_.setSingleShot(true);
    checkTimer_.setInterval(300);
    connect(&checkTimer_, &QTimer::timeout, this, &MemberDialog::runCheck);

    auto edited = [this](const char *field) {
        return [this, field] { touch(QString::fromLatin1(field)); };
    };
    connect(ui_->fullNameEdit, &QLineEdit::textEdited, this, edited("fullName"));
    connect(ui_->genderCombo, &QComboBox::currentIndexChanged, this, edited("cccd"));
    connect(ui_->birthDateEdit, &QDateEdit::dateChanged, this, edited("birthDate"));
    connect(ui_->cccdEdit, &QLineEdit::textEdited, this, edited("cccd"));
    connect(ui_->partyCardEdit, &QLineEdit::textEdited, this, edited("partyCardNo"));
    connect(ui_->admissionDateEdit, &QDateEdit::dateChanged, this, edited("admissionDate"));
    // Official membership usually follows a year of probation.
    connect(ui_->admissionDateEdit, &QDateEdit::dateChanged, this, [this] {
        const QDate admitted = ui_->admissionDateEdit->optionalDate();
        ui_->officialDateEdit->setStartDate(admitted.isValid() ? admitted.addYears(1) : QDate(2001, 1, 1));
    });
    connect(ui_->officialDateEdit, &QDateEdit::dateChanged, this, edited("officialDate"));
    connect(ui_->cellCombo, &QComboBox::currentIndexChanged, this, edited("cellId"));
    connect(ui_->phoneEdit, &QLineEdit::textEdited, this, edited("phone"));
    connect(ui_->residenceCellCombo, &QComboBox::currentIndexChanged, this, edited("residenceCellId"));
    connect(ui_->residenceCommuneCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (filling_)
            return;
        filling_ = true;
        fillResidenceCells(ui_->residenceCommuneCombo->currentData().toLongLong());
        filling_ = false;
        touch(QStringLiteral("residenceCommuneId"));
    });
    connect(ui_->probationaryCheck, &QCheckBox::toggled, this, [this] {
        updateProbationary();
        touch(QStringLiteral("officialDate"));
    });
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &MemberDialog::save);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui_->fullNameEdit->setFocus();
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::retranslate()
{
    ui_->retranslateUi(this);
    tabs_->setTabText(0, tr("Details"));
    tabs_->setTabText(1, tr("History"));
    tabs_->setTabText(2, tr("Referrals"));
    timeline_->setHeaderLabels({tr("Date"), tr("Event")});
    if (tabs_->currentIndex() == 2)
        loadTimeline();
    tabs_->setTabText(3, tr("Attendance", "member form tab"));
    attendance_->setHeaderLabels({tr("Date"), tr("Cell"), tr("Meeting"), tr("Attendance", "present or absent"),
                                  tr("Reason"), tr("Counted")});
    if (tabs_->currentIndex() == 3)
        loadAttendance();
    if (member_.id == 0) {
        setWindowTitle(tr("New member"));
        ui_->headingLabel->setText(tr("New member"));
    } else {
        setWindowTitle(tr("Member: %1").arg(member_.fullName));
        ui_->headingLabel->setText(member_.fullName);
    }
    ui_->residenceProvinceEdit->setPlaceholderText(tr("e.g. Thái Bình, or another province"));
    ui_->cccdEdit->setPlaceholderText(tr("12 digits"));
    ui_->birthDateEdit->setToolTip(tr("Type the date as dd/mm/yyyy or pick it from the calendar."));
    ui_->admissionDateEdit->setToolTip(ui_->birthDateEdit->toolTip());
    // Labels of the closed vocabularies follow the language too.
    for (int i = 0; i < ui_->genderCombo->count(); ++i)
        if (auto g = fromCode<Gender>(ui_->genderCombo->itemData(i).toString()))
            ui_->genderCombo->setItemText(i, label(*g));
    if (ui_->residenceCommuneCombo->count() > 0)
        ui_->residenceCommuneCombo->setItemText(0, tr("(none)"));
    if (ui_->residenceCellCombo->count() > 0)
        ui_->residenceCellCombo->setItemText(0, tr("(none)"));
}

void MemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const bool wasFilling = filling_;
        filling_ = true;
        retranslate();
        filling_ = wasFilling;
    }
    QDialog::changeEvent(event);
}

void MemberDialog::fillChoices()
{
    for (Gender g : allValues<Gender>())
        ui_->genderCombo->addItem(label(g), code(g));

    // Membership is held in a cell or a workplace organisation; cell names repeat
    // across communes, so each shows its parent too.
    ui_->cellCombo->addItem(QString(), qint64(0));
    ui_->cellCombo->setItemData(0, QString(), FoldingCompleter::FoldedRole);
    for (const Organisation &o : tree_.all()) {
        if (o.level != OrgLevel::Cell && o.level != OrgLevel::Workplace)
            continue;
        const Organisation *parent = tree_.find(o.parentId);
        const QString text = parent ? tr("%1 — %2").arg(o.name, parent->name) : o.name;
        addFoldedItem(ui_->cellCombo, text, o.id);
    }

    addFoldedItem(ui_->residenceCommuneCombo, tr("(none)"), qint64(0));
    for (const Organisation *o : tree_.ofLevel(OrgLevel::Commune)) {
        const Organisation *parent = tree_.find(o->parentId);
        const QString text = parent && parent->level == OrgLevel::District ? tr("%1 — %2").arg(o->name, parent->name)
                                                                         : o->name;
        addFoldedItem(ui_->residenceCommuneCombo, text, o->id);
    }
    fillResidenceCells(0);
}

void MemberDialog::fillResidenceCells(qint64 communeId)
{
    const qint64 previous = ui_->residenceCellCombo->currentData().toLongLong();
    ui_->residenceCellCombo->clear();
    addFoldedItem(ui_->residenceCellCombo, tr("(none)"), qint64(0));
    // Residence cells are the village and residential-group cells of the commune.
    for (qint64 id : tree_.childrenOf(communeId)) {
        const Organisation *o = tree_.find(id);
        if (o && o->level == OrgLevel::Cell && o->kind != code(CellKind::Other))
            addFoldedItem(ui_->residenceCellCombo, o->name, o->id);
    }
    ui_->residenceCellCombo->setCurrentIndex(comboIndexOf(ui_->residenceCellCombo, previous));
    ui_->residenceCellCombo->setEnabled(communeId > 0);
}

void MemberDialog::showMember(const Member &m)
{
    ui_->fullNameEdit->setText(m.fullName);
    ui_->genderCombo->setCurrentIndex(std::max(0, ui_->genderCombo->findData(code(m.gender))));
    ui_->birthDateEdit->setOptionalDate(m.birthDate);
    ui_->cccdEdit->setText(m.cccd);
    ui_->partyCardEdit->setText(m.partyCardNo);
    ui_->personalRecordEdit->setText(m.personalRecordNo);
    ui_->admissionDateEdit->setOptionalDate(m.admissionDate);
    ui_->officialDateEdit->setOptionalDate(m.officialDate);
    // A new member is official unless said otherwise; a stored one without an
    // official date is probationary.
    ui_->probationaryCheck->setChecked(m.id > 0 && !m.officialDate.isValid());
    ui_->cellCombo->setCurrentIndex(comboIndexOf(ui_->cellCombo, m.cellId));
    ui_->workplaceEdit->setText(m.workplace);
    ui_->positionEdit->setText(m.position);
    ui_->phoneEdit->setText(m.phone);
    ui_->residenceProvinceEdit->setText(m.residenceProvince);
    ui_->residenceCommuneCombo->setCurrentIndex(comboIndexOf(ui_->residenceCommuneCombo, m.residenceCommuneId));
    fillResidenceCells(m.residenceCommuneId);
    ui_->residenceCellCombo->setCurrentIndex(comboIndexOf(ui_->residenceCellCombo, m.residenceCellId));
    ui_->residenceAddressEdit->setText(m.residenceAddress);
    ui_->notesEdit->setPlainText(m.notes);
    updateProbationary();
}

void MemberDialog::updateProbationary()
{
    const bool probationary = ui_->probationaryCheck->isChecked();
    ui_->officialDateEdit->setEnabled(!probationary);
    if (probationary)
        ui_->officialDateEdit->setOptionalDate({});
}

Member MemberDialog::memberFromForm() const
{
    Member m = member_; // keeps id and row version
    m.fullName = ui_->fullNameEdit->text();
    m.gender = fromCode<Gender>(ui_->genderCombo->currentData().toString()).value_or(Gender::Male);
    m.birthDate = ui_->birthDateEdit->optionalDate();
    m.cccd = ui_->cccdEdit->text().trimmed();
    m.partyCardNo = ui_->partyCardEdit->text().trimmed();
    m.personalRecordNo = ui_->personalRecordEdit->text().trimmed();
    m.admissionDate = ui_->admissionDateEdit->optionalDate();
    m.officialDate = ui_->probationaryCheck->isChecked() ? QDate() : ui_->officialDateEdit->optionalDate();
    m.cellId = ui_->cellCombo->currentData().toLongLong();
    m.workplace = ui_->workplaceEdit->text().trimmed();
    m.position = ui_->positionEdit->text().trimmed();
    m.phone = ui_->phoneEdit->text().trimmed();
    m.residenceProvince = ui_->residenceProvinceEdit->text().trimmed();
    m.residenceCommuneId = ui_->residenceCommuneCombo->currentData().toLongLong();
    m.residenceCellId = ui_->residenceCellCombo->currentData().toLongLong();
    m.residenceAddress = ui_->residenceAddressEdit->text().trimmed();
    m.notes = ui_->notesEdit->toPlainText().trimmed();
    return m;
}

QLabel *MemberDialog::errorLabel(const QString &field) const
{
    auto it = fields_.constFind(field);
    return it == fields_.cend() ? nullptr : it->error;
}

void MemberDialog::touch(const QString &field)
{
    if (filling_)
        return;
    touched_.insert(field);
    checkTimer_.start();
}

void MemberDialog::runCheck()
{
    const FieldErrors errors =
        MemberService(db_, user_).check(memberFromForm());
    showErrors(errors, attempted_);
}

void MemberDialog::showErrors(const FieldErrors &errors, bool all)
{
    QHash<QString, QStringList> byField;
    QStringList other;
    for (const FieldError &e : errors) {
        if (!all && !touched_.contains(e.field))
            continue;
        if (fields_.contains(e.field))
            byField[e.field] << e.message;
        else
            other << e.message;
    }
    for (auto it = fields_.cbegin(); it != fields_.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it->error->setText(messages.join(QLatin1Char('\n')));
        it->error->setVisible(!messages.isEmpty());
    }
    otherErrors_->setText(other.join(QLatin1Char('\n')));
    otherErrors_->setVisible(!other.isEmpty());
}

bool MemberDialog::save()
{
    checkTimer_.stop();
    attempted_ = true;
    Member m = memberFromForm();
    if (readOnly_)
        return false;
    MemberService service(db_, user_);
    const SaveOutcome outcome = service.save(m);
    switch (outcome.status) {
    case SaveOutcome::Status::Saved:
        member_ = m;
        showErrors({}, true);
        emit saved(m.id);
        accept();
        return true;
    case SaveOutcome::Status::Invalid:
        showErrors(outcome.errors, true);
        for (const QString &field : std::as_const(fieldOrder_))
            if (hasErrorFor(outcome.errors, field)) {
                fields_.value(field).editor->setFocus(Qt::OtherFocusReason);
                break;
            }
        return false;
    case SaveOutcome::Status::Stale:
        // Never a silent overwrite: the user sees who changed it and when, and chooses.
        if (QMessageBox::question(this, tr("Member changed meanwhile"), outcome.message,
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
            == QMessageBox::Yes)
            reload();
        return false;
    case SaveOutcome::Status::Denied:
    case SaveOutcome::Status::Failed:
        QMessageBox::warning(this, tr("Member not saved"), outcome.message);
        return false;
    }
    return false;
}

void MemberDialog::loadHistory()
{
    if (member_.id == 0) {
        history_->setMessage(tr("A new member has no history yet."));
        return;
    }
    try {
        history_->setEntries(MemberService(db_, user_).history(member_.id), &db_);
    } catch (const AccessDenied &e) {
        history_->setMessage(e.userMessage());
    } catch (const storage::StorageError &e) {
        history_->setMessage(e.userMessage());
    }
}

void MemberDialog::loadTimeline()
{
    timeline_->clear();
    if (member_.id == 0)
        return;
    QList<Referral> referrals;
    try {
        referrals = ReferralService(db_, user_).referralsOf(member_.id);
    } catch (const AccessDenied &e) {
        new QTreeWidgetItem(timeline_, {QString(), e.userMessage()});
        return;
    } catch (const storage::StorageError &e) {
        new QTreeWidgetItem(timeline_, {QString(), e.userMessage()});
        return;
    }
    if (referrals.isEmpty()) {
        new QTreeWidgetItem(timeline_, {QString(), tr("Never referred.")});
        return;
    }
    auto name = [this](qint64 id) {
        const Organisation *o = tree_.find(id);
        return o ? o->name : QString::number(id);
    };
    auto day = [](const QDate &d) { return QLocale().toString(d, QStringLiteral("dd/MM/yyyy")); };
    // Newest referral first; its events in the order they happened.
    for (auto it = referrals.crbegin(); it != referrals.crend(); ++it) {
        const Referral &r = *it;
        const QString to = r.isExternal() ? r.externalCommittee : name(r.toCommuneId);
        auto *top = new QTreeWidgetItem(
            timeline_, {day(r.issueDate), tr("Letter %1/%2 from %3 to %4").arg(r.letterNo).arg(r.letterYear).arg(
                                              name(r.issuingOrgId), to)});
        if (r.receivedDate.isValid())
            new QTreeWidgetItem(top, {day(r.receivedDate), r.isExternal() ? tr("Reply slip received")
                                                                          : tr("Received by %1").arg(to)});
        if (r.assignedCellId > 0)
            new QTreeWidgetItem(top, {day(r.assignedDate), tr("Assigned to %1").arg(name(r.assignedCellId))});
        if (r.exempt && r.exemptionReason)
            new QTreeWidgetItem(top, {day(r.exemptFrom), tr("Exempt from meetings: %1").arg(label(*r.exemptionReason))});
        if (r.endedDate.isValid() && r.endReason)
            new QTreeWidgetItem(top, {day(r.endedDate), r.endNote.isEmpty()
                                                             ? tr("Ended: %1").arg(label(*r.endReason))
                                                             : tr("Ended: %1 (%2)").arg(label(*r.endReason), r.endNote)});
        top->setExpanded(true);
    }
    timeline_->resizeColumnToContents(0);
}

void MemberDialog::loadAttendance()
{
    attendance_->clear();
    if (member_.id == 0) {
        attendanceSummary_->setText(tr("A new member has no attendance yet."));
        return;
    }
    AttendanceHistory history;
    try {
        history = AttendanceQueries(db_, user_).historyOf(member_.id);
    } catch (const AccessDenied &e) {
        attendanceSummary_->setText(e.userMessage());
        return;
    } catch (const storage::StorageError &e) {
        attendanceSummary_->setText(e.userMessage());
        return;
    }
    const QLocale locale;
    const AttendanceTally &t = history.tally;
    if (history.lines.isEmpty())
        attendanceSummary_->setText(tr("No meeting of a cell this member was referred to has been recorded."));
    else if (!t.rate())
        attendanceSummary_->setText(tr("No attendance rate: the member was not expected at any recorded meeting."));
    else
        // Present ÷ expected; excused absences reported apart (docs/meetings.md).
        attendanceSummary_->setText(tr("Attendance rate %1: present at %2 of %3 meetings where expected. Absent "
                                       "with a reason: %4; without a reason: %5; not marked: %6; exempt: %7.")
                                        .arg(locale.toString(100.0 * *t.rate(), 'f', 1) + locale.percent())
                                        .arg(locale.toString(t.present), locale.toString(t.expected),
                                             locale.toString(t.absentExcused), locale.toString(t.absentUnexcused),
                                             locale.toString(t.unmarked), locale.toString(t.exempt)));
    // Newest first, as the referral timeline.
    for (auto it = history.lines.crbegin(); it != history.lines.crend(); ++it) {
        const AttendanceHistoryLine &l = *it;
        QString status = l.status ? label(*l.status) : tr("Not marked");
        QString counted = tr("Yes");
        if (l.place == AttendanceHistoryLine::Place::Exempt) {
            status = tr("Exempt");
            counted = tr("No");
        } else if (l.place == AttendanceHistoryLine::Place::Other) {
            counted = tr("No (not referred to this cell then)");
        }
        auto *item = new QTreeWidgetItem(attendance_, {locale.toString(l.date, QStringLiteral("dd/MM/yyyy")), l.cellName,
                                                       label(l.kind), status, l.reason, counted});
        item->setToolTip(1, l.communeName);
        item->setData(0, Qt::UserRole, l.meetingId);
    }
    for (int c = 0; c < attendance_->columnCount(); ++c)
        attendance_->resizeColumnToContents(c);
}

void MemberDialog::reload()
{
    if (member_.id == 0)
        return;
    try {
        const auto m = MemberService(db_, user_).load(member_.id);
        if (!m) {
            QMessageBox::information(this, tr("Member"),
                                     tr("This member no longer exists; someone may have removed the record."));
            reject();
            return;
        }
        member_ = *m;
    } catch (const AccessDenied &e) {
        QMessageBox::information(this, tr("Member"), e.userMessage());
        reject();
        return;
    } catch (const storage::StorageError &e) {
        QMessageBox::warning(this, tr("Member"), e.userMessage());
        return;
    }
    filling_ = true;
    showMember(member_);
    filling_ = false;
    touched_.clear();
    attempted_ = false;
    showErrors({}, true);
    if (tabs_->currentIndex() == 1)
        loadHistory();
}

void MemberDialog::setReadOnly(const QString &reason)
{
    readOnly_ = true;
    for (QWidget *w : findChildren<QWidget *>())
        if (!ui_->buttonBox->isAncestorOf(w)
            && (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QDateEdit *>(w)
                || qobject_cast<QCheckBox *>(w) || qobject_cast<QPlainTextEdit *>(w)))
            w->setEnabled(false);
    ui_->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    readOnlyNote_ = new QLabel(reason, this);
    readOnlyNote_->setObjectName(QStringLiteral("readOnlyNote"));
    readOnlyNote_->setWordWrap(true);
    ui_->dialogLayout->insertWidget(1, readOnlyNote_);
}

} // namespace cutru
