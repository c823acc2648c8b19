#pragma once

#include "domain/codes.h"
#include "services/acting_user.h"
#include "storage/database.h"

#include <QString>
#include <stdexcept>

namespace cutru {

// A request a person or a script got wrong (an unknown report, scope, member or a
// bad period): the message says what and where, for a dialog or stderr.
class RequestError : public std::runtime_error {
public:
    explicit RequestError(QString message)
        : std::runtime_error(message.toStdString()), message_(std::move(message))
    {
    }
    const QString &userMessage() const { return message_; }

private:
    QString message_;
};

// The organisation a report covers.
struct ReportScope {
    qint64 id = 0;
    QString code;
    QString path; // "/1/7/"
    QString name;
    OrgLevel level = OrgLevel::Province;
    QString kind; // CommuneKind / CellKind / WorkplaceType code
};

// Resolves the scope of a report for the acting user. `code` empty: the user's own
// scope — the province for the board, the auditor and the local administrator,
// else the organisation of the user's first grant that may read members. Throws
// RequestError for an unknown code, AccessDenied when the user may not read members
// over the whole of that organisation (a grant on it or above it).
ReportScope resolveReportScope(const storage::Database &db, const ActingUser &user, const QString &code);

} // namespace cutru
