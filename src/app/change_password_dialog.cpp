#include "app/change_password_dialog.h"

#include "services/account_service.h"
#include "ui_change_password_dialog.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>

namespace cutru {

ChangePasswordDialog::ChangePasswordDialog(storage::Database &db, ActingUser user, Reason reason, QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ChangePasswordDialog>()), db_(db), user_(std::move(user)),
      reason_(reason)
{
    ui_->setupUi(this);
    errors_.add(QStringLiteral("currentPassword"), ui_->currentPasswordError, ui_->currentPasswordEdit);
    errors_.add(QStringLiteral("password"), ui_->passwordError, ui_->newPasswordEdit);
    errors_.add(QStringLiteral("repeat"), ui_->repeatError, ui_->repeatPasswordEdit);
    errors_.setOtherLabel(ui_->otherErrors);
    retranslate();
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::save);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui_->currentPasswordEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::setKnownCurrentPassword(const QString &password)
{
    currentKnown_ = true;
    ui_->currentPasswordEdit->setText(password);
    ui_->formLayout->setRowVisible(0, false);
    ui_->newPasswordEdit->setFocus();
}

void ChangePasswordDialog::retranslate()
{
    ui_->retranslateUi(this);
    setWindowTitle(tr("Change password — %1").arg(user_.name));
    if (reason_ == Reason::Required)
        ui_->explanationLabel->setText(
            tr("The password of %1 was set by the provincial board or has not been changed since the account was "
               "created. Choose your own password to continue.")
                .arg(user_.name));
    else
        ui_->explanationLabel->setText(tr("Choose a new password for %1.").arg(user_.name));
    ui_->rulesLabel->setText(tr("A password has at least %n characters, with both letters and digits.", nullptr,
                                AccountService::kMinPasswordLength));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Change &password"));
    ui_->buttonBox->button(QDialogButtonBox::Cancel)
        ->setText(reason_ == Reason::Required ? tr("Cancel sign-in") : tr("Cancel"));
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ChangePasswordDialog::save()
{
    const QString current = ui_->currentPasswordEdit->text();
    const QString fresh = ui_->newPasswordEdit->text();
    if (fresh != ui_->repeatPasswordEdit->text()) {
        errors_.show({{QStringLiteral("repeat"), tr("The two new passwords differ.")}});
        return false;
    }
    SaveOutcome outcome;
    {
        WaitCursor wait;
        outcome = AccountService(db_).changeOwnPassword(user_, current, fresh);
    }
    switch (outcome.status) {
    case SaveOutcome::Status::Saved:
        errors_.clear();
        accept();
        return true;
    case SaveOutcome::Status::Invalid:
        if (currentKnown_ && hasErrorFor(outcome.errors, QStringLiteral("currentPassword")))
            ui_->formLayout->setRowVisible(0, true); // should not happen: show it rather than hide the problem
        errors_.show(outcome.errors);
        return false;
    case SaveOutcome::Status::Stale:
    case SaveOutcome::Status::Denied:
    case SaveOutcome::Status::Failed:
        errors_.clear();
        QMessageBox::warning(this, tr("Password not changed"), outcome.message);
        return false;
    }
    return false;
}

} // namespace cutru
