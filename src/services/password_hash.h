#pragma once

#include <QString>

// Password hashing with libsodium's Argon2id (crypto_pwhash_str): the stored string
// carries the algorithm, its cost parameters and the salt, so that costs can be
// raised later without breaking stored hashes (needsRehash).
namespace cutru::password {

// Throws storage::StorageError (a message for users) if libsodium cannot start or
// runs out of memory.
QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);
bool needsRehash(const QString &storedHash);

} // namespace cutru::password
