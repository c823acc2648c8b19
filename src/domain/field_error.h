#pragma once

#include <QList>
#include <QString>

namespace cutru {

// A validation failure tied to one field, so a form can show it beside that field
// and an importer can report "row N, field F".
struct FieldError {
    QString field;    // stable field key, e.g. "cccd"
    QString message;  // translated, user-facing

    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

inline bool hasErrorFor(const FieldErrors &errors, const QString &field)
{
    for (const auto &e : errors)
        if (e.field == field)
            return true;
    return false;
}

} // namespace cutru
