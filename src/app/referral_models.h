#pragma once

#include "services/referral_queries.h"

#include <QAbstractTableModel>
#include <QList>

namespace cutru {

// Labels of the referral states, in the current language.
QString referralStateLabel(ReferralState s);
QString workingMemberStateLabel(storage::WorkingMemberState s);

// The commune side's inbox: referrals addressed to the user's commune(s), pending
// first with the days waited (overdue ones highlighted). Read a page of 200 at a
// time on the GUI thread's connection as the view scrolls (canFetchMore/fetchMore);
// a page takes milliseconds on the full province.
class ReferralInboxModel : public QAbstractTableModel {
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
    static constexpr int kPageSize = 200;

    explicit ReferralInboxModel(QObject *parent = nullptr);

    // Null: empty. The queries object must outlive its use here.
    void setQueries(const ReferralQueries *queries);
    void setQuery(const storage::ReferralListQuery &query);
    const storage::ReferralListQuery &query() const { return query_; }
    // Letters waiting longer than this are overdue (highlighted).
    void setOverdueDays(int days);
    int overdueDays() const { return overdueDays_; }
    // Reads the count and the first page again.
    void reload();

    int totalCount() const { return total_; }
    const storage::ReferralRow &referral(int row) const { return rows_.at(row); }
    int rowOf(qint64 referralId) const;
    const QString &error() const { return error_; }
    bool isOverdue(const storage::ReferralRow &r) const { return r.daysWaited > overdueDays_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void retranslate();

signals:
    void errorOccurred(const QString &message);

private:
    QList<storage::ReferralRow> readPage(int offset);

    const ReferralQueries *queries_ = nullptr;
    storage::ReferralListQuery query_;
    QList<storage::ReferralRow> rows_;
    int total_ = 0;
    int overdueDays_ = ReferralQueries::kDefaultOverdueDays;
    QString error_;
};

// The workplace side: the working members of the user's workplace organisation(s)
// with their referral state, in name order, read a page at a time like the inbox.
class WorkingMembersModel : public QAbstractTableModel {
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
    static constexpr int kPageSize = 200;

    explicit WorkingMembersModel(QObject *parent = nullptr);

    void setQueries(const ReferralQueries *queries);
    void setQuery(const storage::WorkingMemberQuery &query);
    const storage::WorkingMemberQuery &query() const { return query_; }
    void reload();

    int totalCount() const { return total_; }
    const storage::WorkingMemberRow &member(int row) const { return rows_.at(row); }
    int rowOf(qint64 memberId) const;
    const QString &error() const { return error_; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void retranslate();

signals:
    void errorOccurred(const QString &message);

private:
    QList<storage::WorkingMemberRow> readPage(int offset);

    const ReferralQueries *queries_ = nullptr;
    storage::WorkingMemberQuery query_;
    QList<storage::WorkingMemberRow> rows_;
    int total_ = 0;
    QString error_;
};

} // namespace cutru
