#pragma once

#include "services/referral_queries.h"

#include <QAbstractTableModel>
#include <QList>

namespace cutru {

// Labels of the referral states, in the current language.
QString referralStateLabel(ReferralState s);
QString workingMemberStateLabel(storage::WorkingMemberState s);

// A table of rows read a page at a time on the GUI thread's connection as the view
// scrolls (canFetchMore/fetchMore): the count first, then pages of kPageSize. Read
// failures and refusals become error() and errorOccurred(), never exceptions.
class PagedModelSignals : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
signals:
    void errorOccurred(const QString &message);

protected:
    // Logs a read failure with its detail (the user sees only its message).
    static void logReadFailure(const storage::StorageError &e);
};

template <typename Row> class PagedReferralModel : public PagedModelSignals {
public:
    static constexpr int kPageSize = 200;
    using PagedModelSignals::PagedModelSignals;

    // Null: empty. The queries object must outlive its use here.
    void setQueries(const ReferralQueries *queries)
    {
        queries_ = queries;
        reload();
    }
    // Reads the count and the first page again.
    void reload()
    {
        this->beginResetModel();
        rows_.clear();
        total_ = 0;
        error_.clear();
        if (queries_) {
            guarded([&] { total_ = readCount(); });
            if (error_.isEmpty())
                rows_ = page(0);
        }
        this->endResetModel();
        if (!error_.isEmpty())
            emit this->errorOccurred(error_);
    }
    int totalCount() const { return total_; }
    const QString &error() const { return error_; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && queries_ && error_.isEmpty() && rows_.size() < total_;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QList<Row> more = page(static_cast<int>(rows_.size()));
        if (more.isEmpty()) {
            total_ = static_cast<int>(rows_.size()); // the list shrank meanwhile
        } else {
            const int first = static_cast<int>(rows_.size());
            this->beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
            rows_.append(more);
            this->endInsertRows();
        }
        if (!error_.isEmpty())
            emit this->errorOccurred(error_);
    }

protected:
    // Called only with queries set; may throw storage::StorageError or AccessDenied.
    virtual int readCount() const = 0;
    virtual QList<Row> readPage(int offset, int limit) const = 0;

    const ReferralQueries *queries_ = nullptr;
    QList<Row> rows_;

private:
    QList<Row> page(int offset)
    {
        QList<Row> out;
        guarded([&] { out = readPage(offset, kPageSize); });
        return out;
    }
    template <typename F> void guarded(F &&read)
    {
        try {
            read();
        } catch (const storage::StorageError &e) {
            logReadFailure(e);
            error_ = e.userMessage();
        } catch (const AccessDenied &e) {
            error_ = e.userMessage();
        }
    }

    int total_ = 0;
    QString error_;
};

// The commune side's inbox: referrals addressed to the user's commune(s), pending
// first with the days waited (overdue ones highlighted). Read a page of 200 at a
// time on the GUI thread's connection as the view scrolls (canFetchMore/fetchMore);
// a page takes milliseconds on the full province.
class ReferralInboxModel : public PagedReferralModel<storage::ReferralRow> {
    Q_OBJECT
public:
    enum Column {
        MemberColumn,
        CardColumn,
        CommuneColumn,
        IssuerColumn,
        LetterColumn,
        IssuedColumn,
        WaitedColumn,
        StateColumn,
        ReceivedColumn,
        CellColumn,
        ExemptColumn,
        ColumnCount
    };
    enum Role { ReferralIdRole = Qt::UserRole + 1, OverdueRole };

    explicit ReferralInboxModel(QObject *parent = nullptr);

    void setQuery(const storage::ReferralListQuery &query);
    const storage::ReferralListQuery &query() const { return query_; }
    // Letters waiting longer than this are overdue (highlighted).
    void setOverdueDays(int days);
    int overdueDays() const { return overdueDays_; }

    const storage::ReferralRow &referral(int row) const { return rows_.at(row); }
    int rowOf(qint64 referralId) const;
    bool isOverdue(const storage::ReferralRow &r) const { return r.daysWaited > overdueDays_; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

protected:
    int readCount() const override;
    QList<storage::ReferralRow> readPage(int offset, int limit) const override;

private:
    storage::ReferralListQuery query_;
    int overdueDays_ = ReferralQueries::kDefaultOverdueDays;
};

// The workplace side: the working members of the user's workplace organisation(s)
// with their referral state, in name order, read a page at a time like the inbox.
class WorkingMembersModel : public PagedReferralModel<storage::WorkingMemberRow> {
    Q_OBJECT
public:
    enum Column {
        MemberColumn,
        CardColumn,
        OrganisationColumn,
        ResidenceColumn,
        StateColumn,
        LetterColumn,
        IssuedColumn,
        ToColumn,
        ReceivedColumn,
        CellColumn,
        ColumnCount
    };
    enum Role { MemberIdRole = Qt::UserRole + 1 };

    explicit WorkingMembersModel(QObject *parent = nullptr);

    void setQuery(const storage::WorkingMemberQuery &query);
    const storage::WorkingMemberQuery &query() const { return query_; }

    const storage::WorkingMemberRow &member(int row) const { return rows_.at(row); }
    int rowOf(qint64 memberId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

protected:
    int readCount() const override;
    QList<storage::WorkingMemberRow> readPage(int offset, int limit) const override;

private:
    storage::WorkingMemberQuery query_;
};

} // namespace cutru
