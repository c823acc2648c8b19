#pragma once

#include "app/form_errors.h"
#include "services/acting_user.h"
#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class FirstAdministratorDialog;
}

namespace cutru {

// A database without accounts asks for its first one: the provincial board account
// over the whole database, which creates the others. On success that account is
// signed in, so the caller gets its ActingUser.
//
//   FirstAdministratorDialog dialog(db, this);
//   if (dialog.exec() == QDialog::Accepted) use(dialog.signedInUser());
class FirstAdministratorDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstAdministratorDialog(storage::Database &db, QWidget *parent = nullptr);
    ~FirstAdministratorDialog() override;

    // Creates the account and signs it in; true on success (the dialog is then accepted).
    bool save();
    const ActingUser &signedInUser() const { return user_; }
    // The message shown for a field key ("username", "fullName", "password", "repeat").
    QString errorText(const QString &field) const { return errors_.textOf(field); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::FirstAdministratorDialog> ui_;
    storage::Database &db_;
    FormErrors errors_;
    ActingUser user_;
};

} // namespace cutru
