// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QString>

// Unpacks a content pack shipped as a .zip (through Debian's libzip). The whole archive is refused,
// and nothing written, when any entry would land outside the destination (absolute path, "..",
// symbolic link) or when it is unreasonably large.
namespace PackArchive {
constexpr qint64 MaxTotalBytes = 200 * 1024 * 1024;
constexpr qint64 MaxEntries = 10000;

Status extract(const QString &zipPath, const QString &destination);
} // namespace PackArchive
