// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// Asks what to do when a database cannot be opened: the file stays untouched, the person chooses.
// For a damaged file with a sound backup (lastGoodBackup), restoring that backup is offered first.
namespace DatabaseProblemDialog {
enum class Choice { OpenAnother, CreateNew, Quit, RestoreBackup };
Choice ask(const QString &message, QWidget *parent = nullptr, const QString &lastGoodBackup = {});
QString chooseExistingFile(QWidget *parent);
QString chooseNewFile(QWidget *parent);
} // namespace DatabaseProblemDialog
