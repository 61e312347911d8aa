// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Shared by the test executables: hermetic paths and small file helpers.
namespace TestSupport {
// Call first in initTestCase(): test-mode standard paths (settings and data go to ~/.qttest).
void isolate();
QByteArray sha256(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
QString fixture(const QString &relative);
// Runs mediatelier-cli in-process; returns the exit code and fills out/err.
int cli(const QStringList &args, QString *out = nullptr, QString *err = nullptr);
} // namespace TestSupport
