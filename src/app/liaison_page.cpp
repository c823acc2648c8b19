#include "app/liaison_page.h"

#include "app/liaison_dialogs.h"
#include "domain/dates.h"
#include "services/liaison_service.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QTableView *tableView(QWidget *parent, const QString &name, QStandardItemModel *model)
{
    auto *v = new QTableView(parent);
    v->setObjectName(name);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->setVisible(false);
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(false);
    return v;
}

QStandardItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QStandardItem(text);
    if (id)
        item->setData(id, kIdRole);
    return item;
}

QStandardItem *number(int n)
{
    auto *item = new QStandardItem;
    item->setData(n, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Keeps the chosen entry of a filter across a reload.
void refill(QComboBox *box, const QString &all, const QList<QPair<QString, QVariant>> &entries)
{
    const QVariant keep = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QVariant());
    for (const auto &[text, data] : entries)
        box->addItem(text, data);
    const int at = keep.isValid() ? box->findData(keep) : 0;
    box->setCurrentIndex(std::max(0, at));
}

} // namespace

LiaisonPage::LiaisonPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("liaisonPage"));
    title_ = new QLabel(this);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title_->setFont(big);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("liaisonMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->setVisible(false);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("liaisonTabs"));

    // Cadres
    cadresTab_ = new QWidget(tabs_);
    cadreModel_ = new QStandardItemModel(this);
    cadreView_ = tableView(cadresTab_, QStringLiteral("cadreView"), cadreModel_);
    addCadre_ = new QPushButton(cadresTab_);
    addCadre_->setObjectName(QStringLiteral("addCadre"));
    openCadre_ = new QPushButton(cadresTab_);
    openCadre_->setObjectName(QStringLiteral("openCadre"));
    {
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(addCadre_);
        buttons->addWidget(openCadre_);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(cadresTab_);
        layout->addLayout(buttons);
        layout->addWidget(cadreView_, 1);
    }
    connect(addCadre_, &QPushButton::clicked, this, [this] { addCadre(); });
    connect(openCadre_, &QPushButton::clicked, this, [this] { openCadre(selectedId(cadreView_)); });
    connect(cadreView_, &QTableView::doubleClicked, this, [this] { openCadre(selectedId(cadreView_)); });

    // Visits
    visitsTab_ = new QWidget(tabs_);
    visitModel_ = new QStandardItemModel(this);
    visitView_ = tableView(visitsTab_, QStringLiteral("visitView"), visitModel_);
    visitCadreLabel_ = new QLabel(visitsTab_);
    visitCadre_ = new QComboBox(visitsTab_);
    visitCadre_->setObjectName(QStringLiteral("visitCadreFilter"));
    visitCommuneLabel_ = new QLabel(visitsTab_);
    visitCommune_ = new QComboBox(visitsTab_);
    visitCommune_->setObjectName(QStringLiteral("visitCommuneFilter"));
    addVisit_ = new QPushButton(visitsTab_);
    addVisit_->setObjectName(QStringLiteral("addVisit"));
    openVisit_ = new QPushButton(visitsTab_);
    openVisit_->setObjectName(QStringLiteral("openVisit"));
    {
        auto *filters = new QHBoxLayout;
        filters->addWidget(visitCadreLabel_);
        filters->addWidget(visitCadre_, 1);
        filters->addWidget(visitCommuneLabel_);
        filters->addWidget(visitCommune_, 1);
        filters->addSpacing(12);
        filters->addWidget(addVisit_);
        filters->addWidget(openVisit_);
        auto *layout = new QVBoxLayout(visitsTab_);
        layout->addLayout(filters);
        layout->addWidget(visitView_, 1);
    }
    connect(visitCadre_, &QComboBox::currentIndexChanged, this, [this] { guarded([this] { reloadVisits(); }); });
    connect(visitCommune_, &QComboBox::currentIndexChanged, this, [this] { guarded([this] { reloadVisits(); }); });
    connect(addVisit_, &QPushButton::clicked, this, [this] { addVisit(); });
    connect(openVisit_, &QPushButton::clicked, this, [this] { openVisit(selectedId(visitView_)); });
    connect(visitView_, &QTableView::doubleClicked, this, [this] { openVisit(selectedId(visitView_)); });

    // Open problems
    problemsTab_ = new QWidget(tabs_);
    problemModel_ = new QStandardItemModel(this);
    problemView_ = tableView(problemsTab_, QStringLiteral("problemView"), problemModel_);
    categoryLabel_ = new QLabel(problemsTab_);
    category_ = new QComboBox(problemsTab_);
    category_->setObjectName(QStringLiteral("problemCategoryFilter"));
    districtLabel_ = new QLabel(problemsTab_);
    district_ = new QComboBox(problemsTab_);
    district_->setObjectName(QStringLiteral("problemDistrictFilter"));
    openProblem_ = new QPushButton(problemsTab_);
    openProblem_->setObjectName(QStringLiteral("openProblem"));
    problemCount_ = new QLabel(problemsTab_);
    problemCount_->setObjectName(QStringLiteral("problemCount"));
    {
        auto *filters = new QHBoxLayout;
        filters->addWidget(categoryLabel_);
        filters->addWidget(category_, 1);
        filters->addWidget(districtLabel_);
        filters->addWidget(district_, 1);
        filters->addSpacing(12);
        filters->addWidget(openProblem_);
        auto *layout = new QVBoxLayout(problemsTab_);
        layout->addLayout(filters);
        layout->addWidget(problemView_, 1);
        layout->addWidget(problemCount_);
    }
    connect(category_, &QComboBox::currentIndexChanged, this, [this] { guarded([this] { reloadProblems(); }); });
    connect(district_, &QComboBox::currentIndexChanged, this, [this] { guarded([this] { reloadProblems(); }); });
    connect(openProblem_, &QPushButton::clicked, this, [this] { openProblem(selectedId(problemView_)); });
    connect(problemView_, &QTableView::doubleClicked, this, [this] { openProblem(selectedId(problemView_)); });

    tabs_->addTab(cadresTab_, QString());
    tabs_->addTab(visitsTab_, QString());
    tabs_->addTab(problemsTab_, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(message_);
    layout->addWidget(tabs_, 1);
    retranslate();
    applyUser();
}

LiaisonPage::~LiaisonPage() = default;

void LiaisonPage::setDatabase(storage::Database *db, const ActingUser &user)
{
    db_ = db;
    user_ = user;
    service_ = db ? std::make_unique<LiaisonService>(*db, user) : nullptr;
    cadreModel_->removeRows(0, cadreModel_->rowCount());
    visitModel_->removeRows(0, visitModel_->rowCount());
    problemModel_->removeRows(0, problemModel_->rowCount());
    message_->setVisible(false);
    applyUser();
    stale_ = true;
    if (isVisible())
        refresh();
}

void LiaisonPage::applyUser()
{
    const bool manage = service_ && service_->mayManage();
    addCadre_->setVisible(manage);
    addVisit_->setVisible(manage);
    openCadre_->setText(manage ? tr("Edit cadre…") : tr("Show cadre…"));
    openVisit_->setText(manage ? tr("Edit visit…") : tr("Show visit…"));
    openProblem_->setText(manage ? tr("Follow up…") : tr("Show problem…"));
    tabs_->setEnabled(service_ && service_->mayRead());
}

void LiaisonPage::refresh()
{
    stale_ = false;
    if (!service_)
        return;
    if (!service_->mayRead()) {
        showMessage(refusalMessage(Action::ReadLiaison), true);
        return;
    }
    message_->setVisible(false);
    guarded([this] {
        reloadFilters();
        reloadCadres();
        reloadVisits();
        reloadProblems();
    });
}

bool LiaisonPage::guarded(const std::function<void()> &read)
{
    if (!service_)
        return false;
    try {
        read();
        return true;
    } catch (const AccessDenied &e) {
        showMessage(e.userMessage(), true);
    } catch (const storage::StorageError &e) {
        spdlog::error("liaison page: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
        showMessage(e.userMessage(), true);
    }
    return false;
}

void LiaisonPage::showMessage(const QString &text, bool error)
{
    message_->setText(text);
    message_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    message_->setVisible(!text.isEmpty());
}

void LiaisonPage::reloadFilters()
{
    QList<QPair<QString, QVariant>> cadres, communes, categories, districts;
    for (const LiaisonCadre &c : service_->cadres())
        cadres.append({c.fullName, c.id});
    for (const storage::LiaisonPlace &p : service_->communes())
        communes.append({p.name, p.id});
    for (ProblemCategory c : allValues<ProblemCategory>())
        categories.append({label(c), code(c)});
    // 0: communes directly under the province (the two-tier shape since 1-7-2025).
    districts.append({tr("No district (communes under the province)"), qint64(0)});
    for (const storage::LiaisonPlace &p : service_->districts())
        districts.append({p.name, p.id});
    refill(visitCadre_, tr("All cadres"), cadres);
    refill(visitCommune_, tr("All communes"), communes);
    refill(category_, tr("All categories"), categories);
    refill(district_, tr("All districts"), districts);
}

void LiaisonPage::reloadCadres()
{
    cadreModel_->removeRows(0, cadreModel_->rowCount());
    for (const LiaisonCadre &c : service_->cadres())
        cadreModel_->appendRow({cell(c.fullName, c.id), cell(c.position), cell(c.organisation), cell(c.phone)});
    cadreView_->resizeColumnToContents(0);
}

void LiaisonPage::reloadVisits()
{
    visitModel_->removeRows(0, visitModel_->rowCount());
    if (!service_)
        return;
    const qint64 cadre = visitCadre_->currentData().toLongLong();
    const qint64 commune = visitCommune_->currentData().toLongLong();
    for (const storage::VisitRow &v : service_->visits(cadre, commune))
        visitModel_->appendRow({cell(displayDate(v.visit.visitDate), v.visit.id), cell(v.cadreName), cell(v.communeName),
                                cell(v.cellName), cell(displayDate(v.meetingDate)), number(v.problems),
                                number(v.unresolved)});
    visitView_->resizeColumnsToContents();
}

void LiaisonPage::reloadProblems()
{
    problemModel_->removeRows(0, problemModel_->rowCount());
    if (!service_)
        return;
    storage::OpenProblemFilter filter;
    if (const QVariant c = category_->currentData(); c.isValid())
        filter.category = fromCode<ProblemCategory>(c.toString());
    if (const QVariant d = district_->currentData(); d.isValid())
        filter.districtId = d.toLongLong();
    const QList<storage::OpenProblemRow> rows = service_->openProblems(filter, QDate::currentDate());
    for (const storage::OpenProblemRow &p : rows)
        problemModel_->appendRow({cell(displayDate(p.visitDate), p.problem.id), number(p.daysOpen), cell(p.districtName),
                                  cell(p.communeName), cell(p.cellName), cell(p.cadreName), cell(label(p.problem.category)),
                                  cell(p.problem.text), cell(label(p.problem.status))});
    problemView_->resizeColumnsToContents();
    problemCount_->setText(tr("Open problems listed: %1").arg(rows.size()));
}

qint64 LiaisonPage::selectedId(QTableView *view) const
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return 0;
    return view->model()->index(current.row(), 0).data(kIdRole).toLongLong();
}

CadreDialog *LiaisonPage::addCadre()
{
    if (!service_ || !service_->mayManage())
        return nullptr;
    auto *dialog = new CadreDialog(*service_, LiaisonCadre{}, false, this);
    connect(dialog, &LiaisonFormDialog::submitted, this, [this, dialog] {
        LiaisonCadre c = dialog->cadre();
        const bool isNew = c.id == 0;
        const SaveOutcome o = service_->saveCadre(c);
        if (o.status == SaveOutcome::Status::Invalid) {
            dialog->showErrors(o.errors);
            return;
        }
        if (!o.ok()) {
            dialog->showProblem(o.message);
            return;
        }
        guarded([this] { refresh(); });
        emit liaisonChanged();
        if (isNew)
            dialog->setSaved(c); // stays open for the assignments
        else
            dialog->accept();
    });
    connect(dialog, &CadreDialog::assignmentsChanged, this, &LiaisonPage::liaisonChanged);
    dialog->open();
    return dialog;
}

CadreDialog *LiaisonPage::openCadre(qint64 cadreId)
{
    if (!service_ || cadreId <= 0)
        return nullptr;
    std::optional<LiaisonCadre> cadre;
    if (!guarded([&] { cadre = service_->cadre(cadreId); }) || !cadre)
        return nullptr;
    auto *dialog = new CadreDialog(*service_, *cadre, !service_->mayManage(), this);
    connect(dialog, &LiaisonFormDialog::submitted, this, [this, dialog] {
        LiaisonCadre c = dialog->cadre();
        const SaveOutcome o = service_->saveCadre(c);
        if (o.status == SaveOutcome::Status::Invalid) {
            dialog->showErrors(o.errors);
            return;
        }
        if (!o.ok()) {
            dialog->showProblem(o.message);
            return;
        }
        dialog->accept();
        guarded([this] { refresh(); });
        emit liaisonChanged();
    });
    connect(dialog, &CadreDialog::assignmentsChanged, this, &LiaisonPage::liaisonChanged);
    dialog->open();
    return dialog;
}

VisitDialog *LiaisonPage::addVisit()
{
    if (!service_ || !service_->mayManage())
        return nullptr;
    LiaisonVisit v;
    v.visitDate = QDate::currentDate();
    v.cadreId = visitCadre_->currentData().toLongLong();
    v.communeId = visitCommune_->currentData().toLongLong();
    VisitDialog *dialog = nullptr;
    if (!guarded([&] { dialog = new VisitDialog(*service_, v, {}, false, this); }))
        return nullptr;
    connect(dialog, &LiaisonFormDialog::submitted, this, [this, dialog] {
        LiaisonVisit visit = dialog->visit();
        QList<LiaisonProblem> problems = dialog->problems();
        const SaveOutcome o = service_->saveVisit(visit, problems);
        if (o.status == SaveOutcome::Status::Invalid) {
            dialog->showOutcomeErrors(o.errors);
            return;
        }
        if (!o.ok()) {
            dialog->showProblem(o.message);
            return;
        }
        dialog->accept();
        guarded([this] { refresh(); });
        showMessage(tr("The visit of %1 is saved.").arg(displayDate(visit.visitDate)), false);
        emit liaisonChanged();
    });
    dialog->open();
    return dialog;
}

VisitDialog *LiaisonPage::openVisit(qint64 visitId)
{
    if (!service_ || visitId <= 0)
        return nullptr;
    VisitDialog *dialog = nullptr;
    if (!guarded([&] {
            const auto row = service_->visit(visitId);
            if (row)
                dialog = new VisitDialog(*service_, row->visit, service_->problemsOf(visitId), !service_->mayManage(),
                                         this);
        })
        || !dialog)
        return nullptr;
    connect(dialog, &LiaisonFormDialog::submitted, this, [this, dialog] {
        LiaisonVisit visit = dialog->visit();
        QList<LiaisonProblem> problems = dialog->problems();
        const SaveOutcome o = service_->saveVisit(visit, problems);
        if (o.status == SaveOutcome::Status::Invalid) {
            dialog->showOutcomeErrors(o.errors);
            return;
        }
        if (!o.ok()) {
            dialog->showProblem(o.message);
            return;
        }
        dialog->accept();
        guarded([this] { refresh(); });
        emit liaisonChanged();
    });
    dialog->open();
    return dialog;
}

ProblemDialog *LiaisonPage::openProblem(qint64 problemId)
{
    if (!service_ || problemId <= 0)
        return nullptr;
    std::optional<storage::OpenProblemRow> found;
    if (!guarded([&] {
            for (const storage::OpenProblemRow &r : service_->openProblems({}, QDate::currentDate()))
                if (r.problem.id == problemId)
                    found = r;
        })
        || !found)
        return nullptr;
    const storage::OpenProblemRow row = *found;
    QString where = row.cellName.isEmpty() ? row.communeName : tr("%1, %2").arg(row.cellName, row.communeName);
    const QString context =
        tr("Raised at the visit of %1 on %2 to %3.").arg(row.cadreName, displayDate(row.visitDate), where);
    auto *dialog = new ProblemDialog(row.problem, context, !service_->mayManage(), this);
    connect(dialog, &LiaisonFormDialog::submitted, this, [this, dialog] {
        LiaisonProblem p = dialog->problem();
        const SaveOutcome o = service_->saveProblem(p);
        if (o.status == SaveOutcome::Status::Invalid) {
            dialog->showErrors(o.errors);
            return;
        }
        if (!o.ok()) {
            dialog->showProblem(o.message);
            return;
        }
        dialog->accept();
        guarded([this] { refresh(); });
        emit liaisonChanged();
    });
    dialog->open();
    return dialog;
}

void LiaisonPage::retranslate()
{
    title_->setText(tr("Liaison cadres"));
    tabs_->setTabText(int(Tab::Cadres), tr("Cadres"));
    tabs_->setTabText(int(Tab::Visits), tr("Visits"));
    tabs_->setTabText(int(Tab::OpenProblems), tr("Open problems"));
    addCadre_->setText(tr("Add cadre…"));
    addVisit_->setText(tr("Log visit…"));
    visitCadreLabel_->setText(tr("Cadre:"));
    visitCommuneLabel_->setText(tr("Commune:"));
    categoryLabel_->setText(tr("Category:"));
    districtLabel_->setText(tr("District:"));
    cadreModel_->setHorizontalHeaderLabels({tr("Full name"), tr("Position"), tr("Organisation"), tr("Phone")});
    visitModel_->setHorizontalHeaderLabels({tr("Visit date"), tr("Liaison cadre"), tr("Commune"), tr("Cell"),
                                            tr("Meeting attended"), tr("Problems"), tr("Not resolved")});
    problemModel_->setHorizontalHeaderLabels({tr("Visit date"), tr("Days open"), tr("District"), tr("Commune"), tr("Cell"),
                                              tr("Liaison cadre"), tr("Category"), tr("Problem"), tr("Status")});
    applyUser();
}

void LiaisonPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (service_ && isVisible())
            refresh(); // the labels of categories and statuses
        else
            stale_ = true;
    }
    QWidget::changeEvent(event);
}

void LiaisonPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (stale_)
        refresh();
}

} // namespace cutru
