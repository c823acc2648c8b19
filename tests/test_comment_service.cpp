// Annual comments (docs/comments.md): who needs one on the reference day (exempt,
// requested, ended, assigned later), the attendance figures against hand-computed
// ones, the states and their refusals, stale saves, permissions per role, bulk drafts,
// the deadline and the missing counts.
#include "services/comment_service.h"
#include "services/member_service.h"
#include "storage/comment_repository.h"
#include "storage/comment_statistics.h"
#include "storage/meeting_repository.h"
#include "storage/residence_repository.h"
#include "support/test_support.h"

#include <QSqlQuery>
#include <gtest/gtest.h>

using namespace cutru;

namespace {

// The village of the tiny province, year 2024, deadline 15/12/2024 (the default):
//
//   member   assigned     exempt                  ended        marks (M0 2023 · M1 15/02 · M2 15/08 · M3 10/12)
//   An       01/03/2024   —                        —            ·  p(not yet assigned) · p · e
//   Bình     10/01/2024   01/05–30/09/2024         —            p(2023) · p · (exempt) · u
//   Cường    10/01/2024   from 01/11/2024 (open)   —            ·  p · p · (exempt)
//   Dũng     10/01/2024   from 01/06/2024 + request —           ·  e · (exempt) · (exempt)
//   Em       10/01/2024   —                        01/10/2024   ·  p · p · —
//   Hải      16/12/2024   —                        —            —
// M4 20/11/2024 is planned, not held. In the ward's group: Khánh, assigned 10/01/2024,
// meeting G1 15/02/2024 held, not marked.
//
// Hand-computed figures for 2024 (held = meetings where expected):
//   An    held 2 (M2, M3): attended 1, excused 1
//   Bình  held 2 (M1, M3): attended 1, unexcused 1 (M0 is 2023; M2 exempt)
//   Cường held 2 (M1, M2): attended 2 (M3 exempt)
//   Dũng  held 1 (M1): excused 1
//   Khánh held 1 (G1): unmarked 1
// Due on 15/12/2024: An, Bình, Dũng (exempt but requested); Cường exempt, listed apart;
// Em ended, Hải assigned later: not listed. Khánh due in the group.
class Comments : public ::testing::Test {
protected:
    void SetUp() override
    {
        MemberService admin(db, test::wholeDatabaseUser(QStringLiteral("setup")));
        int serial = 500;
        for (const char *g : {"An", "Bình", "Cường", "Dũng", "Em", "Hải"}) {
            Member m = test::validMember(QStringLiteral("Trần Văn ") + QString::fromUtf8(g), tiny.workplace, serial++);
            m.residenceCommuneId = tiny.commune;
            m.residenceCellId = tiny.village;
            m.residenceAddress = QStringLiteral("Xóm 2, thôn Phất Lộc Tây");
            ASSERT_TRUE(admin.save(m, QDate(2024, 1, 2)).ok());
            member[QString::fromUtf8(g)] = m.id;
        }
        Member k = test::validMember(QStringLiteral("Lê Văn Khánh"), tiny.workplace, serial++);
        k.residenceCommuneId = tiny.ward;
        k.residenceCellId = tiny.group;
        ASSERT_TRUE(admin.save(k, QDate(2024, 1, 2)).ok());
        member[QStringLiteral("Khánh")] = k.id;

        storage::Transaction tx(db, QStringLiteral("setup"));
        storage::ResidenceRepository repo(db);
        storage::MeetingRepository meetings(db);
        int letter = 1;
        auto refer = [&](const char *who, qint64 commune, qint64 cell, QDate assigned, QDate exemptFrom, QDate exemptTo,
                         QDate ended) {
            Referral r;
            r.memberId = member[QString::fromUtf8(who)];
            r.issuingOrgId = tiny.workplace;
            r.letterYear = 2024;
            r.letterNo = letter++;
            r.issueDate = QDate(2024, 1, 2);
            r.toCommuneId = commune;
            r.receivedDate = QDate(2024, 1, 5);
            r.assignedCellId = cell;
            r.assignedDate = assigned;
            if (exemptFrom.isValid()) {
                r.exempt = true;
                r.exemptionReason = ExemptionReason::Barracks;
                r.exemptFrom = exemptFrom;
                r.exemptTo = exemptTo;
            }
            if (ended.isValid()) {
                r.endedDate = ended;
                r.endReason = ReferralEndReason::Retired;
            }
            repo.insert(r);
            referral[QString::fromUtf8(who)] = r.id;
        };
        // Bình's 2023 meeting needs him assigned in 2023: his referral starts earlier.
        refer("An", tiny.commune, tiny.village, QDate(2024, 3, 1), {}, {}, {});
        refer("Cường", tiny.commune, tiny.village, QDate(2024, 1, 10), QDate(2024, 11, 1), {}, {});
        refer("Dũng", tiny.commune, tiny.village, QDate(2024, 1, 10), QDate(2024, 6, 1), {}, {});
        refer("Em", tiny.commune, tiny.village, QDate(2024, 1, 10), {}, {}, QDate(2024, 10, 1));
        refer("Hải", tiny.commune, tiny.village, QDate(2024, 12, 16), {}, {}, {});
        refer("Khánh", tiny.ward, tiny.group, QDate(2024, 1, 10), {}, {}, {});
        {
            Referral r;
            r.memberId = member[QStringLiteral("Bình")];
            r.issuingOrgId = tiny.workplace;
            r.letterYear = 2023;
            r.letterNo = 1;
            r.issueDate = QDate(2023, 1, 2);
            r.toCommuneId = tiny.commune;
            r.receivedDate = QDate(2023, 1, 5);
            r.assignedCellId = tiny.village;
            r.assignedDate = QDate(2023, 1, 10);
            r.exempt = true;
            r.exemptionReason = ExemptionReason::AwayOrMobile;
            r.exemptFrom = QDate(2024, 5, 1);
            r.exemptTo = QDate(2024, 9, 30);
            repo.insert(r);
            referral[QStringLiteral("Bình")] = r.id;
        }
        auto meeting = [&](qint64 cell, QDate day, bool held) {
            Meeting m;
            m.cellId = cell;
            m.date = day;
            m.held = held;
            meetings.insert(m);
            return m.id;
        };
        const qint64 m0 = meeting(tiny.village, QDate(2023, 8, 15), true);
        const qint64 m1 = meeting(tiny.village, QDate(2024, 2, 15), true);
        const qint64 m2 = meeting(tiny.village, QDate(2024, 8, 15), true);
        const qint64 m3 = meeting(tiny.village, QDate(2024, 12, 10), true);
        meeting(tiny.village, QDate(2024, 11, 20), false);
        meeting(tiny.group, QDate(2024, 2, 15), true);
        auto mark = [&](qint64 meetingId, const char *who, AttendanceStatus s) {
            Attendance a{meetingId, member[QString::fromUtf8(who)], s,
                         s == AttendanceStatus::AbsentExcused ? QStringLiteral("Đi công tác") : QString()};
            repo.insert(a);
        };
        using S = AttendanceStatus;
        mark(m0, "Bình", S::Present);
        mark(m1, "An", S::Present); // not assigned yet: not counted
        mark(m1, "Bình", S::Present);
        mark(m1, "Cường", S::Present);
        mark(m1, "Dũng", S::AbsentExcused);
        mark(m1, "Em", S::Present);
        mark(m2, "An", S::Present);
        mark(m2, "Cường", S::Present);
        mark(m2, "Em", S::Present);
        mark(m3, "An", S::AbsentExcused);
        mark(m3, "Bình", S::AbsentUnexcused);
        m3Id = m3;
        CommentRequest request;
        request.memberId = member[QStringLiteral("Dũng")];
        request.year = 2024;
        request.reason = CommentRequestReason::Promotion;
        request.note = QStringLiteral("Quy hoạch Phó Giám đốc Sở");
        request.requestedDate = QDate(2024, 10, 1);
        request.requestedByOrgId = tiny.workplace;
        storage::CommentRepository(db).insert(request);
        tx.commit();
    }

    ActingUser as(Role role, qint64 org) { return test::userWithRole(code(role), role, db, org); }
    ActingUser secretary() { return as(Role::CellSecretary, tiny.village); }
    ActingUser office() { return as(Role::CommuneOffice, tiny.commune); }
    ActingUser officer() { return as(Role::WorkplaceOfficer, tiny.workplace); }
    CommentService service(const ActingUser &u) { return CommentService(db, u, today); }

    static QStringList names(const QList<CommentLine> &lines)
    {
        QStringList out;
        for (const CommentLine &l : lines)
            out << l.fullName;
        return out;
    }
    int count(const QString &sqlText)
    {
        QSqlQuery q(db.connection());
        q.exec(sqlText);
        return q.next() ? q.value(0).toInt() : -1;
    }
    // A comment of the village with every point written.
    AnnualComment complete(const char *who)
    {
        auto draft = service(secretary()).newDraft(member[QString::fromUtf8(who)], tiny.village, 2024);
        EXPECT_TRUE(draft.has_value()) << who;
        AnnualComment c = draft.value_or(AnnualComment{});
        c.citizenConduct = QStringLiteral("Gương mẫu chấp hành chủ trương của Đảng, chính sách pháp luật của Nhà nước");
        c.meetingParticipation = QStringLiteral("Tham gia sinh hoạt đầy đủ");
        c.communityRelations = QStringLiteral("Đoàn kết, hòa nhã với hàng xóm");
        c.conclusion = CommentConclusion::FulfilsWell;
        return c;
    }

    test::TempFolder dir;
    storage::Database db = storage::Database::open(dir.database(QStringLiteral("comments.cutru")));
    test::TinyProvince tiny = test::buildTinyProvince(db);
    QHash<QString, qint64> member, referral;
    qint64 m3Id = 0;
    const QDate today{2025, 1, 20}; // after the deadline: the reference day is 15/12/2024
};

} // namespace

TEST_F(Comments, WhoNeedsACommentOnTheReferenceDay)
{
    const CellComments list = service(secretary()).cellComments(tiny.village, 2024);
    EXPECT_EQ(list.deadline, QDate(2024, 12, 15));
    EXPECT_EQ(list.referenceDay, QDate(2024, 12, 15));
    EXPECT_EQ(list.cellName, QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(list.communeName, QStringLiteral("Đảng bộ xã Thái Giang"));
    EXPECT_EQ(names(list.due), (QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Trần Văn Bình"),
                                            QStringLiteral("Trần Văn Dũng")}));
    EXPECT_EQ(names(list.exempt), QStringList{QStringLiteral("Trần Văn Cường")});
    ASSERT_EQ(list.due.size(), 3);
    EXPECT_FALSE(list.due[1].exemption.has_value()) << "Bình's exemption ended on 30/09";
    EXPECT_EQ(list.due[1].referralId, referral[QStringLiteral("Bình")]);
    ASSERT_TRUE(list.due[2].exemption.has_value()) << "Dũng is exempt but requested";
    ASSERT_TRUE(list.due[2].request.has_value());
    EXPECT_EQ(list.due[2].request->reason, CommentRequestReason::Promotion);
    EXPECT_EQ(list.exempt[0].exemption, ExemptionReason::Barracks);
    EXPECT_EQ(list.due[0].workplaceName, QStringLiteral("Chi bộ Sở Tài chính"));

    // Before the deadline the reference day is today: on 15/10/2024 Cường is not exempt
    // yet, Em has left (ended 01/10), Hải is not assigned.
    const CellComments october = CommentService(db, secretary(), QDate(2024, 10, 15)).cellComments(tiny.village, 2024);
    EXPECT_EQ(october.referenceDay, QDate(2024, 10, 15));
    EXPECT_EQ(names(october.due), (QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Trần Văn Bình"),
                                               QStringLiteral("Trần Văn Cường"), QStringLiteral("Trần Văn Dũng")}));
    // On 30/09 Em's referral (ended 01/10) still counts; Bình is exempt to 30/09 inclusive.
    const CellComments september = CommentService(db, secretary(), QDate(2024, 9, 30)).cellComments(tiny.village, 2024);
    EXPECT_EQ(names(september.due), (QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Trần Văn Cường"),
                                                 QStringLiteral("Trần Văn Dũng"), QStringLiteral("Trần Văn Em")}));
    EXPECT_EQ(names(september.exempt), QStringList{QStringLiteral("Trần Văn Bình")});

    // Only members on the list get a draft.
    EXPECT_FALSE(service(secretary()).newDraft(member[QStringLiteral("Cường")], tiny.village, 2024).has_value());
    EXPECT_FALSE(service(secretary()).newDraft(member[QStringLiteral("Em")], tiny.village, 2024).has_value());
    EXPECT_FALSE(service(secretary()).newDraft(member[QStringLiteral("Hải")], tiny.village, 2024).has_value());
    EXPECT_FALSE(service(secretary()).newDraft(member[QStringLiteral("Khánh")], tiny.village, 2024).has_value());
}

TEST_F(Comments, AttendanceFiguresComeFromTheRecords)
{
    CommentService s = service(secretary());
    auto figures = [&](const char *who, qint64 cell) {
        const AttendanceFigures f = s.attendanceOf(member[QString::fromUtf8(who)], cell, 2024);
        return QList<int>{f.held, f.attended, f.excused, f.unexcused, f.unmarked()};
    };
    EXPECT_EQ(figures("An", tiny.village), (QList<int>{2, 1, 1, 0, 0})) << "the meeting before assignment is left out";
    EXPECT_EQ(figures("Bình", tiny.village), (QList<int>{2, 1, 0, 1, 0})) << "2023 and the exempt period left out";
    EXPECT_EQ(figures("Cường", tiny.village), (QList<int>{2, 2, 0, 0, 0}));
    EXPECT_EQ(figures("Dũng", tiny.village), (QList<int>{1, 0, 1, 0, 0}));
    EXPECT_EQ(figures("Em", tiny.village), (QList<int>{2, 2, 0, 0, 0})) << "M3 after the referral ended";
    EXPECT_EQ(CommentService(db, as(Role::CommuneOffice, tiny.ward), today)
                  .attendanceOf(member[QStringLiteral("Khánh")], tiny.group, 2024)
                  .unmarked(),
              1);
    EXPECT_EQ(s.attendanceOf(member[QStringLiteral("Bình")], tiny.village, 2023).held, 1);

    // A draft gets the figures, whatever was typed, and follows the records while a draft.
    const auto draft = s.newDraft(member[QStringLiteral("An")], tiny.village, 2024);
    ASSERT_TRUE(draft.has_value());
    EXPECT_EQ(draft->meetingsHeld, 2);
    EXPECT_EQ(draft->meetingsAttended, 1);
    EXPECT_EQ(draft->meetingsExcused, 1);
    EXPECT_EQ(draft->draftedDate, today);
    EXPECT_EQ(draft->referralId, referral[QStringLiteral("An")]);
    AnnualComment c = *draft;
    c.meetingsHeld = 9;
    c.meetingsAttended = 9;
    c.meetingsExcused = 0;
    ASSERT_TRUE(s.save(c).ok());
    EXPECT_EQ(c.meetingsHeld, 2);
    EXPECT_EQ(c.meetingsAttended, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT meetings_held * 100 + meetings_attended * 10 + meetings_excused "
                                   "FROM annual_comments")),
                    211);
    // The secretary corrects M3: An was present after all.
    {
        storage::Transaction tx(db, QStringLiteral("test"));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE attendance SET status = 'present', reason = '' WHERE meeting_id = ? AND member_id = ?"));
        q.addBindValue(m3Id);
        q.addBindValue(member[QStringLiteral("An")]);
        ASSERT_TRUE(q.exec());
        tx.commit();
    }
    c.otherRemarks = QStringLiteral("Nhiệt tình");
    ASSERT_TRUE(s.save(c).ok());
    EXPECT_EQ(c.meetingsAttended, 2) << "refilled while a draft";
    EXPECT_EQ(c.meetingsExcused, 0);
    // Signed: the figures stay as signed.
    c.citizenConduct = QStringLiteral("Gương mẫu");
    c.meetingParticipation = QStringLiteral("Đầy đủ");
    c.communityRelations = QStringLiteral("Tốt");
    c.conclusion = CommentConclusion::FulfilsWell;
    ASSERT_TRUE(s.sign(c, QStringLiteral("Nguyễn Văn Bí"), QStringLiteral("Bí thư"), today).ok());
    {
        storage::Transaction tx(db, QStringLiteral("test"));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE attendance SET status = 'absent_unexcused' WHERE meeting_id = ? AND member_id = ?"));
        q.addBindValue(m3Id);
        q.addBindValue(member[QStringLiteral("An")]);
        ASSERT_TRUE(q.exec());
        tx.commit();
    }
    c.otherRemarks = QStringLiteral("Nhiệt tình, trách nhiệm");
    ASSERT_TRUE(s.save(c).ok());
    EXPECT_EQ(c.meetingsAttended, 2) << "a signed comment keeps its figures";
}

TEST_F(Comments, StatesDraftSignedSentReceived)
{
    CommentService s = service(secretary());
    AnnualComment c = *s.newDraft(member[QStringLiteral("An")], tiny.village, 2024);
    ASSERT_TRUE(s.save(c).ok());
    EXPECT_EQ(c.state(), CommentState::Draft);
    EXPECT_GT(c.id, 0);

    // Signing an incomplete draft names what is missing and changes nothing.
    SaveOutcome out = s.sign(c, QStringLiteral("Nguyễn Văn Bí"), QStringLiteral("Bí thư"), today);
    ASSERT_EQ(out.status, SaveOutcome::Status::Invalid);
    QStringList fields;
    for (const FieldError &e : out.errors)
        fields << e.field;
    EXPECT_TRUE(fields.contains(QStringLiteral("citizenConduct")));
    EXPECT_TRUE(fields.contains(QStringLiteral("conclusion")));
    EXPECT_EQ(c.state(), CommentState::Draft);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annual_comments WHERE signed_date IS NOT NULL")), 0);

    // Sending a draft: counted as not eligible, left as it is.
    BulkOutcome bulk = s.markSent({c.id}, today);
    EXPECT_TRUE(bulk.outcome.ok());
    EXPECT_EQ(bulk.done, 0);
    EXPECT_EQ(bulk.existing, 1);

    AnnualComment full = complete("An");
    full.id = c.id;
    full.rowVersion = c.rowVersion;
    ASSERT_TRUE(s.save(full).ok());
    // Signing on a day to come is refused.
    EXPECT_EQ(s.sign(full, QStringLiteral("Nguyễn Văn Bí"), QStringLiteral("Bí thư"), today.addDays(1)).status,
              SaveOutcome::Status::Invalid);
    // Before the day it was drafted: refused.
    EXPECT_EQ(s.sign(full, QStringLiteral("Nguyễn Văn Bí"), QStringLiteral("Bí thư"), today.addDays(-1)).status,
              SaveOutcome::Status::Invalid);
    ASSERT_TRUE(s.sign(full, QStringLiteral("Nguyễn Văn Bí"), QStringLiteral("Bí thư"), today).ok());
    EXPECT_EQ(full.state(), CommentState::Signed);
    // Back to draft and signed again.
    ASSERT_TRUE(s.unsign(full).ok());
    EXPECT_EQ(full.state(), CommentState::Draft);
    ASSERT_TRUE(s.sign(full, QStringLiteral("Nguyễn Văn Bí"), QStringLiteral("Bí thư"), today).ok());

    // Sent before the signing day or on a day to come: refused, nothing marked.
    EXPECT_EQ(s.markSent({full.id}, today.addDays(-1)).outcome.status, SaveOutcome::Status::Invalid);
    EXPECT_EQ(s.markSent({full.id}, today.addDays(1)).outcome.status, SaveOutcome::Status::Invalid);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annual_comments WHERE sent_date IS NOT NULL")), 0);
    bulk = s.markSent({full.id}, today);
    ASSERT_TRUE(bulk.outcome.ok()) << bulk.outcome.message.toStdString();
    EXPECT_EQ(bulk.done, 1);
    AnnualComment sent = *storage::CommentRepository(db).byId(full.id);
    EXPECT_EQ(sent.state(), CommentState::Sent);
    EXPECT_EQ(sent.sentDate, today);
    // A sent comment cannot be edited nor unsigned.
    sent.otherRemarks = QStringLiteral("Sửa sau khi gửi");
    EXPECT_EQ(s.save(sent).status, SaveOutcome::Status::Invalid);
    EXPECT_EQ(s.unsign(sent).status, SaveOutcome::Status::Invalid);

    // Received by the workplace organisation's officer only.
    EXPECT_EQ(s.markReceived({full.id}, today).outcome.status, SaveOutcome::Status::Denied);
    EXPECT_EQ(CommentService(db, as(Role::WorkplaceOfficer, test::addOrganisation(db, tiny.province, OrgLevel::Workplace,
                                                                                   "private_enterprise", "P.W9",
                                                                                   QStringLiteral("Chi bộ Công ty X"))),
                             today)
                  .markReceived({full.id}, today)
                  .outcome.status,
              SaveOutcome::Status::Denied)
        << "another workplace organisation";
    bulk = service(officer()).markReceived({full.id}, today);
    ASSERT_TRUE(bulk.outcome.ok()) << bulk.outcome.message.toStdString();
    EXPECT_EQ(bulk.done, 1);
    const AnnualComment received = *storage::CommentRepository(db).byId(full.id);
    EXPECT_EQ(received.state(), CommentState::Received);
    EXPECT_EQ(received.signedDate, today);
    EXPECT_EQ(received.sentDate, today);
    EXPECT_EQ(received.receivedDate, today);
    EXPECT_EQ(received.signedBy, QStringLiteral("Nguyễn Văn Bí"));
    // Receiving again: already past that state.
    EXPECT_EQ(service(officer()).markReceived({full.id}, today).existing, 1);

    // The workplace organisation's view lists it; drafts never appear there.
    const QList<WorkplaceComment> view = service(officer()).forWorkplace(tiny.workplace, 2024);
    ASSERT_EQ(view.size(), 1);
    EXPECT_EQ(view[0].memberName, QStringLiteral("Trần Văn An"));
    EXPECT_EQ(view[0].cellName, QStringLiteral("Chi bộ thôn Phất Lộc Tây"));
    EXPECT_EQ(view[0].communeName, QStringLiteral("Đảng bộ xã Thái Giang"));

    // A second comment for the same member and year is refused.
    AnnualComment twice = complete("An");
    EXPECT_EQ(s.save(twice).status, SaveOutcome::Status::Invalid);
}

TEST_F(Comments, AChangeMeanwhileIsStale)
{
    CommentService s = service(secretary());
    AnnualComment c = complete("Bình");
    ASSERT_TRUE(s.save(c).ok());
    AnnualComment mine = c, theirs = c;
    theirs.otherRemarks = QStringLiteral("Sửa bởi văn phòng xã");
    ASSERT_TRUE(service(office()).save(theirs).ok()) << "the commune office writes for its cells";
    mine.otherRemarks = QStringLiteral("Sửa bởi bí thư");
    EXPECT_EQ(s.save(mine).status, SaveOutcome::Status::Stale);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annual_comments WHERE other_remarks = 'Sửa bởi văn phòng xã'")), 1);
}

TEST_F(Comments, PermissionsPerRole)
{
    AnnualComment c = complete("An");
    const ActingUser ward = as(Role::CommuneOffice, tiny.ward);
    const ActingUser auditor = as(Role::Auditor, tiny.province);
    EXPECT_EQ(service(ward).save(c).status, SaveOutcome::Status::Denied) << "another commune";
    EXPECT_EQ(service(auditor).save(c).status, SaveOutcome::Status::Denied);
    EXPECT_EQ(service(officer()).save(c).status, SaveOutcome::Status::Denied);
    EXPECT_EQ(service(test::wholeDatabaseUser(QStringLiteral("board"))).save(c).status, SaveOutcome::Status::Denied)
        << "the board reads and prepares, the cells write";
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annual_comments")), 0);
    ASSERT_TRUE(service(office()).save(c).ok());

    // Reads.
    EXPECT_THROW(service(ward).cellComments(tiny.village, 2024), AccessDenied);
    EXPECT_THROW(service(officer()).cellComments(tiny.village, 2024), AccessDenied);
    EXPECT_THROW(service(ward).attendanceOf(member[QStringLiteral("An")], tiny.village, 2024), AccessDenied);
    EXPECT_THROW(service(ward).forms(tiny.commune, 2024, true), AccessDenied);
    EXPECT_THROW(service(secretary()).forWorkplace(tiny.workplace, 2024), AccessDenied);
    EXPECT_NO_THROW(service(auditor).cellComments(tiny.village, 2024));
    EXPECT_EQ(service(office()).forms(tiny.commune, 2024, true).size(), 1);
    EXPECT_EQ(service(office()).forms(tiny.commune, 2024, false).size(), 0) << "drafts only when asked";

    // Bulk work and requests.
    EXPECT_EQ(service(officer()).prepareDrafts(tiny.commune, 2024).outcome.status, SaveOutcome::Status::Denied);
    EXPECT_EQ(service(ward).prepareDrafts(tiny.commune, 2024).outcome.status, SaveOutcome::Status::Denied);
    EXPECT_EQ(service(auditor).prepareDrafts(tiny.province, 2024).outcome.status, SaveOutcome::Status::Denied);
    CommentRequest request;
    request.memberId = member[QStringLiteral("Cường")];
    request.year = 2024;
    request.reason = CommentRequestReason::Reward;
    EXPECT_EQ(service(secretary()).saveRequest(request).status, SaveOutcome::Status::Denied);
    EXPECT_EQ(service(office()).setDeadline(11, 30).status, SaveOutcome::Status::Denied);

    // Sending: the secretary of a sibling cell of the same commune may not mark this
    // cell's signed comment sent; it stays signed.
    ASSERT_TRUE(service(office()).sign(c, QStringLiteral("Nguyễn Văn Bí"), QStringLiteral("Bí thư"), today).ok());
    const qint64 sibling = test::addOrganisation(db, tiny.commune, OrgLevel::Cell, "village", "P.D1.C1.K2",
                                                 QStringLiteral("Chi bộ thôn Phất Lộc Đông"));
    const BulkOutcome sent = service(as(Role::CellSecretary, sibling)).markSent({c.id}, today);
    EXPECT_EQ(sent.outcome.status, SaveOutcome::Status::Denied);
    EXPECT_EQ(sent.done, 0);
    EXPECT_EQ(storage::CommentRepository(db).byId(c.id)->state(), CommentState::Signed);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annual_comments WHERE sent_date IS NOT NULL")), 0);
}

TEST_F(Comments, RequestsBelongToTheReferringOrganisation)
{
    const qint64 other = test::addOrganisation(db, tiny.province, OrgLevel::Workplace, "private_enterprise", "P.W9",
                                               QStringLiteral("Chi bộ Công ty X"));
    const ActingUser otherOfficer = as(Role::WorkplaceOfficer, other);
    auto requests = [&] { return count(QStringLiteral("SELECT count(*) FROM comment_requests")); };
    ASSERT_EQ(requests(), 1) << "Dũng's";

    // Creating: only for the organisation that issued the member's active referral.
    CommentRequest request;
    request.memberId = member[QStringLiteral("Cường")];
    request.year = 2024;
    request.reason = CommentRequestReason::Reward;
    EXPECT_EQ(service(otherOfficer).saveRequest(request).status, SaveOutcome::Status::Denied) << "another organisation";
    request.requestedByOrgId = other;
    EXPECT_EQ(service(otherOfficer).saveRequest(request).status, SaveOutcome::Status::Denied)
        << "naming itself as the requester changes nothing";
    const SaveOutcome wrongRequester = service(officer()).saveRequest(request);
    ASSERT_EQ(wrongRequester.status, SaveOutcome::Status::Invalid) << "the issuer's officer naming another organisation";
    EXPECT_EQ(wrongRequester.errors.value(0).field, QStringLiteral("requestedByOrgId"));
    EXPECT_EQ(requests(), 1);
    request.requestedByOrgId = tiny.workplace;
    ASSERT_TRUE(service(officer()).saveRequest(request).ok());
    EXPECT_EQ(requests(), 2);

    // Changing and removing: judged on the stored request's organisation.
    CommentRequest dung = *storage::CommentRepository(db).requestOf(member[QStringLiteral("Dũng")], 2024);
    CommentRequest hijack = dung;
    hijack.requestedByOrgId = other;
    hijack.note = QStringLiteral("Đổi bởi tổ chức khác");
    EXPECT_EQ(service(otherOfficer).saveRequest(hijack).status, SaveOutcome::Status::Denied);
    EXPECT_EQ(service(otherOfficer).removeRequest(dung.id).status, SaveOutcome::Status::Denied);
    EXPECT_EQ(storage::CommentRepository(db).requestById(dung.id)->note, dung.note);
    // The issuer's officer may change the note, not the requesting organisation.
    ASSERT_TRUE(service(officer()).saveRequest(hijack).ok());
    EXPECT_EQ(storage::CommentRepository(db).requestById(dung.id)->requestedByOrgId, tiny.workplace);

    // A request recorded for another organisation (carried over) is that organisation's:
    // covering the member's current referral issuer is not enough.
    {
        storage::Transaction tx(db, QStringLiteral("test"));
        CommentRequest foreign;
        foreign.memberId = member[QStringLiteral("An")];
        foreign.year = 2024;
        foreign.reason = CommentRequestReason::Promotion;
        foreign.requestedDate = QDate(2024, 11, 1);
        foreign.requestedByOrgId = other;
        storage::CommentRepository(db).insert(foreign);
        tx.commit();
    }
    CommentRequest foreign = *storage::CommentRepository(db).requestOf(member[QStringLiteral("An")], 2024);
    foreign.note = QStringLiteral("Sửa bởi Sở Tài chính");
    EXPECT_EQ(service(officer()).saveRequest(foreign).status, SaveOutcome::Status::Denied);
    EXPECT_EQ(service(officer()).removeRequest(foreign.id).status, SaveOutcome::Status::Denied);
    ASSERT_TRUE(service(otherOfficer).removeRequest(foreign.id).ok());
    EXPECT_EQ(requests(), 2);
}

TEST_F(Comments, ANewCommentIsDatedTodayForABegunYear)
{
    CommentService s = service(secretary());
    AnnualComment c = complete("An");
    c.draftedDate = QDate(2024, 6, 1);
    ASSERT_TRUE(s.save(c).ok());
    EXPECT_EQ(c.draftedDate, today);
    EXPECT_EQ(storage::CommentRepository(db).byId(c.id)->draftedDate, today);
    // Changing it keeps the stored date.
    c.draftedDate = QDate(2024, 6, 1);
    c.otherRemarks = QStringLiteral("Nhiệt tình");
    ASSERT_TRUE(s.save(c).ok());
    EXPECT_EQ(c.draftedDate, today);

    // A year after today's: refused on the year, nothing written.
    AnnualComment future = complete("Bình");
    future.year = today.year() + 1;
    const SaveOutcome out = s.save(future);
    ASSERT_EQ(out.status, SaveOutcome::Status::Invalid);
    EXPECT_EQ(out.errors.value(0).field, QStringLiteral("year"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annual_comments")), 1);
}

// Giang has two referrals placing him in the village on 15/12/2024: the finance
// department's (assigned 10/01, ended 20/12, not exempt) and company X's (assigned
// 01/07, open, exempt from 01/07). He is judged on the latest, company X's: exempt,
// so not due until company X requests a comment; then due once, under company X.
TEST_F(Comments, OverlappingReferralsCountOnce)
{
    const qint64 company = test::addOrganisation(db, tiny.province, OrgLevel::Workplace, "private_enterprise", "P.W9",
                                                 QStringLiteral("Chi bộ Công ty X"));
    const ActingUser board = test::wholeDatabaseUser(QStringLiteral("board"));
    Member g = test::validMember(QStringLiteral("Trần Văn Giang"), tiny.workplace, 600);
    g.residenceCommuneId = tiny.commune;
    g.residenceCellId = tiny.village;
    ASSERT_TRUE(MemberService(db, board).save(g, QDate(2024, 1, 2)).ok());
    qint64 older = 0, latest = 0;
    {
        storage::Transaction tx(db, QStringLiteral("setup"));
        storage::ResidenceRepository repo(db);
        auto refer = [&](qint64 issuer, int letterNo, QDate assigned, bool exempt, QDate ended) {
            Referral r;
            r.memberId = g.id;
            r.issuingOrgId = issuer;
            r.letterYear = 2024;
            r.letterNo = letterNo;
            r.issueDate = assigned.addDays(-7);
            r.toCommuneId = tiny.commune;
            r.receivedDate = assigned.addDays(-3);
            r.assignedCellId = tiny.village;
            r.assignedDate = assigned;
            if (exempt) {
                r.exempt = true;
                r.exemptionReason = ExemptionReason::Barracks;
                r.exemptFrom = assigned;
            }
            if (ended.isValid()) {
                r.endedDate = ended;
                r.endReason = ReferralEndReason::Transferred;
            }
            repo.insert(r);
            return r.id;
        };
        older = refer(tiny.workplace, 90, QDate(2024, 1, 10), false, QDate(2024, 12, 20));
        latest = refer(company, 1, QDate(2024, 7, 1), true, {});
        tx.commit();
    }
    auto linesOf = [&](const QList<CommentLine> &lines) {
        QList<CommentLine> out;
        for (const CommentLine &l : lines)
            if (l.memberId == g.id)
                out << l;
        return out;
    };
    auto dueIn = [](const QList<MissingComments> &rows, qint64 org) {
        for (const MissingComments &m : rows)
            if (m.organisationId == org)
                return m.due;
        return 0;
    };
    auto reportDue = [&](qint64 org) {
        for (const auto &w : storage::CommentStatistics(db).byWorkplace(2024, QDate(2024, 12, 15), QString()))
            if (w.organisationId == org)
                return w.due;
        return 0;
    };

    // Without a request: listed once among the exempt, on company X's referral; due nowhere.
    CellComments list = service(secretary()).cellComments(tiny.village, 2024);
    EXPECT_TRUE(linesOf(list.due).isEmpty());
    ASSERT_EQ(linesOf(list.exempt).size(), 1);
    EXPECT_EQ(linesOf(list.exempt)[0].referralId, latest);
    EXPECT_EQ(linesOf(list.exempt)[0].workplaceOrgId, company);
    EXPECT_EQ(dueIn(service(board).missingByCell(2024), tiny.village), 3) << "An, Bình, Dũng";
    EXPECT_EQ(dueIn(service(board).missingByWorkplace(2024), tiny.workplace), 4) << "An, Bình, Dũng, Khánh";
    EXPECT_EQ(dueIn(service(board).missingByWorkplace(2024), company), 0);
    EXPECT_EQ(reportDue(tiny.workplace), 4);
    EXPECT_EQ(reportDue(company), 0);
    EXPECT_EQ(service(board).prepareDrafts(tiny.commune, 2024).done, 3);
    EXPECT_FALSE(storage::CommentRepository(db).of(g.id, 2024).has_value());

    // Company X requests a comment: due once, under company X, drafted on its referral.
    CommentRequest request;
    request.memberId = g.id;
    request.year = 2024;
    request.reason = CommentRequestReason::Promotion;
    ASSERT_TRUE(service(as(Role::WorkplaceOfficer, company)).saveRequest(request).ok());
    EXPECT_EQ(request.requestedByOrgId, company);
    list = service(secretary()).cellComments(tiny.village, 2024);
    ASSERT_EQ(linesOf(list.due).size(), 1);
    EXPECT_TRUE(linesOf(list.exempt).isEmpty());
    EXPECT_EQ(linesOf(list.due)[0].referralId, latest);
    EXPECT_EQ(dueIn(service(board).missingByCell(2024), tiny.village), 4);
    EXPECT_EQ(dueIn(service(board).missingByWorkplace(2024), tiny.workplace), 4);
    EXPECT_EQ(dueIn(service(board).missingByWorkplace(2024), company), 1);
    EXPECT_EQ(reportDue(tiny.workplace), 4);
    EXPECT_EQ(reportDue(company), 1);
    const BulkOutcome drafts = service(board).prepareDrafts(tiny.commune, 2024);
    EXPECT_EQ(drafts.done, 1);
    EXPECT_EQ(drafts.existing, 3);
    const auto giang = storage::CommentRepository(db).of(g.id, 2024);
    ASSERT_TRUE(giang.has_value());
    EXPECT_EQ(giang->referralId, latest);
    EXPECT_NE(giang->referralId, older);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annual_comments WHERE year = 2024")), 4);
}

TEST_F(Comments, RequestsMakeExemptMembersDue)
{
    CommentRequest request;
    request.memberId = member[QStringLiteral("Cường")];
    request.year = 2024;
    request.reason = CommentRequestReason::Other;
    EXPECT_EQ(service(officer()).saveRequest(request).status, SaveOutcome::Status::Invalid) << "other needs a note";
    request.reason = CommentRequestReason::Reward;
    request.note = QStringLiteral("Đề nghị khen thưởng năm 2024");
    const SaveOutcome out = service(officer()).saveRequest(request);
    ASSERT_TRUE(out.ok()) << out.message.toStdString();
    EXPECT_EQ(request.requestedByOrgId, tiny.workplace);
    EXPECT_EQ(request.requestedDate, today);
    CommentRequest again = request;
    again.id = 0;
    EXPECT_EQ(service(officer()).saveRequest(again).status, SaveOutcome::Status::Invalid) << "one per member and year";

    CellComments list = service(secretary()).cellComments(tiny.village, 2024);
    EXPECT_EQ(list.due.size(), 4);
    EXPECT_TRUE(list.exempt.isEmpty());

    // Stale request edits.
    CommentRequest old = request;
    request.note = QStringLiteral("Khen thưởng cấp tỉnh");
    ASSERT_TRUE(service(officer()).saveRequest(request).ok());
    old.note = QStringLiteral("Khác");
    EXPECT_EQ(service(officer()).saveRequest(old).status, SaveOutcome::Status::Stale);

    ASSERT_TRUE(service(officer()).removeRequest(request.id).ok());
    list = service(secretary()).cellComments(tiny.village, 2024);
    EXPECT_EQ(list.due.size(), 3);
    EXPECT_EQ(names(list.exempt), QStringList{QStringLiteral("Trần Văn Cường")});

    // Dũng's request, once his comment is signed, stays on record.
    AnnualComment c = complete("Dũng");
    ASSERT_TRUE(service(secretary()).save(c).ok());
    ASSERT_TRUE(service(secretary()).sign(c, QStringLiteral("Nguyễn Văn Bí"), QStringLiteral("Bí thư"), today).ok());
    const qint64 dungRequest = storage::CommentRepository(db).requestOf(member[QStringLiteral("Dũng")], 2024)->id;
    EXPECT_EQ(service(officer()).removeRequest(dungRequest).status, SaveOutcome::Status::Invalid);

    // The comments report counts Dũng (requested) as due, and his signed comment as written.
    const QList<storage::WorkplaceComments> report =
        storage::CommentStatistics(db).byWorkplace(2024, QDate(2024, 12, 31), QString());
    ASSERT_EQ(report.size(), 1);
    EXPECT_EQ(report[0].due, 5) << "An, Bình, Dũng, Khánh and Hải (assigned 16/12, due on 31/12)";
    EXPECT_EQ(report[0].written, 1);
}

TEST_F(Comments, BulkDraftsAreIdempotentAndCancellable)
{
    const ActingUser board = test::wholeDatabaseUser(QStringLiteral("board"));
    // Cancelled at the start, then half-way: nothing written.
    BulkOutcome out = service(board).prepareDrafts(tiny.province, 2024, [](qint64, qint64) { return false; });
    EXPECT_TRUE(out.cancelled);
    EXPECT_FALSE(out.outcome.ok());
    EXPECT_EQ(out.done, 0);
    out = service(board).prepareDrafts(tiny.province, 2024, [](qint64 done, qint64) { return done == 0; });
    EXPECT_TRUE(out.cancelled);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annual_comments")), 0);

    // A written comment is kept; the commune's other due members get drafts.
    AnnualComment an = complete("An");
    ASSERT_TRUE(service(secretary()).save(an).ok());
    qint64 lastTotal = -1;
    out = service(office()).prepareDrafts(tiny.commune, 2024, [&](qint64, qint64 total) {
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(out.outcome.ok()) << out.outcome.message.toStdString();
    EXPECT_EQ(out.done, 2) << "Bình and Dũng";
    EXPECT_EQ(out.existing, 1) << "An";
    EXPECT_EQ(lastTotal, 2);
    const auto binh = storage::CommentRepository(db).of(member[QStringLiteral("Bình")], 2024);
    ASSERT_TRUE(binh.has_value());
    EXPECT_EQ(binh->state(), CommentState::Draft);
    EXPECT_EQ(binh->cellId, tiny.village);
    EXPECT_EQ(binh->referralId, referral[QStringLiteral("Bình")]);
    EXPECT_EQ(binh->draftedDate, today);
    EXPECT_EQ(QList<int>({binh->meetingsHeld, binh->meetingsAttended, binh->meetingsExcused}), (QList<int>{2, 1, 0}));
    const auto dung = storage::CommentRepository(db).of(member[QStringLiteral("Dũng")], 2024);
    ASSERT_TRUE(dung.has_value());
    EXPECT_EQ(QList<int>({dung->meetingsHeld, dung->meetingsAttended, dung->meetingsExcused}), (QList<int>{1, 0, 1}));
    EXPECT_FALSE(storage::CommentRepository(db).of(member[QStringLiteral("Cường")], 2024).has_value());

    // Twice: nothing new. The province adds the ward's Khánh.
    out = service(office()).prepareDrafts(tiny.commune, 2024);
    EXPECT_EQ(out.done, 0);
    EXPECT_EQ(out.existing, 3);
    out = service(board).prepareDrafts(tiny.province, 2024);
    EXPECT_EQ(out.done, 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM annual_comments WHERE year = 2024")), 4);
    // One cell only: the secretary's.
    EXPECT_EQ(service(secretary()).prepareDrafts(tiny.village, 2024).existing, 3);
    EXPECT_EQ(service(board).prepareDrafts(tiny.province, 2026).outcome.status, SaveOutcome::Status::Invalid)
        << "a year not begun";
}

TEST_F(Comments, DeadlineAndMissingCounts)
{
    const ActingUser board = test::wholeDatabaseUser(QStringLiteral("board"));
    EXPECT_EQ(service(secretary()).deadline(2024), QDate(2024, 12, 15));
    // On 15/12/2024: village due An, Bình, Dũng; group due Khánh.
    QList<MissingComments> cells = service(board).missingByCell(2024);
    ASSERT_EQ(cells.size(), 2);
    EXPECT_EQ(cells[0].organisationId, tiny.village) << "most missing first";
    EXPECT_EQ(cells[0].due, 3);
    EXPECT_EQ(cells[0].missing(), 3);
    EXPECT_EQ(cells[0].communeName, QStringLiteral("Đảng bộ xã Thái Giang"));
    EXPECT_EQ(cells[1].organisationId, tiny.group);
    EXPECT_EQ(cells[1].missing(), 1);

    // A signed comment is no longer missing; a draft still is.
    AnnualComment an = complete("An");
    ASSERT_TRUE(service(secretary()).save(an).ok());
    EXPECT_EQ(service(board).missingByCell(2024).value(0).missing(), 3) << "a draft is still missing";
    ASSERT_TRUE(service(secretary()).sign(an, QStringLiteral("Nguyễn Văn Bí"), QStringLiteral("Bí thư"), today).ok());
    cells = service(board).missingByCell(2024);
    EXPECT_EQ(cells.value(0).missing(), 2);
    EXPECT_EQ(cells.value(0).signed_, 1);
    const QList<MissingComments> workplaces = service(board).missingByWorkplace(2024);
    ASSERT_EQ(workplaces.size(), 1);
    EXPECT_EQ(workplaces[0].code, QStringLiteral("P.W1"));
    EXPECT_EQ(workplaces[0].due, 4);
    EXPECT_EQ(workplaces[0].missing(), 3);
    // Scopes: the ward's office sees its group only; the officer its organisation.
    EXPECT_EQ(service(as(Role::CommuneOffice, tiny.ward)).missingByCell(2024).size(), 1);
    EXPECT_EQ(service(board).missingByCell(2024, tiny.ward).size(), 1);
    EXPECT_EQ(service(officer()).missingByWorkplace(2024).value(0).missing(), 3);
    EXPECT_THROW(service(as(Role::CommuneOffice, tiny.ward)).missingByCell(2024, tiny.commune), AccessDenied);

    // The board moves the deadline to 01/10: Em (ended on 01/10) leaves the list,
    // Cường (exempt from 01/11) joins it.
    EXPECT_EQ(service(board).setDeadline(2, 30).status, SaveOutcome::Status::Invalid);
    ASSERT_TRUE(service(board).setDeadline(10, 1).ok());
    EXPECT_EQ(service(secretary()).deadline(2024), QDate(2024, 10, 1));
    const CellComments list = service(secretary()).cellComments(tiny.village, 2024);
    EXPECT_EQ(list.referenceDay, QDate(2024, 10, 1));
    EXPECT_EQ(names(list.due), (QStringList{QStringLiteral("Trần Văn An"), QStringLiteral("Trần Văn Bình"),
                                            QStringLiteral("Trần Văn Cường"), QStringLiteral("Trần Văn Dũng")}));
    EXPECT_EQ(service(board).missingByCell(2024).value(0).missing(), 3);
    // 29 February is kept and falls back to the 28th in a common year.
    ASSERT_TRUE(service(board).setDeadline(2, 29).ok());
    EXPECT_EQ(service(board).deadline(2023), QDate(2023, 2, 28));
    EXPECT_EQ(service(board).deadline(2024), QDate(2024, 2, 29));
}
