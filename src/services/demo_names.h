#pragma once

#include "domain/codes.h"

#include <QString>
#include <QStringList>
#include <vector>

// Tables and a deterministic generator for the demo province: Vietnamese personal
// names, place names, and the 2012 geography and workplaces of Thái Bình. The texts
// are data of the demo database (Vietnamese records), not user-interface strings,
// so they are not translated.
namespace cutru::demo {

// splitmix64: tiny, fast, and the same on every platform and standard library
// (std distributions are not), so a seed always gives the same province.
class Rng {
public:
    explicit Rng(quint64 seed, quint64 stream = 0)
        : state_(seed * 0x9E3779B97F4A7C15ULL + (stream + 1) * 0xD1B54A32D192ED03ULL)
    {
    }

    quint64 next()
    {
        quint64 z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 <= result < n (n > 0); the modulo bias is below 1e-12 for our n.
    int below(int n) { return int(next() % quint64(n)); }
    // lo <= result <= hi
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    // [0, 1)
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    double range(double lo, double hi) { return lo + (hi - lo) * unit(); }
    template <typename List> const auto &pick(const List &list) { return list[below(int(list.size()))]; }

private:
    quint64 state_;
};

// Vietnamese full names (family, middle, given) with real diacritics, family names
// weighted by their frequency, middle and given names by gender.
class NameGenerator {
public:
    NameGenerator();
    QString personName(Rng &rng, Gender gender) const;
    // A two-syllable place name: one of `prefixes` (any syllable when empty) and a
    // second syllable, e.g. "Thái Giang".
    QString placeName(Rng &rng, const QStringList &prefixes) const;
    // A village name: two syllables, sometimes with a direction ("Phất Lộc Tây").
    QString villageName(Rng &rng) const;

private:
    struct Weighted {
        QStringList values;
        std::vector<int> cumulative;
        const QString &pick(Rng &rng) const;
    };
    Weighted family_, middleMale_, middleFemale_, givenMale_, givenFemale_;
    QStringList syllables_, villageSyllables_, directions_;
};

// One district-level unit of 2012 (the eight of the source).
struct DistrictSpec {
    QString name;           // "Đông Hưng"
    QString committee;      // "Huyện ủy Đông Hưng"
    QString unit;           // "huyện Đông Hưng" / "thành phố Thái Bình", for workplace names and addresses
    bool city = false;
    int communes = 0;       // xã, at full scale
    QStringList knownCommunes; // real xã names, used before generated ones
    QStringList wards;      // phường
    QStringList townships;  // thị trấn
    QStringList prefixes;   // first syllables of generated xã names, as is usual in the district
};
const std::vector<DistrictSpec> &thaiBinhDistricts();

// What the members of a workplace do, for their position text.
enum class PositionGroup { Office, Health, Education, University, Media, Enterprise, Army, Police, Association, Cooperative };

// A workplace party organisation. At scale s the generator keeps the first
// max(1, round(n·s)) of each type, so province-level ones come first.
struct WorkplaceSpec {
    WorkplaceType type;
    int district = -1;      // index into thaiBinhDistricts(); -1 = under the province
    QString partyName;      // "Đảng bộ Quân sự tỉnh", "Chi bộ Sở Tư pháp"
    QString unit;           // the workplace as members' records name it
    int weight = 1;         // relative number of members
    PositionGroup positions = PositionGroup::Office;
};
std::vector<WorkplaceSpec> workplaceSpecs();

QString positionFor(Rng &rng, PositionGroup group);

// The kinds of "other" cells of a commune, in the order a commune gets them.
struct OtherCellSpec {
    QString unit;           // "Trường THCS %1" — %1 the commune's name, %2 its kind word
    PositionGroup positions;
    bool ruralOnly = false;
    bool urbanOnly = false;
};
const std::vector<OtherCellSpec> &otherCellSpecs();

const QStringList &streetNames();

// A residence outside the province (a few working members live in a neighbouring one).
struct OutsidePlace {
    QString province;      // "Nam Định", as members' records name it
    QString provinceUnit;  // "tỉnh Nam Định" / "thành phố Hải Phòng", for addresses
    QString district;  // "huyện Giao Thủy"
    QString commune;   // "xã Giao Thịnh"
};
const std::vector<OutsidePlace> &outsidePlaces();

const QStringList &excusedAbsenceReasons();
const QStringList &mobilePrefixes();

// Provincial leaders assigned as liaison cadres (Standing Committee first).
const QStringList &cadrePositions();

} // namespace cutru::demo
