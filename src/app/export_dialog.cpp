#include "app/export_dialog.h"

#include "app/folding_completer.h"
#include "app/form_errors.h"
#include "app/import_wizard.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

const QString kFolderKey = QStringLiteral("export/folder");

QString exportFolder()
{
    QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

} // namespace

ExportDialog::ExportDialog(ImportKind kind, const QString &databasePath, const ActingUser &user,
                           const OrganisationTree &tree, qint64 scopeId, QWidget *parent)
    : QDialog(parent), kind_(kind), databasePath_(databasePath), user_(user)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(kind == ImportKind::Members ? tr("Export members") : tr("Export organisations"));
    setWindowModality(Qt::WindowModal);
    chooser_ = [](QWidget *owner, const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(owner, caption, suggested, filter);
    };

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(kind == ImportKind::Members
                       ? tr("Every member held by, or living in, an organisation of the scope, with the columns "
                            "the member import reads: the file can be imported back.")
                       : tr("The organisation chosen and every organisation under it, parents first, with the "
                            "columns the organisation import reads: the file can be imported back."));

    scope_ = new QComboBox(this);
    scope_->setObjectName(QStringLiteral("exportScope"));
    addFoldedItem(scope_, tr("Everything you may see"), QString());
    // Depth first from the user's organisations: each organisation right after its parent.
    QList<qint64> pending = tree.roots();
    std::reverse(pending.begin(), pending.end());
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        if (const Organisation *o = tree.find(id))
            addFoldedItem(scope_, tr("%1 (%2)").arg(o->name, o->code), o->code, o->code);
        QList<qint64> children = tree.childrenOf(id);
        std::reverse(children.begin(), children.end());
        pending << children;
    }
    makeSearchable(scope_);
    const Organisation *chosen = scopeId > 0 ? tree.find(scopeId) : nullptr;
    scope_->setCurrentIndex(chosen ? std::max(0, scope_->findData(chosen->code)) : 0);

    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("exportFormat"));
    format_->addItem(tr("CSV (UTF-8, comma-separated)"), int(reports::ExportFormat::Csv));
    format_->addItem(tr("Excel workbook (XLSX)"), int(reports::ExportFormat::Xlsx));

    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("exportPath"));
    browse_ = new QPushButton(tr("B&rowse…"), this);
    browse_->setObjectName(QStringLiteral("exportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browse_);

    auto *form = new QFormLayout;
    form->addRow(tr("&Scope:"), scope_);
    form->addRow(tr("F&ormat:"), format_);
    form->addRow(tr("&File:"), pathRow);
    static_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(path_);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("exportMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    export_ = new QPushButton(tr("&Export"), this);
    export_->setObjectName(QStringLiteral("exportRun"));
    export_->setDefault(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons_->addButton(export_, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addStretch();
    layout->addWidget(buttons_);

    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(export_, &QPushButton::clicked, this, &ExportDialog::askAndExport);
    connect(browse_, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(scope_, &QComboBox::currentIndexChanged, this, [this] {
        if (!pathChosen_)
            updateSuggestedPath();
    });
    connect(format_, &QComboBox::currentIndexChanged, this, [this] {
        // The file keeps its name and takes the format's extension.
        const QString path = QDir::fromNativeSeparators(path_->text().trimmed());
        if (path.isEmpty()) {
            updateSuggestedPath();
            return;
        }
        const QFileInfo info(path);
        path_->setText(QDir::toNativeSeparators(
            QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + extension())));
    });
    connect(path_, &QLineEdit::textEdited, this, [this] {
        pathChosen_ = true;
        updateButtons();
    });
    connect(&watcher_, &QFutureWatcher<void>::finished, this, &ExportDialog::finished);

    updateSuggestedPath();
    updateButtons();
    resize(620, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    // The export writes to a temporary file and renames it only when complete.
    if (job_)
        job_->cancel.store(true);
    watcher_.waitForFinished();
}

QString ExportDialog::extension() const
{
    return reports::ExportFormat(format_->currentData().toInt()) == reports::ExportFormat::Xlsx
               ? QStringLiteral("xlsx")
               : QStringLiteral("csv");
}

QString ExportDialog::suggestedFileName() const
{
    const QString code = scope_->currentData().toString();
    const QString what = kind_ == ImportKind::Members ? tr("members") : tr("organisations");
    return QStringLiteral("%1-%2-%3.%4")
        .arg(what, code.isEmpty() ? tr("all") : code,
             QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")), extension());
}

void ExportDialog::updateSuggestedPath()
{
    const QString current = QDir::fromNativeSeparators(path_->text().trimmed());
    const QString folder = current.isEmpty() ? exportFolder() : QFileInfo(current).path();
    path_->setText(QDir::toNativeSeparators(QDir(folder).filePath(suggestedFileName())));
    updateButtons();
}

reports::ExportRequest ExportDialog::request() const
{
    reports::ExportRequest r;
    r.kind = kind_;
    r.scopeCode = scope_->currentData().toString();
    r.format = reports::ExportFormat(format_->currentData().toInt());
    r.path = QDir::fromNativeSeparators(path_->text().trimmed());
    if (!r.path.isEmpty() && QFileInfo(r.path).suffix().isEmpty())
        r.path += QLatin1Char('.') + extension();
    return r;
}

void ExportDialog::browse()
{
    const bool xlsx = reports::ExportFormat(format_->currentData().toInt()) == reports::ExportFormat::Xlsx;
    const QString chosen = chooser_ ? chooser_(this, windowTitle(), QDir::fromNativeSeparators(path_->text().trimmed()),
                                               xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"))
                                    : QString();
    if (chosen.isEmpty())
        return;
    pathChosen_ = true;
    path_->setText(QDir::toNativeSeparators(chosen));
    updateButtons();
}

void ExportDialog::askAndExport()
{
    const QString path = request().path;
    if (path.isEmpty()) {
        browse();
        return;
    }
    if (QFileInfo::exists(path)
        && QMessageBox::question(this, windowTitle(),
                                 tr("%1 exists already. Replace it?").arg(QDir::toNativeSeparators(path)))
               != QMessageBox::Yes)
        return;
    startExport();
}

bool ExportDialog::startExport()
{
    const reports::ExportRequest r = request();
    if (isExporting() || r.path.isEmpty())
        return false;
    QSettings().setValue(kFolderKey, QFileInfo(r.path).absolutePath());
    hasResult_ = false;
    auto job = std::make_shared<Job>();
    job_ = job;
    const QString databasePath = databasePath_;
    const ActingUser user = user_;
    watcher_.setFuture(QtConcurrent::run([job, databasePath, user, r] {
        try {
            storage::Database db = storage::Database::open(databasePath, storage::Database::Create::MustExist,
                                                           storage::Database::IntegrityCheck::Skip);
            job->result = reports::exportData(db, user, r, [&job](qint64 done, qint64 total) {
                job->done.store(done);
                job->total.store(total);
                return !job->cancel.load();
            });
        } catch (const storage::StorageError &e) {
            spdlog::error("export to {}: {} ({})", r.path.toStdString(), e.userMessage().toStdString(),
                          e.detail().toStdString());
            job->result.outcome = SaveOutcome::failed(e.userMessage());
        } catch (const AccessDenied &e) {
            job->result.outcome = SaveOutcome::denied(e.userMessage());
        } catch (const std::exception &e) {
            spdlog::error("export to {}: {}", r.path.toStdString(), e.what());
            job->result.outcome = SaveOutcome::failed(tr("The export failed; see the log for details."));
        }
        job->finished.store(true);
    }));
    message_->setStyleSheet(QString());
    message_->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(r.path)));
    progress_ = newWorkProgressDialog(this, windowTitle(),
                                      tr("Exporting to %1…").arg(QDir::toNativeSeparators(r.path)), job);
    progress_->setObjectName(QStringLiteral("exportProgress"));
    updateButtons();
    return true;
}

void ExportDialog::finished()
{
    if (!job_ || !job_->finished.load())
        return;
    if (progress_) {
        progress_->hide();
        progress_->deleteLater();
    }
    result_ = job_->result;
    job_.reset();
    hasResult_ = true;
    const QString path = QDir::toNativeSeparators(request().path);
    QString text;
    const bool ok = !result_.cancelled && result_.outcome.ok();
    if (result_.cancelled)
        text = tr("The export was cancelled; no file was written.");
    else if (ok)
        text = tr("%Ln row(s) exported to %1.", nullptr, result_.rows).arg(path);
    else
        text = outcomeText(result_.outcome);
    message_->setText(text);
    if (ok)
        message_->setStyleSheet(QString());
    else
        styleAsError(message_);
    updateButtons();
    emit exported(ok, text);
}

void ExportDialog::updateButtons()
{
    const bool running = isExporting();
    export_->setEnabled(!running && !path_->text().trimmed().isEmpty());
    scope_->setEnabled(!running);
    format_->setEnabled(!running);
    path_->setEnabled(!running);
    browse_->setEnabled(!running);
}

void ExportDialog::reject()
{
    if (isExporting())
        return;
    QDialog::reject();
}

} // namespace cutru
