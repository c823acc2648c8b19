#pragma once

#include "services/account_service.h"
#include "storage/database.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

namespace cutru {

// Sign-in at start: user name and password, checked by AccountService::signIn.
// A refusal (wrong password with the attempts left, locked until when, disabled)
// shows under the fields and the dialog stays open. When the account must change
// its password (first sign-in, reset by the board) the ChangePasswordDialog follows
// at once; cancelling it cancels the sign-in. The demo database lists its
// documented accounts.
//
//   SignInDialog dialog(db, this);
//   if (dialog.exec() == QDialog::Accepted) use(dialog.signedInUser());
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(storage::Database &db, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Signs in with the fields' contents; true when signed in (the dialog is then
    // accepted). Also what the Sign in button does.
    bool trySignIn();

    // Valid after a successful sign-in.
    const ActingUser &signedInUser() const { return user_; }
    // What the last attempt returned (status, lockedUntil, message).
    const SignInResult &lastResult() const { return lastResult_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMessage(const QString &message);

    std::unique_ptr<Ui::SignInDialog> ui_;
    storage::Database &db_;
    bool demo_ = false;
    ActingUser user_;
    SignInResult lastResult_;
};

// The whole sign-in step for a database that was just opened: the first-administrator
// dialog on a database without accounts, otherwise the sign-in dialog. nullopt when
// the user cancelled. May throw storage::StorageError (reading the accounts).
std::optional<ActingUser> signInToDatabase(storage::Database &db, QWidget *parent = nullptr);

} // namespace cutru
