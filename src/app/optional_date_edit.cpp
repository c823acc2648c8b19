#include "app/optional_date_edit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace cutru {

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true);
    setMinimumDate(QDate(1900, 1, 1));
    setMaximumDate(QDate(2100, 12, 31));
    setSpecialValueText(QStringLiteral(" "));
    setDate(minimumDate());
}

QDate OptionalDateEdit::optionalDate() const
{
    return isBlank() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &d)
{
    setDate(d.isValid() ? d : minimumDate());
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    const bool digit = !typed.isEmpty() && typed.at(0).isDigit();
    const bool separator = typed == QLatin1String("/") || typed == QLatin1String(".") || typed == QLatin1String("-");
    if (isBlank() && digit) {
        setDate(start_);
        setSelectedSection(QDateTimeEdit::DaySection);
    } else if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && !isBlank()
               && lineEdit()->selectedText() == lineEdit()->text()) {
        setDate(minimumDate());
        return;
    } else if (separator && justAdvanced_) {
        // A full day or month already moved on to the next part: the "/" typed
        // after it must not skip that part too.
        justAdvanced_ = false;
        event->accept();
        return;
    }
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    justAdvanced_ = digit && currentSection() != before;
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    const bool blank = isBlank();
    QDateEdit::mousePressEvent(event);
    // The popup shows the current date's month: for a blank field, January 1900.
    if (blank && calendarWidget() && calendarWidget()->isVisible())
        calendarWidget()->setCurrentPage(start_.year(), start_.month());
}

} // namespace cutru
