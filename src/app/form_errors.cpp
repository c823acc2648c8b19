#include "app/form_errors.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QRandomGenerator>
#include <QWidget>

namespace cutru {

WaitCursor::WaitCursor()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
}

WaitCursor::~WaitCursor()
{
    QApplication::restoreOverrideCursor();
}

void growToFit(QWidget *window)
{
    QLayout *layout = window ? window->layout() : nullptr;
    if (!layout)
        return;
    layout->activate();
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width()) : -1;
    if (needed < 0)
        needed = layout->totalSizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void styleAsError(QLabel *label)
{
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
}

void FormErrors::add(const QString &field, QLabel *label, QWidget *editor)
{
    styleAsError(label);
    label->setVisible(false);
    fields_.insert(field, {label, editor});
    order_ << field;
}

void FormErrors::setOtherLabel(QLabel *label)
{
    styleAsError(label);
    label->setVisible(false);
    other_ = label;
}

bool FormErrors::show(const FieldErrors &errors, bool focusFirst)
{
    QHash<QString, QStringList> byField;
    QStringList other;
    for (const FieldError &e : errors) {
        if (fields_.contains(e.field))
            byField[e.field] << e.message;
        else
            other << e.message;
    }
    for (auto it = fields_.cbegin(); it != fields_.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it->label->setText(messages.join(QLatin1Char('\n')));
        it->label->setVisible(!messages.isEmpty());
    }
    if (other_) {
        other_->setText(other.join(QLatin1Char('\n')));
        other_->setVisible(!other.isEmpty());
    }
    if (!fields_.isEmpty())
        growToFit(fields_.cbegin()->label->window());
    if (focusFirst) {
        for (const QString &field : std::as_const(order_)) {
            const Field f = fields_.value(field);
            if (byField.contains(field) && f.editor && f.editor->isEnabled()) {
                f.editor->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
    }
    return errors.isEmpty();
}

QString FormErrors::textOf(const QString &field) const
{
    if (fields_.contains(field))
        return fields_.value(field).label->text();
    return {};
}

QString localDateTimeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString suggestPassword()
{
    static const QString letters = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString digits = QStringLiteral("23456789");
    auto *rng = QRandomGenerator::system();
    QString out;
    for (int i = 0; i < 10; ++i) {
        // Digits at two fixed places, so that both kinds are always present.
        const QString &from = (i == 3 || i == 7) ? digits : letters;
        out += from.at(int(rng->bounded(quint32(from.size()))));
    }
    return out;
}

} // namespace cutru
