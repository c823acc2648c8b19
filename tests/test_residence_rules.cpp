#include "domain/codes.h"
#include "domain/organisation.h"
#include "domain/residence.h"

#include <gtest/gtest.h>

using namespace cutru;

namespace {

Referral issued()
{
    Referral r;
    r.memberId = 1;
    r.issuingOrgId = 2;
    r.letterYear = 2012;
    r.letterNo = 5;
    r.issueDate = QDate(2012, 1, 10);
    r.toCommuneId = 3;
    return r;
}

bool hasField(const FieldErrors &e, const char *field)
{
    return hasErrorFor(e, QString::fromLatin1(field));
}

} // namespace

TEST(Referral, StateFollowsDates)
{
    Referral r = issued();
    EXPECT_EQ(r.state(), ReferralState::Issued);
    r.receivedDate = QDate(2012, 1, 15);
    EXPECT_EQ(r.state(), ReferralState::Received);
    r.assignedCellId = 9;
    r.assignedDate = QDate(2012, 1, 16);
    EXPECT_EQ(r.state(), ReferralState::Assigned);
    r.endedDate = QDate(2013, 5, 1);
    r.endReason = ReferralEndReason::Moved;
    EXPECT_EQ(r.state(), ReferralState::Ended);
    EXPECT_FALSE(r.isActive());
    EXPECT_TRUE(validate(r).isEmpty());
}

TEST(Referral, ReceptionNotBeforeIssue)
{
    Referral r = issued();
    r.receivedDate = QDate(2012, 1, 9);
    EXPECT_TRUE(hasField(validate(r), "receivedDate"));
}

TEST(Referral, AssignedOnlyAfterReceptionAndNotWhenExternal)
{
    Referral r = issued();
    r.assignedCellId = 9;
    EXPECT_TRUE(hasField(validate(r), "assignedCellId"));
    r = issued();
    r.toCommuneId = 0;
    r.externalCommittee = QStringLiteral("Đảng bộ phường Bạch Đằng, Hà Nội");
    EXPECT_TRUE(validate(r).isEmpty());
    r.receivedDate = QDate(2012, 2, 1);
    r.assignedCellId = 9;
    EXPECT_TRUE(hasField(validate(r), "assignedCellId"));
}

TEST(Referral, ReceivingCommitteeRequired)
{
    Referral r = issued();
    r.toCommuneId = 0;
    EXPECT_TRUE(hasField(validate(r), "toCommuneId"));
}

TEST(Referral, ExemptionNeedsGuideline33Reason)
{
    Referral r = issued();
    r.exempt = true;
    EXPECT_TRUE(hasField(validate(r), "exemptionReason"));
    r.exemptionReason = ExemptionReason::Barracks;
    EXPECT_TRUE(validate(r).isEmpty());
}

TEST(Referral, EndNeedsReasonAndOtherNeedsNote)
{
    Referral r = issued();
    r.endedDate = QDate(2013, 1, 1);
    EXPECT_TRUE(hasField(validate(r), "endReason"));
    r.endReason = ReferralEndReason::Other;
    EXPECT_TRUE(hasField(validate(r), "endNote"));
    r.endNote = QStringLiteral("Đi lao động nước ngoài");
    EXPECT_TRUE(validate(r).isEmpty());
}

TEST(Attendance, ExcusedAbsenceNeedsReason)
{
    Attendance a{1, 2, AttendanceStatus::AbsentExcused, {}};
    EXPECT_TRUE(hasField(validate(a), "reason"));
    a.reason = QStringLiteral("Đi công tác");
    EXPECT_TRUE(validate(a).isEmpty());
    a = {1, 2, AttendanceStatus::AbsentUnexcused, {}};
    EXPECT_TRUE(validate(a).isEmpty());
}

TEST(AnnualComment, StatesFollowInOrder)
{
    AnnualComment c;
    c.memberId = 1;
    c.year = 2012;
    c.draftedDate = QDate(2012, 11, 10);
    EXPECT_TRUE(validate(c).isEmpty()); // an empty draft is a draft
    EXPECT_EQ(c.state(), CommentState::Draft);

    c.signedDate = QDate(2012, 11, 20);
    // Signing needs the three points, a conclusion and a signer.
    const FieldErrors unsigned_ = validate(c);
    for (const char *field : {"citizenConduct", "meetingParticipation", "communityRelations", "conclusion", "signedBy"})
        EXPECT_TRUE(hasField(unsigned_, field)) << field;
    c.citizenConduct = QStringLiteral("Gương mẫu chấp hành chủ trương của Đảng, pháp luật của Nhà nước.");
    c.meetingParticipation = QStringLiteral("Tham gia đầy đủ.");
    c.communityRelations = QStringLiteral("Đoàn kết với hàng xóm.");
    c.conclusion = CommentConclusion::FulfilsWell;
    c.signedBy = QStringLiteral("Nguyễn Văn Hùng");
    EXPECT_TRUE(validate(c).isEmpty());
    EXPECT_EQ(c.state(), CommentState::Signed);

    c.receivedDate = QDate(2012, 12, 1);
    EXPECT_TRUE(hasField(validate(c), "receivedDate")); // received, never sent
    c.sentDate = QDate(2012, 11, 19);
    EXPECT_TRUE(hasField(validate(c), "sentDate")); // sent before signed
    c.sentDate = QDate(2012, 11, 25);
    EXPECT_TRUE(validate(c).isEmpty());
    EXPECT_EQ(c.state(), CommentState::Received);

    c.signedDate = QDate(2012, 11, 1);
    EXPECT_TRUE(hasField(validate(c), "signedDate")); // signed before drafted
}

TEST(AnnualComment, AttendanceFiguresAddUp)
{
    AnnualComment c;
    c.memberId = 1;
    c.year = 2012;
    c.draftedDate = QDate(2012, 11, 10);
    c.meetingsHeld = 2;
    c.meetingsAttended = 2;
    c.meetingsExcused = 1;
    EXPECT_TRUE(hasField(validate(c), "meetingsAttended"));
    c.meetingsAttended = 1;
    EXPECT_TRUE(validate(c).isEmpty());
    EXPECT_EQ(c.meetingsMissed(), 0);
}

TEST(AnnualComment, ExemptMembersOnlyWhenRequested)
{
    EXPECT_TRUE(needsComment(false, false));
    EXPECT_TRUE(needsComment(false, true));
    EXPECT_FALSE(needsComment(true, false));
    EXPECT_TRUE(needsComment(true, true));
}

TEST(AnnualComment, DeadlineDefaultsToFifteenthOfDecember)
{
    EXPECT_EQ(commentDeadline(2012), QDate(2012, 12, 15));
    EXPECT_EQ(commentDeadline(2013, QDate(2000, 11, 30)), QDate(2013, 11, 30));
    EXPECT_EQ(commentDeadline(2013, QDate(2000, 2, 29)), QDate(2013, 2, 28));
}

TEST(CommentRequest, OtherReasonNeedsWords)
{
    CommentRequest r;
    r.memberId = 3;
    r.year = 2012;
    r.requestedDate = QDate(2012, 6, 1);
    EXPECT_TRUE(hasField(validate(r), "note"));
    r.reason = CommentRequestReason::Promotion;
    EXPECT_TRUE(validate(r).isEmpty());
}

TEST(LiaisonProblem, ResolvedExactlyWithDateAndResolution)
{
    LiaisonProblem p;
    p.text = QStringLiteral("Hội trường không đủ chỗ");
    EXPECT_TRUE(validate(p).isEmpty());
    p.status = ProblemStatus::Resolved;
    EXPECT_TRUE(hasField(validate(p), "resolvedDate"));
    EXPECT_TRUE(hasField(validate(p), "resolution"));
    p.resolvedDate = QDate(2012, 3, 1);
    p.resolution = QStringLiteral("Mượn hội trường phường");
    EXPECT_TRUE(hasField(validate(p, QDate(2012, 3, 5)), "resolvedDate"));
    EXPECT_TRUE(validate(p, QDate(2012, 2, 20)).isEmpty());
    p.status = ProblemStatus::BeingResolved;
    EXPECT_TRUE(hasField(validate(p), "resolvedDate"));
}

TEST(LiaisonAssignment, EndsAfterItBegins)
{
    LiaisonAssignment a{0, 1, 2, QDate(2012, 3, 1), QDate(2012, 2, 1)};
    EXPECT_TRUE(hasField(validate(a), "to"));
    a.to = {};
    EXPECT_TRUE(validate(a).isEmpty());
    EXPECT_TRUE(a.coversDay(QDate(2030, 1, 1)));
    EXPECT_FALSE(a.coversDay(QDate(2012, 2, 29)));
}

TEST(Meeting, NeedsCellAndDate)
{
    Meeting m;
    EXPECT_TRUE(hasField(validate(m), "cellId"));
    EXPECT_TRUE(hasField(validate(m), "date"));
    m.cellId = 4;
    m.date = QDate(2012, 3, 5);
    m.venueCapacity = -1;
    EXPECT_TRUE(hasField(validate(m), "venueCapacity"));
}

TEST(Organisation, LevelsNestAsInBothShapes)
{
    EXPECT_TRUE(canBeChildOf(OrgLevel::Commune, OrgLevel::District)); // three-tier, before 2025
    EXPECT_TRUE(canBeChildOf(OrgLevel::Commune, OrgLevel::Province)); // two-tier, since 1-7-2025
    EXPECT_TRUE(canBeChildOf(OrgLevel::Cell, OrgLevel::Commune));
    EXPECT_FALSE(canBeChildOf(OrgLevel::Cell, OrgLevel::District));
    EXPECT_FALSE(canBeChildOf(OrgLevel::District, OrgLevel::Commune));
}

TEST(Organisation, KindMustFitLevel)
{
    Organisation o;
    o.level = OrgLevel::Commune;
    o.code = QStringLiteral("TB.01");
    o.name = QStringLiteral("Đảng bộ xã Thái Giang");
    o.kind = QStringLiteral("village");
    EXPECT_TRUE(hasField(validate(o), "kind"));
    o.kind = QStringLiteral("xa");
    EXPECT_TRUE(validate(o).isEmpty());
    o.code = QStringLiteral("bad code!");
    EXPECT_TRUE(hasField(validate(o), "code"));
}

TEST(Codes, RoundTripAndUnknown)
{
    for (WorkplaceType t : allValues<WorkplaceType>())
        EXPECT_EQ(fromCode<WorkplaceType>(code(t)), t);
    EXPECT_EQ(allValues<WorkplaceType>().size(), 8);
    EXPECT_FALSE(fromCode<CellKind>(QStringLiteral("castle")).has_value());
    EXPECT_EQ(code(CommuneKind::SpecialZone), QStringLiteral("dac_khu"));
}
