#pragma once

#include "services/acting_user.h"
#include "services/outcome.h"
#include "storage/database.h"
#include "storage/liaison_repository.h"

#include <QList>
#include <optional>

namespace cutru {

// The provincial liaison cadres (domain.md, "Provincial oversight"; issue 8): the
// register with dated assignments, visits to communes (a cell, the meeting attended
// when it is in the records) and the problems they raise, followed until resolved.
// Writes need ManageLiaison (the provincial board) and are one transaction each;
// reads need ReadLiaison: the board and the auditor everywhere, a commune office for
// the visits and problems of its own commune. Refused reads throw AccessDenied.
class LiaisonService {
public:
    // A meeting may be linked to a visit when it is dated this many days or fewer
    // before or after it ("the meeting attended", recorded a little later or earlier).
    static constexpr int kMeetingWindowDays = 60;

    LiaisonService(storage::Database &db, ActingUser user);

    bool mayManage() const;
    bool mayRead() const;
    // The board or the auditor: the whole register, every commune.
    bool readsEverywhere() const;

    // ---- The register
    SaveOutcome saveCadre(LiaisonCadre &cadre);
    // Every cadre for the board and the auditor; for a commune office the cadres
    // assigned to or visiting its commune.
    QList<LiaisonCadre> cadres() const;
    std::optional<LiaisonCadre> cadre(qint64 id) const;

    // Creates (id 0) or changes an assignment to a district or a commune-level committee.
    SaveOutcome saveAssignment(LiaisonAssignment &assignment);
    // Ends an assignment on `lastDay` (read at `rowVersion`).
    SaveOutcome endAssignment(qint64 assignmentId, const QDate &lastDay, int rowVersion);
    QList<storage::AssignmentRow> assignmentsOf(qint64 cadreId) const;
    // The cadres assigned to the commune on `day`, directly or through its district.
    QList<storage::CadreOnDuty> assignedTo(qint64 communeId, const QDate &day) const;

    // ---- Visits and problems
    // Creates (id 0) or changes a visit together with its problems, in one transaction:
    // problems with id 0 are added, the others changed (each checked for staleness).
    // The cell must belong to the commune and a linked meeting to the cell, dated within
    // kMeetingWindowDays of the visit. Field keys of a problem's errors are prefixed
    // "problems[i]." (i: its index in `problems`).
    SaveOutcome saveVisit(LiaisonVisit &visit, QList<LiaisonProblem> &problems);
    // Changes one problem (status, resolution and its date, category, text).
    SaveOutcome saveProblem(LiaisonProblem &problem);
    // Newest first, restricted to what the user may read.
    QList<storage::VisitRow> visits(qint64 cadreId = 0, qint64 communeId = 0) const;
    std::optional<storage::VisitRow> visit(qint64 visitId) const;
    QList<LiaisonProblem> problemsOf(qint64 visitId) const;
    // The provincial board's list: problems not resolved, oldest visit first, with the
    // days open up to `asOf`; `filter.scopePaths` is narrowed to what the user may read.
    QList<storage::OpenProblemRow> openProblems(storage::OpenProblemFilter filter, const QDate &asOf) const;

    // ---- Choices for forms (within what the user may read)
    QList<storage::LiaisonPlace> districts() const;
    QList<storage::LiaisonPlace> communes() const;
    QList<storage::LiaisonPlace> cellsOf(qint64 communeId) const;
    // The cell's meetings near the visit date (kMeetingWindowDays), nearest first.
    QList<storage::MeetingChoice> meetingsNear(qint64 cellId, const QDate &day) const;

private:
    // nullopt: everywhere; else the subtrees the user may read (throws when none).
    std::optional<QStringList> readScopes() const;
    void requireRead(const QString &communePath) const;
    SaveOutcome checkVisit(const LiaisonVisit &visit, const storage::LiaisonRepository &repo) const;
    storage::Database &db_;
    ActingUser user_;
};

} // namespace cutru
