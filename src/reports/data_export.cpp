#include "reports/data_export.h"

#include "services/csv_format.h"

#include "domain/access.h"
#include "domain/vietnamese_text.h"
#include "services/report_scope.h"
#include "storage/member_export_query.h"
#include "storage/organisation_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryFile>
#include <algorithm>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>
#include <xlsxwriter.h>

namespace cutru::reports {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::reports::DataExport)
};

constexpr int kProgressEvery = 1000;

// One cell of a data row: text, or a date (CSV writes it dd/MM/yyyy, XLSX as a date).
struct Value {
    QString text;
    QDate date;
};

QString csvDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// Where exported rows go. Each writer works on a temporary file beside the target and
// renames it into place in finish(); destroying it unfinished leaves nothing behind.
class RowWriter {
public:
    virtual ~RowWriter() = default;
    virtual bool begin(const QList<ImportField> &columns) = 0;
    virtual void row(const std::vector<Value> &cells) = 0;
    // Renames the finished file into place; false with a message when anything failed.
    virtual bool finish() = 0;
    const QString &error() const { return error_; }

protected:
    bool cannot(const QString &path, const QString &why)
    {
        if (error_.isEmpty())
            error_ = Tr::tr("Cannot write the export file %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    QString error_;
};

// RFC 4180, as docs/data-formats.md "CSV output": UTF-8 with BOM, comma, CRLF.
class CsvWriter final : public RowWriter {
public:
    explicit CsvWriter(const QString &path) : path_(path), file_(path) { }

    bool begin(const QList<ImportField> &columns) override
    {
        if (!file_.open(QIODevice::WriteOnly))
            return cannot(path_, file_.errorString());
        buffer_ = QByteArray(csv::kUtf8ByteOrderMark);
        QStringList header;
        for (const ImportField &f : columns)
            header << f.exportHeader;
        line(header);
        return true;
    }

    void row(const std::vector<Value> &cells) override
    {
        QStringList fields;
        fields.reserve(qsizetype(cells.size()));
        for (const Value &v : cells)
            fields << (v.date.isValid() ? csvDate(v.date) : v.text);
        line(fields);
    }

    bool finish() override
    {
        flush();
        if (!error_.isEmpty())
            return false;
        if (!file_.commit())
            return cannot(path_, file_.errorString());
        return true;
    }

private:
    void line(const QStringList &fields)
    {
        buffer_ += csv::record(fields);
        if (buffer_.size() >= 1 << 16)
            flush();
    }

    void flush()
    {
        if (buffer_.isEmpty() || !error_.isEmpty())
            return;
        if (file_.write(buffer_) != buffer_.size())
            cannot(path_, file_.errorString());
        buffer_.clear();
    }

    QString path_;
    QSaveFile file_;
    QByteArray buffer_;
};

// One sheet (libxlsxwriter in constant-memory mode: each row goes to disk as it is
// written, so 100,000 members need no more memory than ten): a bold header row frozen
// in view, texts as text (identifiers keep their leading zeros), dates as dates.
class XlsxWriter final : public RowWriter {
public:
    XlsxWriter(const QString &path, const QString &sheetName) : path_(path), sheetName_(sheetName) { }

    ~XlsxWriter() override
    {
        // An unfinished workbook (cancelled, failed): closed rather than freed, as
        // lxw_workbook_free leaves the constant-memory row file open; then deleted.
        if (book_)
            workbook_close(book_);
        if (!temporary_.isEmpty())
            QFile::remove(temporary_);
    }

    bool begin(const QList<ImportField> &columns) override
    {
        // A temporary name beside the target (same file system, so the rename is atomic).
        const QFileInfo target(path_);
        {
            QTemporaryFile reserve(
                target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.partial").arg(target.fileName())));
            reserve.setAutoRemove(false);
            if (!reserve.open())
                return cannot(path_, reserve.errorString());
            // A temporary file is private (0600); the export is an ordinary document.
            reserve.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                   | QFileDevice::ReadOther);
            temporary_ = reserve.fileName();
        }
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        book_ = workbook_new_opt(QFile::encodeName(temporary_).constData(), &options);
        if (!book_)
            return cannot(path_, Tr::tr("the file could not be created"));
        lxw_doc_properties properties{};
        properties.author = const_cast<char *>("CuTru");
        workbook_set_properties(book_, &properties);
        const QByteArray name = sheetName_.toUtf8();
        sheet_ = workbook_add_worksheet(book_, name.constData());
        if (!sheet_)
            return cannot(path_, Tr::tr("the sheet name '%1' is not valid").arg(sheetName_));

        header_ = workbook_add_format(book_);
        format_set_bold(header_);
        text_ = workbook_add_format(book_);
        format_set_num_format(text_, "@"); // typed over later, still text
        date_ = workbook_add_format(book_);
        format_set_num_format(date_, "dd/mm/yyyy");

        // Widths set before the rows: constant-memory mode cannot measure them afterwards.
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const ImportField &f = columns[c];
            double width = f.isDate ? 12 : 18;
            if (f.key.endsWith(QLatin1String("name")) || f.key.endsWith(QLatin1String("address")))
                width = 30;
            width = std::max(width, double(f.exportHeader.size()) + 2);
            note(worksheet_set_column(sheet_, lxw_col_t(c), lxw_col_t(c), width, f.isDate ? date_ : text_));
        }
        for (qsizetype c = 0; c < columns.size(); ++c)
            note(worksheet_write_string(sheet_, 0, lxw_col_t(c), columns[c].exportHeader.toUtf8().constData(),
                                        header_));
        worksheet_freeze_panes(sheet_, 1, 0);
        return error_.isEmpty();
    }

    void row(const std::vector<Value> &cells) override
    {
        ++row_;
        for (size_t c = 0; c < cells.size(); ++c) {
            const Value &v = cells[c];
            if (v.date.isValid()) {
                // Excel's serial dates start in 1900 (with its 1900 leap-year slip before
                // March): anything older goes as text, which the importers read as well.
                if (v.date < QDate(1900, 3, 1)) {
                    text(c, csvDate(v.date));
                    continue;
                }
                lxw_datetime dt{v.date.year(), v.date.month(), v.date.day(), 0, 0, 0};
                note(worksheet_write_datetime(sheet_, row_, lxw_col_t(c), &dt, date_));
            } else if (!v.text.isEmpty()) {
                text(c, v.text);
            }
        }
    }

    bool finish() override
    {
        const lxw_error closed = workbook_close(book_); // frees the workbook whatever happens
        book_ = nullptr;
        if (closed != LXW_NO_ERROR)
            note(closed);
        if (!error_.isEmpty())
            return false;
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary_).toStdString()),
                                std::filesystem::path(QFile::encodeName(path_).toStdString()), ec);
        if (ec)
            return cannot(path_, QString::fromLocal8Bit(ec.message().c_str()));
        temporary_.clear();
        return true;
    }

private:
    void text(size_t c, const QString &s)
    {
        note(worksheet_write_string(sheet_, row_, lxw_col_t(c), s.toUtf8().constData(), text_));
    }
    void note(lxw_error e)
    {
        if (e != LXW_NO_ERROR)
            cannot(path_, QString::fromUtf8(lxw_strerror(e)));
    }

    QString path_, sheetName_, temporary_;
    lxw_workbook *book_ = nullptr;
    lxw_worksheet *sheet_ = nullptr;
    lxw_format *header_ = nullptr, *text_ = nullptr, *date_ = nullptr;
    lxw_row_t row_ = 0;
};

// The member fields, as importFields(Members) names them.
enum class MemberColumn {
    FullName, Gender, BirthDate, Cccd, PartyCard, PersonalRecord, AdmissionDate, OfficialDate, CellCode, CellName,
    Workplace, Position, Phone, ResidenceProvince, ResidenceCommuneCode, ResidenceCommuneName, ResidenceCellCode,
    ResidenceCellName, ResidenceAddress, Notes, Unknown
};

MemberColumn memberColumn(const QString &key)
{
    static const QHash<QString, MemberColumn> columns{
        {QStringLiteral("full_name"), MemberColumn::FullName},
        {QStringLiteral("gender"), MemberColumn::Gender},
        {QStringLiteral("birth_date"), MemberColumn::BirthDate},
        {QStringLiteral("cccd"), MemberColumn::Cccd},
        {QStringLiteral("party_card_no"), MemberColumn::PartyCard},
        {QStringLiteral("personal_record_no"), MemberColumn::PersonalRecord},
        {QStringLiteral("admission_date"), MemberColumn::AdmissionDate},
        {QStringLiteral("official_date"), MemberColumn::OfficialDate},
        {QStringLiteral("cell_code"), MemberColumn::CellCode},
        {QStringLiteral("cell_name"), MemberColumn::CellName},
        {QStringLiteral("workplace"), MemberColumn::Workplace},
        {QStringLiteral("position"), MemberColumn::Position},
        {QStringLiteral("phone"), MemberColumn::Phone},
        {QStringLiteral("residence_province"), MemberColumn::ResidenceProvince},
        {QStringLiteral("residence_commune_code"), MemberColumn::ResidenceCommuneCode},
        {QStringLiteral("residence_commune_name"), MemberColumn::ResidenceCommuneName},
        {QStringLiteral("residence_cell_code"), MemberColumn::ResidenceCellCode},
        {QStringLiteral("residence_cell_name"), MemberColumn::ResidenceCellName},
        {QStringLiteral("residence_address"), MemberColumn::ResidenceAddress},
        {QStringLiteral("notes"), MemberColumn::Notes},
    };
    return columns.value(key, MemberColumn::Unknown);
}

Value memberValue(const storage::ExportedMember &e, MemberColumn column, bool withPhones)
{
    const Member &m = e.member;
    switch (column) {
    case MemberColumn::FullName: return {m.fullName, {}};
    // The Vietnamese words, fixed like the headers: what the member importer reads
    // and what a person reading the file expects.
    case MemberColumn::Gender: return {m.gender == Gender::Female ? QStringLiteral("Nữ") : QStringLiteral("Nam"), {}};
    case MemberColumn::BirthDate: return {{}, m.birthDate};
    case MemberColumn::Cccd: return {m.cccd, {}};
    case MemberColumn::PartyCard: return {m.partyCardNo, {}};
    case MemberColumn::PersonalRecord: return {m.personalRecordNo, {}};
    case MemberColumn::AdmissionDate: return {{}, m.admissionDate};
    case MemberColumn::OfficialDate: return {{}, m.officialDate};
    case MemberColumn::CellCode: return {e.cellCode, {}};
    case MemberColumn::CellName: return {e.cellName, {}};
    case MemberColumn::Workplace: return {m.workplace, {}};
    case MemberColumn::Position: return {m.position, {}};
    case MemberColumn::Phone: return {withPhones ? m.phone : QString(), {}};
    case MemberColumn::ResidenceProvince: return {m.residenceProvince, {}};
    case MemberColumn::ResidenceCommuneCode: return {e.residenceCommuneCode, {}};
    case MemberColumn::ResidenceCommuneName: return {e.residenceCommuneName, {}};
    case MemberColumn::ResidenceCellCode: return {e.residenceCellCode, {}};
    case MemberColumn::ResidenceCellName: return {e.residenceCellName, {}};
    case MemberColumn::ResidenceAddress: return {m.residenceAddress, {}};
    case MemberColumn::Notes: return {m.notes, {}};
    case MemberColumn::Unknown: break;
    }
    return {};
}

// The organisation fields, as importFields(Organisations) names them.
Value organisationValue(const Organisation &o, const QString &key, const QString &parentCode)
{
    if (key == QLatin1String("code"))
        return {o.code, {}};
    if (key == QLatin1String("name"))
        return {o.name, {}};
    if (key == QLatin1String("level"))
        return {code(o.level), {}};
    if (key == QLatin1String("kind"))
        return {o.kind, {}};
    if (key == QLatin1String("parent_code"))
        return {parentCode, {}};
    if (key == QLatin1String("valid_from"))
        return {{}, o.validFrom};
    return {};
}

// The scope's subtree depth first, parents before children; siblings cells and
// committees before workplace organisations, then in Vietnamese name order and by
// code, so that the order depends on nothing but the data (not on database ids).
QList<Organisation> subtreeInOrder(const QList<Organisation> &all, qint64 rootId)
{
    QHash<qint64, QList<const Organisation *>> children;
    QHash<qint64, QString> sortKeys;
    const Organisation *root = nullptr;
    for (const Organisation &o : all) {
        children[o.parentId].append(&o);
        sortKeys.insert(o.id, text::sortKey(o.name));
        if (o.id == rootId)
            root = &o;
    }
    auto before = [&](const Organisation *a, const Organisation *b) {
        const bool aWork = a->level == OrgLevel::Workplace, bWork = b->level == OrgLevel::Workplace;
        if (aWork != bWork)
            return bWork;
        const QString &ka = sortKeys[a->id], &kb = sortKeys[b->id];
        if (ka != kb)
            return ka < kb;
        return a->code < b->code;
    };
    QList<Organisation> out;
    if (!root)
        return out;
    std::vector<const Organisation *> stack{root};
    while (!stack.empty()) {
        const Organisation *o = stack.back();
        stack.pop_back();
        out.append(*o);
        QList<const Organisation *> kids = children.value(o->id);
        std::sort(kids.begin(), kids.end(), before);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.push_back(*it);
    }
    return out;
}

ExportResult failedWith(SaveOutcome::Status status, const QString &message)
{
    ExportResult r;
    r.outcome.status = status;
    r.outcome.message = message;
    if (status == SaveOutcome::Status::Invalid)
        r.outcome.errors = {{QStringLiteral("scope"), message}};
    return r;
}

} // namespace

ExportResult exportData(storage::Database &db, const ActingUser &user, const ExportRequest &request,
                        const ImportProgress &progress)
{
    if (request.path.trimmed().isEmpty())
        return failedWith(SaveOutcome::Status::Invalid, Tr::tr("No file was given to export to."));
    try {
        const ReportScope scope = resolveReportScope(db, user, request.scopeCode);
        const bool members = request.kind == ImportKind::Members;
        // A masked CCCD could not be imported back: without the right to see them the
        // export is refused rather than written with holes.
        if (members && !user.may(Action::ViewPersonalIdentifiers, {scope.path}))
            return failedWith(SaveOutcome::Status::Denied,
                              Tr::tr("Exporting members writes their CCCD numbers. %1")
                                  .arg(refusalMessage(Action::ViewPersonalIdentifiers)));
        const bool withPhones = user.may(Action::ViewPhoneNumbers, {scope.path});
        const QList<ImportField> &columns = importFields(request.kind);

        // Fixed like the column names, whatever the interface language.
        const QString sheetName = members ? QStringLiteral("Đảng viên") : QStringLiteral("Tổ chức đảng");
        std::unique_ptr<RowWriter> writer;
        if (request.format == ExportFormat::Xlsx)
            writer = std::make_unique<XlsxWriter>(request.path, sheetName);
        else
            writer = std::make_unique<CsvWriter>(request.path);

        ExportResult result;
        std::vector<Value> cells(size_t(columns.size()));
        qint64 done = 0, total = 0;
        auto tick = [&] {
            ++done;
            return done % kProgressEvery != 0 || !progress || progress(done, total);
        };

        if (members) {
            const storage::MemberExportQuery query(db, scope.path);
            total = query.count();
            if (progress && !progress(0, total)) {
                result.cancelled = true;
                return result;
            }
            if (!writer->begin(columns))
                return failedWith(SaveOutcome::Status::Failed, writer->error());
            std::vector<MemberColumn> kinds;
            for (const ImportField &f : columns)
                kinds.push_back(memberColumn(f.key));
            const bool finished = query.forEach([&](const storage::ExportedMember &e) {
                for (size_t c = 0; c < kinds.size(); ++c)
                    cells[c] = memberValue(e, kinds[c], withPhones);
                writer->row(cells);
                return tick();
            });
            if (!finished) {
                result.cancelled = true;
                return result; // the writer's temporary file goes with it
            }
        } else {
            const QList<Organisation> all = storage::OrganisationRepository(db).all();
            QHash<qint64, QString> codes;
            for (const Organisation &o : all)
                codes.insert(o.id, o.code);
            const QList<Organisation> organisations = subtreeInOrder(all, scope.id);
            total = organisations.size();
            if (progress && !progress(0, total)) {
                result.cancelled = true;
                return result;
            }
            if (!writer->begin(columns))
                return failedWith(SaveOutcome::Status::Failed, writer->error());
            for (const Organisation &o : organisations) {
                for (qsizetype c = 0; c < columns.size(); ++c)
                    cells[size_t(c)] = organisationValue(o, columns[c].key, codes.value(o.parentId));
                writer->row(cells);
                if (!tick()) {
                    result.cancelled = true;
                    return result;
                }
            }
        }
        if (progress && done % kProgressEvery != 0 && !progress(done, total)) {
            result.cancelled = true;
            return result;
        }
        if (!writer->finish())
            return failedWith(SaveOutcome::Status::Failed, writer->error());
        result.rows = int(done);
        return result;
    } catch (const RequestError &e) {
        return failedWith(SaveOutcome::Status::Invalid, e.userMessage());
    } catch (const AccessDenied &e) {
        return failedWith(SaveOutcome::Status::Denied, e.userMessage());
    } catch (const storage::StorageError &e) {
        return failedWith(SaveOutcome::Status::Failed, e.userMessage());
    }
}

} // namespace cutru::reports
