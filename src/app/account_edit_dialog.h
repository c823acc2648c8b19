#pragma once

#include "app/form_errors.h"
#include "services/account_service.h"
#include "services/organisation_tree.h"
#include "storage/database.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QStandardItemModel;

namespace Ui {
class AccountEditDialog;
}

namespace cutru {

// Creates or edits one account (provincial board only): user name (fixed once
// created), full name, initial password (new accounts only; its owner changes it at
// the first sign-in), enabled, and the role grants. A grant is a role and an
// organisation of the role's level (a commune for the commune office, a cell for a
// cell secretary, …; "whole database" or the province for the provincial board and
// the auditor), picked from a searchable list that ignores case and diacritics.
// The service's messages show beside the fields; a stale record or a refusal in a
// message box.
//
//   auto *d = new AccountEditDialog(db, boardUser, tree, account /* id 0: new */, this);
//   connect(d, &AccountEditDialog::saved, ...); d->open();
class AccountEditDialog : public QDialog {
    Q_OBJECT
public:
    AccountEditDialog(storage::Database &db, ActingUser by, OrganisationTree tree, Account account,
                      QWidget *parent = nullptr);
    ~AccountEditDialog() override;

    bool isNew() const { return account_.id == 0; }
    // The grants as the form lists them.
    const QList<RoleGrant> &grants() const { return grants_; }
    // Adds the grant chosen in the role and organisation fields; false (with a
    // message under the list) when no organisation is chosen or it is listed already.
    bool addChosenGrant();
    // Writes through AccountService::create or update; true when saved (the dialog is
    // then accepted and account() is the stored record).
    bool save();
    const Account &account() const { return account_; }
    // The message shown for a field key ("username", "fullName", "password", "grants").
    QString errorText(const QString &field) const { return errors_.textOf(field); }

signals:
    void saved(qint64 accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showGrants();
    void roleChosen();
    QStandardItemModel *organisationsOf(OrgLevel level);
    std::optional<RoleGrant> chosenGrant() const;

    std::unique_ptr<Ui::AccountEditDialog> ui_;
    storage::Database &db_;
    ActingUser by_;
    OrganisationTree tree_;
    Account account_;
    QList<RoleGrant> grants_;
    FormErrors errors_;
    QHash<int, QStandardItemModel *> organisationModels_; // by OrgLevel, built when first needed
};

} // namespace cutru
