#include "app/first_administrator_dialog.h"

#include "services/account_service.h"
#include "services/app_paths.h"
#include "ui_first_administrator_dialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace cutru {

FirstAdministratorDialog::FirstAdministratorDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::FirstAdministratorDialog>()), db_(db)
{
    ui_->setupUi(this);
    errors_.add(QStringLiteral("username"), ui_->usernameError, ui_->userNameEdit);
    errors_.add(QStringLiteral("fullName"), ui_->fullNameError, ui_->fullNameEdit);
    errors_.add(QStringLiteral("password"), ui_->passwordError, ui_->passwordEdit);
    errors_.add(QStringLiteral("repeat"), ui_->repeatError, ui_->repeatPasswordEdit);
    errors_.setOtherLabel(ui_->otherErrors);
    QFont heading = ui_->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    ui_->headingLabel->setFont(heading);
    ui_->databaseLabel->setToolTip(QDir::toNativeSeparators(db_.path()));
    retranslate();
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::save);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui_->userNameEdit->setFocus();
}

FirstAdministratorDialog::~FirstAdministratorDialog() = default;

void FirstAdministratorDialog::retranslate()
{
    ui_->retranslateUi(this);
    setWindowTitle(tr("First administrator — CuTru"));
    ui_->explanationLabel->setText(
        tr("This database has no accounts yet. The account you create now is the provincial board account over "
           "the whole database: it reads everything, manages the organisations and creates the other accounts "
           "(commune offices, cell secretaries, workplace officers, auditors)."));
    ui_->databaseLabel->setText(tr("Database: %1").arg(QFileInfo(db_.path()).fileName()));
    ui_->rulesLabel->setText(
        tr("A user name has 3 to 32 characters: Latin letters without diacritics, digits, dot, dash or underscore. "
           "A password has at least %n characters, with both letters and digits.",
           nullptr, AccountService::kMinPasswordLength));
    ui_->userNameEdit->setPlaceholderText(tr("e.g. bantochuc"));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create and sign in"));
}

void FirstAdministratorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool FirstAdministratorDialog::save()
{
    const QString username = ui_->userNameEdit->text().trimmed();
    const QString fullName = ui_->fullNameEdit->text().trimmed();
    const QString password = ui_->passwordEdit->text();
    if (password != ui_->repeatPasswordEdit->text()) {
        // Everything that can be said without writing, so that one round shows it all.
        FieldErrors errors = AccountService::checkUsername(username);
        if (fullName.isEmpty())
            errors.append({QStringLiteral("fullName"), tr("Enter the person's full name.")});
        errors += AccountService::checkPassword(password);
        errors.append({QStringLiteral("repeat"), tr("The two passwords differ.")});
        errors_.show(errors);
        return false;
    }
    AccountService service(db_);
    SaveOutcome outcome;
    {
        WaitCursor wait;
        outcome = service.createFirstAdministrator(username, fullName, password,
                                                   ActingUser::localAdministrator(paths::osUser()).name);
    }
    switch (outcome.status) {
    case SaveOutcome::Status::Saved:
        break;
    case SaveOutcome::Status::Invalid:
        errors_.show(outcome.errors);
        return false;
    case SaveOutcome::Status::Denied:
        // Another program created the first account meanwhile.
        QMessageBox::information(this, tr("Account not created"), outcome.message);
        reject();
        return false;
    case SaveOutcome::Status::Stale:
    case SaveOutcome::Status::Failed:
        QMessageBox::warning(this, tr("Account not created"), outcome.message);
        return false;
    }
    errors_.clear();
    SignInResult signedIn;
    {
        WaitCursor wait;
        signedIn = service.signIn(username, password);
    }
    if (!signedIn.ok()) {
        QMessageBox::warning(this, tr("Not signed in"),
                             tr("The account %1 was created, but signing in failed: %2").arg(username, signedIn.message));
        reject();
        return false;
    }
    user_ = signedIn.user;
    accept();
    return true;
}

} // namespace cutru
