#include "domain/member.h"

#include "domain/vietnamese_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cutru {

// The context is declared, not passed, so that lupdate files the strings under it
// (a free tr() would land in the enclosing namespace's or class's context).
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::Member)
};
} // namespace

bool isValidCccd(const QString &cccd)
{
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    return twelveDigits.match(cccd).hasMatch();
}

QString normalisePhone(const QString &phone)
{
    QString out;
    for (const QChar c : phone)
        if (c.isDigit() || (c == QLatin1Char('+') && out.isEmpty()))
            out.append(c);
    return out;
}

bool isValidPhone(const QString &phone)
{
    // Vietnamese numbers since 2017-2018: mobiles 0[35789] + 8 digits; landlines
    // 02 + area code + subscriber, 11 digits in all; +84 may replace the leading 0.
    // Spaces, dots and dashes between digit groups are accepted.
    static const QRegularExpression allowed(QStringLiteral("^[0-9+ .()-]+$"));
    static const QRegularExpression shape(QStringLiteral("^(0|\\+84)([35789][0-9]{8}|2[0-9]{9})$"));
    return allowed.match(phone).hasMatch() && shape.match(normalisePhone(phone)).hasMatch();
}

static int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

FieldErrors validate(const Member &m, const QDate &today)
{
    FieldErrors errors;
    auto add = [&errors](const char *field, const QString &msg) {
        errors.append({QString::fromLatin1(field), msg});
    };

    const QString name = text::normalise(m.fullName);
    static const QRegularExpression noDigits(QStringLiteral("[0-9@#$%^&*_=+<>/\\\\|{}\\[\\]]"));
    if (name.isEmpty())
        add("fullName", Tr::tr("The full name is required."));
    else if (!name.contains(QLatin1Char(' ')))
        add("fullName", Tr::tr("Enter the full name: family name, middle name and given name."));
    else if (noDigits.match(name).hasMatch())
        add("fullName", Tr::tr("A name may not contain digits or symbols."));
    else if (name.size() > 100)
        add("fullName", Tr::tr("The name is longer than 100 characters."));

    if (!m.birthDate.isValid())
        add("birthDate", Tr::tr("The date of birth is required."));
    else if (m.birthDate > today)
        add("birthDate", Tr::tr("The date of birth is in the future."));

    if (m.cccd.isEmpty()) {
        add("cccd", Tr::tr("The CCCD number is required."));
    } else if (!isValidCccd(m.cccd)) {
        add("cccd", Tr::tr("The CCCD number must be exactly 12 digits."));
    } else if (m.birthDate.isValid()) {
        // Digit 4 encodes gender and century (0/1: male/female born 19xx, 2/3: 20xx);
        // digits 5-6 are the last two digits of the year of birth.
        const int centuryGender = m.cccd.at(3).digitValue();
        const int century = centuryGender / 2;
        const bool female = centuryGender % 2 == 1;
        const int yy = m.cccd.mid(4, 2).toInt();
        const bool centuryMatches = (century == 0 && m.birthDate.year() / 100 == 19)
                                    || (century == 1 && m.birthDate.year() / 100 == 20);
        if (centuryGender > 3 || !centuryMatches || yy != m.birthDate.year() % 100)
            add("cccd", Tr::tr("The CCCD number does not match the year of birth (digits 4 to 6)."));
        else if (female != (m.gender == Gender::Female))
            add("cccd", Tr::tr("The CCCD number does not match the gender (digit 4)."));
    }

    static const QRegularExpression cardPattern(QStringLiteral("^[0-9][0-9.]{4,14}$"));
    if (!m.partyCardNo.isEmpty() && !cardPattern.match(m.partyCardNo).hasMatch())
        add("partyCardNo", Tr::tr("The party card number holds 5 to 15 digits (dots allowed)."));
    if (m.partyCardNo.isEmpty() && m.officialDate.isValid())
        add("partyCardNo", Tr::tr("An official member has a party card number."));

    if (!m.admissionDate.isValid()) {
        add("admissionDate", Tr::tr("The date of admission is required."));
    } else {
        if (m.admissionDate > today)
            add("admissionDate", Tr::tr("The date of admission is in the future."));
        if (m.birthDate.isValid() && m.admissionDate <= m.birthDate)
            add("admissionDate", Tr::tr("The date of admission must come after the date of birth."));
        else if (m.birthDate.isValid() && ageOn(m.birthDate, m.admissionDate) < kMinimumAdmissionAge)
            add("admissionDate", Tr::tr("A member is admitted at 18 or older."));
    }
    if (m.officialDate.isValid()) {
        if (m.officialDate > today)
            add("officialDate", Tr::tr("The date of official membership is in the future."));
        if (m.admissionDate.isValid() && m.officialDate < m.admissionDate)
            add("officialDate", Tr::tr("Official membership cannot come before admission."));
    }

    if (m.cellId <= 0)
        add("cellId", Tr::tr("Choose the cell where the member holds membership."));
    if (!m.phone.isEmpty() && !isValidPhone(m.phone))
        add("phone", Tr::tr("Enter a Vietnamese phone number: a mobile of 10 digits (09…, 03…) or a landline of 11 digits (02…); +84 may replace the leading 0."));
    if (m.residenceCellId > 0 && m.residenceCommuneId <= 0)
        add("residenceCommuneId", Tr::tr("Choose the commune of the residence cell."));
    return errors;
}

} // namespace cutru
