#include "services/demo_names.h"

#include <algorithm>
#include <utility>

namespace cutru::demo {
namespace {

struct NameWeight {
    const char *name;
    int weight;
};

// Family names by rough frequency (per mille) in the Red River Delta; Nguyễn is
// about 38 %, Vũ is more common in Thái Bình than nationally.
const NameWeight kFamilies[] = {
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 90}, {"Phạm", 75}, {"Vũ", 55}, {"Hoàng", 35}, {"Bùi", 30},
    {"Đỗ", 28}, {"Đặng", 22}, {"Ngô", 16}, {"Đào", 12}, {"Dương", 10}, {"Đinh", 10}, {"Trịnh", 10},
    {"Phan", 8}, {"Mai", 7}, {"Lương", 6}, {"Đoàn", 6}, {"Cao", 6}, {"Hà", 6}, {"Tô", 5}, {"Lưu", 5},
    {"Tạ", 4}, {"Hồ", 4}, {"Lại", 4}, {"Chu", 3}, {"Nghiêm", 3}, {"Phí", 3}, {"Quách", 2}, {"Vương", 2},
    {"Khổng", 2}, {"Kiều", 2}, {"Lã", 2}, {"Thái", 2},
};

const NameWeight kMiddleMale[] = {
    {"Văn", 420}, {"Đức", 60}, {"Hữu", 50}, {"Minh", 50}, {"Quang", 45}, {"Xuân", 35}, {"Công", 35},
    {"Đình", 35}, {"Thành", 25}, {"Mạnh", 20}, {"Duy", 20}, {"Ngọc", 20}, {"Tiến", 20}, {"Trọng", 20},
    {"Anh", 15}, {"Hồng", 15}, {"Thế", 15}, {"Bá", 15}, {"Việt", 15}, {"Huy", 10}, {"Trung", 10},
    {"Kim", 10}, {"Thanh", 15}, {"Quốc", 15},
};

const NameWeight kMiddleFemale[] = {
    {"Thị", 560}, {"Thu", 45}, {"Ngọc", 40}, {"Thanh", 40}, {"Minh", 25}, {"Hồng", 30}, {"Kim", 25},
    {"Thúy", 20}, {"Phương", 20}, {"Bích", 15}, {"Hải", 15}, {"Mai", 15}, {"Lan", 10}, {"Diệu", 10},
    {"Khánh", 10}, {"Quỳnh", 10}, {"Thùy", 15}, {"Hoài", 10},
};

const char *kGivenMale[] = {
    "Anh", "Bình", "Cường", "Dũng", "Đức", "Hùng", "Hải", "Hiếu", "Hòa", "Hoàng", "Huy", "Khánh", "Khoa",
    "Kiên", "Lâm", "Long", "Luân", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn",
    "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Chiến", "Công",
    "Định", "Giang", "Hậu", "Hưng", "Khải", "Lợi", "Lực", "Nhân", "Phú", "Tâm", "Thái", "Thanh", "Thiện",
    "Thuận", "Tiến", "Trường", "Tú", "Vượng", "Xuân", "Bảo", "Đạt", "Duy", "Hiển", "Hợp", "Kỳ", "Lộc",
    "Ngọc", "Quyết", "Sinh", "Tân", "Thạch", "Thông", "Thường", "Chính", "Đông", "Khương", "Hoan",
};

const char *kGivenFemale[] = {
    "Anh", "Bích", "Châu", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hòa",
    "Hồng", "Huệ", "Hương", "Hường", "Lan", "Liên", "Linh", "Loan", "Mai", "Minh", "My", "Nga", "Ngân",
    "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thắm", "Thanh", "Thơm", "Thu",
    "Thủy", "Thúy", "Trang", "Tuyết", "Uyên", "Vân", "Xuân", "Yến", "Huyền", "Lý", "Nhàn", "Sen", "Tươi",
    "Vui", "Đào", "Gấm", "Hậu", "Lựu", "Mến", "Nhài", "Phượng", "Quế", "Dịu", "Hoài", "Lụa", "Thoa",
};

// Second syllables of commune and village names.
const char *kSyllables[] = {
    "An", "Bình", "Hòa", "Thịnh", "Phú", "Xuân", "Quang", "Minh", "Hưng", "Hồng", "Lạc", "Phúc", "Thọ",
    "Tân", "Hải", "Long", "Sơn", "Thành", "Vinh", "Hiệp", "Lộc", "Mỹ", "Nghĩa", "Thuận", "Tiến", "Hợp",
    "Dũng", "Liên", "Châu", "Đức", "Quý", "Khánh", "Cường", "Thanh", "Hà", "Giang", "Lương", "Ninh",
    "Định", "Điền", "Kim", "Ngọc", "Trà", "Duyên", "Phong", "Lãng", "Trung", "Đồng", "Việt", "Hoàng",
    "Dương", "Nguyên", "Tường", "Xá", "Cao", "Lâm", "Bảo", "Tịnh", "Trường", "Thắng", "Lợi", "Lĩnh",
    "Hội", "Vân", "Uyên", "Đạo",
};

// First syllables of village names: old hamlet names of the delta.
const char *kVillageSyllables[] = {
    "Phất", "Cổ", "Lũ", "Cát", "Vạn", "Nội", "Ngoại", "Trại", "Tú", "Sa", "Hương", "La", "Dục", "Đông",
    "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Đoài", "Mỹ", "Đồng", "Kim", "An", "Phú", "Bình", "Hòa",
    "Tân", "Thái", "Quang", "Xuân", "Hậu", "Tiền", "Khả", "Đa", "Lạc", "Vọng", "Bồng", "Cự", "Lam", "Mộ",
};

const char *kDirections[] = {"Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Đoài"};

template <size_t N> QStringList toList(const char *const (&items)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

const QString &NameGenerator::Weighted::pick(Rng &rng) const
{
    const int r = rng.below(cumulative.back());
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
    return values[qsizetype(it - cumulative.begin())];
}

NameGenerator::NameGenerator()
{
    auto weighted = [](const NameWeight *items, size_t n) {
        Weighted w;
        int total = 0;
        for (size_t i = 0; i < n; ++i) {
            w.values << QString::fromUtf8(items[i].name);
            total += items[i].weight;
            w.cumulative.push_back(total);
        }
        return w;
    };
    auto even = [](const QStringList &values) {
        Weighted w;
        w.values = values;
        for (qsizetype i = 0; i < values.size(); ++i)
            w.cumulative.push_back(int(i) + 1);
        return w;
    };
    family_ = weighted(kFamilies, std::size(kFamilies));
    middleMale_ = weighted(kMiddleMale, std::size(kMiddleMale));
    middleFemale_ = weighted(kMiddleFemale, std::size(kMiddleFemale));
    givenMale_ = even(toList(kGivenMale));
    givenFemale_ = even(toList(kGivenFemale));
    syllables_ = toList(kSyllables);
    villageSyllables_ = toList(kVillageSyllables);
    directions_ = toList(kDirections);
}

QString NameGenerator::personName(Rng &rng, Gender gender) const
{
    const bool male = gender == Gender::Male;
    const QString &family = family_.pick(rng);
    const QString &middle = (male ? middleMale_ : middleFemale_).pick(rng);
    QString given = (male ? givenMale_ : givenFemale_).pick(rng);
    while (given == middle) // "Nguyễn Minh Minh" does not occur
        given = (male ? givenMale_ : givenFemale_).pick(rng);
    QString out;
    out.reserve(family.size() + middle.size() + given.size() + 2);
    out += family;
    out += QLatin1Char(' ');
    out += middle;
    out += QLatin1Char(' ');
    out += given;
    return out;
}

QString NameGenerator::placeName(Rng &rng, const QStringList &prefixes) const
{
    const QString first = prefixes.isEmpty() ? rng.pick(syllables_) : rng.pick(prefixes);
    QString second = rng.pick(syllables_);
    while (second == first)
        second = rng.pick(syllables_);
    return first + QLatin1Char(' ') + second;
}

QString NameGenerator::villageName(Rng &rng) const
{
    const QString &first = rng.pick(villageSyllables_);
    QString second = rng.pick(syllables_);
    while (second == first)
        second = rng.pick(syllables_);
    QString name = first + QLatin1Char(' ') + second;
    if (rng.chance(0.2)) {
        const QString &direction = rng.pick(directions_);
        if (direction != first && direction != second)
            name += QLatin1Char(' ') + direction;
    }
    return name;
}

const std::vector<DistrictSpec> &thaiBinhDistricts()
{
    // The eight units of 2012 with their real wards and townships. 2012 had 267 xã
    // and 9 thị trấn (286 units) while the source counts 285 commune-level
    // committees; Đông Hưng gets one xã fewer (42) so that 266 + 9 + 10 = 285.
    static const std::vector<DistrictSpec> all = [] {
        auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *s : items)
                out << QString::fromUtf8(s);
            return out;
        };
        auto d = [](const char *name, const char *committee, const char *unit, bool city, int communes,
                    QStringList known, QStringList wards, QStringList townships, QStringList prefixes) {
            DistrictSpec s;
            s.name = QString::fromUtf8(name);
            s.committee = QString::fromUtf8(committee);
            s.unit = QString::fromUtf8(unit);
            s.city = city;
            s.communes = communes;
            s.knownCommunes = std::move(known);
            s.wards = std::move(wards);
            s.townships = std::move(townships);
            s.prefixes = std::move(prefixes);
            return s;
        };
        return std::vector<DistrictSpec>{
            d("Thành phố Thái Bình", "Thành ủy Thái Bình", "thành phố Thái Bình", true, 9,
              l({"Đông Hòa", "Đông Mỹ", "Đông Thọ", "Phú Xuân", "Tân Bình", "Vũ Chính", "Vũ Đông", "Vũ Lạc",
                 "Vũ Phúc"}),
              l({"Bồ Xuyên", "Đề Thám", "Hoàng Diệu", "Kỳ Bá", "Lê Hồng Phong", "Phú Khánh", "Quang Trung",
                 "Tiền Phong", "Trần Hưng Đạo", "Trần Lãm"}),
              {}, l({"Vũ", "Đông"})),
            d("Đông Hưng", "Huyện ủy Đông Hưng", "huyện Đông Hưng", false, 42,
              l({"Đông Các", "Đông La", "Đông Xá", "Mê Linh", "Hồng Việt"}), {}, l({"Đông Hưng"}),
              l({"Đông", "Đông", "Đông", "Hồng", "Minh", "Phú", "Liên", "Hoa"})),
            d("Hưng Hà", "Huyện ủy Hưng Hà", "huyện Hưng Hà", false, 33,
              l({"Tân Lễ", "Canh Tân", "Điệp Nông", "Minh Khai"}), {}, l({"Hưng Hà", "Hưng Nhân"}),
              l({"Tân", "Minh", "Hồng", "Phúc", "Văn", "Thái", "Hòa", "Tiến", "Kim", "Hùng", "Liên", "Điệp"})),
            d("Kiến Xương", "Huyện ủy Kiến Xương", "huyện Kiến Xương", false, 36,
              l({"Vũ Quý", "Bình Nguyên", "Quang Bình", "Nam Cao"}), {}, l({"Thanh Nê"}),
              l({"Bình", "Vũ", "Quang", "Thanh", "Nam", "Hồng", "Lê", "Quốc", "Đình", "Tây", "An", "Trà"})),
            d("Quỳnh Phụ", "Huyện ủy Quỳnh Phụ", "huyện Quỳnh Phụ", false, 36,
              l({"Quỳnh Hải", "An Ninh", "Quỳnh Hoa", "An Vũ"}), {}, l({"Quỳnh Côi", "An Bài"}),
              l({"Quỳnh", "Quỳnh", "Quỳnh", "An", "An", "An"})),
            d("Thái Thụy", "Huyện ủy Thái Thụy", "huyện Thái Thụy", false, 47,
              l({"Thái Giang", "Thụy Hải", "Thái Thượng", "Thụy Trường"}), {}, l({"Diêm Điền"}),
              l({"Thái", "Thụy"})),
            d("Tiền Hải", "Huyện ủy Tiền Hải", "huyện Tiền Hải", false, 34,
              l({"Nam Thịnh", "Đông Trà", "Tây Giang", "Vân Trường"}), {}, l({"Tiền Hải"}),
              l({"Nam", "Đông", "Tây", "Vân", "Phương", "An", "Bắc"})),
            d("Vũ Thư", "Huyện ủy Vũ Thư", "huyện Vũ Thư", false, 29,
              l({"Vũ Tiến", "Song Lãng", "Tân Hòa", "Minh Lãng"}), {}, l({"Vũ Thư"}),
              l({"Vũ", "Vũ", "Tân", "Song", "Minh", "Việt", "Hồng", "Bách", "Nguyên", "Dũng", "Tự", "Hiệp",
                 "Xuân", "Tam"})),
        };
    }();
    return all;
}

std::vector<WorkplaceSpec> workplaceSpecs()
{
    std::vector<WorkplaceSpec> out;
    // committee: a party committee (đảng bộ) rather than a cell (chi bộ) — the larger units.
    auto add = [&out](WorkplaceType type, int district, bool committee, const QString &core, const QString &unit,
                      int weight, PositionGroup group) {
        WorkplaceSpec s;
        s.type = type;
        s.district = district;
        s.partyName = (committee ? QStringLiteral("Đảng bộ ") : QStringLiteral("Chi bộ ")) + core;
        s.unit = unit.isEmpty() ? core : unit;
        s.weight = weight;
        s.positions = group;
        out.push_back(s);
    };
    auto province = [&add](WorkplaceType type, const char *core, int weight, PositionGroup group,
                           const char *unit = nullptr) {
        add(type, -1, weight >= 3, QString::fromUtf8(core), unit ? QString::fromUtf8(unit) : QString(), weight,
            group);
    };
    const auto &districts = thaiBinhDistricts();
    const int nd = int(districts.size());
    using W = WorkplaceType;
    using P = PositionGroup;

    province(W::StateOwnedEnterprise, "Công ty Điện lực Thái Bình", 6, P::Enterprise);
    province(W::StateOwnedEnterprise, "Công ty TNHH một thành viên Khai thác công trình thủy lợi Bắc Thái Bình", 4, P::Enterprise);
    province(W::StateOwnedEnterprise, "Công ty TNHH một thành viên Khai thác công trình thủy lợi Nam Thái Bình", 4, P::Enterprise);
    province(W::StateOwnedEnterprise, "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Thái Bình", 4, P::Office);
    province(W::StateOwnedEnterprise, "Bưu điện tỉnh Thái Bình", 3, P::Enterprise);
    province(W::StateOwnedEnterprise, "Viễn thông Thái Bình", 3, P::Enterprise);
    province(W::StateOwnedEnterprise, "Ngân hàng Đầu tư và Phát triển chi nhánh Thái Bình", 2, P::Office);
    province(W::StateOwnedEnterprise, "Công ty Xăng dầu Thái Bình", 2, P::Enterprise);
    province(W::StateOwnedEnterprise, "Công ty TNHH một thành viên Cấp nước Thái Bình", 2, P::Enterprise);
    province(W::StateOwnedEnterprise, "Công ty TNHH một thành viên Xổ số kiến thiết Thái Bình", 1, P::Office);

    const std::pair<const char *, int> jointStock[] = {
        {"May Thái Bình", 4}, {"Bia Hà Nội – Thái Bình", 3}, {"Xây dựng Thái Bình", 3}, {"Xi măng Thái Bình", 3},
        {"Môi trường và Công trình đô thị Thái Bình", 3}, {"Dược phẩm Thái Bình", 2}, {"Giống cây trồng Thái Bình", 2},
        {"Vận tải ô tô Thái Bình", 2}, {"Thương mại Thái Bình", 2}, {"Cơ khí Thái Bình", 2}, {"Gốm sứ Thái Bình", 2},
        {"Vật tư nông nghiệp Thái Bình", 2}, {"Xuất nhập khẩu Thái Bình", 2}, {"Thép Thái Bình", 2},
        {"Kính nổi Thái Bình", 2}, {"Gạch ngói Tiền Hải", 2}, {"Sách và Thiết bị trường học Thái Bình", 1},
        {"Lương thực Thái Bình", 1}, {"In Thái Bình", 1}, {"Thủy sản Thái Bình", 1},
        {"Tư vấn xây dựng Thái Bình", 1}, {"Khách sạn Thái Bình", 1}, {"Đầu tư và Phát triển nhà Thái Bình", 1},
        {"Điện tử Thái Bình", 1},
    };
    for (const auto &[name, weight] : jointStock)
        add(W::JointStockEnterprise, -1, weight >= 3, QStringLiteral("Công ty cổ phần ") + QString::fromUtf8(name),
            QString(), weight, P::Enterprise);
    for (int d = 0; d < nd; ++d)
        add(W::JointStockEnterprise, d, false,
            QStringLiteral("Công ty cổ phần Dịch vụ nông nghiệp ") + districts[size_t(d)].name, QString(), 1,
            P::Enterprise);

    province(W::PrivateEnterprise, "Công ty TNHH Thương mại Hoàng Long", 1, P::Enterprise);
    province(W::PrivateEnterprise, "Công ty TNHH Xây dựng Minh Phát", 1, P::Enterprise);
    province(W::PrivateEnterprise, "Công ty TNHH May Hưng Phát", 1, P::Enterprise);
    for (int d = 1; d < nd; d += 2)
        add(W::PrivateEnterprise, d, false, QStringLiteral("Công ty TNHH Chế biến nông sản ") + districts[size_t(d)].name,
            QString(), 1, P::Enterprise);

    province(W::ForeignInvestedEnterprise, "Công ty TNHH Dệt may Việt – Hàn Thái Bình", 2, P::Enterprise);
    province(W::ForeignInvestedEnterprise, "Công ty TNHH Điện tử Daeyang Việt Nam", 1, P::Enterprise);

    province(W::AdministrativeAgency, "Cơ quan Tỉnh ủy", 5, P::Office, "Văn phòng Tỉnh ủy Thái Bình");
    province(W::AdministrativeAgency, "Văn phòng UBND tỉnh", 3, P::Office, "Văn phòng UBND tỉnh Thái Bình");
    province(W::AdministrativeAgency, "Sở Nông nghiệp và Phát triển nông thôn", 5, P::Office);
    province(W::AdministrativeAgency, "Cục Thuế tỉnh", 4, P::Office, "Cục Thuế tỉnh Thái Bình");
    province(W::AdministrativeAgency, "Sở Tài chính", 2, P::Office);
    province(W::AdministrativeAgency, "Sở Kế hoạch và Đầu tư", 2, P::Office);
    province(W::AdministrativeAgency, "Sở Nội vụ", 2, P::Office);
    province(W::AdministrativeAgency, "Sở Tư pháp", 2, P::Office);
    province(W::AdministrativeAgency, "Sở Công Thương", 3, P::Office);
    province(W::AdministrativeAgency, "Sở Xây dựng", 2, P::Office);
    province(W::AdministrativeAgency, "Sở Giao thông vận tải", 3, P::Office);
    province(W::AdministrativeAgency, "Sở Tài nguyên và Môi trường", 3, P::Office);
    province(W::AdministrativeAgency, "Sở Lao động – Thương binh và Xã hội", 3, P::Office);
    province(W::AdministrativeAgency, "Sở Văn hóa, Thể thao và Du lịch", 3, P::Office);
    province(W::AdministrativeAgency, "Sở Khoa học và Công nghệ", 2, P::Office);
    province(W::AdministrativeAgency, "Sở Thông tin và Truyền thông", 1, P::Office);
    province(W::AdministrativeAgency, "Sở Y tế", 2, P::Office);
    province(W::AdministrativeAgency, "Sở Giáo dục và Đào tạo", 3, P::Office);
    province(W::AdministrativeAgency, "Thanh tra tỉnh", 1, P::Office, "Thanh tra tỉnh Thái Bình");
    province(W::AdministrativeAgency, "Kho bạc Nhà nước tỉnh", 3, P::Office, "Kho bạc Nhà nước Thái Bình");
    province(W::AdministrativeAgency, "Cục Thống kê tỉnh", 2, P::Office, "Cục Thống kê Thái Bình");
    province(W::AdministrativeAgency, "Bảo hiểm xã hội tỉnh", 3, P::Office, "Bảo hiểm xã hội tỉnh Thái Bình");
    province(W::AdministrativeAgency, "Tòa án nhân dân tỉnh", 3, P::Office, "Tòa án nhân dân tỉnh Thái Bình");
    province(W::AdministrativeAgency, "Viện Kiểm sát nhân dân tỉnh", 3, P::Office, "Viện Kiểm sát nhân dân tỉnh Thái Bình");
    province(W::AdministrativeAgency, "Cục Thi hành án dân sự tỉnh", 2, P::Office, "Cục Thi hành án dân sự tỉnh Thái Bình");
    province(W::AdministrativeAgency, "Cơ quan Mặt trận và các đoàn thể tỉnh", 3, P::Office, "Ủy ban MTTQ Việt Nam tỉnh Thái Bình");
    province(W::AdministrativeAgency, "Văn phòng Đoàn Đại biểu Quốc hội và HĐND tỉnh", 1, P::Office);
    province(W::AdministrativeAgency, "Ngân hàng Nhà nước chi nhánh tỉnh Thái Bình", 1, P::Office);
    for (int d = 0; d < nd; ++d) {
        const DistrictSpec &ds = districts[size_t(d)];
        add(W::AdministrativeAgency, d, true, QStringLiteral("Cơ quan ") + ds.committee, QString(), 3, P::Office);
        add(W::AdministrativeAgency, d, true, QStringLiteral("Cơ quan UBND ") + ds.unit, QString(), 3, P::Office);
    }

    province(W::PublicServiceUnit, "Bệnh viện Đa khoa tỉnh Thái Bình", 6, P::Health);
    province(W::PublicServiceUnit, "Trường Đại học Y Dược Thái Bình", 5, P::University);
    province(W::PublicServiceUnit, "Trường Đại học Thái Bình", 3, P::University);
    province(W::PublicServiceUnit, "Trường Cao đẳng Sư phạm Thái Bình", 2, P::University);
    province(W::PublicServiceUnit, "Bệnh viện Nhi Thái Bình", 2, P::Health);
    province(W::PublicServiceUnit, "Bệnh viện Phụ sản Thái Bình", 2, P::Health);
    province(W::PublicServiceUnit, "Đài Phát thanh và Truyền hình Thái Bình", 2, P::Media);
    province(W::PublicServiceUnit, "Bệnh viện Y học cổ truyền Thái Bình", 1, P::Health);
    province(W::PublicServiceUnit, "Bệnh viện Tâm thần Thái Bình", 1, P::Health);
    province(W::PublicServiceUnit, "Báo Thái Bình", 1, P::Media);
    province(W::PublicServiceUnit, "Trường THPT chuyên Thái Bình", 1, P::Education);
    province(W::PublicServiceUnit, "Trường Chính trị tỉnh Thái Bình", 1, P::University);
    province(W::PublicServiceUnit, "Trung tâm Y tế dự phòng tỉnh", 1, P::Health, "Trung tâm Y tế dự phòng tỉnh Thái Bình");
    province(W::PublicServiceUnit, "Trường Cao đẳng Y tế Thái Bình", 1, P::University);
    for (int d = 0; d < nd; ++d) {
        const DistrictSpec &ds = districts[size_t(d)];
        add(W::PublicServiceUnit, d, true, QStringLiteral("Bệnh viện Đa khoa ") + ds.unit, QString(), 3, P::Health);
        add(W::PublicServiceUnit, d, false,
            ds.city ? QStringLiteral("Trường THPT Lê Quý Đôn") : QStringLiteral("Trường THPT ") + ds.name, QString(), 1,
            P::Education);
    }

    province(W::ArmyAndPolice, "Quân sự tỉnh", 8, P::Army, "Bộ Chỉ huy Quân sự tỉnh Thái Bình");
    province(W::ArmyAndPolice, "Công an tỉnh", 10, P::Police, "Công an tỉnh Thái Bình");
    province(W::ArmyAndPolice, "Bộ đội Biên phòng tỉnh", 3, P::Army, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thái Bình");
    for (int d = 0; d < nd; ++d) {
        const DistrictSpec &ds = districts[size_t(d)];
        add(W::ArmyAndPolice, d, true, QStringLiteral("Quân sự ") + ds.unit,
            QStringLiteral("Ban Chỉ huy Quân sự ") + ds.unit, 2, P::Army);
        add(W::ArmyAndPolice, d, true, QStringLiteral("Công an ") + ds.unit, QString(), 3, P::Police);
    }

    province(W::Other, "Liên minh Hợp tác xã tỉnh", 2, P::Association, "Liên minh Hợp tác xã tỉnh Thái Bình");
    province(W::Other, "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", 1, P::Association);
    province(W::Other, "Hội Văn học Nghệ thuật tỉnh", 1, P::Association);
    province(W::Other, "Hội Chữ thập đỏ tỉnh", 1, P::Association);
    province(W::Other, "Quỹ Đầu tư phát triển tỉnh", 1, P::Office);
    province(W::Other, "Hội Đông y tỉnh", 1, P::Association);
    for (int d = 0; d < nd; ++d)
        add(W::Other, d, false, QStringLiteral("Hội Chữ thập đỏ ") + districts[size_t(d)].unit, QString(), 1,
            P::Association);
    return out;
}

QString positionFor(Rng &rng, PositionGroup group)
{
    // Repeats weight the common positions.
    static const QStringList office = toList({"Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên",
                                              "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Kế toán",
                                              "Văn thư", "Thanh tra viên", "Cán bộ"});
    static const QStringList health = toList({"Bác sĩ", "Bác sĩ", "Bác sĩ", "Điều dưỡng", "Điều dưỡng",
                                              "Điều dưỡng", "Dược sĩ", "Kỹ thuật viên", "Hộ sinh", "Trưởng khoa",
                                              "Phó Trưởng khoa", "Y sĩ"});
    static const QStringList education = toList({"Giáo viên", "Giáo viên", "Giáo viên", "Giáo viên", "Giáo viên",
                                                 "Tổ trưởng chuyên môn", "Phó Hiệu trưởng", "Kế toán",
                                                 "Nhân viên thư viện"});
    static const QStringList university = toList({"Giảng viên", "Giảng viên", "Giảng viên", "Giảng viên chính",
                                                  "Trưởng bộ môn", "Chuyên viên", "Phó Trưởng khoa"});
    static const QStringList media = toList({"Phóng viên", "Phóng viên", "Biên tập viên", "Biên tập viên",
                                             "Kỹ thuật viên", "Quay phim", "Phát thanh viên"});
    static const QStringList enterprise = toList({"Công nhân", "Công nhân", "Công nhân", "Công nhân", "Kỹ sư",
                                                  "Kỹ sư", "Kế toán", "Nhân viên kinh doanh",
                                                  "Quản đốc phân xưởng", "Trưởng phòng Kỹ thuật", "Nhân viên"});
    static const QStringList army = toList({"Sĩ quan", "Sĩ quan", "Sĩ quan", "Quân nhân chuyên nghiệp",
                                            "Quân nhân chuyên nghiệp", "Trợ lý Tác chiến", "Trợ lý Chính trị",
                                            "Trợ lý Hậu cần", "Chỉ huy phó"});
    static const QStringList police = toList({"Cán bộ điều tra", "Cán bộ điều tra", "Cảnh sát giao thông",
                                              "Cảnh sát giao thông", "Cảnh sát khu vực", "Cán bộ", "Đội trưởng",
                                              "Phó Đội trưởng"});
    static const QStringList association = toList({"Chuyên viên", "Chuyên viên", "Cán bộ", "Phó Chủ tịch",
                                                   "Kế toán"});
    static const QStringList cooperative = toList({"Xã viên", "Xã viên", "Chủ nhiệm Hợp tác xã", "Kế toán",
                                                   "Cán bộ kỹ thuật"});
    switch (group) {
    case PositionGroup::Office: return rng.pick(office);
    case PositionGroup::Health: return rng.pick(health);
    case PositionGroup::Education: return rng.pick(education);
    case PositionGroup::University: return rng.pick(university);
    case PositionGroup::Media: return rng.pick(media);
    case PositionGroup::Enterprise: return rng.pick(enterprise);
    case PositionGroup::Army: return rng.pick(army);
    case PositionGroup::Police: return rng.pick(police);
    case PositionGroup::Association: return rng.pick(association);
    case PositionGroup::Cooperative: return rng.pick(cooperative);
    }
    return rng.pick(office);
}

const std::vector<OtherCellSpec> &otherCellSpecs()
{
    // %1: the commune's name, %2: its kind ("xã", "phường", "thị trấn").
    static const std::vector<OtherCellSpec> all = {
        {QStringLiteral("Trường THCS %1"), PositionGroup::Education, false, false},
        {QStringLiteral("Trạm Y tế %2 %1"), PositionGroup::Health, false, false},
        {QStringLiteral("Công an %2 %1"), PositionGroup::Police, false, false},
        {QStringLiteral("Trường Tiểu học %1"), PositionGroup::Education, false, false},
        {QStringLiteral("Cơ quan Đảng ủy – UBND %2 %1"), PositionGroup::Office, false, false},
        {QStringLiteral("Quân sự %2 %1"), PositionGroup::Army, false, false},
        {QStringLiteral("Trường Mầm non %1"), PositionGroup::Education, false, false},
        {QStringLiteral("Hợp tác xã dịch vụ nông nghiệp %1"), PositionGroup::Cooperative, true, false},
        {QStringLiteral("Ban Quản lý chợ %1"), PositionGroup::Office, false, true},
        {QStringLiteral("Hợp tác xã mây tre đan %1"), PositionGroup::Cooperative, true, false},
        {QStringLiteral("Hợp tác xã chiếu cói %1"), PositionGroup::Cooperative, true, false},
        {QStringLiteral("Hợp tác xã nuôi trồng thủy sản %1"), PositionGroup::Cooperative, true, false},
    };
    return all;
}

const QStringList &streetNames()
{
    static const QStringList all = toList({
        "Lý Bôn", "Lê Lợi", "Trần Hưng Đạo", "Hai Bà Trưng", "Quang Trung", "Lý Thường Kiệt", "Trần Thái Tông",
        "Kỳ Đồng", "Phan Bá Vành", "Lê Quý Đôn", "Trần Lãm", "Ngô Quyền", "Hoàng Văn Thái", "Minh Khai",
        "Trần Nhân Tông", "Lý Thái Tổ", "Đề Thám", "Bồ Xuyên", "Lê Đại Hành", "Nguyễn Trãi", "Hùng Vương",
        "Trưng Trắc", "Quách Đình Bảo", "Phạm Thế Hiển", "Long Hưng", "Chu Văn An", "Tôn Đức Thắng",
        "Trần Quang Khải", "Lê Hồng Phong", "Nguyễn Thái Học",
    });
    return all;
}

const std::vector<OutsidePlace> &outsidePlaces()
{
    static const std::vector<OutsidePlace> all = {
        {QStringLiteral("Nam Định"), QStringLiteral("tỉnh Nam Định"), QStringLiteral("huyện Giao Thủy"), QStringLiteral("xã Giao Thịnh")},
        {QStringLiteral("Nam Định"), QStringLiteral("tỉnh Nam Định"), QStringLiteral("thành phố Nam Định"), QStringLiteral("phường Trần Đăng Ninh")},
        {QStringLiteral("Nam Định"), QStringLiteral("tỉnh Nam Định"), QStringLiteral("huyện Nghĩa Hưng"), QStringLiteral("xã Nghĩa Lạc")},
        {QStringLiteral("Hải Phòng"), QStringLiteral("thành phố Hải Phòng"), QStringLiteral("huyện Vĩnh Bảo"), QStringLiteral("xã Cổ Am")},
        {QStringLiteral("Hưng Yên"), QStringLiteral("tỉnh Hưng Yên"), QStringLiteral("thành phố Hưng Yên"), QStringLiteral("phường Lê Lợi")},
        {QStringLiteral("Hưng Yên"), QStringLiteral("tỉnh Hưng Yên"), QStringLiteral("huyện Tiên Lữ"), QStringLiteral("xã Thiện Phiến")},
        {QStringLiteral("Hải Dương"), QStringLiteral("tỉnh Hải Dương"), QStringLiteral("huyện Ninh Giang"), QStringLiteral("xã Đồng Tâm")},
        {QStringLiteral("Hà Nội"), QStringLiteral("thành phố Hà Nội"), QStringLiteral("quận Cầu Giấy"), QStringLiteral("phường Dịch Vọng")},
        {QStringLiteral("Hà Nam"), QStringLiteral("tỉnh Hà Nam"), QStringLiteral("thành phố Phủ Lý"), QStringLiteral("phường Hai Bà Trưng")},
    };
    return all;
}

const QStringList &excusedAbsenceReasons()
{
    static const QStringList all = toList({"Đi công tác", "Đi công tác", "Ốm", "Việc gia đình", "Việc gia đình",
                                           "Trực cơ quan", "Đi học tập trung", "Con ốm", "Có việc đột xuất",
                                           "Trực ca", "Đi viện"});
    return all;
}

const QStringList &mobilePrefixes()
{
    static const QStringList all = toList({"091", "094", "098", "097", "096", "090", "093", "088", "086", "035",
                                           "036", "037", "038", "039", "032", "033", "034", "070", "079", "077",
                                           "083", "084", "085", "081", "082", "089"});
    return all;
}

const QStringList &cadrePositions()
{
    // The source: members of the provincial committee, leaders of departments and
    // mass organisations, and deputy heads of the committee's boards — 70 in all.
    static const QStringList all = toList({
        "Phó Bí thư Thường trực Tỉnh ủy",
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Chánh Văn phòng Tỉnh ủy",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy",
        "Phó Chủ tịch UBND tỉnh",
        "Phó Chủ tịch UBND tỉnh",
        "Tỉnh ủy viên, Giám đốc Sở Tài chính",
        "Tỉnh ủy viên, Giám đốc Sở Kế hoạch và Đầu tư",
        "Tỉnh ủy viên, Giám đốc Sở Nội vụ",
        "Tỉnh ủy viên, Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
        "Tỉnh ủy viên, Giám đốc Sở Giáo dục và Đào tạo",
        "Tỉnh ủy viên, Giám đốc Sở Y tế",
        "Tỉnh ủy viên, Giám đốc Sở Công Thương",
        "Tỉnh ủy viên, Giám đốc Sở Giao thông vận tải",
        "Tỉnh ủy viên, Giám đốc Sở Tài nguyên và Môi trường",
        "Tỉnh ủy viên, Giám đốc Sở Xây dựng",
        "Tỉnh ủy viên, Giám đốc Sở Lao động – Thương binh và Xã hội",
        "Tỉnh ủy viên, Giám đốc Sở Văn hóa, Thể thao và Du lịch",
        "Tỉnh ủy viên, Giám đốc Sở Tư pháp",
        "Tỉnh ủy viên, Chánh Thanh tra tỉnh",
        "Tỉnh ủy viên, Cục trưởng Cục Thuế tỉnh",
        "Tỉnh ủy viên, Chánh án Tòa án nhân dân tỉnh",
        "Tỉnh ủy viên, Viện trưởng Viện Kiểm sát nhân dân tỉnh",
        "Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh",
        "Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh",
        "Tỉnh ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh",
        "Tỉnh ủy viên, Bí thư Tỉnh đoàn",
        "Tỉnh ủy viên, Chủ tịch Hội Cựu chiến binh tỉnh",
        "Tỉnh ủy viên, Giám đốc Bệnh viện Đa khoa tỉnh",
        "Tỉnh ủy viên, Hiệu trưởng Trường Đại học Y Dược Thái Bình",
        "Tỉnh ủy viên, Tổng Biên tập Báo Thái Bình",
        "Tỉnh ủy viên, Giám đốc Đài Phát thanh và Truyền hình Thái Bình",
        "Tỉnh ủy viên, Hiệu trưởng Trường Chính trị tỉnh",
        "Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy",
        "Tỉnh ủy viên, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        "Tỉnh ủy viên, Phó Giám đốc Công an tỉnh",
        "Tỉnh ủy viên, Chỉ huy trưởng Bộ đội Biên phòng tỉnh",
        "Tỉnh ủy viên, Giám đốc Kho bạc Nhà nước tỉnh",
        "Tỉnh ủy viên, Giám đốc Bảo hiểm xã hội tỉnh",
        "Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh",
        "Phó Trưởng Ban Tổ chức Tỉnh ủy",
        "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
        "Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
        "Phó Trưởng Ban Dân vận Tỉnh ủy",
        "Phó Trưởng Ban Dân vận Tỉnh ủy",
        "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
        "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
        "Phó Chánh Văn phòng Tỉnh ủy",
        "Phó Trưởng Ban Nội chính Tỉnh ủy",
        "Phó Giám đốc Sở Nội vụ",
        "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
        "Phó Giám đốc Sở Giáo dục và Đào tạo",
        "Phó Giám đốc Sở Y tế",
        "Phó Giám đốc Sở Tài chính",
        "Phó Giám đốc Sở Kế hoạch và Đầu tư",
        "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
        "Phó Chủ tịch Hội Nông dân tỉnh",
        "Phó Chủ tịch Liên đoàn Lao động tỉnh",
        "Phó Bí thư Tỉnh đoàn",
        "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh",
    });
    return all;
}

} // namespace cutru::demo
