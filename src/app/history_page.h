#pragma once

#include "services/acting_user.h"
#include "services/history_service.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace cutru {

class HistoryModel;
class OptionalDateEdit;

// The History section: the whole change log, newest first, filtered by user,
// table, record and dates (dd/MM/yyyy, both included), with the selected entry's
// fields before and after in a pane below. Only for those who may read the
// history (provincial board, auditor); others see why not. CCCD and phone numbers
// are masked for those who may not see them.
//
// Pages of entries are read on the GUI thread's connection as the table scrolls;
// the total is counted on a worker thread with a connection of its own, so a
// count over a large log never holds up the window.
class HistoryPage : public QWidget {
    Q_OBJECT
public:
    struct Count {
        qint64 entries = -1;
        QString error;
    };

    explicit HistoryPage(QWidget *parent = nullptr);
    ~HistoryPage() override;

    // `db`: the GUI thread's connection (null: no database open). The page reads
    // when it is shown (at once if it is visible).
    void setDatabase(storage::Database *db, const ActingUser &user);
    // Reads the filter choices and the entries again (after changes elsewhere).
    void refresh();
    // The history of one record: table and record set, the other filters cleared.
    void showRecord(const QString &table, qint64 rowId);

    // The filter as the fields say.
    HistoryFilter currentFilter() const;
    bool isCounting() const { return countWatcher_.isRunning(); }

    HistoryModel *model() const { return model_; }
    QTableView *table() const { return table_; }
    QComboBox *userCombo() const { return user_; }
    QComboBox *tableCombo() const { return tableFilter_; }
    QLineEdit *recordEdit() const { return record_; }
    OptionalDateEdit *fromEdit() const { return from_; }
    OptionalDateEdit *toEdit() const { return to_; }
    QPushButton *resetButton() const { return reset_; }
    QLabel *countLabel() const { return count_; }
    QLabel *detailLabel() const { return detailTitle_; }
    QTableWidget *detailTable() const { return detail_; }
    // The text shown instead of the history (refusal, no database); empty otherwise.
    QString message() const;

public slots:
    // Applies the fields now (typing waits for a short pause).
    void applyFilters();
    // Clears every filter.
    void resetFilters();

signals:
    // The total for the current filter is known (or failed).
    void counted();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void fillChoices();
    void startCount();
    void showCount();
    void showDetail();
    void showMessage(const QString &text);

    storage::Database *db_ = nullptr;
    ActingUser acting_;
    std::unique_ptr<HistoryService> service_;
    HistoryModel *model_ = nullptr;
    bool dirty_ = true;
    bool filling_ = false; // setting the fields in code: no filtering on each change
    HistoryFilter shown_;  // the filter the model and the count are for
    Count lastCount_;
    int countGeneration_ = 0;

    QStackedWidget *stack_ = nullptr;
    QLabel *message_ = nullptr;
    QLabel *userLabel_ = nullptr;
    QLabel *tableLabel_ = nullptr;
    QLabel *recordLabel_ = nullptr;
    QLabel *fromLabel_ = nullptr;
    QLabel *toLabel_ = nullptr;
    QComboBox *user_ = nullptr;
    QComboBox *tableFilter_ = nullptr;
    QLineEdit *record_ = nullptr;
    OptionalDateEdit *from_ = nullptr;
    OptionalDateEdit *to_ = nullptr;
    QPushButton *reset_ = nullptr;
    QLabel *count_ = nullptr;
    QTableView *table_ = nullptr;
    QLabel *detailTitle_ = nullptr;
    QTableWidget *detail_ = nullptr;
    QTimer typingTimer_;
    QFutureWatcher<Count> countWatcher_;
};

} // namespace cutru
