#include "services/password_hash.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <sodium.h>

namespace cutru::password {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cutru::password)
};

void ensureSodium()
{
    static const int ready = sodium_init(); // 0 first time, 1 when already initialised
    if (ready < 0)
        throw storage::StorageError(Tr::tr("Passwords cannot be checked on this computer: the cryptography "
                                           "library could not start."),
                                    QStringLiteral("sodium_init failed"));
}

// Interactive limits: about a tenth of a second and 64 MiB per check on a desktop,
// which makes guessing slow without making sign-in feel slow.
const unsigned long long kOps = crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE;
const size_t kMem = crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE;

} // namespace

QString hash(const QString &password)
{
    ensureSodium();
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_argon2id_STRBYTES];
    if (crypto_pwhash_argon2id_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), kOps, kMem)
        != 0)
        throw storage::StorageError(Tr::tr("There is not enough memory to protect the password. Close other "
                                           "programs and try again."),
                                    QStringLiteral("crypto_pwhash_argon2id_str failed"));
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || !stored.startsWith("$argon2id$"))
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_argon2id_str_verify(stored.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool needsRehash(const QString &storedHash)
{
    ensureSodium();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_argon2id_str_needs_rehash(stored.constData(), kOps, kMem) != 0;
}

} // namespace cutru::password
