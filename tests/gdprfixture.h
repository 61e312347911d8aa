// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by tst_gdpr and tst_gdprui: a small database with two learners who attended the same
// workshop, each with check-in events, lesson progress and quiz answers, through the real stores.

#include "content/progressstore.h"
#include "learners/learnerstore.h"
#include "quiz/quizresultstore.h"
#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"
#include "workshops/attendancestore.h"
#include "workshops/workshopstore.h"

#include <QSqlQuery>
#include <QTest>

namespace GdprFixture {

struct People
{
    qint64 zephyrine = 0; // the one whose rights are exercised
    qint64 barnabe = 0;   // came to the same workshop: must never appear in her export
    qint64 firstWorkshop = 0;
    qint64 secondWorkshop = 0;
};

inline qint64 addWorkshop(const QSqlDatabase &db, const QString &title, const QString &start, qint64 site = 0, qint64 facilitator = 0)
{
    Workshop w;
    w.title = title;
    w.start = QDateTime::fromString(start, QStringLiteral("yyyy-MM-ddTHH:mm"));
    w.siteId = site;
    w.facilitatorId = facilitator;
    w.modules = {QStringLiteral("what-is-ai")};
    const Result<qint64> id = WorkshopStore(db).add(w);
    return id ? *id : 0;
}

inline qint64 addLearner(const QSqlDatabase &db, const QString &display, const QString &last = {})
{
    Learner l;
    l.displayName = display;
    l.lastName = last;
    const Result<qint64> id = LearnerStore(db).add(l);
    return id ? *id : 0;
}

// Runs one statement of test-only SQL (moving a store's "now" timestamps into the past or future).
inline bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

inline int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(sql, db);
    return query.next() ? query.value(0).toInt() : -1;
}

inline People build(const QSqlDatabase &db)
{
    People p;
    Site site;
    site.name = QStringLiteral("EPN Belleville");
    const qint64 siteId = *SiteStore(db).add(site);
    Facilitator f;
    f.displayName = QStringLiteral("Fatou Diop");
    f.email = QStringLiteral("fatou.diop@epn-belleville.example");
    f.siteId = siteId;
    const qint64 facilitatorId = *FacilitatorStore(db).add(f);

    Learner z;
    z.displayName = QStringLiteral("Zéphyrine");
    z.firstName = QStringLiteral("Zéphyrine");
    z.lastName = QStringLiteral("Quartzwald");
    z.phone = QStringLiteral("+33 6 11 22 33 44");
    z.email = QStringLiteral("zephyrine.quartzwald@example.org");
    z.ageBand = QStringLiteral("36-45");
    z.gender = QStringLiteral("woman");
    z.postcode = QStringLiteral("75011");
    z.notes = QStringLiteral("Comes with her neighbour Quartzwald-Nguyen");
    z.personalCode = QStringLiteral("ZQ4217");
    z.consentDate = QDate(2026, 3, 1);
    z.consentVersion = QStringLiteral("2026-11");
    z.siteId = siteId;
    p.zephyrine = *LearnerStore(db).add(z);
    Learner b;
    b.displayName = QStringLiteral("Barnabé");
    b.lastName = QStringLiteral("Oxtrapolis");
    b.phone = QStringLiteral("+32 470 98 76 54");
    b.email = QStringLiteral("barnabe.oxtrapolis@example.be");
    b.ageBand = QStringLiteral("66-75");
    b.gender = QStringLiteral("man");
    b.postcode = QStringLiteral("1030");
    p.barnabe = *LearnerStore(db).add(b);

    p.firstWorkshop = addWorkshop(db, QStringLiteral("L'IA au quotidien"), QStringLiteral("2026-03-10T14:00"), siteId, facilitatorId);
    p.secondWorkshop = addWorkshop(db, QStringLiteral("Mes données et moi"), QStringLiteral("2026-04-02T10:00"), siteId, facilitatorId);
    AttendanceStore attendance(db);
    attendance.registerLearner(p.firstWorkshop, p.zephyrine);
    attendance.registerLearner(p.firstWorkshop, p.barnabe);
    attendance.setStatus(p.firstWorkshop, p.zephyrine, AttendanceStatus::Present);
    attendance.setStatus(p.firstWorkshop, p.barnabe, AttendanceStatus::Late);
    attendance.registerLearner(p.secondWorkshop, p.zephyrine);
    attendance.setStatus(p.secondWorkshop, p.zephyrine, AttendanceStatus::Excused);

    ProgressStore progress(db);
    for (const char *page : {"01-intro", "02-examples", "03-data-model-prediction"})
        progress.recordPageSeen(p.zephyrine, QStringLiteral("what-is-ai"), QLatin1String(page), 5);
    progress.recordPageSeen(p.barnabe, QStringLiteral("what-is-ai"), QStringLiteral("01-intro"), 5);

    QuizResultStore quiz(db);
    const qint64 mine = *quiz.startAttempt(p.zephyrine, QStringLiteral("what-is-ai"), QStringLiteral("pre"), 7, p.firstWorkshop);
    StoredAnswer choice;
    choice.answer.choices = {QStringLiteral("b")};
    choice.credit = 1;
    quiz.saveAnswer(mine, QStringLiteral("q1"), choice);
    StoredAnswer typed;
    typed.answer.text = QStringLiteral("Quartzwald told me about chatbots");
    typed.credit = 0;
    quiz.saveAnswer(mine, QStringLiteral("q2"), typed);
    quiz.finish(mine, 1, 2);
    const qint64 his = *quiz.startAttempt(p.barnabe, QStringLiteral("what-is-ai"), QStringLiteral("pre"), 8, p.firstWorkshop);
    StoredAnswer histext;
    histext.answer.text = QStringLiteral("Oxtrapolis answer");
    quiz.saveAnswer(his, QStringLiteral("q2"), histext);
    quiz.finish(his, 0, 2);
    return p;
}

} // namespace GdprFixture
