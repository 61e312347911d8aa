// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/answer.h"
#include "storage/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct StoredAnswer
{
    Answer answer;
    double credit = 0;
    bool scored = true;
    int confidence = -1; // -1 not asked, 0 not sure, 1 sure
};

struct AttemptRecord
{
    qint64 id = 0;
    qint64 learnerId = 0;
    QString moduleId;
    QString kind; // pre | post | practice
    quint32 seed = 0;
    qint64 workshopId = 0;
    QString startedAt;
    QString finishedAt;
    double score = 0;
    double maxScore = 0;
    QHash<QString, StoredAnswer> answers; // by question id
    double percent() const { return maxScore > 0 ? 100.0 * score / maxScore : 0; }
};

// A learner's before/after figures for one module (latest finished attempts of each kind).
struct ModuleGain
{
    QString moduleId;
    std::optional<double> prePercent;
    std::optional<double> postPercent;
    int attempts = 0;
    std::optional<double> gain() const
    {
        return prePercent && postPercent ? std::optional<double>(*postPercent - *prePercent) : std::nullopt;
    }
};

// What a group got: for a workshop, to show what to re-explain.
struct GroupResults
{
    int attempts = 0;
    double averagePercent = 0;
    QList<int> distribution;                 // 5 bands: 0–19 %, 20–39, 40–59, 60–79, 80–100
    QHash<QString, double> successByQuestion; // question id -> share of full credit (0..1)
    QHash<QString, int> answersByQuestion;
};

// Quiz attempts and answers (quiz_attempts, quiz_answers). Only for learners: a guest's quiz is
// never stored.
class QuizResultStore
{
public:
    explicit QuizResultStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> startAttempt(qint64 learnerId, const QString &moduleId, const QString &kind, quint32 seed,
                                qint64 workshopId = 0);
    Status saveAnswer(qint64 attemptId, const QString &questionId, const StoredAnswer &answer);
    Status finish(qint64 attemptId, double score, double maxScore);
    // The latest unfinished attempt of that kind, to resume it.
    Result<std::optional<AttemptRecord>> unfinished(qint64 learnerId, const QString &moduleId, const QString &kind) const;
    Result<AttemptRecord> attempt(qint64 attemptId) const;
    Result<QList<AttemptRecord>> history(qint64 learnerId) const; // finished attempts, newest first
    Result<QList<ModuleGain>> gains(qint64 learnerId) const;
    Result<GroupResults> workshopResults(qint64 workshopId, const QString &moduleId, const QString &kind) const;

private:
    Status loadAnswers(AttemptRecord &record) const;
    QSqlDatabase m_db;
};
