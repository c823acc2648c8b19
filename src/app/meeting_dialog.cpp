#include "app/meeting_dialog.h"

#include "domain/access.h"
#include "domain/meetings.h"

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
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cutru {

// ---- Shared form ----------------------------------------------------------------------------

MeetingFormDialog::MeetingFormDialog(QWidget *parent) : QDialog(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(480);
    intro_ = new QLabel(this);
    intro_->setObjectName(QStringLiteral("meetingIntro"));
    intro_->setWordWrap(true);
    intro_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    intro_->setVisible(false);
    form_ = new QFormLayout;
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("meetingProblem"));
    problem_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errors_.setOtherLabel(problem_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        errors_.clear();
        emit submitted();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void MeetingFormDialog::addField(const QString &field, QLabel *label, QWidget *editor)
{
    label->setBuddy(editor);
    form_->addRow(label, editor);
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("meetingError_") + field);
    form_->addRow(QString(), error);
    errors_.add(field, error, editor);
}

void MeetingFormDialog::finishLayout(QLayout *extra)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addLayout(form_);
    if (extra)
        layout->addLayout(extra);
    layout->addWidget(problem_);
    layout->addStretch(1);
    layout->addWidget(buttons_);
}

void MeetingFormDialog::setReadOnlyButtons()
{
    buttons_->setStandardButtons(QDialogButtonBox::Close);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject, Qt::UniqueConnection);
}

void MeetingFormDialog::showErrors(const FieldErrors &errors)
{
    errors_.show(errors);
}

void MeetingFormDialog::showProblem(const QString &message)
{
    errors_.show({{QStringLiteral("other"), message}});
}

QString MeetingFormDialog::errorText(const QString &field) const
{
    const QString text = errors_.textOf(field);
    if (!text.isEmpty() || field != QLatin1String("other"))
        return text;
    return problem_->isVisible() ? problem_->text() : QString();
}

// ---- Meeting ----------------------------------------------------------------------------------

MeetingDialog::MeetingDialog(const Meeting &meeting, const QString &cellName, bool readOnly, QWidget *parent)
    : MeetingFormDialog(parent), meeting_(meeting), cellName_(cellName), readOnly_(readOnly)
{
    setObjectName(QStringLiteral("meetingDialog"));
    setMinimumWidth(560);

    dateLabel_ = new QLabel(this);
    date_ = new QDateEdit(this);
    date_->setObjectName(QStringLiteral("meetingDate"));
    date_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date_->setCalendarPopup(true);
    date_->setMinimumDate(QDate(1990, 1, 1));
    date_->setMaximumDate(QDate(2100, 12, 31));
    date_->setDate(meeting.date.isValid() ? meeting.date : QDate::currentDate());
    addField(QStringLiteral("date"), dateLabel_, date_);

    kindLabel_ = new QLabel(this);
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("meetingKind"));
    for (MeetingKind k : allValues<MeetingKind>())
        kind_->addItem(label(k), code(k));
    kind_->setCurrentIndex(std::max(0, kind_->findData(code(meeting.kind))));
    addField(QStringLiteral("kind"), kindLabel_, kind_);

    venueLabel_ = new QLabel(this);
    venue_ = new QLineEdit(meeting.venue, this);
    venue_->setObjectName(QStringLiteral("meetingVenue"));
    addField(QStringLiteral("venue"), venueLabel_, venue_);

    capacityLabel_ = new QLabel(this);
    capacity_ = new QSpinBox(this);
    capacity_->setObjectName(QStringLiteral("meetingCapacity"));
    capacity_->setRange(0, 100000);
    capacity_->setValue(meeting.venueCapacity);
    addField(QStringLiteral("venueCapacity"), capacityLabel_, capacity_);

    agendaLabel_ = new QLabel(this);
    agenda_ = new QListWidget(this);
    agenda_->setObjectName(QStringLiteral("meetingAgenda"));
    const QList<AgendaItem> checked = agendaItemsFromCodes(meeting.agendaItems);
    for (AgendaItem item : allValues<AgendaItem>()) {
        auto *row = new QListWidgetItem(label(item), agenda_);
        row->setData(Qt::UserRole, code(item));
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | (readOnly ? Qt::NoItemFlags : Qt::ItemIsSelectable));
        row->setCheckState(checked.contains(item) ? Qt::Checked : Qt::Unchecked);
    }
    agenda_->setMinimumHeight(agenda_->sizeHintForRow(0) * std::min(7, agenda_->count()) + 2 * agenda_->frameWidth() + 4);
    addField(QStringLiteral("agendaItems"), agendaLabel_, agenda_);

    agendaNotesLabel_ = new QLabel(this);
    agendaNotes_ = new QPlainTextEdit(meeting.agendaNotes, this);
    agendaNotes_->setObjectName(QStringLiteral("meetingAgendaNotes"));
    agendaNotes_->setTabChangesFocus(true);
    agendaNotes_->setFixedHeight(agendaNotes_->fontMetrics().height() * 3 + 12);
    addField(QStringLiteral("agendaNotes"), agendaNotesLabel_, agendaNotes_);

    minutesLabel_ = new QLabel(this);
    minutes_ = new QPlainTextEdit(meeting.minutes, this);
    minutes_->setObjectName(QStringLiteral("meetingMinutes"));
    minutes_->setTabChangesFocus(true);
    minutes_->setMinimumHeight(minutes_->fontMetrics().height() * 5 + 12);
    addField(QStringLiteral("minutes"), minutesLabel_, minutes_);

    chairedByLabel_ = new QLabel(this);
    chairedBy_ = new QLineEdit(meeting.chairedBy, this);
    chairedBy_->setObjectName(QStringLiteral("meetingChairedBy"));
    addField(QStringLiteral("chairedBy"), chairedByLabel_, chairedBy_);

    if (readOnly_) {
        date_->setReadOnly(true);
        kind_->setEnabled(false);
        venue_->setReadOnly(true);
        capacity_->setReadOnly(true);
        agendaNotes_->setReadOnly(true);
        minutes_->setReadOnly(true);
        chairedBy_->setReadOnly(true);
        setReadOnlyButtons();
    }
    finishLayout();
    retranslate();
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = meeting_;
    m.date = date_->date();
    m.kind = fromCode<MeetingKind>(kind_->currentData().toString()).value_or(MeetingKind::Periodic);
    m.venue = venue_->text().trimmed();
    m.venueCapacity = capacity_->value();
    QList<AgendaItem> items;
    for (int i = 0; i < agenda_->count(); ++i)
        if (agenda_->item(i)->checkState() == Qt::Checked)
            if (const auto item = fromCode<AgendaItem>(agenda_->item(i)->data(Qt::UserRole).toString()))
                items << *item;
    m.agendaItems = agendaCodes(items);
    m.agendaNotes = agendaNotes_->toPlainText().trimmed();
    m.minutes = minutes_->toPlainText().trimmed();
    m.chairedBy = chairedBy_->text().trimmed();
    return m;
}

void MeetingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MeetingDialog::retranslate()
{
    const QString day = QLocale().toString(meeting_.date, QStringLiteral("dd/MM/yyyy"));
    if (meeting_.id == 0)
        setWindowTitle(tr("New meeting — %1").arg(cellName_));
    else if (readOnly_)
        setWindowTitle(tr("Meeting of %1 — %2 (read only)").arg(day, cellName_));
    else
        setWindowTitle(tr("Meeting of %1 — %2").arg(day, cellName_));
    dateLabel_->setText(tr("&Date:"));
    date_->setToolTip(tr("dd/mm/yyyy"));
    kindLabel_->setText(tr("&Kind:"));
    for (int i = 0; i < kind_->count(); ++i)
        if (const auto k = fromCode<MeetingKind>(kind_->itemData(i).toString()))
            kind_->setItemText(i, label(*k));
    venueLabel_->setText(tr("&Venue:"));
    venue_->setPlaceholderText(tr("e.g. the village cultural house"));
    capacityLabel_->setText(tr("&Capacity of the venue:"));
    capacity_->setSpecialValueText(tr("not recorded"));
    capacity_->setSuffix(tr(" seats"));
    agendaLabel_->setText(tr("&Agenda:"));
    for (int i = 0; i < agenda_->count(); ++i)
        if (const auto item = fromCode<AgendaItem>(agenda_->item(i)->data(Qt::UserRole).toString()))
            agenda_->item(i)->setText(label(*item));
    agendaNotesLabel_->setText(tr("Other &items:"));
    agendaNotes_->setPlaceholderText(tr("Items of this meeting not in the list above"));
    minutesLabel_->setText(tr("&Minutes:"));
    chairedByLabel_->setText(tr("C&haired by:"));
    if (readOnly_) {
        intro_->setText(tr("Read only. %1").arg(refusalMessage(Action::ManageMeetings)));
        intro_->setVisible(true);
    }
}

// ---- Printing ---------------------------------------------------------------------------------

MeetingPrintDialog::MeetingPrintDialog(Kind kind, const QString &meetingText, QWidget *parent)
    : MeetingFormDialog(parent), kind_(kind), meetingText_(meetingText)
{
    setObjectName(QStringLiteral("meetingPrintDialog"));
    intro_->setVisible(true);
    pathLabel_ = new QLabel(this);
    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("meetingPdfPath"));
    browse_ = new QPushButton(this);
    browse_->setObjectName(QStringLiteral("meetingBrowse"));
    auto *file = new QWidget(this);
    auto *row = new QHBoxLayout(file);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(path_, 1);
    row->addWidget(browse_);
    addField(QStringLiteral("file"), pathLabel_, file);
    pathLabel_->setBuddy(path_);
    connect(browse_, &QPushButton::clicked, this, &MeetingPrintDialog::browse);
    finishLayout();
    retranslate();
}

void MeetingPrintDialog::setPdfPath(const QString &path)
{
    path_->setText(QDir::toNativeSeparators(path));
}

QString MeetingPrintDialog::pdfPath() const
{
    return QDir::fromNativeSeparators(path_->text().trimmed());
}

void MeetingPrintDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), pdfPath(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        setPdfPath(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

void MeetingPrintDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MeetingPrintDialog::retranslate()
{
    if (kind_ == Kind::SignInSheet) {
        setWindowTitle(tr("Print the sign-in sheet"));
        intro_->setText(tr("The blank sign-in sheet of %1: the expected members and the cell's own members added, "
                           "with a column for signatures, to print before the meeting. Official documents are always "
                           "in Vietnamese.")
                            .arg(meetingText_));
    } else {
        setWindowTitle(tr("Print the attendance record"));
        intro_->setText(tr("The attendance record of %1 as saved: agenda, who attended and who was absent (with "
                           "reasons), exempt members apart, the rate, guests and the minutes. Official documents are "
                           "always in Vietnamese.")
                            .arg(meetingText_));
    }
    pathLabel_->setText(tr("PDF &file:"));
    browse_->setText(tr("&Browse…"));
}

} // namespace cutru
