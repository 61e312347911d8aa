// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/grouptally.h"

#include <algorithm>

GroupTally::GroupTally(Question question) : m_question(std::move(question)) {}

bool GroupTally::supports(const Question &question)
{
    // Needs at least one option and one correct option, or there is nothing to reveal.
    return question.isChoice() && !question.options.isEmpty() &&
           std::any_of(question.options.cbegin(), question.options.cend(),
                       [](const QuizOption &option) { return option.correct; });
}

QList<Question> GroupTally::groupQuestions(const QuizDefinition &quiz)
{
    QList<Question> result;
    std::copy_if(quiz.questions.cbegin(), quiz.questions.cend(), std::back_inserter(result),
                 &GroupTally::supports);
    return result;
}

QStringList GroupTally::optionIds() const
{
    QStringList ids;
    for (const QuizOption &option : m_question.options)
        ids.append(option.id);
    return ids;
}

bool GroupTally::hasOption(const QString &optionId) const
{
    return std::any_of(m_question.options.cbegin(), m_question.options.cend(),
                       [&](const QuizOption &option) { return option.id == optionId; });
}

bool GroupTally::setCount(const QString &optionId, int count)
{
    if (count < 0 || !hasOption(optionId))
        return false;
    m_counts.insert(optionId, count);
    return true;
}

bool GroupTally::increment(const QString &optionId)
{
    return setCount(optionId, count(optionId) + 1);
}

void GroupTally::clear()
{
    m_counts.clear();
}

int GroupTally::count(const QString &optionId) const
{
    return m_counts.value(optionId, 0);
}

int GroupTally::total() const
{
    int sum = 0;
    for (int value : m_counts)
        sum += value;
    return sum;
}

double GroupTally::percent(const QString &optionId) const
{
    const int all = total();
    return all == 0 ? 0.0 : 100.0 * count(optionId) / all;
}

int GroupTally::correctCount() const
{
    int sum = 0;
    for (const QuizOption &option : m_question.options)
        if (option.correct)
            sum += count(option.id);
    return sum;
}

double GroupTally::correctPercent() const
{
    const int all = total();
    return all == 0 ? 0.0 : 100.0 * correctCount() / all;
}

bool GroupTally::isCorrect(const QString &optionId) const
{
    return std::any_of(
        m_question.options.cbegin(), m_question.options.cend(),
        [&](const QuizOption &option) { return option.id == optionId && option.correct; });
}

QStringList GroupTally::correctOptionIds() const
{
    QStringList ids;
    for (const QuizOption &option : m_question.options)
        if (option.correct)
            ids.append(option.id);
    return ids;
}
