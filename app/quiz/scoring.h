// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/answer.h"
#include "quiz/quizdefinition.h"

// How each question type is marked (docs/content-format.md):
// - single, true/false: 1 when the correct option is chosen;
// - multiple: (right choices − wrong choices) ÷ number of correct options, never below 0; choosing
//   every option therefore earns nothing more than the right ones alone would minus the wrong ones;
// - ordering: 1 only when the whole order is right;
// - matching: the share of pairs matched correctly;
// - text: 1 when the answer equals an accepted answer of the language ignoring case, accents,
//   punctuation at the ends and extra spaces;
// - numeric: 1 when within answer ± tolerance;
// - self-assessment: not scored.
namespace Scoring {
Grade grade(const Question &question, const Answer &answer, const QString &language);
// The option feedback to show for the choices made, in the language (choice questions only).
QStringList feedbackFor(const Question &question, const Answer &answer, const QString &language);
} // namespace Scoring
