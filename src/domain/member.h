#pragma once

#include "domain/codes.h"
#include "domain/field_error.h"

#include <QDate>
#include <QString>

namespace cutru {

// A party member as recorded by the organisation board (domain.md, "Member data").
struct Member {
    qint64 id = 0;
    QString fullName;
    Gender gender = Gender::Male;
    QDate birthDate;
    QString cccd;             // national identity number, 12 digits
    QString partyCardNo;      // số thẻ đảng viên; none until official membership
    QString personalRecordNo; // số lý lịch
    QDate admissionDate;      // ngày vào Đảng
    QDate officialDate;       // ngày chính thức; null while probationary
    qint64 cellId = 0;        // where membership is held: a cell or a workplace organisation
    QString workplace;        // agency / enterprise / unit, as text
    QString position;
    QString phone;
    // Place of residence: permanent registration, or temporary for a year or more.
    QString residenceProvince;   // text, so that another province is allowed
    qint64 residenceCommuneId = 0; // commune-level committee in this database, if any
    qint64 residenceCellId = 0;    // village / residential-group cell, if known
    QString residenceAddress;      // street address (or full address when outside)
    QString notes;
    int rowVersion = 1;
};

// Minimum age at admission (Party Charter).
constexpr int kMinimumAdmissionAge = 18;

// Field checks that need no database, against `today` for "not in the future".
// Uniqueness (CCCD, party card) and organisation links are checked by services.
FieldErrors validate(const Member &m, const QDate &today);

// Individual rules, exposed for importers and tests.
bool isValidCccd(const QString &cccd);
bool isValidPhone(const QString &phone);
QString normalisePhone(const QString &phone);

} // namespace cutru
