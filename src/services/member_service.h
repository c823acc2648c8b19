#pragma once

#include "domain/member.h"
#include "services/acting_user.h"
#include "storage/database.h"

#include <optional>

namespace cutru {

struct SaveOutcome {
    enum class Status { Saved, Invalid, Stale, Failed };
    Status status = Status::Saved;
    FieldErrors errors; // when Invalid: what is wrong, field by field
    QString message;    // when Stale or Failed: what to tell the user

    bool ok() const { return status == Status::Saved; }
};

// Creating and editing members: every rule checked (domain rules, uniqueness of
// CCCD and party card, organisation links), then one transaction in the acting
// user's name.
class MemberService {
public:
    MemberService(storage::Database &db, ActingUser user);

    // Inserts when m.id == 0, updates otherwise; fills id / bumps rowVersion.
    SaveOutcome save(Member &m, const QDate &today = QDate::currentDate());
    std::optional<Member> load(qint64 id) const;
    // Every rule, without saving (forms show the messages as the user types).
    FieldErrors check(const Member &m, const QDate &today = QDate::currentDate()) const;

private:
    storage::Database &db_;
    ActingUser user_;
};

} // namespace cutru
