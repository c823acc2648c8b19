#pragma once

#include "reports/report_table.h"
#include "services/acting_user.h"
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
// "overdue after N days") by receiving commune and by issuing organisation. The
// figures are read off the GUI thread, on a connection of their own.
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
    bool sized_ = false; // the table got its width once; then the user's splitter rules
    QFutureWatcher<Figures> watcher_;
};

} // namespace cutru
