#pragma once

#include "domain/member.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QString>
#include <functional>

namespace cutru::storage {

// A member as exports write it: every stored field, with the code and name of each
// organisation it refers to (files carry codes and names, never database ids).
struct ExportedMember {
    Member member;
    QString cellCode, cellName;
    QString residenceCommuneCode, residenceCommuneName;
    QString residenceCellCode, residenceCellName;
};

// The members held by, or living in (residence commune or cell), an organisation of
// the subtree at `scopePath` ("/1/7/"; empty: every member), for exports.
class MemberExportQuery {
public:
    MemberExportQuery(const Database &db, QString scopePath);

    int count() const;
    // Each member in name order, then by CCCD (unique), so that two databases holding
    // the same members list them alike whatever their ids. One statement with the
    // organisations joined, read forward; stops when `each` returns false. Returns
    // false when stopped.
    bool forEach(const std::function<bool(const ExportedMember &)> &each) const;

private:
    QString where() const;
    void bind(QSqlQuery &q) const;

    const Database &db_;
    QString scopePath_;
};

} // namespace cutru::storage
