// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small network whose dashboard figures were computed by hand, shared by tst_dashboard and
// tst_dashboardui. Sites, facilitators and learners go through their stores; attendance rows and
// quiz attempts through test-only SQL (those stores belong to other areas).
//
// Period of interest: March–April 2026 (2 March 2026 is a Monday).
//   W0 site A, F1, Tue 10 Feb 14:00, 60 min, what-is-ai:   Ahmed present                     (before)
//   W1 site A, F1, Mon  2 Mar 14:00, 120 min, what-is-ai:  Zoé present, Ahmed late, Sam absent, Marie present
//   W2 site A, F1, Wed  4 Mar 09:30, 90 min, personal-data: Zoé present, Paul excused, Lina registered
//   W3 site B, F2, Mon 16 Mar 18:00, 180 min, generative-ai: Sam present, Paul absent, Lina present
//   W4 site B, F2, Fri 20 Mar, cancelled, generative-ai:    Marie present (a cancelled workshop counts nowhere)
//   W5 site B, F2, Mon  6 Apr 10:00, 90 min, online-safety: Marie registered (nobody came: no hours)
//   W6 site A, F2, Wed  8 Apr 14:00, 60 min, what-is-ai:    Paul present, Zoé absent
//   W7 site A, F1, Mon  4 May 10:00, 60 min, what-is-ai:    Zoé present                       (after)
// Learners: Zoé 18-25 woman · Ahmed 56-65 man · Sam no age, no gender · Marie 66-75 woman ·
//           Paul 18-25 other · Lina age "not-stated", woman.
// Quizzes (score / max): Zoé what-is-ai pre 4/10, post 8/10 (W1), pre again 5/10 (W2: the latest
// counts); Ahmed what-is-ai pre 1/5, post 3/5 (W1) and an unfinished post; Sam generative-ai pre
// 3/10, post 6/10 (W3); Paul what-is-ai pre 2/10, post 7/10 (W6); Marie what-is-ai pre 2/10 (W1),
// post in May; Lina personal-data on her own at site B, pre 4/8, post 6/8.

#include "learners/learnerstore.h"
#include "reports/reportfilter.h"
#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"
#include "workshops/workshopstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace DashboardFixture {

struct Ids
{
    qint64 siteA = 0, siteB = 0, f1 = 0, f2 = 0;
};

template <typename T>
T take(Result<T> &&result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error()));
    return std::move(result.value());
}

inline void exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
}

inline Ids build(const QSqlDatabase &db)
{
    Ids ids;
    ids.siteA = take(SiteStore(db).add({0, {}, QStringLiteral("EPN Nord"), {}}));
    ids.siteB = take(SiteStore(db).add({0, {}, QStringLiteral("Espace Sud"), {}}));
    ids.f1 = take(FacilitatorStore(db).add({0, {}, ids.siteA, QStringLiteral("Inès Martin"), {}, true}));
    ids.f2 = take(FacilitatorStore(db).add({0, {}, ids.siteB, QStringLiteral("Jan Peeters"), {}, true}));
    auto learner = [&](const char *name, const char *age, const char *gender) {
        Learner l;
        l.displayName = QString::fromUtf8(name);
        l.ageBand = QString::fromLatin1(age);
        l.gender = QString::fromLatin1(gender);
        return take(LearnerStore(db).add(l));
    };
    const qint64 zoe = learner("Zoé", "18-25", "woman");
    const qint64 ahmed = learner("Ahmed", "56-65", "man");
    const qint64 sam = learner("Sam", "", "");
    const qint64 marie = learner("Marie", "66-75", "woman");
    const qint64 paul = learner("Paul", "18-25", "other");
    const qint64 lina = learner("Lina", "not-stated", "woman");

    auto workshop = [&](const char *start, int minutes, qint64 site, qint64 facilitator, const char *module, bool cancelled = false) {
        Workshop w;
        w.title = QStringLiteral("Atelier %1").arg(QLatin1String(start));
        w.start = QDateTime::fromString(QLatin1String(start), QStringLiteral("yyyy-MM-ddTHH:mm"));
        w.durationMinutes = minutes;
        w.siteId = site;
        w.facilitatorId = facilitator;
        w.modules = {QString::fromLatin1(module)};
        w.status = cancelled ? Workshop::Status::Cancelled : Workshop::Status::Planned;
        return take(WorkshopStore(db).add(w));
    };
    const qint64 w0 = workshop("2026-02-10T14:00", 60, ids.siteA, ids.f1, "what-is-ai");
    const qint64 w1 = workshop("2026-03-02T14:00", 120, ids.siteA, ids.f1, "what-is-ai");
    const qint64 w2 = workshop("2026-03-04T09:30", 90, ids.siteA, ids.f1, "personal-data");
    const qint64 w3 = workshop("2026-03-16T18:00", 180, ids.siteB, ids.f2, "generative-ai");
    const qint64 w4 = workshop("2026-03-20T14:00", 60, ids.siteB, ids.f2, "generative-ai", true);
    const qint64 w5 = workshop("2026-04-06T10:00", 90, ids.siteB, ids.f2, "online-safety");
    const qint64 w6 = workshop("2026-04-08T14:00", 60, ids.siteA, ids.f2, "what-is-ai");
    const qint64 w7 = workshop("2026-05-04T10:00", 60, ids.siteA, ids.f1, "what-is-ai");

    auto attend = [&](qint64 w, qint64 l, const char *status) {
        exec(db, QStringLiteral("INSERT INTO attendance (uuid, workshop_id, learner_id, status, created_at, updated_at) "
                                "VALUES (lower(hex(randomblob(16))), ?, ?, ?, 'now', 'now')"),
             {w, l, QString::fromLatin1(status)});
    };
    attend(w0, ahmed, "present");
    attend(w1, zoe, "present");
    attend(w1, ahmed, "late");
    attend(w1, sam, "absent");
    attend(w1, marie, "present");
    attend(w2, zoe, "present");
    attend(w2, paul, "excused");
    attend(w2, lina, "registered");
    attend(w3, sam, "present");
    attend(w3, paul, "absent");
    attend(w3, lina, "present");
    attend(w4, marie, "present");
    attend(w5, marie, "registered");
    attend(w6, paul, "present");
    attend(w6, zoe, "absent");
    attend(w7, zoe, "present");

    auto attempt = [&](qint64 l, const QVariant &w, const QVariant &site, const char *module, const char *kind, const char *at,
                       double score, double max, bool finished = true) {
        const QString when = QString::fromLatin1(at);
        exec(db, QStringLiteral("INSERT INTO quiz_attempts (uuid, learner_id, module_id, workshop_id, site_id, kind, started_at, "
                                "finished_at, score, max_score, updated_at) VALUES (lower(hex(randomblob(16))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {l, QString::fromLatin1(module), w, site, QString::fromLatin1(kind), when, finished ? QVariant(when) : QVariant(),
              score, max, when});
    };
    const QVariant none;
    attempt(zoe, w1, none, "what-is-ai", "pre", "2026-03-02T13:05:00Z", 4, 10);
    attempt(zoe, w1, none, "what-is-ai", "post", "2026-03-02T15:30:00Z", 8, 10);
    attempt(zoe, w2, none, "what-is-ai", "pre", "2026-03-04T08:00:00Z", 5, 10);
    attempt(ahmed, w1, none, "what-is-ai", "pre", "2026-03-02T13:06:00Z", 1, 5);
    attempt(ahmed, w1, none, "what-is-ai", "post", "2026-03-02T15:31:00Z", 3, 5);
    attempt(ahmed, w1, none, "what-is-ai", "post", "2026-03-03T10:00:00Z", 0, 5, false);
    attempt(sam, w3, none, "generative-ai", "pre", "2026-03-16T17:00:00Z", 3, 10);
    attempt(sam, w3, none, "generative-ai", "post", "2026-03-16T19:30:00Z", 6, 10);
    attempt(paul, w6, none, "what-is-ai", "pre", "2026-04-08T12:05:00Z", 2, 10);
    attempt(paul, w6, none, "what-is-ai", "post", "2026-04-08T13:30:00Z", 7, 10);
    attempt(marie, w1, none, "what-is-ai", "pre", "2026-03-02T13:07:00Z", 2, 10);
    attempt(marie, w1, none, "what-is-ai", "post", "2026-05-02T10:00:00Z", 9, 10);
    attempt(lina, none, ids.siteB, "personal-data", "pre", "2026-03-20T10:00:00Z", 4, 8);
    attempt(lina, none, ids.siteB, "personal-data", "post", "2026-03-21T10:00:00Z", 6, 8);
    return ids;
}

// March and April 2026, the period the figures were computed for.
inline ReportFilter period()
{
    return ReportFilter{QDate(2026, 3, 1), QDate(2026, 4, 30)};
}

// The network in a temporary file, open for the test.
struct File
{
    QTemporaryDir dir;
    QString path;
    Database db;
    Ids ids;

    // Creates and fills the file; false when it cannot be opened.
    bool create()
    {
        path = dir.filePath(QStringLiteral("dashboard.sqlite"));
        if (!dir.isValid() || !db.open(path).ok())
            return false;
        ids = build(db.connection());
        return true;
    }
};

} // namespace DashboardFixture
