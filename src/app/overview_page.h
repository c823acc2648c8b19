#pragma once

#include "reports/report_table.h"

#include <QFutureWatcher>
#include <QList>
#include <QPair>
#include <QWidget>

class QChartView;
class QLabel;
class QSplitter;
class QTreeWidget;

namespace cutru {

// The Overview section: the organisation overview report of the selected scope and
// a bar chart of working members by type of workplace. The figures are read off
// the GUI thread, on a connection of their own.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    struct Figures {
        reports::ReportTable table;
        QList<QPair<QString, int>> workingByType; // label, members; display order
        QString error;                            // user message when reading failed
    };

    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Empty `path`: nothing to show.
    void setDatabasePath(const QString &path);
    void setScope(const QString &scopePath, const QString &scopeName);
    // Reads the figures again (now if visible, else when next shown).
    void refresh();

    QTreeWidget *table() const { return table_; }
    bool isLoading() const { return watcher_.isRunning(); }

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void display(const Figures &f);

    QString path_;
    QString scopePath_;
    QString scopeName_;
    bool dirty_ = true;
    QLabel *title_ = nullptr;
    QLabel *subtitle_ = nullptr;
    QTreeWidget *table_ = nullptr;
    QChartView *chart_ = nullptr;
    QSplitter *splitter_ = nullptr;
    bool sized_ = false; // the table got its width once; then the user's splitter rules
    QFutureWatcher<Figures> watcher_;
};

} // namespace cutru
