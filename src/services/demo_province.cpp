#include "services/demo_province.h"

#include "services/password_hash.h"
#include "storage/account_repository.h"

#include "domain/member.h"
#include "domain/organisation.h"
#include "domain/residence.h"
#include "services/demo_names.h"
#include "storage/comment_repository.h"
#include "storage/database.h"
#include "storage/database_target.h"
#include "storage/liaison_repository.h"
#include "storage/meeting_repository.h"
#include "storage/member_repository.h"
#include "storage/organisation_repository.h"
#include "storage/residence_repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <set>
#include <utility>
#include <vector>

namespace cutru {
namespace {

// Declared rather than a free tr() so that lupdate files the strings under this context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::DemoProvinceGenerator)
};

using demo::Rng;

// ---- The source's figures (shared/source/thai-binh-2012.json) ----------------------
constexpr int kVillageCells = 2548;
constexpr int kGroupCells = 460;
constexpr int kOtherCells = 1325;
constexpr int kHeldInCommunes = 70251;
constexpr int kHeldInWardsAndTownships = 10064;
constexpr std::array<std::pair<WorkplaceType, int>, 8> kWorking{{
    {WorkplaceType::StateOwnedEnterprise, 1621},
    {WorkplaceType::JointStockEnterprise, 2564},
    {WorkplaceType::PrivateEnterprise, 150},
    {WorkplaceType::ForeignInvestedEnterprise, 24},
    {WorkplaceType::AdministrativeAgency, 4899},
    {WorkplaceType::PublicServiceUnit, 3535},
    {WorkplaceType::ArmyAndPolice, 2795},
    {WorkplaceType::Other, 854},
}};
constexpr int kLiaisonCadres = 70;
// "Có nơi tới 150, 200 đảng viên": a handful of cells; each gets 155-195 so that
// the figure stays inside the source's range.
constexpr int kCrowdedCells = 6;
constexpr int kMeetingsPerCell = 6; // two a year, 2012-2014

const QDate kValidFrom(2000, 1, 1);
const QDate kAsOf(2012, 3, 1);       // the source's date: admissions and cards are as of then
const QDate kNamedMeeting(2012, 3, 5);

constexpr const char *kAgendaCodes[] = {"local_political_tasks", "pressing_local_issues", "citizen_duties",
                                        "family_mobilisation",   "cultural_residence",    "member_opinions",
                                        "workplace_liaison"};

int scaled(int full, double scale, int minimum)
{
    return std::max(minimum, int(std::lround(double(full) * scale)));
}

// Splits `total` over buckets in proportion to `weights` by largest remainder, each
// bucket first getting `minimum` when the total allows it; the parts sum to `total`.
std::vector<int> apportion(int total, const std::vector<double> &weights, int minimum)
{
    const size_t n = weights.size();
    std::vector<int> out(n, 0);
    if (n == 0)
        return out;
    const int base = total >= minimum * int(n) ? minimum : 0;
    std::fill(out.begin(), out.end(), base);
    const int rest = total - base * int(n);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<double> fraction(n);
    int given = 0;
    for (size_t i = 0; i < n; ++i) {
        const double quota = double(rest) * weights[i] / sum;
        const int whole = int(std::floor(quota));
        out[i] += whole;
        given += whole;
        fraction[i] = quota - double(whole);
    }
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return fraction[a] > fraction[b]; });
    for (size_t k = 0; given < rest; ++k, ++given)
        ++out[order[k % n]];
    return out;
}

// A bijection of 0..999999 (the multiplier is coprime to 10^6), so that serial
// numbers look scattered yet never collide.
int scatter(int index, int multiplier, int offset)
{
    return int((qint64(index) * multiplier + offset) % 1000000);
}

QString sixDigits(int n)
{
    return QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

struct CommuneInfo {
    qint64 id = 0;
    CommuneKind kind = CommuneKind::Commune;
    int district = 0;
    QString name;     // "Thái Giang"
    QString kindWord; // "xã"
    std::vector<int> residenceCells;
    std::vector<int> otherCells;
};

// A referred member's time in a residence cell.
struct Stay {
    qint64 memberId = 0;
    QDate from;
    QDate to; // null while still there
    bool exempt = false;
};

struct CellInfo {
    qint64 id = 0;
    CellKind kind = CellKind::Village;
    int commune = 0;
    QString name;  // "Chi bộ thôn Phất Lộc Tây"
    QString place; // "thôn Phất Lộc Tây" / "tổ dân phố số 3"; the unit for other cells
    demo::PositionGroup positions = demo::PositionGroup::Office;
    QString venue;
    int capacity = 0;
    int held = 0;
    QString secretary;
    int crowdedTarget = 0; // > 0: one of the crowded cells
    std::vector<Stay> stays;
    std::array<qint64, kMeetingsPerCell> meetingIds{};
    std::array<QDate, kMeetingsPerCell> meetingDates{};
};

struct WorkplaceInfo {
    qint64 id = 0;
    demo::WorkplaceSpec spec;
    int members = 0;
    QDate issueDay; // when the organisation sent most of its letters
};

enum class ReferralStage { NotReferred, Pending, Received, Assigned };

struct WorkingPlan {
    int workplace = 0;
    ReferralStage stage = ReferralStage::Assigned;
    int outside = -1;          // index into outsidePlaces() when living outside the province
    int cell = -1;             // residence cell (before the move, for movers)
    int newCell = -1;          // movers: the cell they moved to in 2013
    bool exempt = false;
    ExemptionReason exemption = ExemptionReason::Barracks;
    qint64 memberId = 0;
    QDate issued, received, assigned;
    int letterNo = 0;
    QDate moved, received2, assigned2;
    int letterNo2 = 0;
};

struct AttendanceRow {
    int cell = 0;
    int slot = 0;
    qint64 memberId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    int reason = -1;
};

struct Cancelled {};

class Builder {
public:
    Builder(const DemoOptions &options, storage::Database &db, const DemoProvinceGenerator::ProgressFn &progress,
            const std::atomic<bool> *cancel)
        : options_(options), db_(db), progress_(progress), cancel_(cancel), orgs_(db), members_(db),
          residence_(db), meetings_(db), treeRng_(options.seed, 1), peopleRng_(options.seed, 2), workRng_(options.seed, 3),
          meetingRng_(options.seed, 4), liaisonRng_(options.seed, 5)
    {
    }

    // False when cancelled; the transaction is then rolled back.
    bool run()
    {
        storage::Transaction tx(db_, QStringLiteral("demo-generator"));
        try {
            planTree();
            insertOrganisations();
            planWorking();
            insertMembers();
            insertReferrals();
            insertMeetings();
            insertAttendance();
            insertComments();
            insertLiaison();
            insertAccounts();
        } catch (const Cancelled &) {
            return false;
        }
        tx.commit();
        return true;
    }

private:
    double scale() const { return options_.scale; }

    // The documented demo accounts, one per role, and the mark that makes the
    // sign-in dialog show them.
    void insertAccounts()
    {
        storage::AccountRepository accounts(db_);
        for (const DemoAccount &d : demoAccounts()) {
            storage::AccountRecord a;
            a.username = d.username;
            a.fullName = d.fullName;
            qint64 orgId = 0;
            QString path, name;
            if (!d.organisationCode.isEmpty()) {
                const auto org = orgs_.byCode(d.organisationCode);
                if (!org)
                    continue; // a scale too small for this organisation
                orgId = org->id;
                name = org->name;
                path = orgs_.pathOf(org->id);
            }
            a.grants = {RoleGrant{d.role, orgId, path, name}};
            accounts.insert(a, password::hash(demoPassword()));
        }
        accounts.setSetting(QStringLiteral("demo"), QStringLiteral("1"));
    }

    // Reports progress and honours a cancel request; called between batches.
    void step(const QString &stage, int done, int total)
    {
        if (progress_)
            progress_(DemoProgress{stage, done, total});
        if (cancel_ && cancel_->load())
            throw Cancelled{};
    }
    static bool batchEnd(int done, int total) { return done % 500 == 0 || done == total; }

    void planTree();
    void insertOrganisations();
    void planWorking();
    void insertMembers();
    void insertReferrals();
    void insertMeetings();
    void insertAttendance();
    void insertComments();
    void insertLiaison();

    Member newMember(Rng &rng, Gender gender, int bornFrom, int bornTo);
    QString residenceAddress(Rng &rng, int cell);
    int pickCell(Rng &rng, const std::vector<int> &pool) const { return pool[size_t(rng.below(int(pool.size())))]; }

    const DemoOptions options_;
    storage::Database &db_;
    const DemoProvinceGenerator::ProgressFn &progress_;
    const std::atomic<bool> *cancel_;
    storage::OrganisationRepository orgs_;
    storage::MemberRepository members_;
    storage::ResidenceRepository residence_;
    storage::MeetingRepository meetings_;
    // One stream per stage, so that a change in one stage leaves the others' data alone.
    Rng treeRng_, peopleRng_, workRng_, meetingRng_, liaisonRng_;
    demo::NameGenerator names_;

    qint64 provinceId_ = 0;
    std::vector<qint64> districtIds_;
    std::vector<CommuneInfo> communes_;
    std::vector<CellInfo> cells_;
    std::vector<WorkplaceInfo> workplaces_;
    std::vector<WorkingPlan> working_;
    std::vector<AttendanceRow> attendance_;
    std::vector<int> crowded_;   // cell indices
    int namedCommune_ = -1, namedVillage_ = -1;
    int memberSerial_ = 0;
    int cccdOffset_ = 0, cardOffset_ = 0, recordOffset_ = 0;
};

// ---- Organisations ---------------------------------------------------------------------

void Builder::planTree()
{
    Rng &rng = treeRng_;
    const auto &districts = demo::thaiBinhDistricts();
    const QString namedDistrict = QStringLiteral("Thái Thụy");
    const QString namedCommune = QStringLiteral("Thái Giang");

    // How many communes of each kind per district at this scale; a rural district
    // keeps at least one xã and the city one ward, so every district and kind stays.
    struct Counts {
        int xa = 0, wards = 0, towns = 0;
    };
    std::vector<Counts> counts(districts.size());
    int townships = 0;
    for (size_t d = 0; d < districts.size(); ++d) {
        const auto &ds = districts[d];
        counts[d].xa = scaled(ds.communes, scale(), ds.city ? 0 : 1);
        counts[d].wards = scaled(int(ds.wards.size()), scale(), ds.city ? 1 : 0);
        counts[d].towns = scaled(int(ds.townships.size()), scale(), 0);
        townships += counts[d].towns;
    }
    for (size_t d = 0; townships == 0 && d < districts.size(); ++d)
        if (districts[d].name == namedDistrict) {
            counts[d].towns = 1; // Diêm Điền keeps the township kind at small scales
            townships = 1;
        }

    std::set<QString> used; // commune names are unique in the province
    for (const auto &ds : districts) {
        for (const auto &n : ds.knownCommunes + ds.wards + ds.townships)
            used.insert(n);
    }
    for (size_t d = 0; d < districts.size(); ++d) {
        const auto &ds = districts[d];
        auto add = [&](CommuneKind kind, const QString &name, const char *word) {
            CommuneInfo c;
            c.kind = kind;
            c.district = int(d);
            c.name = name;
            c.kindWord = QString::fromUtf8(word);
            communes_.push_back(c);
        };
        for (int i = 0; i < counts[d].wards; ++i)
            add(CommuneKind::Ward, ds.wards[i], "phường");
        for (int i = 0; i < counts[d].towns; ++i)
            add(CommuneKind::Township, ds.townships[i], "thị trấn");
        for (int i = 0; i < counts[d].xa; ++i) {
            QString name;
            if (i < ds.knownCommunes.size()) {
                name = ds.knownCommunes[i];
            } else {
                do
                    name = names_.placeName(rng, ds.prefixes);
                while (used.count(name));
                used.insert(name);
            }
            if (name == namedCommune)
                namedCommune_ = int(communes_.size());
            add(CommuneKind::Commune, name, "xã");
        }
    }

    // Cells per commune. Each commune gets at least one cell of each kind it can have
    // (when the scaled totals allow), the rest in proportion to random sizes.
    std::vector<int> rural, urban, all;
    for (size_t c = 0; c < communes_.size(); ++c) {
        (communes_[c].kind == CommuneKind::Commune ? rural : urban).push_back(int(c));
        all.push_back(int(c));
    }
    auto randomWeights = [&rng](const std::vector<int> &items, auto weightOf) {
        std::vector<double> w;
        w.reserve(items.size());
        for (int i : items)
            w.push_back(weightOf(i) * rng.range(0.6, 1.4));
        return w;
    };
    const std::vector<int> villages =
        apportion(scaled(kVillageCells, scale(), int(rural.size())), randomWeights(rural, [](int) { return 1.0; }), 1);
    const std::vector<int> groups = apportion(
        scaled(kGroupCells, scale(), int(urban.size())),
        randomWeights(urban, [this](int c) { return communes_[size_t(c)].kind == CommuneKind::Ward ? 1.6 : 0.9; }), 1);
    const std::vector<int> others =
        apportion(scaled(kOtherCells, scale(), 1), randomWeights(all, [](int) { return 1.0; }), 1);

    const auto &otherSpecs = demo::otherCellSpecs();
    for (size_t c = 0; c < communes_.size(); ++c) {
        CommuneInfo &commune = communes_[c];
        const bool isRural = commune.kind == CommuneKind::Commune;
        auto addCell = [&](CellKind kind, const QString &name, const QString &place) {
            CellInfo cell;
            cell.kind = kind;
            cell.commune = int(c);
            cell.name = name;
            cell.place = place;
            (kind == CellKind::Other ? commune.otherCells : commune.residenceCells).push_back(int(cells_.size()));
            cells_.push_back(cell);
            return &cells_.back();
        };
        if (isRural) {
            const int n = villages[size_t(std::find(rural.begin(), rural.end(), int(c)) - rural.begin())];
            std::set<QString> villageNames;
            for (int i = 0; i < n; ++i) {
                QString village;
                if (int(c) == namedCommune_ && i == 0) {
                    village = QStringLiteral("Phất Lộc Tây");
                    namedVillage_ = int(cells_.size());
                } else {
                    do
                        village = names_.villageName(rng);
                    while (villageNames.count(village));
                }
                villageNames.insert(village);
                CellInfo *cell = addCell(CellKind::Village, QStringLiteral("Chi bộ thôn ") + village,
                                         QStringLiteral("thôn ") + village);
                cell->venue = QStringLiteral("Nhà văn hóa thôn ") + village;
                cell->capacity = 10 * rng.between(6, 15);
            }
        } else {
            const int n = groups[size_t(std::find(urban.begin(), urban.end(), int(c)) - urban.begin())];
            for (int i = 1; i <= n; ++i) {
                const QString group = QStringLiteral("tổ dân phố số %1").arg(i);
                CellInfo *cell = addCell(CellKind::ResidentialGroup, QStringLiteral("Chi bộ ") + group, group);
                cell->venue = QStringLiteral("Nhà văn hóa ") + group;
                cell->capacity = 10 * rng.between(5, 12);
            }
        }
        // Other cells: schools, clinic, police, ... in a fixed order of likelihood.
        std::vector<const demo::OtherCellSpec *> fitting;
        for (const auto &spec : otherSpecs)
            if (!(spec.ruralOnly && !isRural) && !(spec.urbanOnly && isRural))
                fitting.push_back(&spec);
        for (int i = 0; i < others[c]; ++i) {
            const auto *spec = fitting[size_t(i) % fitting.size()];
            QString unit = spec->unit;
            unit.replace(QLatin1String("%1"), commune.name).replace(QLatin1String("%2"), commune.kindWord);
            if (i >= int(fitting.size()))
                unit += QStringLiteral(" số %1").arg(i / int(fitting.size()) + 1);
            CellInfo *cell = addCell(CellKind::Other, QStringLiteral("Chi bộ ") + unit, unit);
            cell->positions = spec->positions;
        }
    }

    // Workplace organisations: of each type the first max(1, n·scale) of the table.
    const auto specs = demo::workplaceSpecs();
    for (const auto &[type, full] : kWorking) {
        std::vector<const demo::WorkplaceSpec *> ofType;
        for (const auto &s : specs)
            if (s.type == type)
                ofType.push_back(&s);
        const int keep = std::min(int(ofType.size()), scaled(int(ofType.size()), scale(), 1));
        std::vector<double> weights;
        for (int i = 0; i < keep; ++i)
            weights.push_back(double(ofType[size_t(i)]->weight) * rng.range(0.8, 1.2));
        const std::vector<int> sizes = apportion(scaled(full, scale(), 1), weights, 1);
        for (int i = 0; i < keep; ++i) {
            WorkplaceInfo w;
            w.spec = *ofType[size_t(i)];
            w.members = sizes[size_t(i)];
            w.issueDay = QDate(2012, 1, 4).addDays(rng.between(0, 22));
            workplaces_.push_back(w);
        }
    }
}

void Builder::insertOrganisations()
{
    const QString stage = Tr::tr("Organisations");
    const auto &districts = demo::thaiBinhDistricts();
    const int total = 1 + int(districts.size() + communes_.size() + cells_.size() + workplaces_.size());
    int done = 0;
    auto insert = [&](qint64 parent, OrgLevel level, const QString &kind, const QString &code, const QString &name) {
        Organisation o;
        o.parentId = parent;
        o.level = level;
        o.kind = kind;
        o.code = code;
        o.name = name;
        o.validFrom = kValidFrom;
        orgs_.insert(o);
        if (batchEnd(++done, total))
            step(stage, done, total);
        return o.id;
    };

    provinceId_ = insert(0, OrgLevel::Province, QString(), QStringLiteral("TB"), QStringLiteral("Tỉnh ủy Thái Bình"));
    for (size_t d = 0; d < districts.size(); ++d)
        districtIds_.push_back(insert(provinceId_, OrgLevel::District, QString(),
                                      QStringLiteral("TB.D%1").arg(d + 1, 2, 10, QLatin1Char('0')),
                                      districts[d].committee));
    std::vector<int> communeNo(districts.size(), 0);
    for (auto &commune : communes_) {
        const QString code = QStringLiteral("TB.D%1.C%2")
                                 .arg(commune.district + 1, 2, 10, QLatin1Char('0'))
                                 .arg(++communeNo[size_t(commune.district)], 3, 10, QLatin1Char('0'));
        commune.id = insert(districtIds_[size_t(commune.district)], OrgLevel::Commune, cutru::code(commune.kind),
                            code, QStringLiteral("Đảng bộ ") + commune.kindWord + QLatin1Char(' ') + commune.name);
        int cellNo = 0;
        for (const auto *list : {&commune.residenceCells, &commune.otherCells})
            for (int index : *list) {
                CellInfo &cell = cells_[size_t(index)];
                cell.id = insert(commune.id, OrgLevel::Cell, cutru::code(cell.kind),
                                 code + QStringLiteral(".K%1").arg(++cellNo, 3, 10, QLatin1Char('0')), cell.name);
            }
    }
    int provinceNo = 0;
    std::vector<int> districtNo(districts.size(), 0);
    for (auto &w : workplaces_) {
        const bool underProvince = w.spec.district < 0;
        const QString code =
            underProvince ? QStringLiteral("TB.W%1").arg(++provinceNo, 3, 10, QLatin1Char('0'))
                          : QStringLiteral("TB.D%1.W%2")
                                .arg(w.spec.district + 1, 2, 10, QLatin1Char('0'))
                                .arg(++districtNo[size_t(w.spec.district)], 2, 10, QLatin1Char('0'));
        w.id = insert(underProvince ? provinceId_ : districtIds_[size_t(w.spec.district)], OrgLevel::Workplace,
                      cutru::code(w.spec.type), code, w.spec.partyName);
    }
}

// ---- Working members: where they live and how far their referral got ------------------

void Builder::planWorking()
{
    Rng &rng = workRng_;
    const auto &outside = demo::outsidePlaces();

    for (size_t w = 0; w < workplaces_.size(); ++w) {
        const WorkplaceInfo &wp = workplaces_[w];
        const bool armed = wp.spec.type == WorkplaceType::ArmyAndPolice;
        for (int i = 0; i < wp.members; ++i) {
            WorkingPlan p;
            p.workplace = int(w);
            if (armed && rng.chance(0.01)) {
                // Guideline 33: special duties that keep their identity secret — not referred.
                p.stage = ReferralStage::NotReferred;
            } else if (rng.chance(0.01)) {
                p.outside = rng.below(int(outside.size()));
                p.stage = rng.chance(0.75) ? ReferralStage::Received : ReferralStage::Pending;
            } else {
                const double r = rng.unit();
                p.stage = r < 0.03 ? ReferralStage::Pending : r < 0.04 ? ReferralStage::Received : ReferralStage::Assigned;
            }
            if (p.stage == ReferralStage::Assigned) {
                using P = demo::PositionGroup;
                const P group = wp.spec.positions;
                // Guideline 33 exemptions, about 2.5 % in all: mostly soldiers in barracks.
                const double share = !armed ? 0.015 : group == P::Army ? 0.12 : 0.05;
                if (rng.chance(share)) {
                    p.exempt = true;
                    switch (group) {
                    case P::Army:
                    case P::Police: p.exemption = ExemptionReason::Barracks; break;
                    case P::Education:
                    case P::University:
                        p.exemption = rng.chance(0.5) ? ExemptionReason::StudentAway : ExemptionReason::FullTimeCourse;
                        break;
                    case P::Office:
                        p.exemption = rng.chance(0.5) ? ExemptionReason::RotatedCadre : ExemptionReason::FullTimeCourse;
                        break;
                    case P::Health: p.exemption = ExemptionReason::FullTimeCourse; break;
                    default: p.exemption = ExemptionReason::AwayOrMobile; break;
                    }
                }
            }
            if (p.stage != ReferralStage::NotReferred) {
                // Most letters went out on the organisation's day, all of them by the
                // end of January except a few late ones in February.
                if (rng.chance(0.04))
                    p.issued = QDate(2012, 2, 1).addDays(rng.between(0, 19));
                else
                    p.issued = wp.issueDay.addDays(rng.chance(0.8) ? 0 : rng.between(1, 4));
                if (p.stage == ReferralStage::Received || p.stage == ReferralStage::Assigned)
                    p.received = p.issued.addDays(rng.between(2, 12));
                if (p.stage == ReferralStage::Assigned)
                    p.assigned = p.received.addDays(rng.between(0, 7));
            }
            working_.push_back(p);
        }
    }

    // Residence pools: every residence cell, and those of each district.
    std::vector<int> province;
    std::vector<std::vector<int>> byDistrict(districtIds_.size());
    std::vector<int> cityWards;
    for (size_t c = 0; c < communes_.size(); ++c) {
        if (communes_[c].kind == CommuneKind::Ward)
            cityWards.push_back(int(c));
    }

    // The crowded cells: residential groups of city wards near the provincial
    // agencies, one per ward, each with 155-195 referred members assigned.
    const int crowdedCount = std::min(int(std::lround(kCrowdedCells * scale())), int(cityWards.size()));
    for (int k = 0; k < crowdedCount; ++k) {
        const int ward = cityWards[size_t(k)];
        const auto &cellsOfWard = communes_[size_t(ward)].residenceCells;
        const int cell = pickCell(rng, cellsOfWard);
        cells_[size_t(cell)].crowdedTarget = rng.between(155, 195);
        crowded_.push_back(cell);
    }
    for (size_t c = 0; c < cells_.size(); ++c) {
        const CellInfo &cell = cells_[c];
        if (cell.kind == CellKind::Other || cell.crowdedTarget > 0)
            continue;
        province.push_back(int(c));
        byDistrict[size_t(communes_[size_t(cell.commune)].district)].push_back(int(c));
    }

    // Fill the crowded cells from province-level workplaces' assigned members.
    std::vector<size_t> candidates;
    for (size_t i = 0; i < working_.size(); ++i)
        if (working_[i].stage == ReferralStage::Assigned && working_[i].outside < 0
            && workplaces_[size_t(working_[i].workplace)].spec.district < 0)
            candidates.push_back(i);
    for (size_t i = candidates.size(); i > 1; --i) // Fisher-Yates
        std::swap(candidates[i - 1], candidates[size_t(rng.below(int(i)))]);
    size_t next = 0;
    for (int cell : crowded_) {
        int &target = cells_[size_t(cell)].crowdedTarget;
        target = std::min(target, int(candidates.size() - next));
        for (int k = 0; k < target; ++k)
            working_[candidates[next++]].cell = cell;
    }

    for (auto &p : working_) {
        if (p.outside >= 0 || p.cell >= 0)
            continue;
        const int district = workplaces_[size_t(p.workplace)].spec.district;
        // District workplaces' members mostly live in that district; a good share
        // of the provincial agencies' members live in the city (district 0).
        if (district >= 0)
            p.cell = pickCell(rng, rng.chance(0.88) ? byDistrict[size_t(district)] : province);
        else
            p.cell = pickCell(rng, rng.chance(0.45) && !byDistrict[0].empty() ? byDistrict[0] : province);
        // A few moved house in 2013 and were referred again to the new place.
        if (p.stage == ReferralStage::Assigned && !p.exempt && province.size() > 1 && rng.chance(0.006)) {
            do
                p.newCell = pickCell(rng, province);
            while (p.newCell == p.cell);
            p.moved = QDate(2013, 4, 1).addDays(rng.between(0, 100));
            p.received2 = p.moved.addDays(rng.between(3, 10));
            p.assigned2 = p.received2.addDays(rng.between(0, 5));
        }
    }

    // Letter numbers run 1..n per issuing organisation and year, in issue order.
    std::vector<std::vector<size_t>> byWorkplace(workplaces_.size());
    for (size_t i = 0; i < working_.size(); ++i)
        if (working_[i].stage != ReferralStage::NotReferred)
            byWorkplace[size_t(working_[i].workplace)].push_back(i);
    for (auto &list : byWorkplace) {
        std::stable_sort(list.begin(), list.end(),
                         [this](size_t a, size_t b) { return working_[a].issued < working_[b].issued; });
        int no = 0, no2 = 0;
        for (size_t i : list)
            working_[i].letterNo = ++no;
        std::stable_sort(list.begin(), list.end(),
                         [this](size_t a, size_t b) { return working_[a].moved < working_[b].moved; });
        for (size_t i : list)
            if (working_[i].newCell >= 0)
                working_[i].letterNo2 = ++no2;
    }
}

// ---- Members --------------------------------------------------------------------------

Member Builder::newMember(Rng &rng, Gender gender, int bornFrom, int bornTo)
{
    const int serial = memberSerial_++;
    Member m;
    m.gender = gender;
    m.fullName = names_.personName(rng, gender);
    const int year = rng.between(bornFrom, bornTo);
    m.birthDate = QDate(year, 1, 1).addDays(rng.below(QDate::isLeapYear(year) ? 366 : 365));
    // CCCD: province 034, gender and century, year of birth, then a unique serial.
    m.cccd = QStringLiteral("034%1%2%3")
                 .arg(gender == Gender::Female ? 1 : 0)
                 .arg(year % 100, 2, 10, QLatin1Char('0'))
                 .arg(sixDigits(scatter(serial, 389143, cccdOffset_)));
    m.personalRecordNo = QStringLiteral("TB-") + sixDigits(scatter(serial, 737471, recordOffset_));

    const QDate lastOfficial = kAsOf.addYears(-1); // admitted by then: official by kAsOf
    if (year >= 1975 && rng.chance(0.04)) {
        // Admitted within the last year: still probationary, no card yet.
        m.admissionDate = lastOfficial.addDays(1 + rng.below(355));
    } else {
        // Mostly admitted young: the square skews towards the earliest dates.
        const QDate earliest = m.birthDate.addYears(kMinimumAdmissionAge).addDays(1);
        const QDate latest = std::min(m.birthDate.addYears(45), lastOfficial);
        const double u = rng.unit();
        m.admissionDate = earliest.addDays(qint64(u * u * double(earliest.daysTo(latest))));
        m.officialDate = m.admissionDate.addYears(1);
        m.partyCardNo = QStringLiteral("34") + sixDigits(scatter(serial, 611953, cardOffset_));
    }
    if (rng.chance(0.6)) {
        const QString prefix = rng.pick(demo::mobilePrefixes());
        m.phone = prefix + QStringLiteral("%1").arg(rng.below(10000000), 7, 10, QLatin1Char('0'));
    }
    return m;
}

QString Builder::residenceAddress(Rng &rng, int cell)
{
    if (cells_[size_t(cell)].kind == CellKind::Village)
        return QStringLiteral("Xóm %1").arg(rng.between(1, 8));
    return QStringLiteral("Số %1, đường %2").arg(rng.between(1, 250)).arg(rng.pick(demo::streetNames()));
}

void Builder::insertMembers()
{
    Rng &rng = peopleRng_;
    cccdOffset_ = rng.below(1000000);
    cardOffset_ = rng.below(1000000);
    recordOffset_ = rng.below(1000000);
    const QString stage = Tr::tr("Members");
    const QString province = QStringLiteral("Thái Bình");

    // Members held in commune cells: the rural and the urban totals of the source,
    // spread over the cells (village and group cells are larger than the others).
    std::vector<int> ruralCells, urbanCells;
    for (size_t c = 0; c < cells_.size(); ++c)
        (communes_[size_t(cells_[c].commune)].kind == CommuneKind::Commune ? ruralCells : urbanCells)
            .push_back(int(c));
    auto spread = [&](const std::vector<int> &list, int total) {
        std::vector<double> w;
        for (int c : list)
            w.push_back(cells_[size_t(c)].kind == CellKind::Other ? rng.range(0.25, 0.6) : rng.range(0.7, 1.3));
        const std::vector<int> sizes = apportion(total, w, 1);
        for (size_t i = 0; i < list.size(); ++i)
            cells_[size_t(list[i])].held = sizes[i];
    };
    spread(ruralCells, scaled(kHeldInCommunes, scale(), 1));
    spread(urbanCells, scaled(kHeldInWardsAndTownships, scale(), 1));

    int total = int(working_.size());
    for (const auto &cell : cells_)
        total += cell.held;
    int done = 0;
    // Members go in by the batch (far faster, see MemberRepository::insertMany); a
    // working member's plan learns its id when the batch is written.
    QList<Member> batch;
    std::vector<WorkingPlan *> plans;
    auto flush = [&] {
        members_.insertMany(batch);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            WorkingPlan *p = plans[size_t(i)];
            if (!p)
                continue;
            p->memberId = batch[i].id;
            if (p->stage == ReferralStage::Assigned) {
                cells_[size_t(p->cell)].stays.push_back({p->memberId, p->assigned, p->moved, p->exempt});
                if (p->newCell >= 0)
                    cells_[size_t(p->newCell)].stays.push_back({p->memberId, p->assigned2, QDate(), false});
            }
        }
        done += int(batch.size());
        batch.clear();
        plans.clear();
        step(stage, done, total);
    };
    auto add = [&](Member &&m, WorkingPlan *p) {
        batch.push_back(std::move(m));
        plans.push_back(p);
        if (batch.size() == 2000)
            flush();
    };

    static const QStringList villageJobs = {QStringLiteral("Nông dân"), QStringLiteral("Nông dân"),
                                            QStringLiteral("Nông dân"), QStringLiteral("Kinh doanh"),
                                            QStringLiteral("Lao động tự do"), QStringLiteral("Cán bộ thôn")};
    static const QStringList townJobs = {QStringLiteral("Kinh doanh"), QStringLiteral("Kinh doanh"),
                                         QStringLiteral("Lao động tự do"), QStringLiteral("Nhân viên"),
                                         QStringLiteral("Cán bộ tổ dân phố")};
    for (size_t ci = 0; ci < cells_.size(); ++ci) {
        CellInfo &cell = cells_[ci];
        const CommuneInfo &commune = communes_[size_t(cell.commune)];
        const bool residence = cell.kind != CellKind::Other;
        for (int i = 0; i < cell.held; ++i) {
            Member m;
            if (residence) {
                // Residence cells: many retired members, the secretary first.
                const Gender g = rng.chance(0.33) ? Gender::Female : Gender::Male;
                const bool retired = rng.chance(0.55);
                m = newMember(rng, g, retired ? 1928 : 1958, retired ? 1956 : 1990);
                if (i == 0) {
                    m.position = QStringLiteral("Bí thư chi bộ");
                    cell.secretary = m.fullName;
                } else if (retired) {
                    m.position = QStringLiteral("Hưu trí");
                } else {
                    m.position = rng.pick(cell.kind == CellKind::Village ? villageJobs : townJobs);
                }
                m.residenceCellId = cell.id;
                m.residenceAddress = residenceAddress(rng, int(ci));
            } else {
                using P = demo::PositionGroup;
                const double female = cell.positions == P::Education ? 0.7
                                      : cell.positions == P::Health  ? 0.6
                                      : cell.positions == P::Police || cell.positions == P::Army ? 0.08
                                                                                                : 0.35;
                const Gender g = rng.chance(female) ? Gender::Female : Gender::Male;
                m = newMember(rng, g, g == Gender::Female ? 1957 : 1953, 1990);
                m.workplace = cell.place;
                m.position = demo::positionFor(rng, cell.positions);
                const int home = pickCell(rng, commune.residenceCells);
                m.residenceCellId = cells_[size_t(home)].id;
                m.residenceAddress = residenceAddress(rng, home);
            }
            m.cellId = cell.id;
            m.residenceProvince = province;
            m.residenceCommuneId = commune.id;
            add(std::move(m), nullptr);
        }
    }

    const auto &outside = demo::outsidePlaces();
    for (auto &p : working_) {
        const WorkplaceInfo &wp = workplaces_[size_t(p.workplace)];
        using P = demo::PositionGroup;
        const P group = wp.spec.positions;
        const double female = group == P::Education ? 0.7
                              : group == P::Health ? 0.62
                              : group == P::University ? 0.55
                              : group == P::Army ? 0.06
                              : group == P::Police ? 0.12
                              : group == P::Enterprise ? 0.35
                                                       : 0.45;
        const Gender g = rng.chance(female) ? Gender::Female : Gender::Male;
        // Working age in 2012: from 22 to retirement (60 for men, 55 for women).
        Member m = newMember(rng, g, g == Gender::Female ? 1957 : 1953, 1989);
        m.cellId = wp.id;
        m.workplace = wp.spec.unit;
        m.position = demo::positionFor(rng, group);
        if (p.outside >= 0) {
            const auto &place = outside[size_t(p.outside)];
            m.residenceProvince = place.province;
            const bool rural = place.commune.startsWith(QStringLiteral("xã "));
            m.residenceAddress = QStringLiteral("%1 %2, %3, %4, %5")
                                     .arg(rural ? QStringLiteral("Xóm") : QStringLiteral("Số"))
                                     .arg(rng.between(1, rural ? 9 : 120))
                                     .arg(place.commune, place.district, place.provinceUnit);
        } else {
            const int home = p.newCell >= 0 ? p.newCell : p.cell;
            const CellInfo &cell = cells_[size_t(home)];
            m.residenceProvince = province;
            m.residenceCommuneId = communes_[size_t(cell.commune)].id;
            m.residenceCellId = cell.id;
            m.residenceAddress = residenceAddress(rng, home);
        }
        add(std::move(m), &p);
    }
    if (!batch.isEmpty())
        flush();
}

// ---- Referrals ------------------------------------------------------------------------

void Builder::insertReferrals()
{
    const QString stage = Tr::tr("Referrals");
    const auto &outside = demo::outsidePlaces();
    int total = 0;
    for (const auto &p : working_)
        total += p.stage == ReferralStage::NotReferred ? 0 : p.newCell >= 0 ? 2 : 1;
    int done = 0;
    for (const auto &p : working_) {
        if (p.stage == ReferralStage::NotReferred)
            continue;
        Referral r;
        r.memberId = p.memberId;
        r.issuingOrgId = workplaces_[size_t(p.workplace)].id;
        r.letterYear = 2012;
        r.letterNo = p.letterNo;
        r.issueDate = p.issued;
        if (p.outside >= 0) {
            const auto &place = outside[size_t(p.outside)];
            const QString where = place.commune + QStringLiteral(", ") + place.district + QStringLiteral(", ")
                                  + place.provinceUnit;
            r.externalCommittee = QStringLiteral("Đảng ủy ") + where;
            r.externalAddress = QStringLiteral("Trụ sở Đảng ủy – UBND ") + where;
        } else {
            r.toCommuneId = communes_[size_t(cells_[size_t(p.cell)].commune)].id;
        }
        r.receivedDate = p.received;
        if (p.stage == ReferralStage::Assigned) {
            r.assignedCellId = cells_[size_t(p.cell)].id;
            r.assignedDate = p.assigned;
        }
        if (p.exempt) {
            r.exempt = true;
            r.exemptionReason = p.exemption;
            r.exemptFrom = p.assigned;
        }
        if (p.newCell >= 0) {
            r.endedDate = p.moved;
            r.endReason = ReferralEndReason::Moved;
            const CommuneInfo &to = communes_[size_t(cells_[size_t(p.newCell)].commune)];
            r.endNote = QStringLiteral("Chuyển nơi cư trú về %1 %2").arg(to.kindWord, to.name);
        }
        residence_.insert(r);
        if (batchEnd(++done, total))
            step(stage, done, total);
        if (p.newCell >= 0) {
            Referral again;
            again.memberId = p.memberId;
            again.issuingOrgId = r.issuingOrgId;
            again.letterYear = 2013;
            again.letterNo = p.letterNo2;
            again.issueDate = p.moved;
            again.toCommuneId = communes_[size_t(cells_[size_t(p.newCell)].commune)].id;
            again.receivedDate = p.received2;
            again.assignedCellId = cells_[size_t(p.newCell)].id;
            again.assignedDate = p.assigned2;
            residence_.insert(again);
            if (batchEnd(++done, total))
                step(stage, done, total);
        }
    }
}

// ---- Meetings and attendance ------------------------------------------------------------

void Builder::insertMeetings()
{
    Rng &rng = meetingRng_;
    const QString stage = Tr::tr("Meetings");
    const auto &reasons = demo::excusedAbsenceReasons();
    // Province-wide attendance differs from meeting to meeting: the first one, with
    // the whole province mobilised, is the best attended (the source: 80-90 %).
    const std::array<double, kMeetingsPerCell> meanRate = {0.855, 0.83, 0.845, 0.82, 0.835, 0.815};
    // First days of each meeting window: February (after Tết) and August.
    const std::array<QDate, kMeetingsPerCell> windowStart = {QDate(2012, 2, 13), QDate(2012, 8, 1),
                                                            QDate(2013, 2, 18), QDate(2013, 8, 1),
                                                            QDate(2014, 2, 10), QDate(2014, 8, 1)};
    const std::array<int, kMeetingsPerCell> windowDays = {16, 27, 24, 27, 24, 27};
    static const QStringList ruralTopics = {
        QStringLiteral("xây dựng nông thôn mới"), QStringLiteral("dồn điền đổi thửa"),
        QStringLiteral("vệ sinh môi trường"),     QStringLiteral("an ninh trật tự"),
        QStringLiteral("làm đường giao thông nông thôn"), QStringLiteral("phòng chống dịch bệnh gia cầm"),
        QStringLiteral("xây dựng làng văn hóa"),  QStringLiteral("thực hiện quy ước của thôn")};
    static const QStringList urbanTopics = {
        QStringLiteral("trật tự đô thị"),           QStringLiteral("vệ sinh môi trường"),
        QStringLiteral("xây dựng tổ dân phố văn hóa"), QStringLiteral("an ninh trật tự"),
        QStringLiteral("phòng chống tệ nạn xã hội"), QStringLiteral("chỉnh trang đường phố")};

    int total = 0;
    for (const auto &c : cells_)
        total += c.kind == CellKind::Other ? 0 : kMeetingsPerCell;
    int done = 0;
    for (size_t ci = 0; ci < cells_.size(); ++ci) {
        CellInfo &cell = cells_[ci];
        if (cell.kind == CellKind::Other)
            continue;
        const CommuneInfo &commune = communes_[size_t(cell.commune)];
        const bool rural = cell.kind == CellKind::Village;
        if (cell.crowdedTarget > 0) { // the venue is too small for everyone referred there
            const int tens = (cell.crowdedTarget - 1) / 10;
            cell.capacity = 10 * rng.between(std::min(12, tens), std::min(15, tens));
        }
        for (int slot = 0; slot < kMeetingsPerCell; ++slot) {
            const QDate date = int(ci) == namedVillage_ && slot == 0
                                   ? kNamedMeeting
                                   : windowStart[size_t(slot)].addDays(rng.between(0, windowDays[size_t(slot)]));
            const double rate = meanRate[size_t(slot)] + rng.range(-0.05, 0.05);
            int expected = 0, present = 0;
            for (const Stay &s : cell.stays) {
                if (s.exempt || s.from > date || (s.to.isValid() && date >= s.to))
                    continue;
                AttendanceRow a;
                a.cell = int(ci);
                a.slot = slot;
                a.memberId = s.memberId;
                if (rng.chance(rate)) {
                    a.status = AttendanceStatus::Present;
                    ++present;
                } else if (rng.chance(0.65)) {
                    a.status = AttendanceStatus::AbsentExcused;
                    a.reason = rng.below(int(reasons.size()));
                } else {
                    a.status = AttendanceStatus::AbsentUnexcused;
                }
                ++expected;
                attendance_.push_back(a);
            }

            Meeting m;
            m.cellId = cell.id;
            m.date = date;
            m.kind = MeetingKind::Periodic;
            if (cell.crowdedTarget > 0 && slot >= 2) {
                // After the liaison cadre's report the ward lent its hall.
                m.venue = QStringLiteral("Hội trường Đảng ủy phường ") + commune.name;
                m.venueCapacity = 250;
            } else {
                m.venue = cell.venue;
                m.venueCapacity = cell.capacity;
            }
            QStringList agenda;
            for (size_t k = 0; k < std::size(kAgendaCodes); ++k)
                if (slot == 0 || k < 2 || rng.chance(0.5))
                    agenda << QLatin1String(kAgendaCodes[k]);
            m.agendaItems = agenda.join(QLatin1Char(','));
            const int year = date.year();
            m.agendaNotes = slot == 0 ? QStringLiteral("Triển khai Quy định 76-QĐ/TW và Hướng dẫn 08-HD/BTCTU; "
                                                       "giới thiệu đảng viên đang công tác về sinh hoạt nơi cư trú.")
                            : slot % 2 == 0
                                ? QStringLiteral("Thông báo kết quả thực hiện nhiệm vụ chính trị năm %1 và "
                                                 "nhiệm vụ trọng tâm năm %2 của địa phương.")
                                      .arg(year - 1)
                                      .arg(year)
                                : QStringLiteral("Thông báo kết quả 6 tháng đầu năm %1, bàn nhiệm vụ 6 tháng cuối năm.")
                                      .arg(year);
            const QString topic = rng.pick(rural ? ruralTopics : urbanTopics);
            m.minutes = expected > 0 ? QStringLiteral("%1/%2 đảng viên đang công tác được giới thiệu về có mặt. "
                                                      "Đảng viên góp ý kiến về %3.")
                                           .arg(present)
                                           .arg(expected)
                                           .arg(topic)
                                     : QStringLiteral("Chi bộ họp định kỳ; đảng viên góp ý kiến về %1.").arg(topic);
            m.chairedBy = cell.secretary;
            m.guests = rng.between(0, 12);
            meetings_.insert(m);
            cell.meetingIds[size_t(slot)] = m.id;
            cell.meetingDates[size_t(slot)] = date;
            if (batchEnd(++done, total))
                step(stage, done, total);
        }
    }
}

void Builder::insertAttendance()
{
    const QString stage = Tr::tr("Attendance");
    const auto &reasons = demo::excusedAbsenceReasons();
    const int total = int(attendance_.size());
    constexpr qsizetype kBatch = 5000; // one statement per batch, see ResidenceRepository::insertMany
    QList<Attendance> batch;
    batch.reserve(kBatch);
    int done = 0;
    auto flush = [&] {
        residence_.insertMany(batch);
        done += int(batch.size());
        batch.clear();
        step(stage, done, total);
    };
    for (const auto &row : attendance_) {
        Attendance a;
        a.meetingId = cells_[size_t(row.cell)].meetingIds[size_t(row.slot)];
        a.memberId = row.memberId;
        a.status = row.status;
        if (row.reason >= 0)
            a.reason = reasons[row.reason];
        batch.append(a);
        if (batch.size() == kBatch)
            flush();
    }
    if (!batch.isEmpty() || total == 0)
        flush();
}

// ---- Annual comments --------------------------------------------------------------------

// The demo's comment year: comments of 2012 for the members due on its deadline.
const QDate kCommentDeadline(2012, 12, 15);

void Builder::insertComments()
{
    Rng rng(options_.seed, 6); // a stream of its own, like the other stages
    const QString stage = Tr::tr("Annual comments");
    storage::CommentRepository comments(db_);
    const int year = kCommentDeadline.year();

    // A handful of workplace organisations ask for comments on exempt members (before a
    // promotion or a reward): those members become due.
    static const QStringList promotions = {
        QStringLiteral("Quy hoạch chức danh Phó Trưởng phòng"), QStringLiteral("Đề nghị bổ nhiệm Trưởng phòng"),
        QStringLiteral("Quy hoạch Ban Chấp hành Đảng bộ nhiệm kỳ 2015–2020")};
    static const QStringList rewards = {QStringLiteral("Đề nghị tặng Bằng khen của UBND tỉnh"),
                                        QStringLiteral("Xét danh hiệu Chiến sĩ thi đua cơ sở năm 2012")};
    const int wantedRequests = scaled(12, scale(), 2);
    int requests = 0;
    for (const WorkingPlan &p : working_) {
        if (requests == wantedRequests)
            break;
        if (!p.exempt || p.stage != ReferralStage::Assigned || p.newCell >= 0 || !rng.chance(0.25))
            continue;
        CommentRequest r;
        r.memberId = p.memberId;
        r.year = year;
        const bool promotion = rng.chance(0.6);
        r.reason = promotion ? CommentRequestReason::Promotion : CommentRequestReason::Reward;
        r.note = rng.pick(promotion ? promotions : rewards);
        r.requestedDate = QDate(year, 10, 1).addDays(rng.between(0, 40));
        r.requestedByOrgId = workplaces_[size_t(p.workplace)].id;
        comments.insert(r);
        ++requests;
    }

    static const QStringList conduct = {
        QStringLiteral("Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và "
                       "quy định của địa phương; thực hiện tốt nghĩa vụ công dân nơi cư trú."),
        QStringLiteral("Chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước, hương ước, quy ước "
                       "của thôn; gia đình thực hiện tốt nếp sống văn hóa."),
        QStringLiteral("Bản thân và gia đình gương mẫu thực hiện nghĩa vụ công dân, đóng góp đầy đủ các khoản theo "
                       "quy định của địa phương.")};
    static const QStringList conductFair = {
        QStringLiteral("Chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương."),
        QStringLiteral("Thực hiện nghĩa vụ công dân nơi cư trú; có lúc chưa tham gia đầy đủ các phong trào của thôn.")};
    static const QStringList participation = {
        QStringLiteral("Tham gia sinh hoạt định kỳ đầy đủ, đóng góp nhiều ý kiến xây dựng địa phương."),
        QStringLiteral("Tham gia sinh hoạt đầy đủ; vắng có lý do đều báo cáo chi ủy."),
        QStringLiteral("Tích cực tham gia sinh hoạt và các hoạt động của chi bộ nơi cư trú.")};
    static const QStringList participationFair = {
        QStringLiteral("Tham gia sinh hoạt chưa đầy đủ do yêu cầu công tác."),
        QStringLiteral("Còn vắng một số buổi sinh hoạt, cần khắc phục.")};
    static const QStringList relations = {
        QStringLiteral("Đoàn kết, gần gũi, giúp đỡ hàng xóm; được nhân dân nơi cư trú tín nhiệm."),
        QStringLiteral("Có mối quan hệ tốt với cộng đồng dân cư, tích cực tham gia cuộc vận động xây dựng nông thôn mới."),
        QStringLiteral("Hòa nhã, đoàn kết với hàng xóm; vận động gia đình tham gia các phong trào của địa phương.")};
    static const QStringList remarks = {QString(), QString(), QString(),
                                        QStringLiteral("Ủng hộ xây dựng nhà văn hóa thôn."),
                                        QStringLiteral("Nhiệt tình tham gia hòa giải ở cơ sở.")};

    step(stage, 0, 1);
    // Who is due on the deadline (the comment rule, requests included).
    QHash<qint64, int> cellIndex;
    for (size_t i = 0; i < cells_.size(); ++i)
        cellIndex.insert(cells_[i].id, int(i));
    const QList<storage::CommentDue> due = comments.dueUnder(QString(), year, kCommentDeadline);
    QList<AnnualComment> batch;
    batch.reserve(due.size());
    for (const storage::CommentDue &d : due) {
        const double roll = rng.unit();
        if (roll < 0.04)
            continue; // still missing on the deadline
        AnnualComment c;
        c.memberId = d.memberId;
        c.referralId = d.referralId;
        c.cellId = d.cellId;
        c.year = year;
        c.draftedDate = QDate(year, 11, 5).addDays(rng.between(0, 20));
        if (roll < 0.11) { // a draft: the figures only, the points still to write
            batch.append(c);
            continue;
        }
        const double mark = rng.unit();
        const bool well = mark < 0.86;
        c.conclusion = well ? CommentConclusion::FulfilsWell
                            : mark < 0.985 ? CommentConclusion::Fulfils : CommentConclusion::DoesNotFulfil;
        c.citizenConduct = rng.pick(well ? conduct : conductFair);
        c.meetingParticipation = rng.pick(well ? participation : participationFair);
        c.communityRelations = rng.pick(relations);
        c.otherRemarks = rng.pick(remarks);
        c.signedDate = std::min(c.draftedDate.addDays(rng.between(0, 8)), QDate(year, 12, 8));
        c.signedBy = cells_[size_t(cellIndex.value(d.cellId))].secretary;
        c.signerTitle = QStringLiteral("Bí thư");
        if (roll >= 0.17) { // sent; most of them already received
            c.sentDate = c.signedDate.addDays(rng.between(1, 6));
            if (roll >= 0.45)
                c.receivedDate = c.sentDate.addDays(rng.between(2, 20));
        }
        batch.append(c);
    }
    comments.insertMany(batch); // one staged statement; the figures come from the records
    step(stage, 1, 1);
}

// ---- Liaison cadres and their visits --------------------------------------------------

// The agency a cadre works in, from their position: the last title of it with the
// post's own words taken off ("…, Giám đốc Sở Y tế" → "Sở Y tế").
QString cadreOrganisation(const QString &position)
{
    static const QRegularExpression post(QStringLiteral(
        "^(Phó )?(Bí thư|Trưởng|Giám đốc|Chủ tịch|Chánh|Chủ nhiệm|Chỉ huy trưởng|Tổng biên tập)( Thường trực)? "));
    QString last = position.section(QStringLiteral(", "), -1).trimmed();
    last.remove(post);
    return last;
}

void Builder::insertLiaison()
{
    Rng &rng = liaisonRng_;
    storage::LiaisonRepository liaison(db_);
    const QString stage = Tr::tr("Liaison cadres");
    const QStringList &positions = demo::cadrePositions();
    const int count = std::min(int(positions.size()), scaled(kLiaisonCadres, scale(), 2));
    static const QList<QPair<ProblemCategory, QString>> problems = {
        {ProblemCategory::UnclearCellRelation, QStringLiteral("Mối quan hệ giữa đảng viên và chi bộ nơi cư trú chưa rõ")},
        {ProblemCategory::Other, QStringLiteral("Chức năng, nhiệm vụ, lề lối sinh hoạt của đảng viên nơi cư trú chưa được "
                                                "hướng dẫn cụ thể")},
        {ProblemCategory::MembersNotAttending, QStringLiteral("Một số đảng viên vắng sinh hoạt không báo lý do")},
        {ProblemCategory::Other, QStringLiteral("Việc trao đổi thông tin giữa chi ủy nơi cư trú và chi ủy nơi công tác "
                                                "chưa thường xuyên")},
        {ProblemCategory::ReferralNotReceived,
         QStringLiteral("Một số giấy giới thiệu chưa được tiếp nhận, đảng viên chưa về sinh hoạt")},
        {ProblemCategory::VenueTooSmall, QStringLiteral("Nhà văn hóa thôn chật, không đủ chỗ sinh hoạt chung")},
        {ProblemCategory::Other, QStringLiteral("Khó khăn trong thực hiện Nghị quyết 02 của Tỉnh ủy về xây dựng nông thôn mới")},
    };

    // The Standing Committee's members follow a district each; the others a commune:
    // Thái Giang first, then the wards of the crowded cells, then communes at random.
    const int districtCadres = std::min(count, 2 * int(districtIds_.size()));
    std::vector<int> communeOrder;
    if (namedCommune_ >= 0)
        communeOrder.push_back(namedCommune_);
    for (int cell : crowded_)
        communeOrder.push_back(cells_[size_t(cell)].commune);
    std::vector<int> rest;
    for (size_t c = 0; c < communes_.size(); ++c)
        if (std::find(communeOrder.begin(), communeOrder.end(), int(c)) == communeOrder.end())
            rest.push_back(int(c));
    for (size_t i = rest.size(); i > 1; --i)
        std::swap(rest[i - 1], rest[size_t(rng.below(int(i)))]);
    communeOrder.insert(communeOrder.end(), rest.begin(), rest.end());

    for (int i = 0; i < count; ++i) {
        LiaisonCadre cadre;
        cadre.fullName = names_.personName(rng, rng.chance(0.85) ? Gender::Male : Gender::Female);
        cadre.position = positions[i];
        cadre.organisation = cadreOrganisation(cadre.position);
        cadre.phone = rng.chance(0.5) ? QStringLiteral("02273%1").arg(rng.below(1000000), 6, 10, QLatin1Char('0'))
                                      : QStringLiteral("091%1").arg(rng.below(10000000), 7, 10, QLatin1Char('0'));
        liaison.insert(cadre);
        // Assigned by the Standing Committee in March 2012, to the end of the term.
        LiaisonAssignment assignment;
        assignment.cadreId = cadre.id;
        assignment.from = QDate(2012, 3, 1);
        assignment.to = QDate(2015, 10, 31);
        int district = -1, commune = -1;
        if (i < districtCadres) {
            district = i % int(districtIds_.size());
            assignment.organisationId = districtIds_[size_t(district)];
        } else {
            commune = communeOrder[size_t(i - districtCadres) % communeOrder.size()];
            assignment.organisationId = communes_[size_t(commune)].id;
        }
        liaison.insert(assignment);

        std::vector<int> inDistrict;
        if (district >= 0)
            for (size_t c = 0; c < communes_.size(); ++c)
                if (communes_[c].district == district)
                    inDistrict.push_back(int(c));

        struct Planned {
            LiaisonVisit visit;
            QList<LiaisonProblem> problems;
        };
        std::vector<Planned> visits;
        const int n = rng.between(3, 6);
        for (int k = 0; k < n; ++k) {
            const int c = commune >= 0 ? commune : inDistrict[size_t(rng.below(int(inDistrict.size())))];
            const CommuneInfo &where = communes_[size_t(c)];
            Planned planned;
            LiaisonVisit &v = planned.visit;
            v.cadreId = cadre.id;
            v.communeId = where.id;
            LiaisonProblem problem;
            // A commune cadre's first visit: the source's named meeting, or a crowded cell.
            const bool first = k == 0 && commune >= 0;
            const auto crowdedHere = std::find_if(crowded_.begin(), crowded_.end(),
                                                  [&](int cc) { return cells_[size_t(cc)].commune == c; });
            int meetingCell = -1, slot = -1;
            if (first && c == namedCommune_ && namedVillage_ >= 0) {
                // The meeting of the source's photograph, and the first problem it names.
                meetingCell = namedVillage_;
                slot = 0;
                problem.category = ProblemCategory::UnclearCellRelation;
                problem.text = QStringLiteral("Mối quan hệ giữa đảng viên sinh hoạt nơi cư trú với chi ủy chi bộ thôn "
                                              "chưa rõ; đảng viên băn khoăn có phụ thuộc chi bộ thôn hay không");
            } else if (first && crowdedHere != crowded_.end()) {
                // The source's second problem: cells of 150–200 members without a venue.
                meetingCell = *crowdedHere;
                slot = 1;
                const CellInfo &crowded = cells_[size_t(meetingCell)];
                problem.category = ProblemCategory::VenueTooSmall;
                problem.text = QStringLiteral("Một số chi bộ tiếp nhận 150–200 đảng viên, không đủ hội trường sinh "
                                              "hoạt: %1 tiếp nhận %2 đảng viên, %3 chỉ đủ %4 chỗ")
                                   .arg(crowded.name)
                                   .arg(crowded.crowdedTarget)
                                   .arg(crowded.venue)
                                   .arg(crowded.capacity);
                problem.status = ProblemStatus::Resolved;
                problem.resolvedDate = QDate(2012, 11, 1).addDays(rng.between(0, 60));
                problem.resolution = QStringLiteral("Đảng ủy phường bố trí hội trường làm địa điểm sinh hoạt từ kỳ tháng 2-2013");
            } else {
                if (rng.chance(0.55) && !where.residenceCells.empty()) {
                    meetingCell = where.residenceCells[size_t(rng.below(int(where.residenceCells.size())))];
                    slot = rng.between(1, kMeetingsPerCell - 1); // cadres were assigned from March 2012
                }
                if (rng.chance(0.4)) {
                    const int pick = rng.below(int(problems.size()));
                    problem.category = problems[pick].first;
                    problem.text = problems[pick].second;
                    const int fate = rng.below(10); // 6 in 10 resolved, 2 being resolved
                    problem.status = fate < 6 ? ProblemStatus::Resolved
                                              : fate < 8 ? ProblemStatus::BeingResolved : ProblemStatus::Open;
                    if (problem.status == ProblemStatus::Resolved)
                        problem.resolution = QStringLiteral("Đảng ủy %1 %2 đã chỉ đạo chi bộ khắc phục")
                                                 .arg(where.kindWord, where.name);
                }
            }
            if (meetingCell >= 0) {
                const CellInfo &cell = cells_[size_t(meetingCell)];
                v.cellId = cell.id;
                v.meetingId = cell.meetingIds[size_t(slot)];
                v.visitDate = cell.meetingDates[size_t(slot)];
                v.notes = QStringLiteral("Dự sinh hoạt định kỳ với %1").arg(cell.name);
            } else {
                v.visitDate = QDate(2012, 3, 15).addDays(rng.between(0, 1000));
                v.notes = QStringLiteral("Làm việc với Đảng ủy %1 %2 về thực hiện Quy định 76-QĐ/TW")
                              .arg(where.kindWord, where.name);
            }
            if (problem.status == ProblemStatus::Resolved && !problem.resolvedDate.isValid())
                problem.resolvedDate = v.visitDate.addDays(rng.between(15, 120));
            if (!problem.text.isEmpty())
                planned.problems.append(problem);
            visits.push_back(planned);
        }
        std::stable_sort(visits.begin(), visits.end(),
                         [](const Planned &a, const Planned &b) { return a.visit.visitDate < b.visit.visitDate; });
        for (auto &planned : visits) {
            liaison.insert(planned.visit);
            for (LiaisonProblem &p : planned.problems) {
                p.visitId = planned.visit.id;
                liaison.insert(p);
            }
        }
        step(stage, i + 1, count);
    }
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

bool DemoProvinceGenerator::generate(const QString &path, const ProgressFn &progress,
                                     const std::atomic<bool> *cancel)
{
    // Only a file this call created may be removed on failure; a server database is
    // never removed (its rows go with the rolled-back transaction).
    const bool file = !storage::DatabaseTarget::isServerUri(path);
    const bool existed = !file || QFileInfo::exists(path);
    try {
        bool completed = false;
        {
            storage::Database db = storage::Database::open(path, storage::Database::Create::MustNotExist);
            db.beginBulkLoad(256); // the full province is ~160 MB: it all stays in the cache
            {
                Builder builder(options_, db, progress, cancel);
                completed = builder.run();
            } // the builder's prepared statements go before the journal mode can change
            if (completed)
                db.endBulkLoad();
        } // closed here, so that the caller can copy the file
        if (!completed && file)
            removeDatabaseFiles(path);
        return completed;
    } catch (...) {
        if (!existed)
            removeDatabaseFiles(path);
        throw;
    }
}

} // namespace cutru
