// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class StaffSession;

// Shared by the test executables: hermetic paths and small file helpers.
namespace TestSupport {
// Call first in initTestCase(): test-mode standard paths (settings and data go to ~/.qttest).
void isolate();
QByteArray sha256(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
QString fixture(const QString &relative);
// Runs mediatelier-cli in-process; returns the exit code and fills out/err.
int cli(const QStringList &args, QString *out = nullptr, QString *err = nullptr);
// Creates a coordinator account in the file and signs it in: tests of the window's staff screens
// (without anyone signed in, the window stays in learner mode). Returns false if that failed.
bool signInCoordinator(const QSqlDatabase &db, StaffSession &staff);
// The value of a Result that must succeed (building a fixture); stops the test with its message.
template <typename T>
T take(Result<T> &&result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error()));
    return std::move(result.value());
}
// Runs test-only SQL (rows of an area whose store the test does not exercise); stops on failure.
void exec(const QSqlDatabase &db, const QString &statement);
} // namespace TestSupport
