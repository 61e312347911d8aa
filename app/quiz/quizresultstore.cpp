// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizresultstore.h"

#include "core/clock.h"
#include "storage/sql.h"

namespace {

const QString AttemptColumns = QStringLiteral(
    "SELECT id, learner_id, module_id, kind, seed, COALESCE(workshop_id, 0), started_at, COALESCE(finished_at, ''), "
    "COALESCE(score, 0), COALESCE(max_score, 0) FROM quiz_attempts ");

AttemptRecord readAttempt(const SqlStatement &row)
{
    AttemptRecord record;
    record.id = row.value(0).toLongLong();
    record.learnerId = row.value(1).toLongLong();
    record.moduleId = row.value(2).toString();
    record.kind = row.value(3).toString();
    record.seed = quint32(row.value(4).toLongLong());
    record.workshopId = row.value(5).toLongLong();
    record.startedAt = row.value(6).toString();
    record.finishedAt = row.value(7).toString();
    record.score = row.value(8).toDouble();
    record.maxScore = row.value(9).toDouble();
    return record;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<qint64> QuizResultStore::startAttempt(qint64 learnerId, const QString &moduleId, const QString &kind,
                                             quint32 seed, qint64 workshopId)
{
    const QString now = Stamp::nowUtcMs();
    SqlStatement insert(m_db, QStringLiteral(
        "INSERT INTO quiz_attempts (uuid, site_id, learner_id, module_id, workshop_id, kind, seed, started_at, updated_at) "
        "VALUES (:uuid, (SELECT site_id FROM learners WHERE id = :learner), :learner, :module, :workshop, :kind, :seed, :now, :now)"));
    insert.bind(QStringLiteral(":uuid"), Stamp::newUuid())
        .bind(QStringLiteral(":learner"), learnerId)
        .bind(QStringLiteral(":module"), moduleId)
        .bind(QStringLiteral(":workshop"), nullableId(workshopId))
        .bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":seed"), qint64(seed))
        .bind(QStringLiteral(":now"), now);
    if (Status status = insert.exec(); !status)
        return status;
    return insert.lastInsertId().toLongLong();
}

Status QuizResultStore::saveAnswer(qint64 attemptId, const QString &questionId, const StoredAnswer &answer)
{
    const QString now = Stamp::nowUtcMs();
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    SqlStatement upsert(m_db, QStringLiteral(
        "INSERT INTO quiz_answers (attempt_id, question_id, answer, credit, confidence, answered_at) "
        "VALUES (:attempt, :question, :answer, :credit, :confidence, :now) "
        "ON CONFLICT (attempt_id, question_id) DO UPDATE SET answer = excluded.answer, credit = excluded.credit, "
        "confidence = excluded.confidence, answered_at = excluded.answered_at"));
    upsert.bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":question"), questionId)
        .bind(QStringLiteral(":answer"), answer.answer.toJson())
        .bind(QStringLiteral(":credit"), answer.scored ? QVariant(answer.credit) : QVariant(QMetaType(QMetaType::Double)))
        .bind(QStringLiteral(":confidence"), answer.confidence >= 0 ? QVariant(answer.confidence) : QVariant(QMetaType(QMetaType::Int)))
        .bind(QStringLiteral(":now"), now);
    if (Status status = upsert.exec(); !status)
        return status;
    SqlStatement touch(m_db, QStringLiteral("UPDATE quiz_attempts SET updated_at = :now WHERE id = :attempt"));
    touch.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":attempt"), attemptId);
    if (Status status = touch.exec(); !status)
        return status;
    return transaction.commit();
}

Status QuizResultStore::finish(qint64 attemptId, double score, double maxScore)
{
    const QString now = Stamp::nowUtcMs();
    SqlStatement update(m_db, QStringLiteral("UPDATE quiz_attempts SET finished_at = :now, score = :score, "
                                             "max_score = :max, updated_at = :now WHERE id = :attempt"));
    update.bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":score"), score)
        .bind(QStringLiteral(":max"), maxScore)
        .bind(QStringLiteral(":attempt"), attemptId);
    return update.exec();
}

Status QuizResultStore::loadAnswers(AttemptRecord &record) const
{
    SqlStatement select(m_db, QStringLiteral("SELECT question_id, answer, credit, COALESCE(confidence, -1) "
                                             "FROM quiz_answers WHERE attempt_id = :attempt"));
    select.bind(QStringLiteral(":attempt"), record.id);
    if (Status status = select.exec(); !status)
        return status;
    while (select.next()) {
        StoredAnswer stored;
        stored.answer = Answer::fromJson(select.value(1).toString());
        stored.scored = !select.value(2).isNull();
        stored.credit = select.value(2).toDouble();
        stored.confidence = select.value(3).toInt();
        record.answers.insert(select.value(0).toString(), stored);
    }
    return {};
}

Result<std::optional<AttemptRecord>> QuizResultStore::unfinished(qint64 learnerId, const QString &moduleId,
                                                                const QString &kind) const
{
    SqlStatement select(m_db, AttemptColumns + QStringLiteral(
        "WHERE learner_id = :learner AND module_id = :module AND kind = :kind AND finished_at IS NULL "
        "ORDER BY started_at DESC, id DESC LIMIT 1"));
    select.bind(QStringLiteral(":learner"), learnerId).bind(QStringLiteral(":module"), moduleId).bind(QStringLiteral(":kind"), kind);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return std::optional<AttemptRecord>();
    AttemptRecord record = readAttempt(select);
    if (Status status = loadAnswers(record); !status)
        return status;
    return std::optional<AttemptRecord>(record);
}

Result<AttemptRecord> QuizResultStore::attempt(qint64 attemptId) const
{
    SqlStatement select(m_db, AttemptColumns + QStringLiteral("WHERE id = :id"));
    select.bind(QStringLiteral(":id"), attemptId);
    if (Status status = select.exec(); !status)
        return status;
    if (!select.next())
        return Result<AttemptRecord>::failure(QCoreApplication::translate("QuizResultStore", "There is no quiz attempt %1.").arg(attemptId));
    AttemptRecord record = readAttempt(select);
    if (Status status = loadAnswers(record); !status)
        return status;
    return record;
}

Result<QList<AttemptRecord>> QuizResultStore::history(qint64 learnerId) const
{
    SqlStatement select(m_db, AttemptColumns + QStringLiteral(
        "WHERE learner_id = :learner AND finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC"));
    select.bind(QStringLiteral(":learner"), learnerId);
    if (Status status = select.exec(); !status)
        return status;
    QList<AttemptRecord> records;
    while (select.next())
        records.append(readAttempt(select));
    return records;
}

Result<QList<ModuleGain>> QuizResultStore::gains(qint64 learnerId) const
{
    const Result<QList<AttemptRecord>> records = history(learnerId);
    if (!records)
        return records.status();
    QList<ModuleGain> gains;
    QHash<QString, qsizetype> index;
    for (const AttemptRecord &record : *records) { // newest first: the first met of each kind is the latest
        if (!index.contains(record.moduleId)) {
            index.insert(record.moduleId, gains.size());
            gains.append({record.moduleId, std::nullopt, std::nullopt, 0});
        }
        ModuleGain &gain = gains[index.value(record.moduleId)];
        gain.attempts += 1;
        if (record.kind == QLatin1String("pre") && !gain.prePercent)
            gain.prePercent = record.percent();
        if (record.kind == QLatin1String("post") && !gain.postPercent)
            gain.postPercent = record.percent();
    }
    return gains;
}

Result<GroupResults> QuizResultStore::workshopResults(qint64 workshopId, const QString &moduleId, const QString &kind) const
{
    GroupResults results;
    results.distribution = QList<int>(5, 0);
    SqlStatement attempts(m_db, QStringLiteral(
        "SELECT score, max_score FROM quiz_attempts WHERE workshop_id = :workshop AND module_id = :module "
        "AND kind = :kind AND finished_at IS NOT NULL AND max_score > 0"));
    attempts.bind(QStringLiteral(":workshop"), workshopId).bind(QStringLiteral(":module"), moduleId).bind(QStringLiteral(":kind"), kind);
    if (Status status = attempts.exec(); !status)
        return status;
    double total = 0;
    while (attempts.next()) {
        const double percent = 100.0 * attempts.value(0).toDouble() / attempts.value(1).toDouble();
        total += percent;
        results.distribution[qBound(0, int(percent / 20.0), 4)] += 1;
        results.attempts += 1;
    }
    results.averagePercent = results.attempts > 0 ? total / results.attempts : 0;

    SqlStatement questions(m_db, QStringLiteral(
        "SELECT a.question_id, AVG(CASE WHEN a.credit >= 0.999 THEN 1.0 ELSE 0.0 END), COUNT(*) "
        "FROM quiz_answers a JOIN quiz_attempts t ON t.id = a.attempt_id "
        "WHERE t.workshop_id = :workshop AND t.module_id = :module AND t.kind = :kind AND t.finished_at IS NOT NULL "
        "AND a.credit IS NOT NULL GROUP BY a.question_id"));
    questions.bind(QStringLiteral(":workshop"), workshopId).bind(QStringLiteral(":module"), moduleId).bind(QStringLiteral(":kind"), kind);
    if (Status status = questions.exec(); !status)
        return status;
    while (questions.next()) {
        results.successByQuestion.insert(questions.value(0).toString(), questions.value(1).toDouble());
        results.answersByQuestion.insert(questions.value(0).toString(), questions.value(2).toInt());
    }
    return results;
}
