#pragma once

#include "domain/access.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace cutru {

// Builds the demo province: a deterministic Thái Bình 2012 that reproduces
// shared/source/thai-binh-2012.json exactly (8 districts, 285 commune-level
// committees, 4,333 cells, 96,757 members, 16,442 working members by workplace
// type, referrals of January 2012, two periodic meetings a year 2012-2014 with
// 80-90 % attendance, 70 liaison cadres with visits).
struct DemoOptions {
    quint32 seed = 2012;
    // 1.0 builds the full province; smaller scales keep the shape (every district,
    // every kind of organisation) with proportionally fewer communes, cells and
    // members, for fast tests.
    double scale = 1.0;
};

struct DemoProgress {
    QString stage; // translated, e.g. "Members"
    int done = 0;
    int total = 0;
};

class DemoProvinceGenerator {
public:
    using ProgressFn = std::function<void(const DemoProgress &)>;

    explicit DemoProvinceGenerator(DemoOptions options = {}) : options_(options) {}

    // Creates `path` (which must not exist) at the latest schema and fills it in one
    // transaction. Returns false if cancelled (the file is then removed). Throws
    // storage::StorageError on failure (the file is removed). `path` may also be a
    // postgresql:// URI of an empty database: it gets the schema, and on cancel or
    // failure keeps it without any rows (the transaction is rolled back).
    bool generate(const QString &path, const ProgressFn &progress = {},
                  const std::atomic<bool> *cancel = nullptr);

private:
    DemoOptions options_;
};

// The demo database's documented accounts (user guide, sign-in dialog). All share
// demoPassword(); organisationCode "" grants over the whole database.
struct DemoAccount {
    QString username;
    QString fullName;
    Role role;
    QString organisationCode;
};
QList<DemoAccount> demoAccounts();
QString demoPassword();

} // namespace cutru
