#pragma once

#include "domain/meetings.h"
#include "reports/report_table.h"
#include "services/acting_user.h"
#include "storage/attendance_statistics.h"

#include <QDate>
#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace cutru {

// Absence alerts for a scope (docs/meetings.md): the members absent from their latest
// N held meetings in a row, with their residence cell and the workplace organisation
// that holds their membership, so that it can be told. N and whether absences with a
// reason count start from the database's settings and may be changed here for the
// list (the settings stay as they are). The list is read off the GUI thread on a
// connection of its own; it can be exported to CSV. Meant as a tab of the Meetings
// section.
class AbsenceAlertsWidget : public QWidget {
    Q_OBJECT
public:
    enum Column {
        MemberColumn,
        PartyCardColumn,
        CellColumn,
        CommuneColumn,
        OrganisationColumn,
        OrganisationCodeColumn,
        AbsencesColumn,
        LastMeetingColumn,
        ColumnCount
    };

    explicit AbsenceAlertsWidget(QWidget *parent = nullptr);
    ~AbsenceAlertsWidget() override;

    // Empty `path`: nothing to show. A new database starts again from its settings.
    void setDatabasePath(const QString &path);
    // Whose list: what the user's roles reach. Takes effect at the next reading.
    void setActingUser(const ActingUser &user);
    // Members living in, or held under, this organisation (empty path: all the user sees).
    void setScope(const QString &scopePath, const QString &scopeName);
    // Reads the list again (now if visible, else when next shown).
    void refresh();

    QSpinBox *afterSpin() const { return after_; }
    QCheckBox *withReasonCheck() const { return withReason_; }
    QPushButton *exportButton() const { return export_; }
    QTreeWidget *table() const { return table_; }
    QLabel *note() const { return note_; }
    bool isLoading() const { return watcher_.isRunning(); }
    const QList<storage::AbsenceAlert> &alerts() const { return alerts_; }

    // The list as shown, as a report table (what the CSV holds).
    reports::ReportTable reportTable() const;
    // Writes the CSV; false with a message naming the file when it cannot.
    bool exportCsv(const QString &path, QString *error) const;

    struct Result {
        QList<storage::AbsenceAlert> alerts;
        std::optional<MeetingRules> rules; // the database's, when asked for
        QString error;
    };

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void display(const Result &r);
    void chooseExportFile();

    QString path_;
    QString scopePath_;
    QString scopeName_;
    ActingUser user_;
    bool dirty_ = true;
    bool useDatabaseRules_ = true; // until the user changes N or the check box
    QDate shownAsOf_;
    QList<storage::AbsenceAlert> alerts_;
    QString error_;
    QLabel *afterLabel_ = nullptr;
    QSpinBox *after_ = nullptr;
    QCheckBox *withReason_ = nullptr;
    QPushButton *export_ = nullptr;
    QLabel *note_ = nullptr;
    QTreeWidget *table_ = nullptr;
    QFutureWatcher<Result> watcher_;
};

} // namespace cutru
