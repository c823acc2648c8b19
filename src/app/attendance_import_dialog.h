#pragma once

#include "services/acting_user.h"
#include "services/attendance_import.h"

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cutru {

// Importing one meeting's attendance from a CSV file (docs/data-formats.md,
// "Attendance CSV"): Check reads the file and shows what would be recorded and
// which rows are left out, with their line numbers and reasons, writing nothing;
// Import writes the matched marks in one transaction. Both run on a worker thread
// with a connection of their own; the dialog stays responsive. Rows already
// recorded are shown as unchanged, so importing a file twice counts nothing twice.
class AttendanceImportDialog : public QDialog {
    Q_OBJECT
public:
    AttendanceImportDialog(const QString &databasePath, const ActingUser &user, qint64 meetingId,
                           const QString &meetingText, QWidget *parent = nullptr);
    ~AttendanceImportDialog() override;

    void setCsvPath(const QString &path);
    // Starts a dry run (check) or the import; false while one is running or without a file.
    bool check();
    bool import();
    bool isRunning() const { return watcher_.isRunning(); }
    // The last finished run.
    const AttendanceImportResult &result() const { return result_; }
    bool lastRunWrote() const { return result_.written; }

    QLineEdit *pathEdit() const { return path_; }
    QPushButton *checkButton() const { return check_; }
    QPushButton *importButton() const { return import_; }
    QTableWidget *rowsTable() const { return rows_; }
    QLabel *summaryLabel() const { return summary_; }

signals:
    // A run ended; `wrote`: marks were written (the meeting's lists should follow).
    void finishedRun(bool wrote);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool start(bool dryRun);
    void showResult();
    void retranslate();
    void updateButtons();

    QString databasePath_;
    ActingUser user_;
    qint64 meetingId_ = 0;
    QString meetingText_;
    bool lastWasDryRun_ = true;
    AttendanceImportResult result_;
    QFutureWatcher<AttendanceImportResult> watcher_;

    QLabel *intro_ = nullptr;
    QLabel *pathLabel_ = nullptr;
    QLineEdit *path_ = nullptr;
    QPushButton *browse_ = nullptr;
    QLabel *summary_ = nullptr;
    QTableWidget *rows_ = nullptr;
    QPushButton *check_ = nullptr;
    QPushButton *import_ = nullptr;
    QDialogButtonBox *buttons_ = nullptr;
};

} // namespace cutru
