#include "services/comment_service.h"

#include "domain/dates.h"
#include "services/write_transaction.h"
#include "storage/account_repository.h"
#include "storage/comment_repository.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"

#include <QCoreApplication>
#include <QSet>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::CommentService)
};

// database_settings key of the deadline: month and day, "MM-dd".
const QString kDeadlineKey = QStringLiteral("comments.deadline");

SaveOutcome stale()
{
    return {SaveOutcome::Status::Stale, {},
            Tr::tr("This comment was changed by someone else meanwhile. Reload it and try again.")};
}

SaveOutcome staleRequest()
{
    return {SaveOutcome::Status::Stale, {},
            Tr::tr("This comment request was changed by someone else meanwhile. Reload it and try again.")};
}

bool isResidenceCell(const Organisation &o)
{
    return o.level == OrgLevel::Cell && (o.kind == code(CellKind::Village) || o.kind == code(CellKind::ResidentialGroup));
}

CommentLine lineOf(const storage::CommentListEntry &e)
{
    CommentLine l;
    l.memberId = e.memberId;
    l.referralId = e.referralId;
    l.fullName = e.fullName;
    l.birthDate = e.birthDate;
    l.partyCardNo = e.partyCardNo;
    l.workplaceOrgId = e.workplaceOrgId;
    l.workplaceName = e.workplaceName;
    l.exemption = e.exemption;
    l.request = e.request;
    l.comment = e.comment;
    return l;
}

// Whose request it is: the stored requesting organisation. A request without one
// (carried over) is left to users whose grants cover the whole database.
QStringList requesterPaths(const storage::OrganisationRepository &orgs, const CommentRequest &stored)
{
    return stored.requestedByOrgId > 0 ? QStringList{orgs.pathOf(stored.requestedByOrgId)} : QStringList{};
}

MissingComments missingOf(const storage::CommentCount &c)
{
    MissingComments m;
    m.organisationId = c.organisationId;
    m.code = c.code;
    m.name = c.name;
    m.communeName = c.communeName;
    m.due = c.due;
    m.signed_ = c.signedOrLater;
    return m;
}

} // namespace

CommentService::CommentService(storage::Database &db, ActingUser user, QDate today)
    : db_(db), user_(std::move(user)), today_(today.isValid() ? today : QDate::currentDate())
{
}

// ---- Deadline and reference day -------------------------------------------------------

QDate CommentService::deadline(int year) const
{
    const QString stored = storage::AccountRepository(db_).setting(kDeadlineKey);
    // A leap year, so that 29 February can be stored (commentDeadline falls back to
    // the 28th in common years).
    const QDate monthDay = QDate::fromString(QStringLiteral("2000-") + stored, QStringLiteral("yyyy-MM-dd"));
    return commentDeadline(year, monthDay);
}

SaveOutcome CommentService::setDeadline(int month, int day)
{
    if (!user_.may(Action::ManageOrganisations, {}))
        return SaveOutcome::denied(Tr::tr("Only the provincial board sets the deadline of the annual comments."));
    const QDate monthDay(2000, month, day);
    if (!monthDay.isValid())
        return SaveOutcome::invalid(QStringLiteral("deadline"), Tr::tr("%1/%2 is not a day of the year.")
                                                                    .arg(day, 2, 10, QLatin1Char('0'))
                                                                    .arg(month, 2, 10, QLatin1Char('0')));
    return inWriteTransaction(db_, user_, "comment deadline", [&]() -> SaveOutcome {
        storage::AccountRepository(db_).setSetting(kDeadlineKey, monthDay.toString(QStringLiteral("MM-dd")));
        return {};
    });
}

// The day a cell's list of `year` is taken on: the deadline, or today when sooner.
static QDate referenceDayOf(const QDate &deadline, const QDate &today)
{
    return std::min(deadline, today);
}

// ---- Reads ----------------------------------------------------------------------------

CellComments CommentService::cellComments(qint64 cellId, int year) const
{
    const storage::OrganisationRepository orgs(db_);
    if (!user_.may(Action::ReadComments, {orgs.pathOf(cellId)}))
        throw AccessDenied(refusalMessage(Action::ReadComments));
    CellComments out;
    out.cellId = cellId;
    out.year = year;
    out.deadline = deadline(year);
    out.referenceDay = referenceDayOf(out.deadline, today_);
    if (const auto cell = orgs.byId(cellId)) {
        out.cellName = cell->name;
        out.cellCode = cell->code;
        if (const auto commune = orgs.byId(cell->parentId))
            out.communeName = commune->name;
    }
    for (const storage::CommentListEntry &e : storage::CommentRepository(db_).cellList(cellId, year, out.referenceDay)) {
        CommentLine line = lineOf(e);
        (line.due() ? out.due : out.exempt).append(line);
    }
    return out;
}

AttendanceFigures CommentService::attendanceOf(qint64 memberId, qint64 cellId, int year) const
{
    if (!user_.may(Action::ReadComments, {storage::OrganisationRepository(db_).pathOf(cellId)}))
        throw AccessDenied(refusalMessage(Action::ReadComments));
    const storage::CommentAttendance a = storage::CommentRepository(db_).attendance(memberId, cellId, year);
    return {a.held, a.attended, a.excused, a.unexcused};
}

std::optional<AnnualComment> CommentService::newDraft(qint64 memberId, qint64 cellId, int year) const
{
    const CellComments list = cellComments(cellId, year);
    for (const CommentLine &line : list.due) {
        if (line.memberId != memberId)
            continue;
        // A member who already has a comment still gets a fresh draft here: the form
        // shows line.comment instead, and saving a second one is refused.
        AnnualComment c;
        c.memberId = memberId;
        c.referralId = line.referralId;
        c.cellId = cellId;
        c.year = year;
        c.draftedDate = today_;
        const AttendanceFigures f = attendanceOf(memberId, cellId, year);
        c.meetingsHeld = f.held;
        c.meetingsAttended = f.attended;
        c.meetingsExcused = f.excused;
        return c;
    }
    return std::nullopt;
}

QList<CommentForm> CommentService::forms(qint64 scopeOrgId, int year, bool includeDrafts) const
{
    const QString scope = storage::OrganisationRepository(db_).pathOf(scopeOrgId);
    if (scope.isEmpty() || !user_.may(Action::ReadComments, {scope}))
        throw AccessDenied(refusalMessage(Action::ReadComments));
    QList<CommentForm> out;
    for (const storage::CommentDetails &d : storage::CommentRepository(db_).forms(scope, year, includeDrafts)) {
        CommentForm f;
        f.comment = d.comment;
        f.memberName = d.memberName;
        f.birthDate = d.birthDate;
        f.partyCardNo = d.partyCardNo;
        f.workplaceName = d.workplaceName;
        f.residenceAddress = d.residenceAddress;
        f.cellName = d.cellName;
        f.communeName = d.communeName;
        out.append(f);
    }
    return out;
}

QList<WorkplaceComment> CommentService::forWorkplace(qint64 workplaceOrgId, int year) const
{
    const QString path = storage::OrganisationRepository(db_).pathOf(workplaceOrgId);
    if (path.isEmpty() || !user_.may(Action::ReadComments, {path}))
        throw AccessDenied(refusalMessage(Action::ReadComments));
    QList<WorkplaceComment> out;
    for (const storage::CommentDetails &d : storage::CommentRepository(db_).sentTo(path, year)) {
        WorkplaceComment w;
        w.comment = d.comment;
        w.memberName = d.memberName;
        w.partyCardNo = d.partyCardNo;
        w.cellName = d.cellName;
        w.communeName = d.communeName;
        out.append(w);
    }
    return out;
}

QList<MissingComments> CommentService::missingByCell(int year, qint64 scopeOrgId) const
{
    storage::AttendanceFilter filter;
    if (scopeOrgId > 0) {
        filter.scopePath = storage::OrganisationRepository(db_).pathOf(scopeOrgId);
        if (filter.scopePath.isEmpty() || !user_.may(Action::ReadComments, {filter.scopePath}))
            throw AccessDenied(refusalMessage(Action::ReadComments));
    } else {
        filter.visibleUnder = user_.permissions.scopesFor(Action::ReadComments);
        if (filter.visibleUnder && filter.visibleUnder->isEmpty())
            throw AccessDenied(refusalMessage(Action::ReadComments));
    }
    QList<MissingComments> out;
    const QDate day = referenceDayOf(deadline(year), today_);
    for (const storage::CommentCount &c : storage::CommentRepository(db_).missingByCell(year, day, filter))
        out.append(missingOf(c));
    return out;
}

QList<MissingComments> CommentService::missingByWorkplace(int year, qint64 scopeOrgId) const
{
    storage::AttendanceFilter filter;
    if (scopeOrgId > 0) {
        filter.scopePath = storage::OrganisationRepository(db_).pathOf(scopeOrgId);
        if (filter.scopePath.isEmpty() || !user_.may(Action::ReadComments, {filter.scopePath}))
            throw AccessDenied(refusalMessage(Action::ReadComments));
    } else {
        filter.visibleUnder = user_.permissions.scopesFor(Action::ReadComments);
        if (filter.visibleUnder && filter.visibleUnder->isEmpty())
            throw AccessDenied(refusalMessage(Action::ReadComments));
    }
    QList<MissingComments> out;
    const QDate day = referenceDayOf(deadline(year), today_);
    for (const storage::CommentCount &c : storage::CommentRepository(db_).missingByWorkplace(year, day, filter))
        out.append(missingOf(c));
    return out;
}

// ---- Writes ---------------------------------------------------------------------------

SaveOutcome CommentService::save(AnnualComment &comment)
{
    if (!user_.may(Action::WriteComments))
        return SaveOutcome::denied(refusalMessage(Action::WriteComments));
    AnnualComment work = comment;
    work.citizenConduct = work.citizenConduct.trimmed();
    work.meetingParticipation = work.meetingParticipation.trimmed();
    work.communityRelations = work.communityRelations.trimmed();
    work.otherRemarks = work.otherRemarks.trimmed();
    work.signedBy = work.signedBy.trimmed();
    work.signerTitle = work.signerTitle.trimmed();
    if (!work.draftedDate.isValid())
        work.draftedDate = today_;
    const SaveOutcome out = inWriteTransaction(db_, user_, "annual comment", [&]() -> SaveOutcome {
        const storage::OrganisationRepository orgs(db_);
        storage::CommentRepository comments(db_);
        const auto cell = orgs.byId(work.cellId);
        if (!cell || !isResidenceCell(*cell))
            return SaveOutcome::invalid(QStringLiteral("cellId"),
                                        Tr::tr("Annual comments are written by village and residential-group cells."));
        if (!user_.may(Action::WriteComments, {orgs.pathOf(cell->id)}))
            return SaveOutcome::denied(refusalMessage(Action::WriteComments));
        bool wasDraft = true;
        if (work.id == 0) {
            // A new comment is dated today (docs/comments.md), whatever the caller sent.
            work.draftedDate = today_;
            if (work.year > today_.year())
                return SaveOutcome::invalid(QStringLiteral("year"),
                                            Tr::tr("The year %1 has not begun: its comment cannot be written yet.")
                                                .arg(work.year));
            if (work.sentDate.isValid() || work.receivedDate.isValid())
                return SaveOutcome::invalid(QStringLiteral("sentDate"),
                                            Tr::tr("A new comment is not sent yet: mark it sent once it is signed."));
            if (comments.of(work.memberId, work.year))
                return SaveOutcome::invalid(QStringLiteral("memberId"),
                                            Tr::tr("This member already has a comment for %1.").arg(work.year));
            // Only a member on the cell's list who needs a comment.
            const QDate day = referenceDayOf(deadline(work.year), today_);
            std::optional<storage::CommentListEntry> entry;
            for (const auto &e : comments.cellList(work.cellId, work.year, day))
                if (e.memberId == work.memberId)
                    entry = e;
            if (!entry || !needsComment(entry->exemption.has_value(), entry->request.has_value()))
                return SaveOutcome::invalid(QStringLiteral("memberId"),
                                            Tr::tr("This member does not need a comment from %1 for %2.")
                                                .arg(cell->name)
                                                .arg(work.year));
            work.referralId = entry->referralId;
        } else {
            const auto stored = comments.byId(work.id);
            if (!stored || stored->rowVersion != work.rowVersion)
                return stale();
            if (stored->state() == CommentState::Sent || stored->state() == CommentState::Received)
                return SaveOutcome::invalid(QStringLiteral("sentDate"),
                                            Tr::tr("This comment has been sent to the workplace organisation and can "
                                                   "no longer be changed."));
            if (stored->memberId != work.memberId || stored->year != work.year || stored->cellId != work.cellId)
                return SaveOutcome::invalid(QStringLiteral("memberId"),
                                            Tr::tr("A comment stays with its member, year and cell."));
            if (work.sentDate.isValid() || work.receivedDate.isValid())
                return SaveOutcome::invalid(QStringLiteral("sentDate"),
                                            Tr::tr("Mark the comment sent once it is signed."));
            wasDraft = stored->state() == CommentState::Draft;
            work.referralId = stored->referralId;
            work.draftedDate = stored->draftedDate;
            if (!wasDraft && work.state() == CommentState::Signed) {
                // A signed comment keeps the figures it was signed with.
                work.meetingsHeld = stored->meetingsHeld;
                work.meetingsAttended = stored->meetingsAttended;
                work.meetingsExcused = stored->meetingsExcused;
            }
        }
        // While a draft (and when signing one) the figures come from the records.
        if (wasDraft || work.state() == CommentState::Draft) {
            const storage::CommentAttendance a = comments.attendance(work.memberId, work.cellId, work.year);
            work.meetingsHeld = a.held;
            work.meetingsAttended = a.attended;
            work.meetingsExcused = a.excused;
        }
        if (work.signedDate.isValid() && work.signedDate > today_)
            return SaveOutcome::invalid(QStringLiteral("signedDate"),
                                        Tr::tr("A comment cannot be signed on a day still to come (%1).")
                                            .arg(displayDate(work.signedDate)));
        if (const FieldErrors errors = validate(work); !errors.isEmpty())
            return SaveOutcome::invalid(errors);
        if (work.id == 0) {
            comments.insert(work);
            return {};
        }
        return comments.update(work) ? SaveOutcome{} : stale();
    });
    if (out.ok())
        comment = work;
    return out;
}

SaveOutcome CommentService::sign(AnnualComment &comment, const QString &signedBy, const QString &signerTitle,
                                 const QDate &day)
{
    if (comment.state() != CommentState::Draft)
        return SaveOutcome::invalid(QStringLiteral("signedDate"), Tr::tr("This comment is already signed."));
    AnnualComment signedComment = comment;
    signedComment.signedBy = signedBy;
    signedComment.signerTitle = signerTitle;
    signedComment.signedDate = day.isValid() ? day : today_;
    const SaveOutcome out = save(signedComment);
    if (out.ok())
        comment = signedComment;
    return out;
}

SaveOutcome CommentService::unsign(AnnualComment &comment)
{
    if (comment.state() != CommentState::Signed)
        return SaveOutcome::invalid(QStringLiteral("signedDate"),
                                    comment.state() == CommentState::Draft
                                        ? Tr::tr("This comment is not signed.")
                                        : Tr::tr("This comment has been sent to the workplace organisation and can "
                                                 "no longer be changed."));
    AnnualComment draft = comment;
    draft.signedDate = {};
    const SaveOutcome out = save(draft);
    if (out.ok())
        comment = draft;
    return out;
}

BulkOutcome CommentService::prepareDrafts(qint64 scopeOrgId, int year, const BulkProgress &progress)
{
    BulkOutcome result;
    const QString scope = storage::OrganisationRepository(db_).pathOf(scopeOrgId);
    if (scope.isEmpty()) {
        result.outcome = SaveOutcome::invalid(QStringLiteral("scope"),
                                              Tr::tr("Choose the cell, commune, district or province to prepare."));
        return result;
    }
    if (!user_.may(Action::PrepareComments, {scope})) {
        result.outcome = SaveOutcome::denied(refusalMessage(Action::PrepareComments));
        return result;
    }
    if (year < 1990 || year > 2100) {
        result.outcome = SaveOutcome::invalid(QStringLiteral("year"), Tr::tr("The year %1 is out of range.").arg(year));
        return result;
    }
    if (year > today_.year()) {
        result.outcome = SaveOutcome::invalid(QStringLiteral("year"),
                                              Tr::tr("The year %1 has not begun: its comments cannot be prepared yet.")
                                                  .arg(year));
        return result;
    }
    const QDate day = referenceDayOf(deadline(year), today_);
    result.outcome = inWriteTransaction(db_, user_, "preparing comment drafts", [&]() -> SaveOutcome {
        storage::CommentRepository comments(db_);
        const QList<qint64> cells = comments.residenceCellsUnder(scope);
        const QList<storage::CommentDue> due = comments.dueUnder(scope, year, day);
        qint64 total = 0;
        for (const auto &d : due)
            d.hasComment ? ++result.existing : ++total;
        if (progress && !progress(0, total)) {
            result.cancelled = true;
            return SaveOutcome::failed(Tr::tr("Cancelled: no draft was written."));
        }
        // A few hundred cells per statement: progress between statements, one
        // transaction for all.
        constexpr qsizetype kCellsPerStatement = 250;
        for (qsizetype start = 0; start < cells.size(); start += kCellsPerStatement) {
            result.done += comments.insertDrafts(cells.mid(start, kCellsPerStatement), year, day, today_);
            if (progress && !progress(result.done, total)) {
                result.cancelled = true;
                return SaveOutcome::failed(Tr::tr("Cancelled: no draft was written."));
            }
        }
        return {};
    });
    if (!result.outcome.ok()) {
        result.done = 0;
        return result;
    }
    spdlog::info("prepared {} comment draft(s) of {} under {} by {}", result.done, year, scope.toStdString(),
                 user_.name.toStdString());
    return result;
}

namespace {

// One step of the workflow taken by many comments at once (mark sent, mark received).
struct BulkStep {
    Action action;
    const char *field;         // the date field, for errors
    const char *work;          // for the log
    CommentState from;         // the state a comment must be in
    QDate AnnualComment::*previous; // the date the new one may not precede
    QDate AnnualComment::*set;      // the date the step sets
    QString badDay;            // the day is missing or in the future
    QString tooEarly;          // %1 member, %2 the previous date
    // The organisation whose grant allows the step on a comment.
    std::function<qint64(const AnnualComment &, storage::CommentRepository &)> owner;
};

BulkOutcome takeStep(storage::Database &db, const ActingUser &user, const QDate &today, const BulkStep &step,
                     const QList<qint64> &commentIds, const QDate &day)
{
    BulkOutcome result;
    if (!user.may(step.action)) {
        result.outcome = SaveOutcome::denied(refusalMessage(step.action));
        return result;
    }
    if (!day.isValid() || day > today) {
        result.outcome = SaveOutcome::invalid(QLatin1String(step.field), step.badDay);
        return result;
    }
    result.outcome = inWriteTransaction(db, user, step.work, [&]() -> SaveOutcome {
        const storage::OrganisationRepository orgs(db);
        storage::CommentRepository comments(db);
        const storage::MemberRepository members(db);
        for (qint64 id : QSet<qint64>(commentIds.cbegin(), commentIds.cend())) {
            auto c = comments.byId(id);
            if (!c)
                return stale();
            const qint64 owner = step.owner(*c, comments);
            if (owner == 0 || !user.may(step.action, {orgs.pathOf(owner)}))
                return SaveOutcome::denied(refusalMessage(step.action));
            if (c->state() != step.from) {
                ++result.existing;
                continue;
            }
            const QDate previous = (*c).*step.previous;
            if (day < previous) {
                const auto m = members.byId(c->memberId);
                return SaveOutcome::invalid(QLatin1String(step.field),
                                            step.tooEarly.arg(m ? m->fullName : QString::number(c->memberId),
                                                              displayDate(previous)));
            }
            (*c).*step.set = day;
            if (!comments.update(*c))
                return stale();
            ++result.done;
        }
        return {};
    });
    if (!result.outcome.ok())
        result.done = 0;
    return result;
}

} // namespace

BulkOutcome CommentService::markSent(const QList<qint64> &commentIds, const QDate &day)
{
    const BulkStep step{Action::WriteComments,
                        "sentDate",
                        "marking comments sent",
                        CommentState::Signed,
                        &AnnualComment::signedDate,
                        &AnnualComment::sentDate,
                        Tr::tr("Give the day the comments were sent (today or earlier)."),
                        Tr::tr("The comment on %1 was signed on %2: it cannot be sent before."),
                        // The residence cell that wrote it sends it.
                        [](const AnnualComment &c, storage::CommentRepository &) { return c.cellId; }};
    return takeStep(db_, user_, today_, step, commentIds, day);
}

BulkOutcome CommentService::markReceived(const QList<qint64> &commentIds, const QDate &day)
{
    const BulkStep step{Action::ReceiveComments,
                        "receivedDate",
                        "marking comments received",
                        CommentState::Sent,
                        &AnnualComment::sentDate,
                        &AnnualComment::receivedDate,
                        Tr::tr("Give the day the comments were received (today or earlier)."),
                        Tr::tr("The comment on %1 was sent on %2: it cannot be received before."),
                        // The workplace organisation that issued the referral receives it.
                        [](const AnnualComment &c, storage::CommentRepository &comments) {
                            return comments.workplaceOf(c.id);
                        }};
    return takeStep(db_, user_, today_, step, commentIds, day);
}

SaveOutcome CommentService::saveRequest(CommentRequest &request)
{
    if (!user_.may(Action::RequestComments))
        return SaveOutcome::denied(refusalMessage(Action::RequestComments));
    CommentRequest work = request;
    work.note = work.note.trimmed();
    if (!work.requestedDate.isValid())
        work.requestedDate = today_;
    if (const FieldErrors errors = validate(work); !errors.isEmpty())
        return SaveOutcome::invalid(errors);
    const SaveOutcome out = inWriteTransaction(db_, user_, "comment request", [&]() -> SaveOutcome {
        const storage::OrganisationRepository orgs(db_);
        storage::CommentRepository comments(db_);
        if (work.id == 0) {
            // The request comes from the organisation that issued the member's active
            // referral, and only its officers (or those above them) may make it.
            const auto referral = storage::ResidenceRepository(db_).activeReferralOf(work.memberId);
            if (!referral)
                return SaveOutcome::invalid(QStringLiteral("memberId"),
                                            Tr::tr("This member has no active referral: there is no cell to ask."));
            if (work.requestedByOrgId == 0)
                work.requestedByOrgId = referral->issuingOrgId;
            if (!user_.may(Action::RequestComments, {orgs.pathOf(referral->issuingOrgId)}))
                return SaveOutcome::denied(refusalMessage(Action::RequestComments));
            if (work.requestedByOrgId != referral->issuingOrgId)
                return SaveOutcome::invalid(QStringLiteral("requestedByOrgId"),
                                            Tr::tr("A comment is requested by the organisation that issued the "
                                                   "member's active referral."));
            if (comments.requestOf(work.memberId, work.year))
                return SaveOutcome::invalid(QStringLiteral("year"),
                                            Tr::tr("A comment on this member is already requested for %1.").arg(work.year));
            comments.insert(work);
            return {};
        }
        const auto stored = comments.requestById(work.id);
        if (!stored || stored->rowVersion != work.rowVersion)
            return staleRequest();
        // Judged on the stored request's organisation, never on what the caller sent.
        if (!user_.may(Action::RequestComments, requesterPaths(orgs, *stored)))
            return SaveOutcome::denied(refusalMessage(Action::RequestComments));
        if (stored->memberId != work.memberId || stored->year != work.year)
            return SaveOutcome::invalid(QStringLiteral("year"), Tr::tr("A request stays with its member and year."));
        work.requestedByOrgId = stored->requestedByOrgId;
        return comments.update(work) ? SaveOutcome{} : staleRequest();
    });
    if (out.ok())
        request = work;
    return out;
}

SaveOutcome CommentService::removeRequest(qint64 requestId)
{
    if (!user_.may(Action::RequestComments))
        return SaveOutcome::denied(refusalMessage(Action::RequestComments));
    return inWriteTransaction(db_, user_, "comment request removal", [&]() -> SaveOutcome {
        const storage::OrganisationRepository orgs(db_);
        storage::CommentRepository comments(db_);
        const auto request = comments.requestById(requestId);
        if (!request)
            return staleRequest();
        if (!user_.may(Action::RequestComments, requesterPaths(orgs, *request)))
            return SaveOutcome::denied(refusalMessage(Action::RequestComments));
        // A comment written because of the request stays explained by it.
        if (const auto c = comments.of(request->memberId, request->year); c && c->state() != CommentState::Draft)
            return SaveOutcome::invalid(QStringLiteral("id"),
                                        Tr::tr("The requested comment is already signed: the request stays on record."));
        comments.removeRequest(requestId);
        return {};
    });
}

} // namespace cutru
