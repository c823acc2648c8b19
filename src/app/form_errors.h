#pragma once

#include "domain/field_error.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QDateTime;
class QLabel;
class QWidget;

namespace cutru {

// The inline messages of a form: one label under each field, keyed by the service's
// FieldError::field, and one label for messages about fields the form has no place
// for. Labels start hidden and show only while they have a message.
class FormErrors {
public:
    // Styles `label` as an error message and hides it. `editor` takes the focus when
    // its field is the first invalid one (fields count in the order they are added).
    void add(const QString &field, QLabel *label, QWidget *editor = nullptr);
    void setOtherLabel(QLabel *label);

    // Shows `errors` (and clears every other label); focuses the first invalid field's
    // editor. Returns false when there were errors.
    bool show(const FieldErrors &errors, bool focusFirst = true);
    void clear() { show({}, false); }
    // The text shown for `field` ("" when none).
    QString textOf(const QString &field) const;

private:
    struct Field {
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
    };
    QHash<QString, Field> fields_;
    QStringList order_;
    QLabel *other_ = nullptr;
};

// A wait cursor for the lifetime of the object (password hashing takes a moment).
class WaitCursor {
public:
    WaitCursor();
    ~WaitCursor();
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

// Makes `window` tall enough for its contents at its current width (word-wrapped
// messages that appeared); never shrinks it.
void growToFit(QWidget *window);

// Marks `label` as an error message (red, word-wrapped).
void styleAsError(QLabel *label);

// "dd/MM/yyyy HH:mm" in local time of a UTC time; "" for a null one.
QString localDateTimeText(const QDateTime &utc);

// A random password that satisfies AccountService::checkPassword: 10 characters,
// letters and digits, without look-alikes (0/O, 1/l/I).
QString suggestPassword();

} // namespace cutru
