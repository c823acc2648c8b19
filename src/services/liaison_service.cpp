#include "services/liaison_service.h"

#include "domain/dates.h"
#include "services/write_transaction.h"

#include <QCoreApplication>
#include <cstdlib>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::LiaisonService)
};

SaveOutcome stale(const QString &what)
{
    return {SaveOutcome::Status::Stale, {},
            Tr::tr("This %1 was changed by someone else meanwhile. Reload it and try again.").arg(what)};
}

SaveOutcome staleCadre() { return stale(Tr::tr("liaison cadre")); }
SaveOutcome staleAssignment() { return stale(Tr::tr("assignment")); }
SaveOutcome staleVisit() { return stale(Tr::tr("visit")); }
SaveOutcome staleProblem() { return stale(Tr::tr("problem")); }

FieldErrors prefixed(const FieldErrors &errors, const QString &prefix)
{
    FieldErrors out;
    for (const FieldError &e : errors)
        out.append({prefix + e.field, e.message});
    return out;
}

bool sameContent(const LiaisonProblem &a, const LiaisonProblem &b)
{
    return a.category == b.category && a.text == b.text && a.status == b.status && a.resolution == b.resolution
           && a.resolvedDate == b.resolvedDate;
}

} // namespace

LiaisonService::LiaisonService(storage::Database &db, ActingUser user) : db_(db), user_(std::move(user)) {}

bool LiaisonService::mayManage() const
{
    return user_.may(Action::ManageLiaison);
}

bool LiaisonService::mayRead() const
{
    return user_.may(Action::ReadLiaison);
}

bool LiaisonService::readsEverywhere() const
{
    return user_.may(Action::ReadLiaison, {});
}

std::optional<QStringList> LiaisonService::readScopes() const
{
    if (readsEverywhere())
        return std::nullopt;
    const std::optional<QStringList> scopes = user_.permissions.scopesFor(Action::ReadLiaison);
    if (!scopes)
        return std::nullopt;
    if (scopes->isEmpty())
        throw AccessDenied(refusalMessage(Action::ReadLiaison));
    return scopes;
}

void LiaisonService::requireRead(const QString &communePath) const
{
    if (communePath.isEmpty() || !user_.may(Action::ReadLiaison, {communePath}))
        throw AccessDenied(refusalMessage(Action::ReadLiaison));
}

// ---- The register -------------------------------------------------------------------------

SaveOutcome LiaisonService::saveCadre(LiaisonCadre &cadre)
{
    if (!mayManage())
        return SaveOutcome::denied(refusalMessage(Action::ManageLiaison));
    cadre.fullName = cadre.fullName.simplified();
    cadre.position = cadre.position.simplified();
    cadre.organisation = cadre.organisation.simplified();
    cadre.phone = cadre.phone.simplified();
    if (const FieldErrors errors = validate(cadre); !errors.isEmpty())
        return SaveOutcome::invalid(errors);
    LiaisonCadre working = cadre;
    const SaveOutcome outcome = inWriteTransaction(db_, user_, "liaison cadre", [&]() -> SaveOutcome {
        storage::LiaisonRepository repo(db_);
        if (working.id == 0) {
            repo.insert(working);
            return {};
        }
        return repo.update(working) ? SaveOutcome{} : staleCadre();
    });
    if (outcome.ok())
        cadre = working;
    return outcome;
}

QList<LiaisonCadre> LiaisonService::cadres() const
{
    if (!mayRead())
        throw AccessDenied(refusalMessage(Action::ReadLiaison));
    const std::optional<QStringList> scopes = readScopes();
    return storage::LiaisonRepository(db_).cadres(scopes.value_or(QStringList()));
}

std::optional<LiaisonCadre> LiaisonService::cadre(qint64 id) const
{
    for (const LiaisonCadre &c : cadres())
        if (c.id == id)
            return c;
    return std::nullopt;
}

SaveOutcome LiaisonService::saveAssignment(LiaisonAssignment &assignment)
{
    if (!mayManage())
        return SaveOutcome::denied(refusalMessage(Action::ManageLiaison));
    if (const FieldErrors errors = validate(assignment); !errors.isEmpty())
        return SaveOutcome::invalid(errors);
    LiaisonAssignment working = assignment;
    const SaveOutcome outcome = inWriteTransaction(db_, user_, "liaison assignment", [&]() -> SaveOutcome {
        storage::LiaisonRepository repo(db_);
        if (!repo.cadreById(working.cadreId))
            return SaveOutcome::invalid(QStringLiteral("cadreId"), Tr::tr("This liaison cadre is not in the register."));
        const auto org = repo.place(working.organisationId);
        if (!org || (org->level != OrgLevel::District && org->level != OrgLevel::Commune))
            return SaveOutcome::invalid(QStringLiteral("organisationId"),
                                        Tr::tr("A cadre is assigned to a district or a commune-level committee."));
        if (working.id == 0) {
            repo.insert(working);
            return {};
        }
        const auto stored = repo.assignmentById(working.id);
        if (!stored)
            return staleAssignment();
        if (stored->cadreId != working.cadreId)
            return SaveOutcome::invalid(QStringLiteral("cadreId"), Tr::tr("An assignment stays with its cadre."));
        return repo.update(working) ? SaveOutcome{} : staleAssignment();
    });
    if (outcome.ok())
        assignment = working;
    return outcome;
}

SaveOutcome LiaisonService::endAssignment(qint64 assignmentId, const QDate &lastDay, int rowVersion)
{
    if (!mayManage())
        return SaveOutcome::denied(refusalMessage(Action::ManageLiaison));
    return inWriteTransaction(db_, user_, "end liaison assignment", [&]() -> SaveOutcome {
        storage::LiaisonRepository repo(db_);
        auto stored = repo.assignmentById(assignmentId);
        if (!stored || stored->rowVersion != rowVersion)
            return staleAssignment();
        stored->to = lastDay;
        if (!lastDay.isValid())
            return SaveOutcome::invalid(QStringLiteral("to"), Tr::tr("The last day of the assignment is required."));
        if (const FieldErrors errors = validate(*stored); !errors.isEmpty())
            return SaveOutcome::invalid(errors);
        return repo.update(*stored) ? SaveOutcome{} : staleAssignment();
    });
}

QList<storage::AssignmentRow> LiaisonService::assignmentsOf(qint64 cadreId) const
{
    // A commune office: only the cadres it sees (cadre() throws for those who may not read).
    if (!readsEverywhere() && !cadre(cadreId))
        throw AccessDenied(refusalMessage(Action::ReadLiaison));
    return storage::LiaisonRepository(db_).assignmentsOf(cadreId);
}

QList<storage::CadreOnDuty> LiaisonService::assignedTo(qint64 communeId, const QDate &day) const
{
    const storage::LiaisonRepository repo(db_);
    const auto commune = repo.place(communeId);
    requireRead(commune ? commune->path : QString());
    return repo.assignedTo(communeId, day);
}

// ---- Visits and problems --------------------------------------------------------------------

SaveOutcome LiaisonService::checkVisit(const LiaisonVisit &visit, const storage::LiaisonRepository &repo) const
{
    if (!repo.cadreById(visit.cadreId))
        return SaveOutcome::invalid(QStringLiteral("cadreId"), Tr::tr("This liaison cadre is not in the register."));
    const auto commune = repo.place(visit.communeId);
    if (!commune || commune->level != OrgLevel::Commune)
        return SaveOutcome::invalid(QStringLiteral("communeId"), Tr::tr("Choose the commune-level committee visited."));
    if (visit.cellId > 0) {
        const auto cell = repo.place(visit.cellId);
        if (!cell || cell->level != OrgLevel::Cell || cell->parentId != visit.communeId)
            return SaveOutcome::invalid(QStringLiteral("cellId"),
                                        Tr::tr("The cell visited must be a cell of %1.").arg(commune->name));
    }
    if (visit.meetingId > 0) {
        if (visit.cellId <= 0)
            return SaveOutcome::invalid(QStringLiteral("meetingId"),
                                        Tr::tr("Choose the cell whose meeting the cadre attended."));
        const auto meeting = repo.meeting(visit.meetingId);
        if (!meeting || meeting->cellId != visit.cellId)
            return SaveOutcome::invalid(QStringLiteral("meetingId"),
                                        Tr::tr("The meeting attended must be a meeting of the cell visited."));
        if (std::abs(meeting->date.daysTo(visit.visitDate)) > kMeetingWindowDays)
            return SaveOutcome::invalid(QStringLiteral("meetingId"),
                                        Tr::tr("The meeting of %1 is too far from the visit date %2.")
                                            .arg(displayDate(meeting->date), displayDate(visit.visitDate)));
    }
    return {};
}

SaveOutcome LiaisonService::saveVisit(LiaisonVisit &visit, QList<LiaisonProblem> &problems)
{
    if (!mayManage())
        return SaveOutcome::denied(refusalMessage(Action::ManageLiaison));
    visit.notes = visit.notes.trimmed();
    FieldErrors errors = validate(visit);
    for (int i = 0; i < problems.size(); ++i) {
        problems[i].text = problems[i].text.trimmed();
        problems[i].resolution = problems[i].resolution.trimmed();
        errors << prefixed(validate(problems[i], visit.visitDate), QStringLiteral("problems[%1].").arg(i));
    }
    if (!errors.isEmpty())
        return SaveOutcome::invalid(errors);
    LiaisonVisit working = visit;
    QList<LiaisonProblem> workingProblems = problems;
    const SaveOutcome outcome = inWriteTransaction(db_, user_, "liaison visit", [&]() -> SaveOutcome {
        storage::LiaisonRepository repo(db_);
        if (const SaveOutcome checked = checkVisit(working, repo); !checked.ok())
            return checked;
        if (working.id == 0) {
            repo.insert(working);
        } else {
            if (!repo.visitById(working.id) || !repo.update(working))
                return staleVisit();
        }
        for (int i = 0; i < workingProblems.size(); ++i) {
            LiaisonProblem &p = workingProblems[i];
            if (p.id == 0) {
                p.visitId = working.id;
                repo.insert(p);
                continue;
            }
            const auto stored = repo.problemById(p.id);
            if (!stored)
                return staleProblem();
            if (stored->visitId != working.id)
                return SaveOutcome::invalid(QStringLiteral("problems[%1].visitId").arg(i),
                                            Tr::tr("A problem stays with the visit that raised it."));
            // Unchanged problems are left alone: no log row, no conflict with someone
            // who followed one up meanwhile.
            if (sameContent(*stored, p))
                continue;
            if (!repo.update(p))
                return staleProblem();
        }
        return {};
    });
    if (outcome.ok()) {
        visit = working;
        problems = workingProblems;
    }
    return outcome;
}

SaveOutcome LiaisonService::saveProblem(LiaisonProblem &problem)
{
    if (!mayManage())
        return SaveOutcome::denied(refusalMessage(Action::ManageLiaison));
    problem.text = problem.text.trimmed();
    problem.resolution = problem.resolution.trimmed();
    LiaisonProblem working = problem;
    const SaveOutcome outcome = inWriteTransaction(db_, user_, "liaison problem", [&]() -> SaveOutcome {
        storage::LiaisonRepository repo(db_);
        const auto visit = repo.visitById(working.visitId);
        if (!visit)
            return SaveOutcome::invalid(QStringLiteral("visitId"), Tr::tr("The visit that raised this problem is gone."));
        if (const FieldErrors errors = validate(working, visit->visitDate); !errors.isEmpty())
            return SaveOutcome::invalid(errors);
        if (working.id == 0) {
            repo.insert(working);
            return {};
        }
        const auto stored = repo.problemById(working.id);
        if (!stored)
            return staleProblem();
        if (stored->visitId != working.visitId)
            return SaveOutcome::invalid(QStringLiteral("visitId"), Tr::tr("A problem stays with the visit that raised it."));
        return repo.update(working) ? SaveOutcome{} : staleProblem();
    });
    if (outcome.ok())
        problem = working;
    return outcome;
}

QList<storage::VisitRow> LiaisonService::visits(qint64 cadreId, qint64 communeId) const
{
    if (!mayRead())
        throw AccessDenied(refusalMessage(Action::ReadLiaison));
    storage::VisitFilter filter;
    filter.cadreId = cadreId;
    filter.communeId = communeId;
    filter.scopePaths = readScopes().value_or(QStringList());
    return storage::LiaisonRepository(db_).visits(filter);
}

std::optional<storage::VisitRow> LiaisonService::visit(qint64 visitId) const
{
    const auto row = storage::LiaisonRepository(db_).visitRow(visitId);
    if (!row)
        return std::nullopt;
    requireRead(row->communePath);
    return row;
}

QList<LiaisonProblem> LiaisonService::problemsOf(qint64 visitId) const
{
    const storage::LiaisonRepository repo(db_);
    const auto row = repo.visitRow(visitId);
    if (!row)
        return {};
    requireRead(row->communePath);
    return repo.problemsOf(visitId);
}

QList<storage::OpenProblemRow> LiaisonService::openProblems(storage::OpenProblemFilter filter, const QDate &asOf) const
{
    if (!mayRead())
        throw AccessDenied(refusalMessage(Action::ReadLiaison));
    if (const std::optional<QStringList> scopes = readScopes()) {
        // The asked subtrees narrowed to the readable ones.
        if (filter.scopePaths.isEmpty()) {
            filter.scopePaths = *scopes;
        } else {
            QStringList narrowed;
            for (const QString &asked : filter.scopePaths)
                for (const QString &readable : *scopes) {
                    if (asked.startsWith(readable))
                        narrowed << asked;
                    else if (readable.startsWith(asked))
                        narrowed << readable;
                }
            if (narrowed.isEmpty())
                return {};
            filter.scopePaths = narrowed;
        }
    }
    return storage::LiaisonRepository(db_).openProblems(filter, asOf);
}

// ---- Choices ---------------------------------------------------------------------------------

QList<storage::LiaisonPlace> LiaisonService::districts() const
{
    if (!mayRead())
        throw AccessDenied(refusalMessage(Action::ReadLiaison));
    return storage::LiaisonRepository(db_).places(OrgLevel::District, readScopes().value_or(QStringList()));
}

QList<storage::LiaisonPlace> LiaisonService::communes() const
{
    if (!mayRead())
        throw AccessDenied(refusalMessage(Action::ReadLiaison));
    return storage::LiaisonRepository(db_).places(OrgLevel::Commune, readScopes().value_or(QStringList()));
}

QList<storage::LiaisonPlace> LiaisonService::cellsOf(qint64 communeId) const
{
    const storage::LiaisonRepository repo(db_);
    const auto commune = repo.place(communeId);
    requireRead(commune ? commune->path : QString());
    QList<storage::LiaisonPlace> out;
    for (const storage::LiaisonPlace &p : repo.places(OrgLevel::Cell, {commune->path}))
        if (p.parentId == communeId)
            out << p;
    return out;
}

QList<storage::MeetingChoice> LiaisonService::meetingsNear(qint64 cellId, const QDate &day) const
{
    const storage::LiaisonRepository repo(db_);
    const auto cell = repo.place(cellId);
    requireRead(cell ? cell->path : QString());
    if (!day.isValid())
        return {};
    return repo.meetingsNear(cellId, day, kMeetingWindowDays);
}

} // namespace cutru
