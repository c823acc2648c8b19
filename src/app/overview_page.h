#pragma once

#include "reports/report_table.h"
#include "services/acting_user.h"
#include "services/comment_service.h"
#include "storage/attendance_statistics.h"
#include "storage/referral_list.h"

#include <QDate>
#include <QFutureWatcher>
#include <QList>
#include <QPair>
#include <QWidget>
#include <optional>

class QChartView;
class QLabel;
class QSplitter;
class QTreeWidget;

namespace cutru {

// The Overview section: the organisation overview report of the selected scope, a
// bar chart of working members by type of workplace and, for users who may read
// referrals, the overdue letters (issued, not received after the Referrals section's
// "overdue after N days") by receiving commune and by issuing organisation; for users
// who may read members, the follow-up of meetings (docs/meetings.md): past-due
// meetings and crowded cells (for those whose grants reach residence cells) and
// absence alerts, with the database's meeting settings. The figures are read off
// the GUI thread, on a connection of their own.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    struct Figures {
        reports::ReportTable table;
        QList<QPair<QString, int>> workingByType; // label, members; display order
        // Letters to or from the scope, as the user may see them; nullopt: the user
        // may not read referrals (the section is hidden).
        std::optional<storage::OverdueCounts> overdue;
        int overdueDays = 0;
        QDate asOf;
        QString overdueScope; // the scope's name; empty: the whole database
        // Meetings in the scope, as the user may see them; nullopt: hidden.
        std::optional<int> pastDue;
        std::optional<QList<storage::CrowdedCell>> crowded;
        int crowdedAbove = 0;
        std::optional<QList<storage::AbsenceAlert>> absences;
        int absenceAfter = 0;
        bool absencesWithReason = false;
        // Annual comments of the year of `asOf` still missing in the scope; nullopt:
        // the user may not read comments (the section is hidden).
        struct Comments {
            int year = 0;
            QDate deadline;
            QList<MissingComments> byCell;      // most missing first
            QList<MissingComments> byWorkplace; // most missing first
        };
        std::optional<Comments> comments;
        QString error;                            // user message when reading failed
    };

    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Empty `path`: nothing to show.
    void setDatabasePath(const QString &path);
    void setScope(const QString &scopePath, const QString &scopeName);
    // Whose figures: the overdue referrals follow the user's roles. Takes effect at
    // the next reading (the main window sets the database path or scope next).
    void setActingUser(const ActingUser &user);
    // Reads the figures again (now if visible, else when next shown).
    void refresh();

    QTreeWidget *table() const { return table_; }
    QWidget *overdueSection() const { return overdue_; }
    QLabel *overdueHeading() const { return overdueHeading_; }
    QLabel *overdueNote() const { return overdueNote_; } // the total, or "No overdue referrals."
    QTreeWidget *overdueByCommune() const { return overdueByCommune_; }
    QTreeWidget *overdueByIssuer() const { return overdueByIssuer_; }
    QWidget *meetingsSection() const { return meetings_; }
    QLabel *pastDueNote() const { return pastDueNote_; }
    QWidget *crowdedSection() const { return crowded_; }
    QLabel *crowdedHeading() const { return crowdedHeading_; }
    QLabel *crowdedNote() const { return crowdedNote_; }
    QTreeWidget *crowdedCells() const { return crowdedCells_; }
    QWidget *absenceSection() const { return absences_; }
    QLabel *absenceHeading() const { return absenceHeading_; }
    QLabel *absenceNote() const { return absenceNote_; }
    QTreeWidget *absenceAlerts() const { return absenceAlerts_; }
    QWidget *commentsSection() const { return comments_; }
    QLabel *commentsHeading() const { return commentsHeading_; }
    QLabel *commentsNote() const { return commentsNote_; }
    QTreeWidget *missingByCell() const { return missingByCell_; }
    QTreeWidget *missingByWorkplace() const { return missingByWorkplace_; }
    bool isLoading() const { return watcher_.isRunning(); }

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void display(const Figures &f);
    void displayOverdue(const Figures &f);
    void displayMeetings(const Figures &f);
    void displayComments(const Figures &f);

    QString path_;
    QString scopePath_;
    QString scopeName_;
    ActingUser user_;
    bool dirty_ = true;
    int shownOverdueDays_ = -1; // what the last reading used: read again when the setting
    QDate shownAsOf_;           // or the day changed meanwhile
    QLabel *title_ = nullptr;
    QLabel *subtitle_ = nullptr;
    QTreeWidget *table_ = nullptr;
    QChartView *chart_ = nullptr;
    QSplitter *splitter_ = nullptr;
    QWidget *overdue_ = nullptr;
    QLabel *overdueHeading_ = nullptr;
    QLabel *overdueNote_ = nullptr;
    QTreeWidget *overdueByCommune_ = nullptr;
    QTreeWidget *overdueByIssuer_ = nullptr;
    QWidget *meetings_ = nullptr;
    QLabel *pastDueNote_ = nullptr;
    QWidget *crowded_ = nullptr;
    QLabel *crowdedHeading_ = nullptr;
    QLabel *crowdedNote_ = nullptr;
    QTreeWidget *crowdedCells_ = nullptr;
    QWidget *absences_ = nullptr;
    QLabel *absenceHeading_ = nullptr;
    QLabel *absenceNote_ = nullptr;
    QTreeWidget *absenceAlerts_ = nullptr;
    QWidget *comments_ = nullptr;
    QLabel *commentsHeading_ = nullptr;
    QLabel *commentsNote_ = nullptr;
    QTreeWidget *missingByCell_ = nullptr;
    QTreeWidget *missingByWorkplace_ = nullptr;
    bool sized_ = false; // the table got its width once; then the user's splitter rules
    QFutureWatcher<Figures> watcher_;
};

} // namespace cutru
