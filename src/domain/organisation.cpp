#include "domain/organisation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cutru {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::Organisation)
};
} // namespace

bool canBeChildOf(OrgLevel child, OrgLevel parent)
{
    switch (child) {
    case OrgLevel::Province: return false;
    case OrgLevel::District: return parent == OrgLevel::Province;
    case OrgLevel::Commune: return parent == OrgLevel::Province || parent == OrgLevel::District;
    case OrgLevel::Cell: return parent == OrgLevel::Commune || parent == OrgLevel::Workplace;
    case OrgLevel::Workplace: return parent == OrgLevel::Province || parent == OrgLevel::District;
    }
    return false;
}

FieldErrors validate(const Organisation &o)
{
    FieldErrors errors;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    if (o.code.trimmed().isEmpty())
        errors.append({QStringLiteral("code"), Tr::tr("The code is required.")});
    else if (!codePattern.match(o.code).hasMatch())
        errors.append({QStringLiteral("code"),
                       Tr::tr("The code may hold only letters, digits, '.', '_' and '-' (at most 32).")});
    if (o.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), Tr::tr("The name is required.")});

    bool kindOk = true;
    switch (o.level) {
    case OrgLevel::Commune: kindOk = fromCode<CommuneKind>(o.kind).has_value(); break;
    case OrgLevel::Cell: kindOk = fromCode<CellKind>(o.kind).has_value(); break;
    case OrgLevel::Workplace: kindOk = fromCode<WorkplaceType>(o.kind).has_value(); break;
    default: kindOk = o.kind.isEmpty(); break;
    }
    if (!kindOk)
        errors.append({QStringLiteral("kind"), Tr::tr("Choose a kind that fits this level of organisation.")});
    if (o.validFrom.isValid() && o.validTo.isValid() && o.validTo <= o.validFrom)
        errors.append({QStringLiteral("validTo"), Tr::tr("The end of validity must come after its start.")});
    return errors;
}

} // namespace cutru
