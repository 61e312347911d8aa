// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Copies a folder (a real one or a ":/" resource folder) with everything in it; copies are
// writable by their owner even when the source (a resource) is read-only. Symbolic links are
// skipped. Returns false at the first failure.
bool copyTree(const QString &from, const QString &to);
