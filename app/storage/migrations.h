// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QList>

// The schema as a list of steps: step N (1-based) takes a database from user_version N-1 to N.
// A step is a list of statements because QSQLITE runs one statement per exec.
// Never edit a step that has shipped: add a new one, and a fixture database for the old version.
const QList<QStringList> &schemaMigrations();
