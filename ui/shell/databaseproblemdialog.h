// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

// Asks what to do when a database cannot be opened: the file stays untouched, the person chooses.
namespace DatabaseProblemDialog {
enum class Choice { OpenAnother, CreateNew, Quit };
Choice ask(const QString &message, QWidget *parent = nullptr);
QString chooseExistingFile(QWidget *parent);
QString chooseNewFile(QWidget *parent);
} // namespace DatabaseProblemDialog
