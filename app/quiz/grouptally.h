// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/quizdefinition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The raised hands counted per option of one choice question asked to a whole group. It holds
// numbers only, never who answered, and lives in memory while the group quiz is on screen.
class GroupTally
{
public:
    explicit GroupTally(Question question = {});

    // Group mode offers single, multiple and true/false questions (hands can be counted per
    // option).
    static bool supports(const Question &question);
    // The supported questions of a quiz, in file order.
    static QList<Question> groupQuestions(const QuizDefinition &quiz);

    const Question &question() const { return m_question; }
    QStringList optionIds() const;
    bool hasOption(const QString &optionId) const;

    // Returns false (and changes nothing) for an unknown option or a negative count.
    bool setCount(const QString &optionId, int count);
    bool increment(const QString &optionId);
    void clear();

    int count(const QString &optionId) const;
    int total() const;
    // Share of all counted hands that went to the option, 0–100; 0 when nothing is counted.
    double percent(const QString &optionId) const;
    // Share of all counted hands that went to correct options, 0–100; 0 when nothing is counted.
    double correctPercent() const;
    int correctCount() const;

    bool isCorrect(const QString &optionId) const;
    QStringList correctOptionIds() const;

private:
    Question m_question;
    QHash<QString, int> m_counts;
};
