// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/giftformat.h"
#include "storage/result.h"

#include <QString>

class ModuleLibrary;

// Brings GIFT questions into a module's quiz and writes a module's quiz out as GIFT. Imported
// questions always land in a user pack: the module's own user pack, else a copy of the built-in
// module with a higher version, else a new small module with just a quiz.
namespace QuizImport {

struct Report
{
    QString moduleId;
    int imported = 0;
    QList<GiftFormat::Skipped> skipped;
    QStringList categories;
    bool createdModule = false;
};

// Reads FILE (UTF-8); a syntax error is refused with its line and nothing changes. With dryRun
// nothing is written. Texts go under `language` and are copied to the module's other languages
// so that the pack stays complete.
Result<Report> importGift(ModuleLibrary &library, const QString &file, const QString &moduleId,
                          const QString &language, bool dryRun);

// Writes the module's quiz as GIFT; *skipped counts the questions GIFT cannot carry.
Status exportGift(const ModuleLibrary &library, const QString &moduleId, const QString &language,
                  const QString &file, int *skipped = nullptr);

} // namespace QuizImport
