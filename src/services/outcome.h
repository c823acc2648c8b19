#pragma once

#include "domain/field_error.h"

#include <QString>
#include <stdexcept>

namespace cutru {

// What a write service call did. Writes never throw at their callers: they say.
struct SaveOutcome {
    enum class Status { Saved, Invalid, Stale, Denied, Failed };
    Status status = Status::Saved;
    FieldErrors errors; // when Invalid: what is wrong, field by field
    QString message;    // when Stale, Denied or Failed: what to tell the user

    bool ok() const { return status == Status::Saved; }
    static SaveOutcome denied(const QString &message) { return {Status::Denied, {}, message}; }
    static SaveOutcome failed(const QString &message) { return {Status::Failed, {}, message}; }
    static SaveOutcome invalid(FieldErrors errors) { return {Status::Invalid, std::move(errors), {}}; }
    // One field's problem.
    static SaveOutcome invalid(const QString &field, const QString &message) { return invalid({{field, message}}); }
};

// A read the acting user may not make. The message names the action and the roles
// it needs.
class AccessDenied : public std::runtime_error {
public:
    explicit AccessDenied(QString message)
        : std::runtime_error(message.toStdString()), message_(std::move(message))
    {
    }
    const QString &userMessage() const { return message_; }

private:
    QString message_;
};

} // namespace cutru
