// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/passwordhash.h"

#include <sodium.h>

namespace {
bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}
} // namespace

QByteArray PasswordHash::hash(const QString &password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QByteArray(out);
}

bool PasswordHash::verify(const QByteArray &hash, const QString &password)
{
    if (!ready() || hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray terminated = hash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}
