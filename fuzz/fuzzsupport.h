// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Shared by the fuzz targets and their replay runner (fuzz/replay_main.cpp).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Defined once in fuzzsupport.cpp for every target: a QCoreApplication for the whole run (the SQL
// driver plugins need one) and silent Qt messages.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace FuzzSupport {
// The input as a QByteArray that owns a copy (the fuzzer's buffer must not be kept).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
// Aborts with the message when a property that must hold does not: libFuzzer reports it as a crash.
[[noreturn]] void violated(const char *what, const QByteArray &detail = {});
} // namespace FuzzSupport
