#include "app/work_progress.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QTimer>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::WorkProgress)
};

constexpr int kSteps = 1000; // the bar's resolution, whatever the work's size

} // namespace

QProgressDialog *newWorkProgressDialog(QWidget *parent, const QString &title, const QString &label,
                                       std::shared_ptr<WorkProgress> progress)
{
    auto *dialog = new QProgressDialog(label, Tr::tr("Cancel"), 0, 0, parent);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumWidth(460);
    // Cancelling asks the worker to stop; the dialog stays until it has.
    QObject::disconnect(dialog, &QProgressDialog::canceled, dialog, &QProgressDialog::cancel);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [dialog, progress] {
        progress->cancel.store(true);
        dialog->setLabelText(Tr::tr("Cancelling…"));
        dialog->setCancelButton(nullptr);
    });
    auto *poll = new QTimer(dialog);
    poll->setInterval(100);
    QObject::connect(poll, &QTimer::timeout, dialog, [dialog, progress] {
        const qint64 total = progress->total.load();
        if (total <= 0 || progress->cancel.load())
            return;
        dialog->setMaximum(kSteps);
        dialog->setValue(int(kSteps * std::min(progress->done.load(), total) / total));
    });
    poll->start();
    return dialog;
}

} // namespace cutru
