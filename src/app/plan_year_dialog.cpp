#include "app/plan_year_dialog.h"

#include "app/folding_completer.h"
#include "domain/access.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace cutru {

// ---- Plan the year -------------------------------------------------------------------------

PlanYearDialog::PlanYearDialog(const MeetingRules &rules, QWidget *parent) : MeetingFormDialog(parent), rules_(rules)
{
    setObjectName(QStringLiteral("planYearDialog"));
    intro_->setVisible(true);
    scopeLabel_ = new QLabel(this);
    scope_ = new QComboBox(this);
    scope_->setObjectName(QStringLiteral("planScope"));
    scope_->setMinimumContentsLength(30);
    scope_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    makeSearchable(scope_);
    addField(QStringLiteral("scope"), scopeLabel_, scope_);
    yearLabel_ = new QLabel(this);
    year_ = new QSpinBox(this);
    year_->setObjectName(QStringLiteral("planYear"));
    year_->setRange(1990, 2100);
    year_->setValue(QDate::currentDate().year());
    year_->setGroupSeparatorShown(false);
    addField(QStringLiteral("year"), yearLabel_, year_);
    rulesText_ = new QLabel(this);
    rulesText_->setObjectName(QStringLiteral("planRules"));
    rulesText_->setWordWrap(true);
    form_->addRow(rulesText_);
    connect(year_, &QSpinBox::valueChanged, this, &PlanYearDialog::retranslate);
    finishLayout();
    retranslate();
}

void PlanYearDialog::setScopes(const QList<std::tuple<qint64, QString, QString>> &scopes, qint64 selected)
{
    scope_->clear();
    for (const auto &[id, name, extra] : scopes)
        addFoldedItem(scope_, name, id, extra);
    const int i = scope_->findData(selected);
    scope_->setCurrentIndex(i >= 0 ? i : 0);
    // One scope: nothing to choose.
    scope_->setEnabled(scope_->count() > 1);
}

qint64 PlanYearDialog::scopeId() const
{
    return scope_->currentIndex() >= 0 ? scope_->currentData().toLongLong() : 0;
}

void PlanYearDialog::setYear(int year)
{
    year_->setValue(year);
}

int PlanYearDialog::year() const
{
    return year_->value();
}

void PlanYearDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PlanYearDialog::retranslate()
{
    setWindowTitle(tr("Plan the year's meetings"));
    intro_->setText(tr("Creates the periodic meetings of the year for every village and residential-group cell "
                       "under the chosen organisation, one in each period of the rule profile. Periods that "
                       "already have a periodic meeting are left alone, so planning twice creates nothing new."));
    scopeLabel_->setText(tr("&For:"));
    yearLabel_->setText(tr("&Year:"));
    QStringList dates;
    for (const QDate &d : periodicMeetingDates(year_->value(), rules_.meetingsPerYear()))
        dates << QLocale().toString(d, QStringLiteral("dd/MM/yyyy"));
    rulesText_->setText(tr("Rule profile: %1. Dates: %2.").arg(label(rules_.profile), dates.join(QStringLiteral(", "))));
}

// ---- Rules --------------------------------------------------------------------------------------

MeetingRulesDialog::MeetingRulesDialog(const MeetingRules &rules, bool readOnly, QWidget *parent)
    : MeetingFormDialog(parent), readOnly_(readOnly)
{
    setObjectName(QStringLiteral("meetingRulesDialog"));
    profileLabel_ = new QLabel(this);
    profile_ = new QComboBox(this);
    profile_->setObjectName(QStringLiteral("rulesProfile"));
    for (MeetingRuleProfile p : allValues<MeetingRuleProfile>())
        profile_->addItem(label(p), code(p));
    profile_->setCurrentIndex(std::max(0, profile_->findData(code(rules.profile))));
    addField(QStringLiteral("profile"), profileLabel_, profile_);
    perYearLabel_ = new QLabel(this);
    perYear_ = new QSpinBox(this);
    perYear_->setObjectName(QStringLiteral("rulesPerYear"));
    perYear_->setRange(1, 12);
    perYear_->setValue(std::clamp(rules.perYear76, 1, 12));
    addField(QStringLiteral("perYear76"), perYearLabel_, perYear_);
    absencesLabel_ = new QLabel(this);
    absences_ = new QSpinBox(this);
    absences_->setObjectName(QStringLiteral("rulesAbsences"));
    absences_->setRange(1, 12);
    absences_->setValue(std::clamp(rules.absenceAlertAfter, 1, 12));
    addField(QStringLiteral("absenceAlertAfter"), absencesLabel_, absences_);
    withReason_ = new QCheckBox(this);
    withReason_->setObjectName(QStringLiteral("rulesWithReason"));
    withReason_->setChecked(rules.absencesWithReasonCount);
    form_->addRow(QString(), withReason_);
    crowdedLabel_ = new QLabel(this);
    crowded_ = new QSpinBox(this);
    crowded_->setObjectName(QStringLiteral("rulesCrowded"));
    crowded_->setRange(1, 100000);
    crowded_->setValue(std::max(1, rules.crowdedAbove));
    addField(QStringLiteral("crowdedAbove"), crowdedLabel_, crowded_);
    targetRateLabel_ = new QLabel(this);
    targetRate_ = new QSpinBox(this);
    targetRate_->setObjectName(QStringLiteral("rulesTargetRate"));
    targetRate_->setRange(1, 100);
    targetRate_->setValue(std::clamp(rules.targetRate, 1, 100));
    addField(QStringLiteral("targetRate"), targetRateLabel_, targetRate_);
    connect(profile_, &QComboBox::currentIndexChanged, this, &MeetingRulesDialog::updateEnabled);
    if (readOnly_) {
        intro_->setVisible(true);
        setReadOnlyButtons();
    }
    finishLayout();
    retranslate();
    updateEnabled();
}

MeetingRules MeetingRulesDialog::rules() const
{
    MeetingRules r;
    r.profile = fromCode<MeetingRuleProfile>(profile_->currentData().toString()).value_or(MeetingRuleProfile::Regulation213);
    r.perYear76 = perYear_->value();
    r.absenceAlertAfter = absences_->value();
    r.absencesWithReasonCount = withReason_->isChecked();
    r.crowdedAbove = crowded_->value();
    r.targetRate = targetRate_->value();
    return r;
}

void MeetingRulesDialog::updateEnabled()
{
    for (QWidget *w : std::initializer_list<QWidget *>{profile_, absences_, withReason_, crowded_, targetRate_})
        w->setEnabled(!readOnly_);
    // Regulation 213 fixes its own frequency.
    perYear_->setEnabled(!readOnly_ && profile_->currentData().toString() == code(MeetingRuleProfile::Regulation76));
}

void MeetingRulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MeetingRulesDialog::retranslate()
{
    setWindowTitle(tr("Meeting rules"));
    if (readOnly_)
        intro_->setText(tr("Read only. %1").arg(refusalMessage(Action::ManageOrganisations)));
    profileLabel_->setText(tr("Rule &profile:"));
    for (int i = 0; i < profile_->count(); ++i)
        if (const auto p = fromCode<MeetingRuleProfile>(profile_->itemData(i).toString()))
            profile_->setItemText(i, label(*p));
    perYearLabel_->setText(tr("&Meetings a year (Regulation 76):"));
    absencesLabel_->setText(tr("&Alert after consecutive absences:"));
    absences_->setSuffix(tr(" meetings"));
    withReason_->setText(tr("Absences &with reason count towards the alert"));
    crowdedLabel_->setText(tr("&Crowded cell: referred members above"));
    crowded_->setToolTip(tr("A cell whose referred members exceed this is listed in the Overview as having no venue "
                            "large enough (150 in the source)."));
    targetRateLabel_->setText(tr("&Target attendance rate:"));
    targetRate_->setSuffix(tr(" %"));
    targetRate_->setToolTip(tr("The attendance report highlights the rows whose attendance rate is under this "
                               "(80 % by default; the source reports 80–90 %)."));
}

} // namespace cutru
