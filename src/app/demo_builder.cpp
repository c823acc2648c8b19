#include "app/demo_builder.h"

#include "services/demo_province.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QMutex>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::DemoBuilder)
};

// What the generator reports, read by the GUI thread's timer: a progress event per
// row would flood the event loop.
struct SharedProgress {
    QMutex mutex;
    DemoProgress latest;
};

struct Outcome {
    bool completed = false;
    QString error;
};

} // namespace

bool buildDemoDatabase(const QString &path, QWidget *parent, QString *error)
{
    auto progress = std::make_shared<SharedProgress>();
    auto cancel = std::make_shared<std::atomic<bool>>(false);

    QFuture<Outcome> future = QtConcurrent::run([path, progress, cancel] {
        Outcome o;
        try {
            o.completed = DemoProvinceGenerator().generate(
                path,
                [progress](const DemoProgress &p) {
                    QMutexLocker lock(&progress->mutex);
                    progress->latest = p;
                },
                cancel.get());
        } catch (const storage::StorageError &e) {
            spdlog::error("demo province failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
            o.error = e.userMessage();
        } catch (const std::exception &e) {
            spdlog::error("demo province failed: {}", e.what());
            o.error = Tr::tr("The demo province could not be built; see the log for details.");
        }
        return o;
    });

    const QString intro = Tr::tr("Building the demo province (Thái Bình, 2012) — this happens once.");
    QProgressDialog dialog(intro, Tr::tr("Cancel"), 0, 100, parent);
    dialog.setWindowTitle(Tr::tr("CuTru — first start"));
    dialog.setWindowModality(Qt::ApplicationModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumWidth(480);
    // Cancelling asks the generator to stop; the dialog stays until it has.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, cancel] {
        cancel->store(true);
        dialog.setLabelText(Tr::tr("Cancelling…"));
        dialog.setCancelButton(nullptr);
    });

    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, progress, cancel, intro] {
        if (cancel->load())
            return;
        DemoProgress p;
        {
            QMutexLocker lock(&progress->mutex);
            p = progress->latest;
        }
        if (p.total <= 0)
            return;
        const QLocale locale;
        dialog.setLabelText(intro + QLatin1Char('\n')
                            + Tr::tr("%1: %2 of %3").arg(p.stage, locale.toString(p.done), locale.toString(p.total)));
        dialog.setValue(int(100LL * p.done / p.total));
    });

    QEventLoop loop;
    QFutureWatcher<Outcome> watcher;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    dialog.show();
    poll.start();
    if (!future.isFinished())
        loop.exec();
    poll.stop();
    dialog.hide();

    const Outcome o = future.result();
    if (error)
        *error = o.error;
    return o.completed && o.error.isEmpty();
}

} // namespace cutru
