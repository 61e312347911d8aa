// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/learnerdataexport.h"

#include "content/modulelibrary.h"
#include "core/clock.h"
#include "privacy/learnerdatadocument.h"
#include "privacy/privacylog.h"
#include "reports/attendancequery.h"
#include "storage/sql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

// Runs a query with one :id parameter and turns each row into an object with the given keys, one
// per column; SQL NULL becomes JSON null.
Result<QJsonArray> selectRows(const QSqlDatabase &db, const QString &sql, const QVariant &id, const QStringList &keys)
{
    SqlStatement select(db, sql);
    select.bind(QStringLiteral(":id"), id);
    if (Status status = select.exec(); !status)
        return status;
    QJsonArray rows;
    while (select.next()) {
        QJsonObject row;
        for (int i = 0; i < keys.size(); ++i) {
            const QVariant value = select.value(i);
            row.insert(keys.at(i), value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

LearnerDataExportOptions LearnerDataExportOptions::forLibrary(const ModuleLibrary *library, const QLocale &locale)
{
    LearnerDataExportOptions options;
    options.locale = locale;
    if (!library)
        return options;
    const QString language = QLocale::languageToCode(locale.language());
    options.moduleTitle = [library, language](const QString &moduleId) {
        const Module *module = library->module(moduleId);
        return module ? localized(module->title, module->languageFor(language)) : QString();
    };
    options.questionPrompt = [library, language](const QString &moduleId, const QString &questionId) {
        const Module *module = library->module(moduleId);
        if (!module)
            return QString();
        for (const Question &question : library->quiz(*module).questions) {
            if (question.id == questionId)
                return localized(question.prompt, module->languageFor(language));
        }
        return QString();
    };
    return options;
}

QString LearnerDataExport::Counts::summary() const
{
    return QStringLiteral("attendance=%1 events=%2 progress=%3 attempts=%4 answers=%5")
        .arg(attendance).arg(events).arg(progress).arg(attempts).arg(answers);
}

Result<LearnerDataExport> LearnerDataExport::load(const QSqlDatabase &db, qint64 learnerId, const Options &options)
{
    LearnerDataExport data;
    data.m_options = options;
    data.m_json.insert(QStringLiteral("format"), QStringLiteral("mediatelier-learner-data"));
    data.m_json.insert(QStringLiteral("format_version"), FormatVersion);
    data.m_json.insert(QStringLiteral("exported_at"), Stamp::nowUtc());
    for (Status status : {data.loadProfile(db, learnerId), data.loadAttendance(db, learnerId), data.loadProgress(db, learnerId),
                          data.loadQuizzes(db, learnerId), data.loadPrivacyLog(db)}) {
        if (!status)
            return status;
    }
    return data;
}

Status LearnerDataExport::loadProfile(const QSqlDatabase &db, qint64 learnerId)
{
    const QStringList keys = {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("display_name"),
                              QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("phone"),
                              QStringLiteral("email"), QStringLiteral("age_band"), QStringLiteral("gender"),
                              QStringLiteral("postcode"), QStringLiteral("notes"), QStringLiteral("personal_code"),
                              QStringLiteral("site"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                              QStringLiteral("anonymised_at"), QStringLiteral("consent_date"), QStringLiteral("consent_version")};
    const Result<QJsonArray> rows = selectRows(
        db, QStringLiteral("SELECT l.id, l.uuid, l.display_name, l.first_name, l.last_name, l.phone, l.email, l.age_band, "
                           "l.gender, l.postcode, l.notes, l.personal_code, s.name, l.created_at, l.updated_at, l.anonymised_at, "
                           "l.consent_date, l.consent_version FROM learners l LEFT JOIN sites s ON s.id = l.site_id WHERE l.id = :id"),
        learnerId, keys);
    if (!rows)
        return rows.status();
    if (rows->isEmpty())
        return Status::failure(tr("There is no learner %1.").arg(learnerId));
    QJsonObject learner = rows->first().toObject();
    // Consent is its own section: when and to which wording of the privacy notice.
    m_json.insert(QStringLiteral("consent"), QJsonObject{{QStringLiteral("date"), learner.take(QStringLiteral("consent_date"))},
                                                         {QStringLiteral("wording_version"),
                                                          learner.take(QStringLiteral("consent_version"))}});
    learner.insert(QStringLiteral("pseudonym"), AttendanceQuery::pseudonym(learner.value(QStringLiteral("uuid")).toString()));
    m_json.insert(QStringLiteral("learner"), learner);
    return {};
}

Status LearnerDataExport::loadAttendance(const QSqlDatabase &db, qint64 learnerId)
{
    // Only the learner's own rows; of the workshop, what describes the session itself. The
    // facilitator is named, nothing more (no contact); the workshop's notes are left out, since
    // they may speak of other people.
    const Result<QJsonArray> attendance = selectRows(
        db,
        QStringLiteral("SELECT a.uuid, w.uuid, w.title, w.starts_at, w.duration_minutes, s.name, w.place, f.display_name, "
                       "(SELECT group_concat(module_id, ' ') FROM (SELECT module_id FROM workshop_modules m "
                       "  WHERE m.workshop_id = w.id ORDER BY module_id)), "
                       "w.status, a.status, a.checked_in_at, a.created_at, a.updated_at FROM attendance a "
                       "JOIN workshops w ON w.id = a.workshop_id LEFT JOIN sites s ON s.id = w.site_id "
                       "LEFT JOIN facilitators f ON f.id = w.facilitator_id WHERE a.learner_id = :id ORDER BY w.starts_at, a.id"),
        learnerId,
        {QStringLiteral("uuid"), QStringLiteral("workshop_uuid"), QStringLiteral("workshop_title"), QStringLiteral("starts_at"),
         QStringLiteral("duration_minutes"), QStringLiteral("site"), QStringLiteral("place"), QStringLiteral("facilitator"),
         QStringLiteral("modules"), QStringLiteral("workshop_status"), QStringLiteral("status"), QStringLiteral("checked_in_at"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")});
    if (!attendance)
        return attendance.status();
    const Result<QJsonArray> events = selectRows(
        db,
        QStringLiteral("SELECT w.uuid, w.title, w.starts_at, e.old_status, e.new_status, e.at FROM attendance_events e "
                       "JOIN workshops w ON w.id = e.workshop_id WHERE e.learner_id = :id ORDER BY e.at, e.id"),
        learnerId,
        {QStringLiteral("workshop_uuid"), QStringLiteral("workshop_title"), QStringLiteral("starts_at"),
         QStringLiteral("old_status"), QStringLiteral("new_status"), QStringLiteral("at")});
    if (!events)
        return events.status();
    m_json.insert(QStringLiteral("attendance"), *attendance);
    m_json.insert(QStringLiteral("attendance_events"), *events);
    m_counts.attendance = int(attendance->size());
    m_counts.events = int(events->size());
    return {};
}

Status LearnerDataExport::loadProgress(const QSqlDatabase &db, qint64 learnerId)
{
    const Result<QJsonArray> progress = selectRows(
        db,
        QStringLiteral("SELECT uuid, module_id, page, first_seen, last_seen, completed_at FROM lesson_progress "
                       "WHERE learner_id = :id ORDER BY module_id, first_seen, id"),
        learnerId,
        {QStringLiteral("uuid"), QStringLiteral("module_id"), QStringLiteral("page"), QStringLiteral("first_seen"),
         QStringLiteral("last_seen"), QStringLiteral("completed_at")});
    if (!progress)
        return progress.status();
    m_json.insert(QStringLiteral("lesson_progress"), *progress);
    m_counts.progress = int(progress->size());
    return {};
}

Status LearnerDataExport::loadQuizzes(const QSqlDatabase &db, qint64 learnerId)
{
    Result<QJsonArray> attempts = selectRows(
        db,
        QStringLiteral("SELECT q.id, q.uuid, q.module_id, q.kind, w.title, w.starts_at, q.started_at, q.finished_at, q.score, "
                       "q.max_score FROM quiz_attempts q LEFT JOIN workshops w ON w.id = q.workshop_id "
                       "WHERE q.learner_id = :id ORDER BY q.started_at, q.id"),
        learnerId,
        {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("module_id"), QStringLiteral("kind"),
         QStringLiteral("workshop_title"), QStringLiteral("workshop_starts_at"), QStringLiteral("started_at"),
         QStringLiteral("finished_at"), QStringLiteral("score"), QStringLiteral("max_score")});
    if (!attempts)
        return attempts.status();
    const Result<QJsonArray> answers = selectRows(
        db,
        QStringLiteral("SELECT a.attempt_id, a.question_id, a.answer, a.credit, a.confidence, a.answered_at FROM quiz_answers a "
                       "JOIN quiz_attempts q ON q.id = a.attempt_id WHERE q.learner_id = :id ORDER BY a.attempt_id, a.id"),
        learnerId,
        {QStringLiteral("attempt_id"), QStringLiteral("question_id"), QStringLiteral("answer"), QStringLiteral("credit"),
         QStringLiteral("confidence"), QStringLiteral("answered_at")});
    if (!answers)
        return answers.status();
    // Each attempt carries its answers; the stored answer (JSON text) is given as JSON.
    QHash<qint64, QJsonArray> byAttempt;
    for (const QJsonValue &value : *answers) {
        QJsonObject answer = value.toObject();
        const qint64 attempt = answer.take(QStringLiteral("attempt_id")).toInteger();
        const QJsonDocument stored = QJsonDocument::fromJson(answer.value(QStringLiteral("answer")).toString().toUtf8());
        if (stored.isObject())
            answer.insert(QStringLiteral("answer"), stored.object());
        byAttempt[attempt].append(answer);
    }
    QJsonArray result;
    for (const QJsonValue &value : std::as_const(*attempts)) {
        QJsonObject attempt = value.toObject();
        const qint64 id = attempt.take(QStringLiteral("id")).toInteger();
        attempt.insert(QStringLiteral("answers"), byAttempt.value(id));
        result.append(attempt);
    }
    m_json.insert(QStringLiteral("quiz_attempts"), result);
    m_counts.attempts = int(attempts->size());
    m_counts.answers = int(answers->size());
    return {};
}

Status LearnerDataExport::loadPrivacyLog(const QSqlDatabase &db)
{
    // What was done with the record (exports, corrections); the staff member's login stays out.
    const Result<QJsonArray> log = selectRows(
        db, QStringLiteral("SELECT at, action, details FROM privacy_log WHERE learner_uuid = :id ORDER BY at, id"), learnerUuid(),
        {QStringLiteral("at"), QStringLiteral("action"), QStringLiteral("details")});
    if (!log)
        return log.status();
    m_json.insert(QStringLiteral("privacy_log"), *log);
    return {};
}

QByteArray LearnerDataExport::jsonBytes() const
{
    return QJsonDocument(m_json).toJson(QJsonDocument::Indented);
}

QString LearnerDataExport::learnerUuid() const
{
    return m_json.value(QStringLiteral("learner")).toObject().value(QStringLiteral("uuid")).toString();
}

QString LearnerDataExport::pseudonym() const
{
    return AttendanceQuery::pseudonym(learnerUuid());
}

QString LearnerDataExport::suggestedBaseName() const
{
    return tr("learner-data", "file name") + QLatin1Char('-') + pseudonym();
}

Status LearnerDataExport::writeJson(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jsonBytes()) < 0 || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}

Status LearnerDataExport::writePdf(const QString &path) const
{
    return LearnerDataDocument(*this).writePdf(path);
}

Status LearnerDataExport::save(const QSqlDatabase &db, const QString &jsonPath, const QString &pdfPath,
                               const QString &staffLogin) const
{
    if (!jsonPath.isEmpty()) {
        if (Status status = writeJson(jsonPath); !status)
            return status;
    }
    if (!pdfPath.isEmpty()) {
        if (Status status = writePdf(pdfPath); !status)
            return status;
    }
    QStringList formats;
    if (!jsonPath.isEmpty())
        formats << QStringLiteral("json");
    if (!pdfPath.isEmpty())
        formats << QStringLiteral("pdf");
    return PrivacyLog(db).record(PrivacyLog::Action::Export, learnerUuid(),
                                 QStringLiteral("%1 formats=%2").arg(m_counts.summary(), formats.join(QLatin1Char(','))), staffLogin);
}
