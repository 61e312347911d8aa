// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/migrations.h"

namespace {

// Version 1: the whole data model of DESIGN.md. Every row that describes a person or an event has
// an integer key for joins, a UUID and a site id so that several sites' files can later be merged,
// and an updated_at timestamp (ISO 8601, UTC). Dates of workshops are local ISO text
// ("2026-03-01T14:00") with a month key (202603) written by the store, so that per-month grouping
// needs no strftime(). Not a generated column: SQLite 3.40's VACUUM INTO, which backups use, fails on
// tables with stored generated columns.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE sites (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            address TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE facilitators (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            site_id INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            display_name TEXT NOT NULL,
            email TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE learners (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            site_id INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            display_name TEXT NOT NULL,
            search_key TEXT NOT NULL,
            first_name TEXT,
            last_name TEXT,
            phone TEXT,
            email TEXT,
            age_band TEXT,
            gender TEXT,
            postcode TEXT,
            notes TEXT,
            consent_date TEXT,
            consent_version TEXT,
            anonymised_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX learners_search ON learners(search_key)"),
        QStringLiteral(R"(CREATE TABLE workshops (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            site_id INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            facilitator_id INTEGER REFERENCES facilitators(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            search_key TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            start_month INTEGER NOT NULL,
            duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
            place TEXT,
            capacity INTEGER CHECK (capacity IS NULL OR capacity > 0),
            format TEXT NOT NULL DEFAULT 'collective' CHECK (format IN ('collective', 'individual')),
            status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),
            series_uuid TEXT,
            notes TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX workshops_start ON workshops(starts_at)"),
        QStringLiteral("CREATE INDEX workshops_month ON workshops(start_month, site_id)"),
        QStringLiteral(R"(CREATE TABLE workshop_modules (
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            module_id TEXT NOT NULL,
            PRIMARY KEY (workshop_id, module_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE attendance (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            site_id INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE RESTRICT,
            status TEXT NOT NULL DEFAULT 'registered'
                CHECK (status IN ('registered', 'present', 'late', 'excused', 'absent')),
            checked_in_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (workshop_id, learner_id)))"),
        QStringLiteral("CREATE INDEX attendance_learner ON attendance(learner_id)"),
        QStringLiteral(R"(CREATE TABLE lesson_progress (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            site_id INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            module_id TEXT NOT NULL,
            page TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            completed_at TEXT,
            updated_at TEXT NOT NULL,
            UNIQUE (learner_id, module_id, page)))"),
        QStringLiteral(R"(CREATE TABLE quiz_attempts (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            site_id INTEGER REFERENCES sites(id) ON DELETE SET NULL,
            learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE RESTRICT,
            module_id TEXT NOT NULL,
            workshop_id INTEGER REFERENCES workshops(id) ON DELETE SET NULL,
            kind TEXT NOT NULL CHECK (kind IN ('pre', 'post', 'practice', 'self')),
            seed INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            score REAL,
            max_score REAL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX quiz_attempts_learner ON quiz_attempts(learner_id, module_id)"),
        QStringLiteral(R"(CREATE TABLE quiz_answers (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            answer TEXT NOT NULL,
            credit REAL,
            confidence INTEGER CHECK (confidence IS NULL OR confidence IN (0, 1)),
            answered_at TEXT NOT NULL,
            UNIQUE (attempt_id, question_id)))"),
    };
}

// Version 2: workshops and attendance in daily use. Every status change at the door is kept with
// its time (attendance_events: proof for funders, and what "undo" restores); a learner may have a
// short personal code to sign in on a shared computer without seeing anyone else's name.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE attendance_events (
            id INTEGER PRIMARY KEY,
            attendance_id INTEGER REFERENCES attendance(id) ON DELETE SET NULL,
            workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
            learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
            old_status TEXT,
            new_status TEXT,
            at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX attendance_events_workshop ON attendance_events(workshop_id, id)"),
        QStringLiteral("ALTER TABLE learners ADD COLUMN personal_code TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX learners_personal_code ON learners(personal_code) WHERE personal_code IS NOT NULL"),
        QStringLiteral("ALTER TABLE learners ADD COLUMN contact_key TEXT"),
        QStringLiteral("CREATE INDEX learners_contact ON learners(contact_key)"),
        QStringLiteral("CREATE INDEX workshop_modules_module ON workshop_modules(module_id)"),
        QStringLiteral("CREATE INDEX attendance_workshop ON attendance(workshop_id, status)"),
    };
}

// Version 3: privacy. Staff accounts (facilitator or coordinator) whose password is kept only as an
// Argon2id hash; a privacy log of what was exported, erased or anonymised (retention), by whom and
// when, without the personal data itself.
QStringList version3()
{
    return {
        QStringLiteral(R"(CREATE TABLE staff_accounts (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            login TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('facilitator', 'coordinator')),
            password_hash TEXT NOT NULL,
            facilitator_id INTEGER REFERENCES facilitators(id) ON DELETE SET NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            last_failure_at TEXT,
            disabled_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE privacy_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('export', 'erase', 'retention', 'rectify', 'restore', 'backup')),
            learner_uuid TEXT,
            staff_login TEXT,
            details TEXT))"),
        QStringLiteral("CREATE INDEX privacy_log_at ON privacy_log(at)"),
    };
}

} // namespace

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> steps = {version1(), version2(), version3()};
    return steps;
}
