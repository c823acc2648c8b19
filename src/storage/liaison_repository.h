#pragma once

#include "domain/residence.h"
#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The provincial liaison cadres (domain.md, "Provincial oversight"): the register,
// dated assignments to districts and communes, visits and the problems they raise.
// Every write must run inside a Transaction; updates check row_version and return
// false when the stored row is newer or gone.
namespace cutru::storage {

// An organisation offered in a form (a district, a commune, a cell).
struct LiaisonPlace {
    qint64 id = 0;
    qint64 parentId = 0;
    QString code;
    QString name;
    QString path;
    OrgLevel level = OrgLevel::Commune;
};

struct AssignmentRow {
    LiaisonAssignment assignment;
    QString organisationCode;
    QString organisationName;
    OrgLevel organisationLevel = OrgLevel::Commune;
};

// A cadre assigned to a commune on a day, directly or through its district.
struct CadreOnDuty {
    LiaisonCadre cadre;
    AssignmentRow assignment;
};

struct VisitRow {
    LiaisonVisit visit;
    QString cadreName;
    QString communeCode;
    QString communeName;
    QString communePath;
    QString cellName;
    QDate meetingDate; // the linked meeting's date; null when none is linked
    QString meetingVenue;
    int problems = 0;     // problems raised at the visit
    int unresolved = 0;   // of those, not resolved
};

// A meeting of a cell offered for linking to a visit.
struct MeetingChoice {
    qint64 id = 0;
    qint64 cellId = 0;
    QDate date;
    MeetingKind kind = MeetingKind::Periodic;
    QString venue;
    bool held = true;
};

// One line of the provincial board's open-problems list.
struct OpenProblemRow {
    LiaisonProblem problem;
    QDate visitDate;
    int daysOpen = 0; // from the visit to the day asked
    qint64 cadreId = 0;
    QString cadreName;
    qint64 communeId = 0;
    QString communeCode;
    QString communeName;
    qint64 cellId = 0;
    QString cellName;
    qint64 districtId = 0; // 0: the commune sits directly under the province (two-tier)
    QString districtName;
};

struct OpenProblemFilter {
    std::optional<ProblemCategory> category;
    // nullopt: every district; 0: communes directly under the province; else that district.
    std::optional<qint64> districtId;
    // Communes under one of these paths only; empty: everywhere.
    QStringList scopePaths;
};

struct VisitFilter {
    qint64 cadreId = 0;   // 0: any cadre
    qint64 communeId = 0; // 0: any commune
    QStringList scopePaths; // communes under one of these paths only; empty: everywhere
};

class LiaisonRepository {
public:
    explicit LiaisonRepository(const Database &db);

    // ---- Cadres
    void insert(LiaisonCadre &c);
    bool update(LiaisonCadre &c);
    std::optional<LiaisonCadre> cadreById(qint64 id) const;
    // In the order they were recorded. With scope paths: the cadres assigned to an
    // organisation on the way to or under one of them, or who visited a commune under one.
    QList<LiaisonCadre> cadres(const QStringList &scopePaths = {}) const;

    // ---- Assignments
    void insert(LiaisonAssignment &a);
    bool update(LiaisonAssignment &a);
    std::optional<LiaisonAssignment> assignmentById(qint64 id) const;
    // A cadre's assignments, the latest first.
    QList<AssignmentRow> assignmentsOf(qint64 cadreId) const;
    // Who is assigned to the commune on `day`: to the commune itself or to an
    // organisation above it (its district), in the order the cadres were recorded.
    QList<CadreOnDuty> assignedTo(qint64 communeId, const QDate &day) const;

    // ---- Visits
    void insert(LiaisonVisit &v);
    bool update(LiaisonVisit &v);
    std::optional<LiaisonVisit> visitById(qint64 id) const;
    // Newest first.
    QList<VisitRow> visits(const VisitFilter &filter) const;
    std::optional<VisitRow> visitRow(qint64 id) const;

    // ---- Problems
    void insert(LiaisonProblem &p);
    bool update(LiaisonProblem &p);
    std::optional<LiaisonProblem> problemById(qint64 id) const;
    // In the order they were recorded.
    QList<LiaisonProblem> problemsOf(qint64 visitId) const;
    // Problems not resolved, oldest visit first, with the days open up to `asOf`.
    QList<OpenProblemRow> openProblems(const OpenProblemFilter &filter, const QDate &asOf) const;

    // ---- Choices for forms
    // Organisations of one level (district, commune, cell), in tree order; under one of
    // the scope paths only when given.
    QList<LiaisonPlace> places(OrgLevel level, const QStringList &scopePaths = {}) const;
    std::optional<LiaisonPlace> place(qint64 id) const;
    // The cell's meetings dated within `days` of `day`, nearest first.
    QList<MeetingChoice> meetingsNear(qint64 cellId, const QDate &day, int days) const;
    std::optional<MeetingChoice> meeting(qint64 id) const;

private:
    const Database &db_;
};

} // namespace cutru::storage
