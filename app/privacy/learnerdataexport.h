// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>

#include <functional>

class ModuleLibrary;

// What the caller decides about a learner's data export: the language of the readable PDF and
// how to name modules and questions (unset: their ids are printed).
struct LearnerDataExportOptions
{
    QLocale locale;
    std::function<QString(const QString &moduleId)> moduleTitle;
    std::function<QString(const QString &moduleId, const QString &questionId)> questionPrompt;

    // Titles and prompts from a module library, in the locale's language (a null library: ids).
    static LearnerDataExportOptions forLibrary(const ModuleLibrary *library, const QLocale &locale);
};

// Everything Mediatelier stores about one learner — profile, consent, attendance, check-in
// history, lesson progress, quiz attempts and answers — and nothing about anyone else: the right of
// access and the right to data portability (GDPR articles 15 and 20). JSON for machines, a
// plain-language PDF (LearnerDataDocument) for the person.
class LearnerDataExport
{
    Q_DECLARE_TR_FUNCTIONS(LearnerDataExport)
public:
    using Options = LearnerDataExportOptions;

    // How many rows of each table the export holds; the privacy log records these, not the data.
    struct Counts
    {
        int attendance = 0;
        int events = 0;
        int progress = 0;
        int attempts = 0;
        int answers = 0;
        QString summary() const; // "attendance=3 events=4 progress=12 attempts=2 answers=16"
    };

    static constexpr int FormatVersion = 1;

    // Reads every row of the learner; fails with a message when there is no such learner.
    static Result<LearnerDataExport> load(const QSqlDatabase &db, qint64 learnerId, const Options &options = {});

    const QJsonObject &json() const { return m_json; }
    QByteArray jsonBytes() const; // indented UTF-8
    const Counts &counts() const { return m_counts; }
    const Options &options() const { return m_options; }
    QString learnerUuid() const;
    QString pseudonym() const;
    // A file name without extension that names the person by pseudonym only, e.g. "learner-data-P-3FA2…".
    QString suggestedBaseName() const;

    Status writeJson(const QString &path) const;
    Status writePdf(const QString &path) const;
    // Writes the files asked for (an empty path is skipped), then records an 'export' line with the
    // counts in the privacy log.
    Status save(const QSqlDatabase &db, const QString &jsonPath, const QString &pdfPath, const QString &staffLogin = {}) const;

private:
    LearnerDataExport() = default;
    Status loadProfile(const QSqlDatabase &db, qint64 learnerId);
    Status loadAttendance(const QSqlDatabase &db, qint64 learnerId);
    Status loadProgress(const QSqlDatabase &db, qint64 learnerId);
    Status loadQuizzes(const QSqlDatabase &db, qint64 learnerId);
    Status loadPrivacyLog(const QSqlDatabase &db);

    Options m_options;
    QJsonObject m_json;
    Counts m_counts;
};
