#include "app/connect_server_dialog.h"

#include "app/form_errors.h"
#include "ui_connect_server_dialog.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QThread>
#include <QUrl>

namespace cutru {

namespace {

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent), ui_(std::make_unique<Ui::ConnectServerDialog>())
{
    ui_->setupUi(this);
    styleAsError(ui_->messageLabel);
    // The modes are libpq's own words: what an administrator writes in a URI or pgpass.
    ui_->tlsCombo->addItems(tlsModes());
    ui_->tlsCombo->setCurrentIndex(int(tlsModes().indexOf(QStringLiteral("prefer"))));
    retranslate();
    growToFit(this);
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &ConnectServerDialog::tryAccept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    ui_->hostEdit->setFocus();
}

ConnectServerDialog::~ConnectServerDialog() = default;

QStringList ConnectServerDialog::tlsModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
            QStringLiteral("verify-full")};
}

void ConnectServerDialog::retranslate()
{
    ui_->retranslateUi(this);
    setWindowTitle(passwordOnly_ ? tr("Server password — CuTru") : tr("Connect to a server — CuTru"));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    const QString tips[] = {
        tr("disable: no encryption (only on a trusted network)"),
        tr("prefer: encrypted when the server offers it"),
        tr("require: always encrypted, the server's certificate not checked"),
        tr("verify-full: always encrypted, the certificate and the server's name checked (recommended over "
           "the Internet)"),
    };
    for (int i = 0; i < ui_->tlsCombo->count() && i < int(std::size(tips)); ++i)
        ui_->tlsCombo->setItemData(i, tips[i], Qt::ToolTipRole);
    if (passwordOnly_)
        ui_->introLabel->setText(tr("Enter the password of the database user %1.").arg(ui_->userEdit->text()));
    if (passwordOnly_ && !problem_.isEmpty())
        showMessage(tr("The server refused the password: %1").arg(problem_));
}

void ConnectServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectServerDialog::setTarget(const storage::DatabaseTarget &target)
{
    if (!target.isServer())
        return;
    ui_->hostEdit->setText(target.host);
    ui_->portSpin->setValue(target.port);
    ui_->databaseEdit->setText(target.databaseName);
    ui_->userEdit->setText(target.user);
    for (const QString &option : target.options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (option.startsWith(QLatin1String("sslmode="))) {
            const qsizetype i = tlsModes().indexOf(option.mid(8));
            if (i >= 0)
                ui_->tlsCombo->setCurrentIndex(int(i));
        }
    ui_->passwordEdit->setFocus();
}

void ConnectServerDialog::askPasswordOnly(const storage::DatabaseTarget &target, const QString &problem)
{
    setTarget(target);
    passwordOnly_ = true;
    problem_ = problem;
    for (QWidget *w : {static_cast<QWidget *>(ui_->hostEdit), static_cast<QWidget *>(ui_->portSpin),
                       static_cast<QWidget *>(ui_->databaseEdit), static_cast<QWidget *>(ui_->userEdit),
                       static_cast<QWidget *>(ui_->tlsCombo)})
        w->setEnabled(false);
    // libpq's default user when the address names none.
    if (ui_->userEdit->text().isEmpty())
        ui_->userEdit->setText(qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER")));
    retranslate();
    ui_->passwordEdit->clear();
    ui_->passwordEdit->setFocus();
    growToFit(this);
}

QString ConnectServerDialog::uri(QString *error) const
{
    auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const QString host = ui_->hostEdit->text().trimmed();
    if (host.isEmpty())
        return refuse(tr("Enter the server: its host name or address."));
    // QUrl checks names and addresses; an IPv6 address goes between brackets in the URI.
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    QUrl check;
    check.setHost(bare, QUrl::StrictMode);
    if (!check.isValid() || check.host().isEmpty())
        return refuse(tr("The server \"%1\" is not a valid host name or address.").arg(host));
    const QString database = ui_->databaseEdit->text().trimmed();
    if (database.isEmpty())
        return refuse(tr("Enter the name of the database on the server."));
    const QString user = ui_->userEdit->text().trimmed();
    if (user.isEmpty())
        return refuse(tr("Enter the user name: the database role of your account."));
    const QString hostPart = check.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + check.host() + QLatin1Char(']')
                                                                     : check.host();
    // Concatenated, not arg(): the encoded names hold '%' followed by digits.
    const QString text = QLatin1String("postgresql://") + percentEncoded(user) + QLatin1Char('@') + hostPart
                         + QLatin1Char(':') + QString::number(ui_->portSpin->value()) + QLatin1Char('/')
                         + percentEncoded(database) + QLatin1String("?sslmode=")
                         + tlsModes().value(ui_->tlsCombo->currentIndex(), QStringLiteral("prefer"));
    // The same rules as every other address (a name the URI cannot carry is refused here).
    QString problem;
    if (!storage::DatabaseTarget::parse(text, &problem))
        return refuse(problem);
    return text;
}

QString ConnectServerDialog::password() const
{
    return ui_->passwordEdit->text();
}

bool ConnectServerDialog::tryAccept()
{
    if (passwordOnly_) {
        if (ui_->passwordEdit->text().isEmpty()) {
            showMessage(tr("Enter the password."));
            ui_->passwordEdit->setFocus();
            return false;
        }
        accept();
        return true;
    }
    QString error;
    if (uri(&error).isEmpty()) {
        showMessage(error);
        for (QLineEdit *edit : {ui_->hostEdit, ui_->databaseEdit, ui_->userEdit})
            if (edit->text().trimmed().isEmpty()) {
                edit->setFocus();
                break;
            }
        return false;
    }
    showMessage({});
    accept();
    return true;
}

QString ConnectServerDialog::message() const
{
    return ui_->messageLabel->isVisibleTo(this) ? ui_->messageLabel->text() : QString();
}

void ConnectServerDialog::showMessage(const QString &message)
{
    ui_->messageLabel->setText(message);
    ui_->messageLabel->setVisible(!message.isEmpty());
    growToFit(this);
}

struct ServerPasswordPrompt::State {
    QPointer<QWidget> parent;
    std::optional<QString> firstAnswer;
};

ServerPasswordPrompt::ServerPasswordPrompt(QWidget *parent, const QString &firstAnswer)
    : state_(std::make_shared<State>())
{
    state_->parent = parent;
    if (!firstAnswer.isEmpty())
        state_->firstAnswer = firstAnswer;
    storage::setPasswordPrompt([state = state_](const storage::DatabaseTarget &target,
                                                const QString &problem) -> std::optional<QString> {
        // A dialog belongs to the GUI thread; workers have the remembered password.
        if (QThread::currentThread() != QCoreApplication::instance()->thread())
            return std::nullopt;
        if (state->firstAnswer) {
            const QString answer = *std::exchange(state->firstAnswer, std::nullopt);
            return answer;
        }
        ConnectServerDialog dialog(state->parent);
        dialog.askPasswordOnly(target, problem);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.password();
    });
}

ServerPasswordPrompt::~ServerPasswordPrompt()
{
    storage::setPasswordPrompt({});
}

QString serverDisplayName(const storage::DatabaseTarget &target)
{
    const QString host = target.port == 5432 ? target.host : QStringLiteral("%1:%2").arg(target.host, QString::number(target.port));
    return ConnectServerDialog::tr("%1 on %2").arg(target.databaseName, host);
}

} // namespace cutru
