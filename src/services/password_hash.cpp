#include "services/password_hash.h"

#include <sodium.h>
#include <stdexcept>

namespace cutru::password {
namespace {

void ensureSodium()
{
    static const int ready = sodium_init(); // 0 first time, 1 when already initialised
    if (ready < 0)
        throw std::runtime_error("libsodium could not be initialised");
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
        throw std::runtime_error("out of memory while hashing a password");
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
