#pragma once

#include <QDateEdit>

namespace cutru {

// A date field that may be empty, shown dd/MM/yyyy. QDateEdit always holds a date,
// so its minimum, shown blank, stands for "no date". Typing into the blank field
// starts from a sensible date with the day selected (so "12031985" or "12/03/1985"
// gives 12/03/1985), the calendar opens on that date's month rather than on the
// minimum's, and Delete on the selected text empties the field again.
class OptionalDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // Invalid for "no date".
    QDate optionalDate() const;
    void setOptionalDate(const QDate &date);
    bool isBlank() const { return date() == minimumDate(); }
    // Where typing into the blank field and the calendar start.
    void setStartDate(const QDate &date) { start_ = date; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QDate start_{1970, 1, 1};
    bool justAdvanced_ = false; // the last digit completed a part and moved on
};

} // namespace cutru
