#include "app/referral_models.h"

#include "domain/dates.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <spdlog/spdlog.h>

namespace cutru {
namespace {

QString letter(int no, int year)
{
    return no > 0 ? QStringLiteral("%1/%2").arg(no).arg(year) : QString();
}

const QColor kOverdueBackground(255, 228, 225);

} // namespace

QString referralStateLabel(ReferralState s)
{
    switch (s) {
    case ReferralState::Issued: return ReferralInboxModel::tr("Waiting for reception");
    case ReferralState::Received: return ReferralInboxModel::tr("Received");
    case ReferralState::Assigned: return ReferralInboxModel::tr("Assigned to a cell");
    case ReferralState::Ended: return ReferralInboxModel::tr("Ended");
    }
    return {};
}

QString workingMemberStateLabel(storage::WorkingMemberState s)
{
    using S = storage::WorkingMemberState;
    switch (s) {
    case S::NotReferred: return WorkingMembersModel::tr("Not referred");
    case S::Issued: return WorkingMembersModel::tr("Issued, not received");
    case S::Received: return WorkingMembersModel::tr("Received");
    case S::Assigned: return WorkingMembersModel::tr("Assigned to a cell");
    case S::Exempt: return WorkingMembersModel::tr("Exempt from meetings");
    case S::Ended: return WorkingMembersModel::tr("Ended");
    case S::NotToBeReferred: return WorkingMembersModel::tr("Not to be referred");
    }
    return {};
}

void PagedModelSignals::logReadFailure(const storage::StorageError &e)
{
    spdlog::error("referral list read failed: {} ({})", e.userMessage().toStdString(), e.detail().toStdString());
}

// ---- Inbox ---------------------------------------------------------------------------

ReferralInboxModel::ReferralInboxModel(QObject *parent) : PagedReferralModel(parent) {}

void ReferralInboxModel::setQuery(const storage::ReferralListQuery &query)
{
    query_ = query;
    reload();
}

void ReferralInboxModel::setOverdueDays(int days)
{
    overdueDays_ = days;
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReferralInboxModel::readCount() const
{
    return queries_->inboxCount(query_);
}

QList<storage::ReferralRow> ReferralInboxModel::readPage(int offset, int limit) const
{
    return queries_->inbox(query_, offset, limit);
}

int ReferralInboxModel::rowOf(qint64 referralId) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).id == referralId)
            return i;
    return -1;
}

int ReferralInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const storage::ReferralRow &r = rows_.at(index.row());
    const bool overdue = isOverdue(r);
    switch (role) {
    case ReferralIdRole: return r.id;
    case OverdueRole: return overdue;
    case Qt::BackgroundRole: return overdue ? QVariant(QBrush(kOverdueBackground)) : QVariant();
    case Qt::ForegroundRole: return overdue ? QVariant(QBrush(QColor(Qt::black))) : QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == WaitedColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WaitedColumn || index.column() == LetterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case IssuerColumn: return QStringLiteral("%1 (%2)").arg(r.issuingOrgName, r.issuingOrgCode);
        case CommuneColumn: return QStringLiteral("%1 (%2)").arg(r.toCommuneName, r.toCommuneCode);
        case WaitedColumn:
            return overdue ? tr("Overdue: not received %n day(s) after the letter was issued.", nullptr, r.daysWaited)
                           : QVariant();
        case StateColumn:
            if (r.state == ReferralState::Ended && r.endReason)
                return tr("Ended on %1: %2").arg(displayDate(r.endedDate), label(*r.endReason))
                       + (r.endNote.isEmpty() ? QString() : QStringLiteral(" — ") + r.endNote);
            return {};
        case ExemptColumn:
            if (r.exempt)
                return tr("Exempt from %1 to %2").arg(displayDate(r.exemptFrom), r.exemptTo.isValid() ? displayDate(r.exemptTo) : tr("(open)"));
            return {};
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case MemberColumn: return r.memberName;
        case CardColumn: return r.partyCardNo;
        case CommuneColumn: return r.toCommuneName;
        case IssuerColumn: return r.issuingOrgName;
        case LetterColumn: return letter(r.letterNo, r.letterYear);
        case IssuedColumn: return displayDate(r.issueDate);
        case WaitedColumn: return r.daysWaited >= 0 ? QVariant(r.daysWaited) : QVariant();
        case StateColumn: return referralStateLabel(r.state);
        case ReceivedColumn: return displayDate(r.receivedDate);
        case CellColumn: return r.assignedCellName;
        case ExemptColumn: return r.exempt && r.exemptionReason ? label(*r.exemptionReason) : QString();
        default: return {};
        }
    default: return {};
    }
}

QVariant ReferralInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn: return tr("Member");
    case CardColumn: return tr("Party card");
    case CommuneColumn: return tr("Commune");
    case IssuerColumn: return tr("Issued by");
    case LetterColumn: return tr("Letter");
    case IssuedColumn: return tr("Issued");
    case WaitedColumn: return tr("Days waited");
    case StateColumn: return tr("State");
    case ReceivedColumn: return tr("Received");
    case CellColumn: return tr("Cell");
    case ExemptColumn: return tr("Exempt");
    default: return {};
    }
}

void ReferralInboxModel::retranslate()
{
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

// ---- Working members -------------------------------------------------------------------

WorkingMembersModel::WorkingMembersModel(QObject *parent) : PagedReferralModel(parent) {}

void WorkingMembersModel::setQuery(const storage::WorkingMemberQuery &query)
{
    query_ = query;
    reload();
}

int WorkingMembersModel::readCount() const
{
    return queries_->workingMemberCount(query_);
}

QList<storage::WorkingMemberRow> WorkingMembersModel::readPage(int offset, int limit) const
{
    return queries_->workingMembers(query_, offset, limit);
}

int WorkingMembersModel::rowOf(qint64 memberId) const
{
    for (int i = 0; i < rows_.size(); ++i)
        if (rows_.at(i).memberId == memberId)
            return i;
    return -1;
}

int WorkingMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkingMembersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const storage::WorkingMemberRow &w = rows_.at(index.row());
    using S = storage::WorkingMemberState;
    switch (role) {
    case MemberIdRole: return w.memberId;
    case Qt::TextAlignmentRole:
        if (index.column() == LetterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OrganisationColumn: return QStringLiteral("%1 (%2)").arg(w.organisationName, w.organisationCode);
        case ResidenceColumn: {
            QStringList parts;
            for (const QString &p : {w.residenceAddress, w.residenceCellName, w.residenceCommuneName, w.residenceProvince})
                if (!p.isEmpty())
                    parts << p;
            return parts.join(QStringLiteral(", "));
        }
        case StateColumn:
            if (w.state == S::NotToBeReferred)
                return w.notReferredReason;
            if (w.state == S::Ended && w.endReason)
                return tr("Ended on %1: %2").arg(displayDate(w.endedDate), label(*w.endReason));
            if (w.state == S::Exempt && w.exemptionReason)
                return label(*w.exemptionReason);
            return {};
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case MemberColumn: return w.fullName;
        case CardColumn: return w.partyCardNo;
        case OrganisationColumn: return w.organisationName;
        case ResidenceColumn:
            if (!w.residenceCommuneName.isEmpty())
                return w.residenceCommuneName;
            if (!w.residenceProvince.isEmpty())
                return tr("%1 (outside the database)").arg(w.residenceProvince);
            return tr("(not recorded)");
        case StateColumn: return workingMemberStateLabel(w.state);
        case LetterColumn: return letter(w.letterNo, w.letterYear);
        case IssuedColumn: return displayDate(w.issueDate);
        case ToColumn: return w.toCommuneId > 0 ? w.toCommuneName : w.externalCommittee;
        case ReceivedColumn: return displayDate(w.receivedDate);
        case CellColumn: return w.assignedCellName;
        default: return {};
        }
    default: return {};
    }
}

QVariant WorkingMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn: return tr("Member");
    case CardColumn: return tr("Party card");
    case OrganisationColumn: return tr("Organisation");
    case ResidenceColumn: return tr("Residence");
    case StateColumn: return tr("Referral");
    case LetterColumn: return tr("Letter");
    case IssuedColumn: return tr("Issued");
    case ToColumn: return tr("Addressed to");
    case ReceivedColumn: return tr("Received");
    case CellColumn: return tr("Cell");
    default: return {};
    }
}

void WorkingMembersModel::retranslate()
{
    if (!rows_.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace cutru
