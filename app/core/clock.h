// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Timestamps and identifiers shared by every store, so that all rows use one format.
namespace Stamp {
QString nowUtc();   // ISO 8601 UTC with seconds, e.g. 2026-03-01T14:02:11Z
QString nowUtcMs(); // with milliseconds, where the order of events within a second matters
QString newUuid();  // without braces
} // namespace Stamp
