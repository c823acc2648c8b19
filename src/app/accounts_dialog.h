#pragma once

#include "app/form_errors.h"
#include "services/account_service.h"
#include "services/organisation_tree.h"
#include "storage/database.h"

#include <QDialog>
#include <memory>
#include <optional>

class QTableWidget;

namespace Ui {
class AccountsDialog;
class ResetPasswordDialog;
}

namespace cutru {

// The user accounts of the database (provincial board only): user name, full name,
// roles, enabled, locked until, last sign-in; New…, Edit…, Reset password…, Unlock,
// Enable/Disable. When the acting user may not manage accounts, exec() and open()
// show the refusal in a message box and the dialog closes at once.
//
//   AccountsDialog dialog(db, signedInUser, this);
//   connect(&dialog, &AccountsDialog::accountChanged, ...); // e.g. the signed-in account itself
//   dialog.exec();
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(storage::Database &db, ActingUser by, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    // Who acts: the user given, with its roles as stored after it changed its own account.
    const ActingUser &actingUser() const { return by_; }
    // Why the accounts could not be read ("" when they could).
    const QString &refusal() const { return refusal_; }
    const QList<Account> &accounts() const { return accounts_; }
    // Reads the accounts again; false on a refusal or a storage error.
    bool reload();
    // Selects the row of an account; false if it is not listed.
    bool selectAccount(qint64 accountId);
    // The account of the selected row, if any.
    std::optional<Account> selectedAccount() const;

    int exec() override;
    void open() override;

signals:
    // An account was created or changed. When it is the acting user's own account,
    // actingUser() has its new roles: the caller should take them over.
    void accountChanged(qint64 accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAccounts();
    void updateButtons();
    void showRefusal();
    void editAccount(const Account &account); // id 0: a new one
    void resetPassword();
    void unlock();
    void toggleEnabled();
    const OrganisationTree *organisationTree();
    void changed(qint64 accountId, const QString &status);

    std::unique_ptr<Ui::AccountsDialog> ui_;
    storage::Database &db_;
    ActingUser by_;
    QList<Account> accounts_;
    QString refusal_;
    std::optional<OrganisationTree> tree_;
};

// The provincial board sets a new password for an account; its owner changes it at
// the next sign-in. Opened by AccountsDialog.
class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(storage::Database &db, ActingUser by, Account account, QWidget *parent = nullptr);
    ~ResetPasswordDialog() override;

    // True when the password was reset (the dialog is then accepted).
    bool save();
    QString errorText(const QString &field) const { return errors_.textOf(field); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ResetPasswordDialog> ui_;
    storage::Database &db_;
    ActingUser by_;
    Account account_;
    FormErrors errors_;
};

} // namespace cutru
