#pragma once

#include <QString>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace cutru {

// What long work on another thread shares with its progress dialog: the dialog's
// Cancel sets `cancel`; the worker reports `done` of `total` (total 0: unknown).
struct WorkProgress {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

// A window-modal progress dialog for such work: it appears only when the work lasts
// (300 ms), shows done/total as it goes, and Cancel asks the worker to stop — the
// dialog then says so and stays until the worker ends; the caller closes it (hide()
// and deleteLater()) when the work's result arrives.
QProgressDialog *newWorkProgressDialog(QWidget *parent, const QString &title, const QString &label,
                                       std::shared_ptr<WorkProgress> progress);

} // namespace cutru
