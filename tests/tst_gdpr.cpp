// SPDX-License-Identifier: GPL-3.0-or-later
// GDPR tools in the core and the command line: a learner's data export holds all their rows and
// nobody else's; erasure removes every personal field, from the file bytes too, and keeps the
// funder figures identical; retention anonymises exactly the inactive learners.
#include "gdprfixture.h"
#include "testsupport.h"

#include "privacy/learnerdataexport.h"
#include "privacy/learnererasure.h"
#include "privacy/privacylog.h"
#include "privacy/privacynotice.h"
#include "privacy/retention.h"
#include "reports/attendancequery.h"
#include "reports/demodatagenerator.h"
#include "reports/fundersummary.h"
#include "reports/summaryexport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

using namespace GdprFixture;

class GdprTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("gdpr-%1.sqlite").arg(++m_counter));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_path).ok());
        m_people = build(db());
        QVERIFY(m_people.zephyrine > 0 && m_people.barnabe > 0 && m_people.firstWorkshop > 0);
    }

    void cleanup() { m_db.reset(); }

    void exportHoldsEveryRowOfTheLearner()
    {
        const Result<LearnerDataExport> data = LearnerDataExport::load(db(), m_people.zephyrine);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const QJsonObject json = data->json();
        const QString id = QString::number(m_people.zephyrine);
        QCOMPARE(json.value(QStringLiteral("attendance")).toArray().size(),
                 count(db(), QStringLiteral("SELECT COUNT(*) FROM attendance WHERE learner_id = ") + id));
        QCOMPARE(json.value(QStringLiteral("attendance")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("attendance_events")).toArray().size(),
                 count(db(), QStringLiteral("SELECT COUNT(*) FROM attendance_events WHERE learner_id = ") + id));
        QVERIFY(json.value(QStringLiteral("attendance_events")).toArray().size() >= 4);
        QCOMPARE(json.value(QStringLiteral("lesson_progress")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("quiz_attempts")).toArray().size(), 1);
        const QJsonArray answers = json.value(QStringLiteral("quiz_attempts")).toArray().first().toObject().value(QStringLiteral("answers")).toArray();
        QCOMPARE(answers.size(), count(db(), QStringLiteral("SELECT COUNT(*) FROM quiz_answers a JOIN quiz_attempts q ON q.id = "
                                                            "a.attempt_id WHERE q.learner_id = ") + id));
        QCOMPARE(data->counts().answers, 2);
        QCOMPARE(data->counts().events, json.value(QStringLiteral("attendance_events")).toArray().size());

        const QJsonObject learner = json.value(QStringLiteral("learner")).toObject();
        QCOMPARE(learner.value(QStringLiteral("last_name")).toString(), QStringLiteral("Quartzwald"));
        QCOMPARE(learner.value(QStringLiteral("email")).toString(), QStringLiteral("zephyrine.quartzwald@example.org"));
        QCOMPARE(learner.value(QStringLiteral("personal_code")).toString(), QStringLiteral("ZQ4217"));
        QCOMPARE(learner.value(QStringLiteral("site")).toString(), QStringLiteral("EPN Belleville"));
        QCOMPARE(json.value(QStringLiteral("consent")).toObject().value(QStringLiteral("wording_version")).toString(),
                 QStringLiteral("2026-11"));
        const QJsonObject first = json.value(QStringLiteral("attendance")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("workshop_title")).toString(), QStringLiteral("L'IA au quotidien"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("present"));
        QCOMPARE(first.value(QStringLiteral("facilitator")).toString(), QStringLiteral("Fatou Diop"));
        QVERIFY(!first.value(QStringLiteral("checked_in_at")).toString().isEmpty());
        const QJsonObject typed = answers.at(1).toObject().value(QStringLiteral("answer")).toObject();
        QCOMPARE(typed.value(QStringLiteral("text")).toString(), QStringLiteral("Quartzwald told me about chatbots"));

        // Nothing of the other attendee of the same workshop, nor the facilitator's contact.
        const QString text = QString::fromUtf8(data->jsonBytes());
        for (const QString &foreign : foreignTexts())
            QVERIFY2(!text.contains(foreign, Qt::CaseInsensitive), qPrintable(foreign));
        QVERIFY(!text.contains(LearnerStore(db()).get(m_people.barnabe)->uuid));
    }

    void exportFilesAndLog()
    {
        const Result<LearnerDataExport> data = LearnerDataExport::load(db(), m_people.zephyrine);
        QVERIFY(data.ok());
        const QString json = m_dir.filePath(QStringLiteral("z.json"));
        const QString pdf = m_dir.filePath(QStringLiteral("z.pdf"));
        QVERIFY2(data->save(db(), json, pdf, QStringLiteral("coord")).ok(), "save");
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("learner")).toObject().value(
                     QStringLiteral("display_name")).toString(),
                 QStringLiteral("Zéphyrine"));
        const QList<PrivacyLogEntry> log = *PrivacyLog(db()).recent();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("export"));
        QCOMPARE(log.first().learnerUuid, data->learnerUuid());
        QCOMPARE(log.first().staffLogin, QStringLiteral("coord"));
        QVERIFY2(log.first().details.startsWith(QStringLiteral("attendance=2 ")), qPrintable(log.first().details));
        QVERIFY(!log.first().details.contains(QStringLiteral("Quartzwald")));
        // An unwritable place: a message, and no export line in the log.
        QVERIFY(!data->save(db(), QStringLiteral("/nonexistent-folder/z.json"), {}).ok());
        QCOMPARE(PrivacyLog(db()).recent()->size(), 1);

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF text is not checked");
        const QString text = pdfText(pdf);
        for (const QString &expected : {QStringLiteral("Who you are"), QStringLiteral("Quartzwald"), QStringLiteral("L'IA au quotidien"),
                                        QStringLiteral("Fatou Diop"), QStringLiteral("Lessons you read"), QStringLiteral("2026-11")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        for (const QString &foreign : foreignTexts())
            QVERIFY2(!text.contains(foreign, Qt::CaseInsensitive), qPrintable(foreign));
    }

    void eraseClearsPersonalFieldsAndKeepsCounts()
    {
        const QString id = QString::number(m_people.zephyrine);
        const int attendance = count(db(), QStringLiteral("SELECT COUNT(*) FROM attendance WHERE learner_id = ") + id);
        const int events = count(db(), QStringLiteral("SELECT COUNT(*) FROM attendance_events WHERE learner_id = ") + id);
        const QString uuid = LearnerStore(db()).get(m_people.zephyrine)->uuid;
        QCOMPARE(LearnerStore(db()).find(QStringLiteral("quartz"))->size(), 1);

        const Result<LearnerErasure::Outcome> outcome = LearnerErasure(db()).erase(m_people.zephyrine, QStringLiteral("coord"));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QVERIFY(outcome->erased);
        QVERIFY(outcome->checkpointed);
        QCOMPARE(outcome->pseudonym, AttendanceQuery::pseudonym(uuid));
        QCOMPARE(outcome->attendanceKept, 2);
        QCOMPARE(outcome->answersCleared, 1);

        QSqlQuery row(db());
        QVERIFY(row.exec(QStringLiteral("SELECT display_name, search_key, first_name, last_name, phone, email, notes, personal_code, "
                                        "contact_key, postcode, age_band, gender, anonymised_at, consent_version, uuid "
                                        "FROM learners WHERE id = ") + id));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), AttendanceQuery::pseudonym(uuid));
        QCOMPARE(row.value(1).toString(), QString());
        for (int column = 2; column <= 8; ++column)
            QVERIFY2(row.value(column).isNull(), qPrintable(QString::number(column)));
        QCOMPARE(row.value(9).toString(), QStringLiteral("75")); // the area the funder summary groups by
        QCOMPARE(row.value(10).toString(), QStringLiteral("36-45"));
        QCOMPARE(row.value(11).toString(), QStringLiteral("woman"));
        QVERIFY(!row.value(12).toString().isEmpty());
        QCOMPARE(row.value(13).toString(), QStringLiteral("2026-11"));
        QCOMPARE(row.value(14).toString(), uuid);

        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM attendance WHERE learner_id = ") + id), attendance);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM attendance_events WHERE learner_id = ") + id), events);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM quiz_attempts WHERE learner_id = ") + id + QStringLiteral(
                                 " AND score = 1 AND max_score = 2")), 1);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM quiz_answers WHERE instr(answer, 'Quartzwald') > 0")), 0);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM quiz_answers WHERE credit = 1")), 1); // the choice stays
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM quiz_answers WHERE instr(answer, 'Oxtrapolis') > 0")), 1);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM lesson_progress WHERE learner_id = ") + id), 3);

        // The search no longer finds her; the other learner is untouched.
        QVERIFY(LearnerStore(db()).find(QStringLiteral("quartz"))->isEmpty());
        QVERIFY(LearnerStore(db()).find(QStringLiteral("zephyrine"))->isEmpty());
        QCOMPARE(LearnerStore(db()).get(m_people.barnabe)->lastName, QStringLiteral("Oxtrapolis"));

        const QList<PrivacyLogEntry> log = *PrivacyLog(db()).recent();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("erase"));
        QCOMPARE(log.first().learnerUuid, uuid);
        QVERIFY(!log.first().details.contains(QStringLiteral("Quartzwald")));

        // Twice is harmless: nothing changes, nothing more is logged.
        const Result<LearnerErasure::Outcome> again = LearnerErasure(db()).erase(m_people.zephyrine);
        QVERIFY(again.ok());
        QVERIFY(!again->erased);
        QCOMPARE(PrivacyLog(db()).recent()->size(), 1);
        QVERIFY(!LearnerErasure(db()).erase(999999).ok());
    }

    void eraseLeavesNoTraceInTheFile()
    {
        // Before: the name is in the file (else the check below would prove nothing).
        QVERIFY(*LearnerErasure(db()).checkpoint());
        QVERIFY(fileBytes().contains("quartzwald"));
        QVERIFY(fileBytes().contains("zephyrine.quartzwald@example.org"));
        QVERIFY(LearnerErasure(db()).erase(m_people.zephyrine).ok());
        for (const QByteArray &trace : {QByteArray("quartzwald"), QByteArray("zephyrine.quartzwald@example.org"),
                                        QByteArray("+33 6 11 22 33 44"), QByteArray("33611223344"), QByteArray("611223344"),
                                        QByteArray("zq4217"), QByteArray("z\xc3\xa9phyrine"), QByteArray("zephyrine")})
            QVERIFY2(!fileBytes().contains(trace), trace.constData());
        QVERIFY(fileBytes().contains("oxtrapolis")); // the other learner is still there
        QCOMPARE(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0);
    }

    void funderFiguresIdenticalAfterErase()
    {
        Database demo(QStringLiteral("demo"));
        QVERIFY(demo.open(m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(m_counter))).ok());
        DemoDataGenerator::Options options;
        options.years = 1;
        options.sites = 2;
        options.seed = 11;
        options.until = QDate(2026, 6, 30);
        QVERIFY(DemoDataGenerator(demo.connection()).generate(options).ok());
        // The 30 most present people, who weigh most in every figure.
        QList<qint64> busiest;
        QSqlQuery query(QStringLiteral("SELECT learner_id FROM attendance WHERE status IN ('present', 'late') GROUP BY learner_id "
                                       "ORDER BY COUNT(*) DESC, learner_id LIMIT 30"),
                        demo.connection());
        while (query.next())
            busiest << query.value(0).toLongLong();
        QCOMPARE(busiest.size(), 30);
        QVERIFY(count(demo.connection(), QStringLiteral("SELECT COUNT(*) FROM learners WHERE postcode IS NOT NULL")) > 0);

        ReportFilter year;
        ReportFilter spring;
        spring.from = QDate(2026, 3, 1);
        spring.to = QDate(2026, 5, 31);
        spring.siteId = 1;
        const QList<ReportFilter> filters = {year, spring};
        QList<QJsonObject> before;
        for (const ReportFilter &filter : filters)
            before << SummaryExport::toJson(*FunderSummary(demo.connection()).compute(filter));
        for (qint64 id : std::as_const(busiest))
            QVERIFY(LearnerErasure(demo.connection()).erase(id).ok());
        QCOMPARE(count(demo.connection(), QStringLiteral("SELECT COUNT(*) FROM learners WHERE anonymised_at IS NOT NULL")), 30);
        for (int i = 0; i < filters.size(); ++i)
            QCOMPARE(SummaryExport::toJson(*FunderSummary(demo.connection()).compute(filters.at(i))), before.at(i));
        QVERIFY(before.first().value(QStringLiteral("people")).toInt() > 30);
    }

    void retentionAnonymisesExactlyTheInactive()
    {
        // Records are created "now" (today); the policy is checked at a fixed day years ahead.
        const QDateTime now(QDate(2031, 3, 15), QTime(9, 0));
        QCOMPARE(Retention::cutoff(now.date(), 24), QDate(2029, 3, 15));
        const QSqlDatabase d = db();
        auto attended = [&d](const QString &name, const QString &start) {
            const qint64 learner = addLearner(d, name);
            AttendanceStore(d).registerLearner(addWorkshop(d, name, start), learner);
            return learner;
        };
        // The fixture's two learners came in 2026: inactive too.
        const qint64 inactive = attended(QStringLiteral("Inactive"), QStringLiteral("2027-05-01T10:00"));
        const qint64 active = attended(QStringLiteral("Active"), QStringLiteral("2030-01-10T10:00"));
        const qint64 boundary = attended(QStringLiteral("Boundary"), QStringLiteral("2029-03-15T18:00"));
        const qint64 dayAfter = attended(QStringLiteral("DayAfter"), QStringLiteral("2029-03-16T09:00"));
        const qint64 reader = attended(QStringLiteral("Reader"), QStringLiteral("2027-05-01T10:00"));
        ProgressStore(d).recordPageSeen(reader, QStringLiteral("what-is-ai"), QStringLiteral("01-intro"), 5);
        QVERIFY(exec(d, QStringLiteral("UPDATE lesson_progress SET last_seen = '2030-02-01T10:00:00Z' WHERE learner_id = %1").arg(reader)));
        const qint64 quizzer = attended(QStringLiteral("Quizzer"), QStringLiteral("2027-05-01T10:00"));
        const qint64 attempt = *QuizResultStore(d).startAttempt(quizzer, QStringLiteral("what-is-ai"), QStringLiteral("post"), 1);
        QVERIFY(exec(d, QStringLiteral("UPDATE quiz_attempts SET started_at = '2027-05-01T10:10:00Z', finished_at = "
                                       "'2029-12-01T10:00:00.000Z' WHERE id = %1").arg(attempt)));
        const qint64 corrected = attended(QStringLiteral("Corrected"), QStringLiteral("2027-05-01T10:00"));
        QVERIFY(exec(d, QStringLiteral("UPDATE learners SET updated_at = '2030-07-01T10:00:00Z' WHERE id = %1").arg(corrected)));
        const qint64 erased = attended(QStringLiteral("Erased"), QStringLiteral("2027-05-01T10:00"));
        QVERIFY(LearnerErasure(d).erase(erased).ok());
        const qint64 nothing = addLearner(d, QStringLiteral("NeverCame"));
        // The stores stamp "now": move those stamps to fixed days so that the test holds any year.
        QVERIFY(exec(d, QStringLiteral("UPDATE learners SET created_at = '2026-01-05T10:00:00Z', updated_at = '2026-01-05T10:00:00Z' "
                                       "WHERE id <> %1 AND anonymised_at IS NULL").arg(corrected)));
        QVERIFY(exec(d, QStringLiteral("UPDATE lesson_progress SET first_seen = '2026-03-10T15:00:00Z', last_seen = "
                                       "'2026-03-10T15:00:00Z' WHERE learner_id <> %1").arg(reader)));
        QVERIFY(exec(d, QStringLiteral("UPDATE quiz_attempts SET started_at = '2026-03-10T14:30:00.000Z', finished_at = "
                                       "'2026-03-10T14:40:00.000Z' WHERE learner_id <> %1").arg(quizzer)));

        const int logLines = int(PrivacyLog(d).recent()->size());
        const Result<QList<RetentionCandidate>> preview = Retention(d).preview(now, 24);
        QVERIFY2(preview.ok(), qPrintable(preview.error()));
        QSet<qint64> ids;
        for (const RetentionCandidate &c : *preview)
            ids.insert(c.id);
        const QSet<qint64> expected{m_people.zephyrine, m_people.barnabe, inactive, boundary, nothing};
        QCOMPARE(ids, expected);
        QCOMPARE(preview->first().id, nothing); // oldest activity first: created, then nothing
        QCOMPARE(preview->first().lastActivity, QDate(2026, 1, 5));
        for (const RetentionCandidate &c : *preview) {
            if (c.id == boundary) {
                QCOMPARE(c.lastActivity, QDate(2029, 3, 15));
                QCOMPARE(c.displayName, QStringLiteral("Boundary"));
            }
        }
        // The preview changed nothing.
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM learners WHERE anonymised_at IS NOT NULL")), 1);
        QCOMPARE(PrivacyLog(d).recent()->size(), logLines);
        QVERIFY(Retention(d).preview(now, 0)->isEmpty()); // 0 = never

        // Someone who comes back between the preview and the click is left alone.
        AttendanceStore(d).registerLearner(addWorkshop(d, QStringLiteral("Back"), QStringLiteral("2031-03-20T10:00")), inactive);
        const Result<int> applied = Retention(d).apply(now, 24, *preview, QStringLiteral("coord"));
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QCOMPARE(*applied, 4);
        QSet<qint64> anonymised;
        QSqlQuery rows(QStringLiteral("SELECT id FROM learners WHERE anonymised_at IS NOT NULL"), d);
        while (rows.next())
            anonymised.insert(rows.value(0).toLongLong());
        QCOMPARE(anonymised, (QSet<qint64>{m_people.zephyrine, m_people.barnabe, boundary, nothing, erased}));
        for (qint64 kept : {active, dayAfter, reader, quizzer, corrected, inactive})
            QVERIFY(!LearnerStore(d).get(kept)->displayName.startsWith(QStringLiteral("P-")));
        const QList<PrivacyLogEntry> log = *PrivacyLog(d).recent();
        QCOMPARE(log.size(), logLines + 1);
        QCOMPARE(log.first().action, QStringLiteral("retention"));
        QCOMPARE(log.first().staffLogin, QStringLiteral("coord"));
        QVERIFY2(log.first().details.startsWith(QStringLiteral("count=4 months=24 inactive_since=2029-03-15")),
                 qPrintable(log.first().details));
        QVERIFY(Retention(d).preview(now, 24)->isEmpty());
        QCOMPARE(*Retention(d).apply(now, 24, *preview), 0); // again: nothing left, nothing logged
        QCOMPARE(PrivacyLog(d).recent()->size(), logLines + 1);
    }

    void commandLine()
    {
        const QString uuid = LearnerStore(db()).get(m_people.zephyrine)->uuid;
        m_db.reset(); // the command line takes the file's single-writer lock
        const QStringList base{QStringLiteral("--database"), m_path, QStringLiteral("--lang"), QStringLiteral("en")};
        QString out;
        QString err;
        const QString json = m_dir.filePath(QStringLiteral("cli.json"));
        QCOMPARE(TestSupport::cli(base + QStringList{QStringLiteral("learners"), QStringLiteral("export-data"),
                                                     QString::number(m_people.zephyrine), QStringLiteral("-o"), json},
                                  &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("2 workshop registration(s)")), qPrintable(out));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("learner")).toObject().value(
                     QStringLiteral("uuid")).toString(),
                 uuid);
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QCOMPARE(TestSupport::cli(base + QStringList{QStringLiteral("learners"), QStringLiteral("export-data"), uuid,
                                                     QStringLiteral("--output"), pdf}),
                 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(4), QByteArray("%PDF"));

        QCOMPARE(TestSupport::cli(base + QStringList{QStringLiteral("learners"), QStringLiteral("export-data"), QStringLiteral("4242"),
                                                     QStringLiteral("-o"), json},
                                  &out, &err),
                 3);
        QVERIFY2(err.contains(QStringLiteral("4242")) && err.contains(m_path), qPrintable(err));
        QCOMPARE(TestSupport::cli(base + QStringList{QStringLiteral("learners"), QStringLiteral("export-data"), uuid}, &out, &err), 2);
        QCOMPARE(TestSupport::cli(base + QStringList{QStringLiteral("learners"), QStringLiteral("erase")}, &out, &err), 2);
        QCOMPARE(TestSupport::cli(base + QStringList{QStringLiteral("learners"), QStringLiteral("erase"),
                                                     QStringLiteral("no-such-uuid")},
                                  &out, &err),
                 3);
        QVERIFY2(err.contains(QStringLiteral("no-such-uuid")), qPrintable(err));
        QCOMPARE(TestSupport::cli(base + QStringList{QStringLiteral("learners"), QStringLiteral("erase"), uuid}, &out, &err), 0);
        QVERIFY2(out.contains(AttendanceQuery::pseudonym(uuid)) && out.contains(QStringLiteral("2 attendance row(s)")), qPrintable(out));
        QCOMPARE(TestSupport::cli(base + QStringList{QStringLiteral("learners"), QStringLiteral("erase"),
                                                     QString::number(m_people.zephyrine)},
                                  &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("already anonymised")), qPrintable(out));

        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_path).ok());
        QVERIFY(LearnerStore(db()).get(m_people.zephyrine)->lastName.isEmpty());
        QStringList actions;
        const QList<PrivacyLogEntry> log = *PrivacyLog(db()).recent();
        for (const PrivacyLogEntry &e : log)
            actions << e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("erase"), QStringLiteral("export"), QStringLiteral("export")}));
    }

    void privacyNoticeIsFilledIn()
    {
        PrivacyNotice::Facts facts{QStringLiteral("EPN *Belleville*"), QStringLiteral("01 23 45 67 89"), 18};
        const QString fr = PrivacyNotice::markdown(QStringLiteral("fr"), facts);
        const QString en = PrivacyNotice::markdown(QStringLiteral("en"), facts);
        for (const QString &text : {fr, en}) {
            QVERIFY(text.contains(QStringLiteral("EPN \\*Belleville\\*"))); // typed text is not Markdown
            QVERIFY(text.contains(QStringLiteral("01 23 45 67 89")));
            QVERIFY(text.contains(PrivacyNotice::version()));
            QVERIFY(text.contains(QStringLiteral("CNIL")));
            QVERIFY(!text.contains(QLatin1Char('{')));
        }
        QVERIFY(fr.contains(QStringLiteral("pendant 18 mois")));
        QVERIFY(fr.contains(QStringLiteral("Autorité de protection des données")));
        QVERIFY(en.contains(QStringLiteral("for 18 months")));
        QVERIFY(en.contains(QStringLiteral("Data Protection Authority")));
        QCOMPARE(PrivacyNotice::title(QStringLiteral("fr")), QStringLiteral("Vos données personnelles"));
        const QString nl = PrivacyNotice::markdown(QStringLiteral("nl"), facts);
        QVERIFY(nl.contains(QStringLiteral("tot 18 maanden")));
        QVERIFY(nl.contains(QStringLiteral("Gegevensbeschermingsautoriteit")));
        QVERIFY(nl.contains(PrivacyNotice::version()) && !nl.contains(QLatin1Char('{')));
        QCOMPARE(PrivacyNotice::title(QStringLiteral("nl")), QStringLiteral("Je persoonsgegevens"));
        QCOMPARE(PrivacyNotice::title(QStringLiteral("ar")), QStringLiteral("Vos données personnelles")); // French otherwise
        const QString unset = PrivacyNotice::markdown(QStringLiteral("en"), {{}, {}, 0});
        QVERIFY(unset.contains(QStringLiteral("[name of the digital space]")));
        QVERIFY(unset.contains(QStringLiteral("until you ask us to erase them")));
    }

private:
    QSqlDatabase db() const { return m_db->connection(); }

    QStringList foreignTexts() const
    {
        return {QStringLiteral("Barnabé"), QStringLiteral("Oxtrapolis"), QStringLiteral("barnabe.oxtrapolis@example.be"),
                QStringLiteral("+32 470 98 76 54"), QStringLiteral("fatou.diop@epn-belleville.example")};
    }

    // The database file and its write-ahead log, lowercased (ASCII), as a disk reader would see them.
    QByteArray fileBytes() const
    {
        QByteArray bytes;
        for (const QString &path : {m_path, m_path + QStringLiteral("-wal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes.toLower();
    }

    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    People m_people;
    int m_counter = 0;
};

QTEST_MAIN(GdprTest)
#include "tst_gdpr.moc"
