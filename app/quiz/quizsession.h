// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/module.h"
#include "quiz/answer.h"
#include "quiz/quizdefinition.h"
#include "storage/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// One person taking one quiz of one module: which questions (by kind), in which shuffled order,
// what was answered, the score. For a learner each answer is stored as it is given, so an
// interrupted attempt resumes where it stopped; for a guest (learner id 0) nothing is stored.
class QuizSession
{
public:
    enum class Kind { Pre, Post, Practice };
    static QString kindName(Kind kind); // pre | post | practice
    static bool kindFromName(const QString &name, Kind *kind);

    struct Options
    {
        qint64 learnerId = 0;
        qint64 workshopId = 0;
        quint32 seed = 0;     // 0: a new random seed (tests pass their own)
        bool resume = true;   // continue the learner's unfinished attempt of the same kind
    };

    // The questions a quiz of that kind uses: those listing the kind (or no kind); self-assessment
    // statements belong to the before and after quizzes.
    static QList<Question> questionsFor(const QuizDefinition &quiz, Kind kind);

    static Result<std::unique_ptr<QuizSession>> start(const QSqlDatabase &db, const Module &module,
                                                      const QuizDefinition &quiz, Kind kind,
                                                      const QString &language, const Options &options);

    Kind kind() const { return m_kind; }
    const Module &module() const { return m_module; }
    QString language() const { return m_language; }
    quint32 seed() const { return m_seed; }
    qint64 attemptId() const { return m_attemptId; }
    bool isResumed() const { return m_resumed; }

    int count() const { return int(m_questions.size()); }
    const Question &question(int index) const { return m_questions.at(index); }
    // The shuffled order in which to show options (choice), items (ordering: the starting order to
    // rearrange) or right-hand texts (matching).
    QStringList displayOrder(int index) const { return m_displayOrder.at(index); }

    Status answer(int index, const Answer &answer, int confidence = -1);
    bool isAnswered(int index) const { return m_answered.at(index); }
    const Answer &answerAt(int index) const { return m_answers.at(index); }
    Grade gradeAt(int index) const { return m_grades.at(index); }
    int confidenceAt(int index) const { return m_confidence.at(index); }
    int firstUnanswered() const; // count() when all are answered

    double score() const;
    double maxScore() const;
    double percent() const { return maxScore() > 0 ? 100.0 * score() / maxScore() : 0; }
    // Indexes of scored questions not fully right; of those answered "sure".
    QList<int> mistakes() const;
    QList<int> confidentMistakes() const;
    // Pages to read again (ids, in module order), from the mistakes.
    QStringList pagesToRevisit() const;

    Status finish();
    bool isFinished() const { return m_finished; }

private:
    QuizSession(const QSqlDatabase &db, const Module &module, Kind kind, QString language);
    void arrange(const QList<Question> &questions);

    QSqlDatabase m_db;
    Module m_module;
    Kind m_kind;
    QString m_language;
    quint32 m_seed = 0;
    qint64 m_learnerId = 0;
    qint64 m_attemptId = 0;
    bool m_resumed = false;
    bool m_finished = false;
    QList<Question> m_questions;
    QList<QStringList> m_displayOrder;
    QList<Answer> m_answers;
    QList<Grade> m_grades;
    QList<bool> m_answered;
    QList<int> m_confidence;
};
