#include "app/members_page.h"

#include "app/member_dialog.h"
#include "app/member_table_model.h"
#include "domain/vietnamese_text.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cutru {

MembersPage::MembersPage(QWidget *parent) : QWidget(parent)
{
    scopeLabel_ = new QLabel(this);
    scopeLabel_->setObjectName(QStringLiteral("scopeLabel"));
    QFont heading = scopeLabel_->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    heading.setBold(true);
    scopeLabel_->setFont(heading);
    scopeLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("searchEdit"));
    search_->setClearButtonEnabled(true);
    search_->setMinimumWidth(320);
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("countLabel"));
    new_ = new QPushButton(QIcon(QStringLiteral(":/icons/members.svg")), QString(), this);
    new_->setObjectName(QStringLiteral("newMemberButton"));
    edit_ = new QPushButton(this);
    edit_->setObjectName(QStringLiteral("editMemberButton"));

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("membersTable"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, which matters at 100,000 of them.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    table_->setSortingEnabled(true);

    auto *top = new QHBoxLayout;
    top->addWidget(search_, 2);
    top->addWidget(count_, 1);
    top->addStretch();
    top->addWidget(new_);
    top->addWidget(edit_);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scopeLabel_);
    layout->addLayout(top);
    layout->addWidget(table_);

    searchTimer_.setSingleShot(true);
    searchTimer_.setInterval(kSearchDelayMs);
    connect(&searchTimer_, &QTimer::timeout, this, &MembersPage::applySearch);
    connect(search_, &QLineEdit::textChanged, this, [this] { searchTimer_.start(); });
    connect(search_, &QLineEdit::returnPressed, this, &MembersPage::applySearch);
    connect(new_, &QPushButton::clicked, this, &MembersPage::newMember);
    connect(edit_, &QPushButton::clicked, this, &MembersPage::editCurrent);
    connect(table_, &QTableView::activated, this, &MembersPage::editCurrent);

    retranslate();
    updateButtons();
}

MembersPage::~MembersPage() = default;

void MembersPage::retranslate()
{
    search_->setPlaceholderText(tr("Search by name, CCCD or party card number (accents optional)"));
    new_->setText(tr("&New member…"));
    edit_->setText(tr("&Edit…"));
    new_->setToolTip(tr("Record a new member in the selected cell"));
    edit_->setToolTip(tr("View and edit the selected member (or double-click a row)"));
    scopeLabel_->setText(scopeName_.isEmpty() ? tr("All members") : scopeName_);
    if (model_) {
        model_->retranslate();
        setColumnWidths();
    }
    updateCountLabel();
}

void MembersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MembersPage::setDatabase(storage::Database *db, const QString &path, const OrganisationTree *tree,
                              const ActingUser &user)
{
    db_ = db;
    user_ = user;
    tree_ = tree;
    error_.clear();
    QItemSelectionModel *oldSelection = table_->selectionModel();
    MemberTableModel *oldModel = model_;
    model_ = nullptr;
    if (db_) {
        model_ = new MemberTableModel(path, user_, this);
        connect(model_, &MemberTableModel::countReady, this, [this] {
            updateCountLabel();
            emit countsChanged();
        });
        connect(model_, &MemberTableModel::windowLoaded, this, [this] {
            if (selectWhenLoaded_ == 0)
                return;
            const int row = model_->rowOf(selectWhenLoaded_);
            if (row >= 0) {
                table_->selectRow(row);
                table_->scrollTo(model_->index(row, 0));
                selectWhenLoaded_ = 0;
            }
        });
        connect(model_, &MemberTableModel::loadFailed, this, [this](const QString &message) {
            error_ = message;
            updateCountLabel();
            emit errorOccurred(message);
        });
        connect(model_, &MemberTableModel::modelReset, this, [this] {
            error_.clear();
            updateCountLabel();
            emit countsChanged();
        });
    }
    table_->setModel(model_);
    // QAbstractItemView::setModel leaves the old selection model to its owner.
    delete oldSelection;
    delete oldModel;
    if (model_) {
        setColumnWidths();
        connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MembersPage::updateButtons);
        applyQuery(true);
    }
    updateButtons();
    updateCountLabel();
}

void MembersPage::setColumnWidths()
{
    // In characters of the average width; the user may resize, the header remembers.
    // Never narrower than the header's text and its sort arrow, in either language.
    static const int chars[MemberTableModel::ColumnCount] = {24, 6, 11, 14, 12, 12, 32, 28, 24};
    const int unit = fontMetrics().averageCharWidth();
    const QFontMetrics header(table_->horizontalHeader()->font());
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c) {
        const QString title = model_->headerData(c, Qt::Horizontal).toString();
        table_->setColumnWidth(c, std::max(chars[c] * unit + 16, header.horizontalAdvance(title) + 32));
    }
}

void MembersPage::setScope(qint64 organisationId, const QString &scopePath, const QString &scopeName)
{
    scopeId_ = organisationId;
    scopePath_ = scopePath;
    scopeName_ = scopeName;
    scopeLabel_->setText(scopeName_.isEmpty() ? tr("All members") : scopeName_);
    applyQuery(false);
}

void MembersPage::applySearch()
{
    searchTimer_.stop();
    applyQuery(false);
}

void MembersPage::applyQuery(bool force)
{
    if (!model_)
        return;
    storage::MemberQuery q = model_->query();
    if (force) {
        // A fresh model starts in the order the header shows.
        q.sort = MemberTableModel::sortFor(table_->horizontalHeader()->sortIndicatorSection());
        q.descending = table_->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
    }
    q.scopePath = scopePath_;
    q.terms = text::searchTerms(search_->text());
    if (force || !(q == model_->query()))
        model_->setQuery(q);
}

void MembersPage::updateCountLabel()
{
    if (!error_.isEmpty()) {
        count_->setStyleSheet(QStringLiteral("color: #c62828;"));
        count_->setText(error_);
        return;
    }
    count_->setStyleSheet(QString());
    if (!model_)
        count_->clear();
    else if (!model_->isCountKnown())
        count_->setText(tr("Counting…"));
    else
        count_->setText(tr("%Ln member(s) shown", nullptr, model_->rowCount()));
}

void MembersPage::updateButtons()
{
    new_->setEnabled(db_ != nullptr && user_.may(Action::EditMembers));
    edit_->setEnabled(model_ && table_->selectionModel() && table_->selectionModel()->hasSelection());
}

void MembersPage::newMember()
{
    openDialog(0);
}

void MembersPage::editMember(qint64 memberId)
{
    if (memberId > 0)
        openDialog(memberId);
}

void MembersPage::editCurrent()
{
    if (!model_)
        return;
    const QModelIndex current = table_->currentIndex();
    if (current.isValid())
        editMember(model_->memberIdAt(current.row()));
}

void MembersPage::openDialog(qint64 memberId)
{
    if (!db_ || !tree_)
        return;
    auto *dialog = new MemberDialog(*db_, *tree_, user_, memberId, scopeId_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isLoaded()) {
        QMessageBox::information(this, tr("Member"), dialog->loadError());
        dialog->deleteLater();
        model_->reload();
        return;
    }
    connect(dialog, &MemberDialog::saved, this, [this](qint64 id) {
        selectWhenLoaded_ = id;
        if (model_)
            model_->reload();
        emit memberSaved(id);
    });
    // Window-modal and non-blocking: the main window stays painted, tests can drive it.
    dialog->open();
}

} // namespace cutru
