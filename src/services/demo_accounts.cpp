#include "services/demo_province.h"

namespace cutru {

QList<DemoAccount> demoAccounts()
{
    // One account per role, over organisations every scale of the demo has: the first
    // ward of the provincial city, its first residential group, the first
    // province-level workplace organisation.
    return {
        {QStringLiteral("admin"), QStringLiteral("Quản trị Ban Tổ chức"), Role::ProvincialBoard, QStringLiteral("TB")},
        {QStringLiteral("kiemtra"), QStringLiteral("Kiểm tra viên"), Role::Auditor, QStringLiteral("TB")},
        {QStringLiteral("vanphong.xa"), QStringLiteral("Văn phòng đảng ủy cơ sở"), Role::CommuneOffice,
         QStringLiteral("TB.D01.C001")},
        {QStringLiteral("bithu.chibo"), QStringLiteral("Bí thư chi bộ"), Role::CellSecretary,
         QStringLiteral("TB.D01.C001.K001")},
        {QStringLiteral("canbo.coquan"), QStringLiteral("Cán bộ tổ chức cơ quan"), Role::WorkplaceOfficer,
         QStringLiteral("TB.W001")},
    };
}

QString demoPassword()
{
    return QStringLiteral("cutru2012");
}

} // namespace cutru
