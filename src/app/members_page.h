#pragma once

#include "services/acting_user.h"
#include "services/organisation_tree.h"
#include "storage/database.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cutru {

class MemberTableModel;

// The Members section: a search box (diacritics and case ignored), the members of
// the selected scope in a table sorted in SQL, and New / Edit through MemberDialog.
class MembersPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 200;

    explicit MembersPage(QWidget *parent = nullptr);
    ~MembersPage() override;

    // Lists the members of the database file at `path`; `db` is the GUI thread's
    // connection, used for editing; `tree` outlives the page's use of it. Null
    // `db` shows nothing.
    void setDatabase(storage::Database *db, const QString &path, const OrganisationTree *tree,
                     const ActingUser &user = {});
    // The scope (an organisation and everything under it); 0 = the whole database.
    void setScope(qint64 organisationId, const QString &scopePath, const QString &scopeName);
    qint64 scopeId() const { return scopeId_; }

    MemberTableModel *model() const { return model_; }
    QLineEdit *searchEdit() const { return search_; }
    QTableView *table() const { return table_; }
    QLabel *countLabel() const { return count_; }
    QPushButton *newButton() const { return new_; }
    QPushButton *editButton() const { return edit_; }

public slots:
    void newMember();
    void editMember(qint64 memberId);
    void editCurrent();
    // Runs the search now instead of after the typing pause.
    void applySearch();

signals:
    // The shown count or its state changed (for the status bar).
    void countsChanged();
    void memberSaved(qint64 memberId);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyQuery(bool force);
    void updateCountLabel();
    void updateButtons();
    void openDialog(qint64 memberId);
    void setColumnWidths();

    storage::Database *db_ = nullptr;
    ActingUser user_;
    const OrganisationTree *tree_ = nullptr;
    MemberTableModel *model_ = nullptr;
    qint64 scopeId_ = 0;
    QString scopePath_;
    QString scopeName_;
    qint64 selectWhenLoaded_ = 0;
    QString error_;

    QLabel *scopeLabel_ = nullptr;
    QLineEdit *search_ = nullptr;
    QLabel *count_ = nullptr;
    QPushButton *new_ = nullptr;
    QPushButton *edit_ = nullptr;
    QTableView *table_ = nullptr;
    QTimer searchTimer_;
};

} // namespace cutru
