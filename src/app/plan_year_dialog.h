#pragma once

#include "app/meeting_dialog.h"
#include "domain/meetings.h"

#include <QList>
#include <tuple>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace cutru {

// Planning a year's periodic meetings: which commune, district or the province (as
// far as the user's roles reach), the year, and what the rule profile will give.
class PlanYearDialog : public MeetingFormDialog {
    Q_OBJECT
public:
    explicit PlanYearDialog(const MeetingRules &rules, QWidget *parent = nullptr);

    // The organisations that may be planned (id, shown name, extra search text).
    void setScopes(const QList<std::tuple<qint64, QString, QString>> &scopes, qint64 selected);
    qint64 scopeId() const;
    void setYear(int year);
    int year() const;

    QComboBox *scopeCombo() const { return scope_; }
    QSpinBox *yearSpin() const { return year_; }
    QLabel *rulesLabel() const { return rulesText_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    MeetingRules rules_;
    QLabel *scopeLabel_ = nullptr;
    QComboBox *scope_ = nullptr;
    QLabel *yearLabel_ = nullptr;
    QSpinBox *year_ = nullptr;
    QLabel *rulesText_ = nullptr;
};

// The meeting rules of the database (provincial board): the rule profile
// (Regulation 213: 2 a year; Regulation 76: as many as the province sets), and the
// alerts: absent from N consecutive meetings (counting absences with reason or not),
// cells whose referred members exceed a venue's capacity; and the attendance rate
// under which the attendance report highlights a row.
class MeetingRulesDialog : public MeetingFormDialog {
    Q_OBJECT
public:
    MeetingRulesDialog(const MeetingRules &rules, bool readOnly, QWidget *parent = nullptr);

    MeetingRules rules() const;

    QComboBox *profileCombo() const { return profile_; }
    QSpinBox *perYearSpin() const { return perYear_; }
    QSpinBox *absenceSpin() const { return absences_; }
    QCheckBox *withReasonCheck() const { return withReason_; }
    QSpinBox *crowdedSpin() const { return crowded_; }
    QSpinBox *targetRateSpin() const { return targetRate_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();

    bool readOnly_ = false;
    QLabel *profileLabel_ = nullptr;
    QComboBox *profile_ = nullptr;
    QLabel *perYearLabel_ = nullptr;
    QSpinBox *perYear_ = nullptr;
    QLabel *absencesLabel_ = nullptr;
    QSpinBox *absences_ = nullptr;
    QCheckBox *withReason_ = nullptr;
    QLabel *crowdedLabel_ = nullptr;
    QSpinBox *crowded_ = nullptr;
    QLabel *targetRateLabel_ = nullptr;
    QSpinBox *targetRate_ = nullptr;
};

} // namespace cutru
