// Report 6: one member's residence record, the page a workplace committee asks for
// (docs/reports/member.md). Reading goes through MemberService (access check, CCCD
// and phone masking) and AttendanceQueries (the attendance history and its tally).
#include "domain/dates.h"
#include "reports/report_catalogue.h"
#include "services/attendance_queries.h"
#include "services/member_service.h"
#include "storage/comment_statistics.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace cutru::reports {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::MemberRecord)
};

// Organisation names and paths, each read once.
class Organisations {
public:
    explicit Organisations(const storage::Database &db) : repo_(db) {}
    QString name(qint64 id)
    {
        const auto o = get(id);
        return o ? o->name : QString();
    }
    QString path(qint64 id) { return id > 0 ? repo_.pathOf(id) : QString(); }

private:
    std::optional<Organisation> get(qint64 id)
    {
        if (id <= 0)
            return std::nullopt;
        auto it = cache_.find(id);
        if (it == cache_.end())
            it = cache_.insert(id, repo_.byId(id));
        return *it;
    }
    storage::OrganisationRepository repo_;
    QHash<qint64, std::optional<Organisation>> cache_;
};

QString unknownMember(const QString &cardOrCccd)
{
    return Tr::tr("No member has the party card number or CCCD '%1'.").arg(cardOrCccd);
}

// The member, as the acting user may see them. A CCCD finds the member only for a
// user who may see that member's CCCD: anyone else would learn whose number it is.
Member findMember(const ReportContext &c, const QString &cardOrCccd)
{
    const storage::MemberRepository members(c.db);
    // MemberService takes a writable database for its writes; load() only reads.
    const MemberService service(const_cast<storage::Database &>(c.db), c.user);
    if (const auto byCard = members.idByPartyCard(cardOrCccd)) {
        if (auto m = service.load(*byCard)) // throws AccessDenied
            return *m;
    } else if (const auto byCccd = members.idByCccd(cardOrCccd)) {
        std::optional<Member> m;
        try {
            m = service.load(*byCccd);
        } catch (const AccessDenied &) {
            throw RequestError(unknownMember(cardOrCccd));
        }
        if (m && m->cccd == cardOrCccd) // masked otherwise
            return *m;
    }
    throw RequestError(unknownMember(cardOrCccd));
}

QString exemptionText(const Referral &r)
{
    if (!r.exempt)
        return {};
    const QString why = r.exemptionReason ? label(*r.exemptionReason) : Tr::tr("Exempt");
    if (r.exemptFrom.isValid() && r.exemptTo.isValid())
        return Tr::tr("%1, from %2 to %3").arg(why, displayDate(r.exemptFrom), displayDate(r.exemptTo));
    if (r.exemptFrom.isValid())
        return Tr::tr("%1, from %2").arg(why, displayDate(r.exemptFrom));
    if (r.exemptTo.isValid())
        return Tr::tr("%1, until %2").arg(why, displayDate(r.exemptTo));
    return why;
}

QString endedText(const Referral &r)
{
    if (!r.endedDate.isValid())
        return {};
    QString text = displayDate(r.endedDate);
    if (r.endReason)
        text = Tr::tr("%1, %2").arg(text, label(*r.endReason));
    if (!r.endNote.trimmed().isEmpty())
        text = Tr::tr("%1 (%2)").arg(text, r.endNote.trimmed());
    return text;
}

QString statusText(const AttendanceHistoryLine &line)
{
    switch (line.place) {
    case AttendanceHistoryLine::Place::Exempt: return Tr::tr("Exempt (not counted)");
    case AttendanceHistoryLine::Place::Other:
        return Tr::tr("%1 (one of the cell's own members, not counted)")
            .arg(line.status ? label(*line.status) : Tr::tr("Not marked"));
    case AttendanceHistoryLine::Place::Expected: break;
    }
    return line.status ? label(*line.status) : Tr::tr("Not marked");
}

ReportRow detailRow(const QVariantList &cells)
{
    ReportRow row;
    row.cells = cells;
    row.level = 1;
    return row;
}

} // namespace

Report memberRecordReport(const ReportContext &c, const QString &cardOrCccd)
{
    const Member m = findMember(c, cardOrCccd);
    Organisations orgs(c.db);
    const QList<Referral> referrals = storage::ResidenceRepository(c.db).referralsOf(m.id);

    // Nothing about a member outside the report's scope: the member must be held,
    // living or referred under it.
    QStringList related{orgs.path(m.cellId), orgs.path(m.residenceCommuneId), orgs.path(m.residenceCellId)};
    for (const Referral &r : referrals)
        related << orgs.path(r.toCommuneId) << orgs.path(r.assignedCellId) << orgs.path(r.issuingOrgId);
    if (std::none_of(related.begin(), related.end(),
                     [&](const QString &p) { return !p.isEmpty() && p.startsWith(c.scope.path); }))
        throw RequestError(Tr::tr("%1 is neither held, living nor referred under %2: choose a scope that covers "
                                  "the member.")
                               .arg(m.fullName, c.scope.name));

    Report r;
    r.title = Tr::tr("Residence record of %1").arg(m.fullName);

    ReportTable details;
    details.title = Tr::tr("Member");
    details.columns = {{Tr::tr("Item"), false}, {Tr::tr("Value"), false}};
    const QList<QPair<QString, QString>> items{
        {Tr::tr("Full name"), m.fullName},
        {Tr::tr("Gender"), label(m.gender)},
        {Tr::tr("Date of birth"), displayDate(m.birthDate)},
        {Tr::tr("CCCD"), m.cccd},
        {Tr::tr("Party card"), m.partyCardNo},
        {Tr::tr("Membership held in"), orgs.name(m.cellId)},
        {Tr::tr("Workplace"), m.workplace},
        {Tr::tr("Position"), m.position},
        {Tr::tr("Residence address"), m.residenceAddress},
        {Tr::tr("Residence province"), m.residenceProvince},
        {Tr::tr("Residence commune"), orgs.name(m.residenceCommuneId)},
        {Tr::tr("Residence cell"), orgs.name(m.residenceCellId)},
    };
    for (const auto &[item, value] : items)
        details.rows.append(detailRow({item, value}));
    r.tables << details;

    ReportTable letters;
    letters.title = Tr::tr("Referrals");
    letters.columns = {{Tr::tr("Letter"), false},      {Tr::tr("Issued by"), false},
                       {Tr::tr("Issued"), false},      {Tr::tr("Sent to"), false},
                       {Tr::tr("Received"), false},    {Tr::tr("Assigned cell"), false},
                       {Tr::tr("Assigned on"), false}, {Tr::tr("Exemption (Guideline 33)"), false},
                       {Tr::tr("Ended"), false}};
    for (const Referral &ref : referrals) {
        const QString to = ref.isExternal() ? Tr::tr("%1 (outside the province)").arg(ref.externalCommittee)
                                            : orgs.name(ref.toCommuneId);
        letters.rows.append(detailRow({QStringLiteral("%1/%2").arg(ref.letterNo).arg(ref.letterYear),
                                       orgs.name(ref.issuingOrgId), dateCell(ref.issueDate), to,
                                       dateCell(ref.receivedDate), orgs.name(ref.assignedCellId),
                                       dateCell(ref.assignedDate), exemptionText(ref), endedText(ref)}));
    }
    r.tables << letters;

    ReportTable attendance;
    attendance.title = Tr::tr("Attendance at residence meetings");
    attendance.subtitle = c.period.label();
    attendance.columns = {{Tr::tr("Date"), false},   {Tr::tr("Cell"), false},     {Tr::tr("Commune"), false},
                          {Tr::tr("Kind"), false},   {Tr::tr("Status"), false},   {Tr::tr("Reason"), false},
                          {Tr::tr("Expected"), true}, {Tr::tr("Present"), true},  {Tr::tr("Rate"), true, true}};
    AttendanceTally tally;
    for (const AttendanceHistoryLine &line : AttendanceQueries(c.db, c.user).historyOf(m.id).lines) {
        if (line.date < c.period.from || line.date > c.period.to)
            continue;
        const bool expected = line.place == AttendanceHistoryLine::Place::Expected;
        if (expected)
            tally.add(line.status);
        else if (line.place == AttendanceHistoryLine::Place::Exempt)
            ++tally.exempt;
        const bool present = expected && line.status == AttendanceStatus::Present;
        attendance.rows.append(detailRow({dateCell(line.date), line.cellName, line.communeName, label(line.kind),
                                          statusText(line), line.reason, expected ? 1 : 0, present ? 1 : 0,
                                          QVariant()}));
    }
    ReportRow total;
    const std::optional<double> rate = tally.rate();
    total.cells = {Tr::tr("Total"),
                   QString(),
                   QString(),
                   QString(),
                   Tr::tr("Absent with a reason: %1; without a reason: %2; not marked: %3; exempt: %4")
                       .arg(tally.absentExcused)
                       .arg(tally.absentUnexcused)
                       .arg(tally.unmarked)
                       .arg(tally.exempt),
                   QString(),
                   tally.expected,
                   tally.present,
                   rate ? QVariant(*rate * 100.0) : QVariant()};
    total.emphasised = total.total = true;
    attendance.rows.append(total);
    r.tables << attendance;

    ReportTable comments;
    comments.title = Tr::tr("Annual comments");
    comments.columns = {{Tr::tr("Year"), false},   {Tr::tr("State"), false}, {Tr::tr("Conclusion"), false},
                        {Tr::tr("Signed"), false}, {Tr::tr("Sent"), false},  {Tr::tr("Received"), false}};
    for (const AnnualComment &ac : storage::CommentStatistics(c.db).commentsOf(m.id))
        comments.rows.append(detailRow({QString::number(ac.year), label(ac.state()),
                                        ac.conclusion ? label(*ac.conclusion) : QString(), dateCell(ac.signedDate),
                                        dateCell(ac.sentDate), dateCell(ac.receivedDate)}));
    r.tables << comments;

    r.notes << Tr::tr("Attendance lists the held meetings of the period where the member was expected, exempt or "
                      "marked; the rate is present ÷ expected. Referrals and annual comments are listed in full.");
    return r;
}

} // namespace cutru::reports
