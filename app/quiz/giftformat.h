// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quizdefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

// Moodle's GIFT text format for quiz questions: parse into our question model and write it back.
namespace GiftFormat {

// A question we cannot represent; line of its first line (1-based).
struct Skipped
{
    int line;
    QString reason;
};

// What parse() found: the questions to import, or a syntax error and nothing.
struct ParseResult
{
    QList<Question> questions; // text stored under the given language code only
    QList<Skipped> skipped;
    int errorLine = 0;      // > 0: syntax error, nothing must be imported
    QString error;          // translated message for that error
    QStringList categories; // $CATEGORY values met (noted, ignored)
    bool ok() const { return errorLine == 0; }
};

ParseResult parse(const QString &text, const QString &language, const QString &idPrefix);

// Writes questions (text in `language`, falling back like localized()) as GIFT. Questions GIFT
// cannot carry back to us (ordering, self-assessment: a GIFT "description" item is not importable)
// are left out and counted in *skipped.
QString write(const QList<Question> &questions, const QString &language, int *skipped = nullptr);

} // namespace GiftFormat
