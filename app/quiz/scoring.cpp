// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/scoring.h"

#include "core/textfold.h"

#include <cmath>

namespace {

QString normaliseText(const QString &text)
{
    QString folded = foldForSearch(text);
    static const QString trim = QStringLiteral(".,;:!?«»\"' ");
    while (!folded.isEmpty() && trim.contains(folded.back()))
        folded.chop(1);
    while (!folded.isEmpty() && trim.contains(folded.front()))
        folded.remove(0, 1);
    return folded;
}

double gradeChoices(const Question &question, const QStringList &chosen)
{
    int correctOptions = 0;
    int right = 0;
    int wrong = 0;
    for (const QuizOption &option : question.options) {
        correctOptions += option.correct ? 1 : 0;
        if (chosen.contains(option.id))
            (option.correct ? right : wrong) += 1;
    }
    if (question.type != QuestionType::Multiple)
        return chosen.size() == 1 && right == 1 ? 1.0 : 0.0;
    if (correctOptions == 0)
        return 0;
    return std::max(0.0, double(right - wrong) / correctOptions);
}

} // namespace

Grade Scoring::grade(const Question &question, const Answer &answer, const QString &language)
{
    Grade grade;
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse:
        grade.credit = gradeChoices(question, answer.choices);
        break;
    case QuestionType::Ordering: {
        QStringList expected;
        for (const QuizOption &item : question.items)
            expected << item.id;
        grade.credit = answer.order == expected ? 1 : 0;
        break;
    }
    case QuestionType::Matching: {
        int matched = 0;
        for (const MatchPair &pair : question.pairs)
            matched += answer.matches.value(pair.id) == pair.id ? 1 : 0;
        grade.credit = question.pairs.isEmpty() ? 0 : double(matched) / question.pairs.size();
        break;
    }
    case QuestionType::Text: {
        const QString given = normaliseText(answer.text);
        QStringList accepted = question.accepted.value(language);
        if (accepted.isEmpty())
            for (const QStringList &other : question.accepted)
                accepted += other;
        grade.credit = !given.isEmpty() && std::any_of(accepted.cbegin(), accepted.cend(), [&](const QString &a) {
                           return normaliseText(a) == given;
                       })
                           ? 1
                           : 0;
        break;
    }
    case QuestionType::Numeric:
        grade.credit = answer.hasNumber && std::fabs(answer.number - question.answer) <= question.tolerance + 1e-9 ? 1 : 0;
        break;
    case QuestionType::SelfAssessment:
        grade.scored = false;
        break;
    }
    return grade;
}

QStringList Scoring::feedbackFor(const Question &question, const Answer &answer, const QString &language)
{
    QStringList feedback;
    for (const QuizOption &option : question.options)
        if (answer.choices.contains(option.id)) {
            const QString text = localized(option.feedback, language);
            if (!text.isEmpty())
                feedback << text;
        }
    return feedback;
}
