// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Passwords are never stored, only a salted Argon2id hash (libsodium's crypto_pwhash_str, with
// its "interactive" limits: a deliberate ~0.1 s and 64 MiB per attempt, which is what makes a
// stolen hash expensive to guess).
namespace PasswordHash {
QByteArray hash(const QString &password); // empty on failure (out of memory)
bool verify(const QByteArray &hash, const QString &password);
} // namespace PasswordHash
