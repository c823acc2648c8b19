#include "app/account_edit_dialog.h"

#include "app/folding_completer.h"
#include "domain/vietnamese_text.h"
#include "ui_account_edit_dialog.h"

#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>

namespace cutru {
namespace {

constexpr int GrantIndexRole = Qt::UserRole + 1;

} // namespace

AccountEditDialog::AccountEditDialog(storage::Database &db, ActingUser by, OrganisationTree tree, Account account,
                                     QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::AccountEditDialog>()), db_(db), by_(std::move(by)),
      tree_(std::move(tree)), account_(std::move(account)), grants_(account_.grants)
{
    ui_->setupUi(this);
    errors_.add(QStringLiteral("username"), ui_->usernameError, ui_->userNameEdit);
    errors_.add(QStringLiteral("fullName"), ui_->fullNameError, ui_->fullNameEdit);
    errors_.add(QStringLiteral("password"), ui_->passwordError, ui_->initialPasswordEdit);
    errors_.add(QStringLiteral("grants"), ui_->grantsError, ui_->roleCombo);
    errors_.setOtherLabel(ui_->otherErrors);
    QFont heading = ui_->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    ui_->headingLabel->setFont(heading);

    ui_->userNameEdit->setText(account_.username);
    ui_->userNameEdit->setReadOnly(!isNew());
    ui_->fullNameEdit->setText(account_.fullName);
    ui_->activeCheck->setChecked(account_.active);
    ui_->formLayout->setRowVisible(2, isNew()); // the initial password

    for (Role r : allRoles())
        ui_->roleCombo->addItem(label(r), code(r));
    // No role to begin with: the first one of the list reaches the whole database.
    ui_->roleCombo->setCurrentIndex(-1);
    makeSearchable(ui_->organisationCombo);
    if (auto *list = qobject_cast<QListView *>(ui_->organisationCombo->view()))
        list->setUniformItemSizes(true); // thousands of cells: no per-item measuring

    retranslate();
    roleChosen();
    showGrants();

    connect(ui_->roleCombo, &QComboBox::currentIndexChanged, this, &AccountEditDialog::roleChosen);
    connect(ui_->addGrantButton, &QPushButton::clicked, this, &AccountEditDialog::addChosenGrant);
    connect(ui_->removeGrantButton, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = ui_->grantsList->currentItem();
        if (!item)
            return;
        grants_.removeAt(item->data(GrantIndexRole).toInt());
        showGrants();
    });
    connect(ui_->grantsList, &QListWidget::currentRowChanged, this,
            [this](int row) { ui_->removeGrantButton->setEnabled(row >= 0); });
    connect(ui_->suggestPasswordButton, &QPushButton::clicked, this, [this] {
        ui_->initialPasswordEdit->setText(suggestPassword());
        ui_->initialPasswordEdit->setFocus();
        ui_->initialPasswordEdit->selectAll();
    });
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &AccountEditDialog::save);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (isNew())
        ui_->userNameEdit->setFocus();
    else
        ui_->fullNameEdit->setFocus();
}

AccountEditDialog::~AccountEditDialog() = default;

void AccountEditDialog::retranslate()
{
    ui_->retranslateUi(this);
    if (isNew()) {
        setWindowTitle(tr("New account"));
        ui_->headingLabel->setText(tr("New account"));
    } else {
        setWindowTitle(tr("Account: %1").arg(account_.username));
        ui_->headingLabel->setText(tr("Account %1").arg(account_.username));
    }
    ui_->userNameEdit->setPlaceholderText(tr("e.g. vanphong.vuhoa"));
    ui_->initialPasswordEdit->setPlaceholderText(tr("the owner changes it at the first sign-in"));
    ui_->organisationCombo->lineEdit()->setPlaceholderText(tr("Type part of the name"));
    ui_->roleCombo->setPlaceholderText(tr("Choose a role"));
    for (int i = 0; i < ui_->roleCombo->count(); ++i)
        if (auto r = roleFromCode(ui_->roleCombo->itemData(i).toString()))
            ui_->roleCombo->setItemText(i, label(*r));
    // The "whole database" entry of the province-level list.
    if (QStandardItemModel *m = organisationModels_.value(int(OrgLevel::Province)))
        if (m->rowCount() > 0 && m->item(0)->data(Qt::UserRole).toLongLong() == 0) {
            m->item(0)->setText(tr("Whole database"));
            m->item(0)->setData(text::fold(tr("Whole database")), FoldingCompleter::FoldedRole);
        }
    showGrants();
}

void AccountEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AccountEditDialog::showGrants()
{
    ui_->grantsList->clear();
    for (int i = 0; i < grants_.size(); ++i) {
        const RoleGrant &g = grants_[i];
        auto *item = new QListWidgetItem(grantLabel(g.role, g.organisationName), ui_->grantsList);
        item->setData(GrantIndexRole, i);
        if (g.organisationId != 0)
            item->setToolTip(tree_.breadcrumb(g.organisationId));
    }
    ui_->removeGrantButton->setEnabled(false);
}

QStandardItemModel *AccountEditDialog::organisationsOf(OrgLevel level)
{
    if (QStandardItemModel *m = organisationModels_.value(int(level)))
        return m;
    auto *model = new QStandardItemModel(this);
    QList<QStandardItem *> items;
    auto add = [&items](const QString &text, qint64 id) {
        auto *item = new QStandardItem(text);
        item->setData(id, Qt::UserRole);
        item->setData(text::fold(text), FoldingCompleter::FoldedRole);
        items << item;
    };
    if (level == OrgLevel::Province)
        add(tr("Whole database"), 0);
    const QDate today = QDate::currentDate();
    for (const Organisation *o : tree_.ofLevel(level)) {
        if (!o->isCurrentOn(today))
            continue;
        // Cell names repeat from commune to commune: name the parent too, except the
        // province, which every communes' list would repeat.
        const Organisation *parent = tree_.find(o->parentId);
        const QString text = parent && parent->level != OrgLevel::Province
                                 ? tr("%1 — %2").arg(o->name, parent->name)
                                 : o->name;
        add(text, o->id);
    }
    model->invisibleRootItem()->appendRows(items); // one insertion, not thousands
    organisationModels_.insert(int(level), model);
    return model;
}

void AccountEditDialog::roleChosen()
{
    const auto role = roleFromCode(ui_->roleCombo->currentData().toString());
    QComboBox *combo = ui_->organisationCombo;
    combo->setEnabled(role.has_value());
    ui_->addGrantButton->setEnabled(role.has_value());
    if (!role) {
        combo->setCurrentIndex(-1);
        return;
    }
    QStandardItemModel *model = organisationsOf(grantLevel(*role));
    if (combo->model() != model) {
        combo->setModel(model);
        combo->completer()->setModel(model);
    }
    // "Whole database" comes first for the provincial roles; other roles start with
    // no choice, so that nobody adds the first commune of the list by mistake.
    combo->setCurrentIndex(grantLevel(*role) == OrgLevel::Province ? 0 : -1);
}

std::optional<RoleGrant> AccountEditDialog::chosenGrant() const
{
    const auto role = roleFromCode(ui_->roleCombo->currentData().toString());
    const QComboBox *combo = ui_->organisationCombo;
    const int i = combo->currentIndex();
    if (!role || i < 0 || combo->currentText() != combo->itemText(i))
        return std::nullopt;
    RoleGrant g;
    g.role = *role;
    g.organisationId = combo->itemData(i, Qt::UserRole).toLongLong();
    if (const Organisation *o = tree_.find(g.organisationId)) {
        g.organisationName = o->name;
        g.organisationPath = tree_.scopePath(o->id);
    }
    return g;
}

bool AccountEditDialog::addChosenGrant()
{
    const auto g = chosenGrant();
    const QString field = QStringLiteral("grants");
    if (!g) {
        errors_.show({{field, tr("Choose the organisation from the list: type part of its name, then pick it.")}},
                     false);
        ui_->organisationCombo->setFocus();
        return false;
    }
    for (const RoleGrant &existing : std::as_const(grants_))
        if (existing.role == g->role && existing.organisationId == g->organisationId) {
            errors_.show({{field, tr("The account has this role already.")}}, false);
            return false;
        }
    grants_.append(*g);
    showGrants();
    ui_->grantsList->setCurrentRow(int(grants_.size()) - 1);
    errors_.show({}, false);
    return true;
}

bool AccountEditDialog::save()
{
    Account a = account_;
    if (isNew())
        a.username = ui_->userNameEdit->text().trimmed();
    a.fullName = ui_->fullNameEdit->text().trimmed();
    a.active = ui_->activeCheck->isChecked();
    a.grants = grants_;
    AccountService service(db_);
    SaveOutcome outcome;
    {
        WaitCursor wait;
        outcome = isNew() ? service.create(by_, a, ui_->initialPasswordEdit->text()) : service.update(by_, a);
    }
    switch (outcome.status) {
    case SaveOutcome::Status::Saved:
        account_ = a;
        errors_.clear();
        emit saved(a.id);
        accept();
        return true;
    case SaveOutcome::Status::Invalid:
        errors_.show(outcome.errors);
        return false;
    case SaveOutcome::Status::Stale:
    case SaveOutcome::Status::Denied:
    case SaveOutcome::Status::Failed:
        errors_.clear();
        QMessageBox::warning(this, tr("Account not saved"), outcome.message);
        return false;
    }
    return false;
}

} // namespace cutru
