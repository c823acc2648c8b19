#pragma once

#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/database.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace cutru {

class CadreDialog;
class LiaisonService;
class ProblemDialog;
class VisitDialog;

// The Liaison section (issue 8; domain.md, "Provincial oversight"), in three tabs:
// - Cadres: the register of provincial leaders assigned to communes (name, position,
//   organisation, phone), each opened in a dialog with its assignments (add, end);
// - Visits: the visits, filtered by cadre and by commune, newest first; a visit's
//   dialog holds its cell, the meeting attended (picked from the cell's meetings near
//   the date) and its problems;
// - Open problems: problems not resolved, the oldest visit first, filtered by
//   category and district; opening one sets its status and resolution.
// Writes go through LiaisonService (the provincial board); the auditor and commune
// offices (their own commune) read. Dialogs are opened with open(); the functions
// returning them let tests drive them.
class LiaisonPage : public QWidget {
    Q_OBJECT
public:
    enum class Tab { Cadres, Visits, OpenProblems };

    explicit LiaisonPage(QWidget *parent = nullptr);
    ~LiaisonPage() override;

    // `db`: the GUI thread's connection (null: no database open).
    void setDatabase(storage::Database *db, const ActingUser &user);
    // Reads every list again.
    void refresh();

    QTabWidget *tabs() const { return tabs_; }
    QTableView *cadreView() const { return cadreView_; }
    QTableView *visitView() const { return visitView_; }
    QTableView *problemView() const { return problemView_; }
    QStandardItemModel *cadreModel() const { return cadreModel_; }
    QStandardItemModel *visitModel() const { return visitModel_; }
    QStandardItemModel *problemModel() const { return problemModel_; }
    QComboBox *visitCadreFilter() const { return visitCadre_; }
    QComboBox *visitCommuneFilter() const { return visitCommune_; }
    QComboBox *categoryFilter() const { return category_; }
    QComboBox *districtFilter() const { return district_; }
    QLabel *messageLabel() const { return message_; }

    // The dialogs (nullptr when there is nothing to open).
    CadreDialog *addCadre();
    CadreDialog *openCadre(qint64 cadreId);
    VisitDialog *addVisit();
    VisitDialog *openVisit(qint64 visitId);
    ProblemDialog *openProblem(qint64 problemId);

signals:
    // A cadre, assignment, visit or problem was saved (history, reports follow).
    void liaisonChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyUser();
    void reloadCadres();
    void reloadVisits();
    void reloadProblems();
    void reloadFilters();
    qint64 selectedId(QTableView *view) const;
    void showMessage(const QString &text, bool error);
    // Runs a read; an AccessDenied or storage error becomes the page's message.
    bool guarded(const std::function<void()> &read);

    storage::Database *db_ = nullptr;
    ActingUser user_;
    std::unique_ptr<LiaisonService> service_;
    bool stale_ = true; // lists to read again when shown

    QLabel *title_, *message_;
    QTabWidget *tabs_;
    QWidget *cadresTab_, *visitsTab_, *problemsTab_;
    QTableView *cadreView_, *visitView_, *problemView_;
    QStandardItemModel *cadreModel_, *visitModel_, *problemModel_;
    QPushButton *addCadre_, *openCadre_, *addVisit_, *openVisit_, *openProblem_;
    QComboBox *visitCadre_, *visitCommune_, *category_, *district_;
    QLabel *visitCadreLabel_, *visitCommuneLabel_, *categoryLabel_, *districtLabel_, *problemCount_;
};

} // namespace cutru
