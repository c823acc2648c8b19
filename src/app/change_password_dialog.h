#pragma once

#include "app/form_errors.h"
#include "services/acting_user.h"
#include "storage/database.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ChangePasswordDialog;
}

namespace cutru {

// A signed-in user changes their own password: current password, new password
// twice, checked by AccountService::changeOwnPassword with the messages beside the
// fields. Accepted once the new password is stored.
//
//   ChangePasswordDialog dialog(db, user, ChangePasswordDialog::Reason::OwnChoice, this);
//   dialog.exec();
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Reason {
        OwnChoice, // File → Change password…
        Required   // first sign-in or a password reset by the board: no way on without it
    };

    ChangePasswordDialog(storage::Database &db, ActingUser user, Reason reason, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    // The sign-in flow has just verified the current password: the form then asks
    // only for the new one.
    void setKnownCurrentPassword(const QString &password);

    // Changes the password through the service; true when changed (the dialog is
    // then accepted).
    bool save();
    // The message shown for a field key ("currentPassword", "password", "repeat").
    QString errorText(const QString &field) const { return errors_.textOf(field); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ChangePasswordDialog> ui_;
    storage::Database &db_;
    ActingUser user_;
    Reason reason_;
    FormErrors errors_;
    bool currentKnown_ = false;
};

} // namespace cutru
