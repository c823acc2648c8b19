#include "app/accounts_dialog.h"

#include "app/account_edit_dialog.h"
#include "ui_accounts_dialog.h"
#include "ui_reset_password_dialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace cutru {
namespace {

enum Column { UserNameColumn, FullNameColumn, RolesColumn, EnabledColumn, LockedColumn, LastSignInColumn, ColumnCount };

bool isLocked(const Account &a)
{
    return a.lockedUntil.isValid() && a.lockedUntil > QDateTime::currentDateTimeUtc();
}

} // namespace

AccountsDialog::AccountsDialog(storage::Database &db, ActingUser by, QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::AccountsDialog>()), db_(db), by_(std::move(by))
{
    ui_->setupUi(this);
    QFont heading = ui_->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    ui_->headingLabel->setFont(heading);
    QTableWidget *table = ui_->accountsTable;
    table->setColumnCount(ColumnCount);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(RolesColumn, QHeaderView::Stretch);

    reload();
    retranslate();

    connect(table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const auto a = selectedAccount())
            editAccount(*a);
    });
    connect(ui_->newButton, &QPushButton::clicked, this, [this] { editAccount(Account{}); });
    connect(ui_->editButton, &QPushButton::clicked, this, [this] {
        if (const auto a = selectedAccount())
            editAccount(*a);
    });
    connect(ui_->resetPasswordButton, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(ui_->unlockButton, &QPushButton::clicked, this, &AccountsDialog::unlock);
    connect(ui_->enableButton, &QPushButton::clicked, this, &AccountsDialog::toggleEnabled);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::retranslate()
{
    ui_->retranslateUi(this);
    setWindowTitle(tr("User accounts — CuTru"));
    ui_->accountsTable->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Roles"), tr("Enabled"), tr("Locked until"), tr("Last sign-in")});
    showAccounts();
}

void AccountsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool AccountsDialog::reload()
{
    try {
        accounts_ = AccountService(db_).accounts(by_);
        refusal_.clear();
    } catch (const AccessDenied &e) {
        accounts_.clear();
        refusal_ = e.userMessage();
    } catch (const storage::StorageError &e) {
        accounts_.clear();
        refusal_ = e.userMessage();
    }
    showAccounts();
    return refusal_.isEmpty();
}

void AccountsDialog::showAccounts()
{
    const auto previous = selectedAccount();
    QTableWidget *table = ui_->accountsTable;
    const QSignalBlocker blocker(table);
    table->clearContents();
    table->setRowCount(int(accounts_.size()));
    for (int row = 0; row < accounts_.size(); ++row) {
        const Account &a = accounts_[row];
        auto set = [&](int column, const QString &text, const QString &toolTip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(toolTip.isEmpty() ? text : toolTip);
            table->setItem(row, column, item);
            return item;
        };
        set(UserNameColumn, a.username)->setData(Qt::UserRole, a.id);
        set(FullNameColumn, a.fullName);
        QStringList grants;
        for (const RoleGrant &g : a.grants)
            grants << grantLabel(g.role, g.organisationName);
        set(RolesColumn, grants.join(QStringLiteral("; ")), grants.join(QLatin1Char('\n')));
        QString enabled = a.active ? tr("Enabled") : tr("Disabled");
        if (a.active && a.mustChangePassword)
            enabled = tr("Enabled (password to change)");
        set(EnabledColumn, enabled);
        set(LockedColumn, isLocked(a) ? localDateTimeText(a.lockedUntil) : QString());
        set(LastSignInColumn, a.lastSignIn.isValid() ? localDateTimeText(a.lastSignIn) : tr("never"));
    }
    if (previous)
        selectAccount(previous->id);
    updateButtons();
}

bool AccountsDialog::selectAccount(qint64 accountId)
{
    QTableWidget *table = ui_->accountsTable;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, UserNameColumn)->data(Qt::UserRole).toLongLong() == accountId) {
            table->selectRow(row);
            table->scrollToItem(table->item(row, UserNameColumn));
            updateButtons();
            return true;
        }
    return false;
}

std::optional<Account> AccountsDialog::selectedAccount() const
{
    const QList<QTableWidgetItem *> items = ui_->accountsTable->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QTableWidgetItem *idItem = ui_->accountsTable->item(items.first()->row(), UserNameColumn);
    if (!idItem)
        return std::nullopt;
    const qint64 id = idItem->data(Qt::UserRole).toLongLong();
    for (const Account &a : accounts_)
        if (a.id == id)
            return a;
    return std::nullopt;
}

void AccountsDialog::updateButtons()
{
    const auto a = selectedAccount();
    const bool allowed = refusal_.isEmpty();
    ui_->newButton->setEnabled(allowed);
    ui_->editButton->setEnabled(allowed && a);
    ui_->resetPasswordButton->setEnabled(allowed && a);
    ui_->unlockButton->setEnabled(allowed && a && (isLocked(*a) || a->failedAttempts > 0));
    ui_->enableButton->setEnabled(allowed && a);
    ui_->enableButton->setText(a && !a->active ? tr("&Enable") : tr("&Disable"));
}

void AccountsDialog::showRefusal()
{
    QMessageBox::warning(parentWidget() ? parentWidget() : this, tr("User accounts"), refusal_);
}

int AccountsDialog::exec()
{
    if (!refusal_.isEmpty()) {
        showRefusal();
        done(QDialog::Rejected);
        return QDialog::Rejected;
    }
    return QDialog::exec();
}

void AccountsDialog::open()
{
    if (!refusal_.isEmpty()) {
        showRefusal();
        done(QDialog::Rejected);
        return;
    }
    QDialog::open();
}

const OrganisationTree *AccountsDialog::organisationTree()
{
    if (!tree_) {
        try {
            WaitCursor wait;
            tree_ = OrganisationTree::load(db_);
        } catch (const storage::StorageError &e) {
            QMessageBox::warning(this, tr("User accounts"), e.userMessage());
            return nullptr;
        }
    }
    return &*tree_;
}

void AccountsDialog::changed(qint64 accountId, const QString &status)
{
    if (!reload()) {
        showRefusal();
        reject();
        return;
    }
    selectAccount(accountId);
    ui_->statusLabel->setText(status);
    // The board changed its own account: act with what it has now.
    if (accountId == by_.accountId)
        for (const Account &a : std::as_const(accounts_))
            if (a.id == accountId)
                by_ = AccountService::actingUserFor(a);
    emit accountChanged(accountId);
    if (!by_.may(Action::ManageAccounts)) {
        QMessageBox::information(this, tr("User accounts"),
                                 tr("Your account no longer has the provincial board role: it cannot manage "
                                    "accounts any more."));
        reject();
    }
}

void AccountsDialog::editAccount(const Account &account)
{
    const OrganisationTree *tree = organisationTree();
    if (!tree)
        return;
    auto *dialog = new AccountEditDialog(db_, by_, *tree, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool isNew = account.id == 0;
    connect(dialog, &AccountEditDialog::saved, this, [this, dialog, isNew](qint64 id) {
        const QString name = dialog->account().username;
        changed(id, isNew ? tr("Account %1 created. Its owner chooses a new password at the first sign-in.").arg(name)
                          : tr("Account %1 saved.").arg(name));
    });
    // A stale record: show what is stored now.
    connect(dialog, &QDialog::rejected, this, [this] {
        if (!reload()) {
            showRefusal();
            reject();
        }
    });
    dialog->open();
}

void AccountsDialog::resetPassword()
{
    const auto a = selectedAccount();
    if (!a)
        return;
    auto *dialog = new ResetPasswordDialog(db_, by_, *a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = a->id;
    const QString name = a->username;
    connect(dialog, &QDialog::accepted, this, [this, id, name] {
        changed(id, id == by_.accountId
                        ? tr("Your password was changed.")
                        : tr("The password of %1 was reset. Its owner chooses a new one at the next sign-in.").arg(name));
    });
    dialog->open();
}

void AccountsDialog::unlock()
{
    const auto a = selectedAccount();
    if (!a)
        return;
    const SaveOutcome outcome = AccountService(db_).unlock(by_, a->id);
    if (!outcome.ok()) {
        QMessageBox::warning(this, tr("Account not unlocked"), outcome.message);
        reload();
        return;
    }
    changed(a->id, tr("Account %1 unlocked.").arg(a->username));
}

void AccountsDialog::toggleEnabled()
{
    auto a = selectedAccount();
    if (!a)
        return;
    if (a->active && a->id == by_.accountId
        && QMessageBox::question(this, tr("Disable your account"),
                                 tr("Disable your own account %1? You will not be able to sign in with it again "
                                    "until another provincial board account enables it.")
                                     .arg(a->username))
               != QMessageBox::Yes)
        return;
    a->active = !a->active;
    const SaveOutcome outcome = AccountService(db_).update(by_, *a);
    if (!outcome.ok()) {
        QStringList messages;
        for (const FieldError &e : outcome.errors)
            messages << e.message;
        if (!outcome.message.isEmpty())
            messages << outcome.message;
        QMessageBox::warning(this, a->active ? tr("Account not enabled") : tr("Account not disabled"),
                             messages.join(QLatin1Char('\n')));
        reload();
        return;
    }
    changed(a->id, a->active ? tr("Account %1 enabled.").arg(a->username)
                             : tr("Account %1 disabled: it can no longer sign in.").arg(a->username));
}

// ResetPasswordDialog

ResetPasswordDialog::ResetPasswordDialog(storage::Database &db, ActingUser by, Account account, QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ResetPasswordDialog>()), db_(db), by_(std::move(by)),
      account_(std::move(account))
{
    ui_->setupUi(this);
    errors_.add(QStringLiteral("password"), ui_->passwordError, ui_->newPasswordEdit);
    errors_.add(QStringLiteral("repeat"), ui_->repeatError, ui_->repeatPasswordEdit);
    errors_.setOtherLabel(ui_->otherErrors);
    retranslate();
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::save);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui_->newPasswordEdit->setFocus();
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::retranslate()
{
    ui_->retranslateUi(this);
    setWindowTitle(tr("Reset password — %1").arg(account_.username));
    QString text = tr("Set a new password for %1 (%2).").arg(account_.username, account_.fullName);
    if (account_.id != by_.accountId)
        text += QLatin1Char(' ') + tr("Its owner must choose their own password at the next sign-in.");
    ui_->explanationLabel->setText(text);
    ui_->rulesLabel->setText(tr("A password has at least %n characters, with both letters and digits.", nullptr,
                                AccountService::kMinPasswordLength));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Reset password"));
}

void ResetPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ResetPasswordDialog::save()
{
    const QString password = ui_->newPasswordEdit->text();
    if (password != ui_->repeatPasswordEdit->text()) {
        FieldErrors errors = AccountService::checkPassword(password);
        errors.append({QStringLiteral("repeat"), tr("The two passwords differ.")});
        errors_.show(errors);
        return false;
    }
    SaveOutcome outcome;
    {
        WaitCursor wait;
        outcome = AccountService(db_).resetPassword(by_, account_.id, password);
    }
    switch (outcome.status) {
    case SaveOutcome::Status::Saved:
        errors_.clear();
        accept();
        return true;
    case SaveOutcome::Status::Invalid:
        errors_.show(outcome.errors);
        return false;
    case SaveOutcome::Status::Stale:
    case SaveOutcome::Status::Denied:
    case SaveOutcome::Status::Failed:
        errors_.clear();
        QMessageBox::warning(this, tr("Password not reset"), outcome.message);
        return false;
    }
    return false;
}

} // namespace cutru
