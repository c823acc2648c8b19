#pragma once

#include "storage/database_target.h"

#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class ConnectServerDialog;
}

namespace cutru {

// File → Connect to a server…: the server, port, database, user name, TLS mode and
// password of a CuTru database on a PostgreSQL server. It produces the address
// (postgresql://user@host:port/database?sslmode=…), which never holds the password:
// the password reaches the connection through storage::setPasswordPrompt and stays in
// this process's memory (no option to save it is offered).
// It also asks again for the password alone when the server refused it, showing the
// server's reason.
//
//   ConnectServerDialog dialog(this);
//   if (dialog.exec() == QDialog::Accepted) connect(dialog.uri(), dialog.password());
class ConnectServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // The libpq TLS modes offered, in the combo's order.
    static QStringList tlsModes();

    // Fills the fields from a server address (the last one used).
    void setTarget(const storage::DatabaseTarget &target);
    // Asks for the password only: the other fields show `target`, read-only, and
    // `problem` (the server's reason the last password was refused) shows above them.
    void askPasswordOnly(const storage::DatabaseTarget &target, const QString &problem);

    // The address the fields make, the user name and the database percent-encoded;
    // empty when a field is missing or invalid, `error` then naming the field.
    QString uri(QString *error = nullptr) const;
    QString password() const;

    // What OK does: checks the fields and either shows what is wrong under them (the
    // dialog stays open) or accepts.
    bool tryAccept();
    // The message shown under the fields ("" when none).
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMessage(const QString &message);

    std::unique_ptr<Ui::ConnectServerDialog> ui_;
    bool passwordOnly_ = false;
    QString problem_; // the server's reason, in password-only mode
};

// While an object of this class lives, a connection opened on the GUI thread that
// needs a server's password gets it from `firstAnswer` the first time (what was typed
// into the connection dialog), then by asking with ConnectServerDialog in
// password-only mode, which shows why the server refused the previous one. Worker
// threads are never asked: they reconnect with the password remembered in memory.
class ServerPasswordPrompt {
public:
    explicit ServerPasswordPrompt(QWidget *parent, const QString &firstAnswer = {});
    ~ServerPasswordPrompt();
    ServerPasswordPrompt(const ServerPasswordPrompt &) = delete;
    ServerPasswordPrompt &operator=(const ServerPasswordPrompt &) = delete;

private:
    struct State;
    std::shared_ptr<State> state_;
};

// "database on host" (with ":port" when not 5432): window titles, recent lists.
QString serverDisplayName(const storage::DatabaseTarget &target);

} // namespace cutru
