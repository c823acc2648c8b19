#include "app/sign_in_dialog.h"

#include "app/change_password_dialog.h"
#include "app/first_administrator_dialog.h"
#include "app/form_errors.h"
#include "services/demo_province.h"
#include "ui_sign_in_dialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPushButton>

namespace cutru {

SignInDialog::SignInDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::SignInDialog>()), db_(db)
{
    ui_->setupUi(this);
    styleAsError(ui_->messageLabel);
    QFont heading = ui_->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    ui_->headingLabel->setFont(heading);
    ui_->databaseLabel->setToolTip(QDir::toNativeSeparators(db_.path()));

    try {
        demo_ = AccountService(db_).isDemoDatabase();
    } catch (const storage::StorageError &) {
        demo_ = false; // the sign-in itself will report the problem
    }
    ui_->demoHintLabel->setVisible(demo_);
    // A demo account's name is a link that fills in the user name.
    connect(ui_->demoHintLabel, &QLabel::linkActivated, this, [this](const QString &username) {
        ui_->userNameEdit->setText(username);
        ui_->passwordEdit->clear();
        ui_->passwordEdit->setFocus();
    });
    retranslate();

    growToFit(this);

    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (demo_ && !demoAccounts().isEmpty()) {
        ui_->userNameEdit->setText(demoAccounts().first().username);
        ui_->passwordEdit->setFocus();
    } else {
        ui_->userNameEdit->setFocus();
    }
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::retranslate()
{
    ui_->retranslateUi(this);
    setWindowTitle(tr("Sign in — CuTru"));
    ui_->databaseLabel->setText(tr("Database: %1").arg(QFileInfo(db_.path()).fileName()));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    if (demo_) {
        QString html = tr("<b>Demo database.</b> Sign in with one of these accounts; each has the password "
                          "<b>%1</b>:")
                           .arg(demoPassword().toHtmlEscaped());
        html += QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
        for (const DemoAccount &a : demoAccounts())
            html += QStringLiteral("<li><a href=\"%1\">%1</a> — %2</li>")
                        .arg(a.username.toHtmlEscaped(), label(a.role).toHtmlEscaped());
        html += QStringLiteral("</ul>");
        ui_->demoHintLabel->setText(html);
    }
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::showMessage(const QString &message)
{
    ui_->messageLabel->setText(message);
    ui_->messageLabel->setVisible(!message.isEmpty());
    growToFit(this);
}

bool SignInDialog::trySignIn()
{
    const QString username = ui_->userNameEdit->text().trimmed();
    const QString password = ui_->passwordEdit->text();
    if (username.isEmpty()) {
        showMessage(tr("Enter your user name."));
        ui_->userNameEdit->setFocus();
        return false;
    }
    if (password.isEmpty()) {
        showMessage(tr("Enter your password."));
        ui_->passwordEdit->setFocus();
        return false;
    }
    {
        WaitCursor wait;
        lastResult_ = AccountService(db_).signIn(username, password);
    }
    if (!lastResult_.ok()) {
        showMessage(lastResult_.message);
        ui_->passwordEdit->clear();
        ui_->passwordEdit->setFocus();
        return false;
    }
    if (lastResult_.mustChangePassword) {
        ChangePasswordDialog change(db_, lastResult_.user, ChangePasswordDialog::Reason::Required, this);
        change.setKnownCurrentPassword(password);
        if (change.exec() != QDialog::Accepted) {
            showMessage(tr("You are not signed in: the password of %1 must be changed first.")
                            .arg(lastResult_.user.name));
            ui_->passwordEdit->clear();
            ui_->passwordEdit->setFocus();
            return false;
        }
    }
    user_ = lastResult_.user;
    showMessage({});
    accept();
    return true;
}

std::optional<ActingUser> signInToDatabase(storage::Database &db, QWidget *parent)
{
    if (!AccountService(db).hasAccounts()) {
        FirstAdministratorDialog first(db, parent);
        if (first.exec() == QDialog::Accepted)
            return first.signedInUser();
        // Someone else created the first account meanwhile: sign in to it instead.
        if (!AccountService(db).hasAccounts())
            return std::nullopt;
    }
    SignInDialog dialog(db, parent);
    if (dialog.exec() == QDialog::Accepted)
        return dialog.signedInUser();
    return std::nullopt;
}

} // namespace cutru
