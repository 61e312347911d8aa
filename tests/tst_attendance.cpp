// SPDX-License-Identifier: GPL-3.0-or-later
// Registration and check-in in the core: statuses with their timestamped events, check-in times,
// undo walking back several steps, "mark the others absent", capacity, walk-ins; the sign-in sheet
// and the attendance summary as documents and as PDF files.
#include "testsupport.h"

#include "core/clock.h"
#include "learners/learnerstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"
#include "workshops/attendancestore.h"
#include "workshops/signinsheet.h"
#include "workshops/workshopstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

struct EventRow
{
    QString oldStatus;
    QString newStatus;
    QString at;
};

QList<EventRow> events(const QSqlDatabase &db, qint64 workshopId, qint64 learnerId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(old_status, ''), COALESCE(new_status, ''), at FROM attendance_events "
                             "WHERE workshop_id = ? AND learner_id = ? ORDER BY id"));
    q.addBindValue(workshopId);
    q.addBindValue(learnerId);
    q.exec();
    QList<EventRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return rows;
}

} // namespace

class AttendanceTest : public QObject
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
        m_db = std::make_unique<Database>();
        const QString path = m_dir.filePath(QStringLiteral("attendance-%1.sqlite").arg(++m_counter));
        QVERIFY(m_db->open(path).ok());
        QSqlDatabase db = m_db->connection();

        Site site;
        site.name = QStringLiteral("EPN Molenbeek");
        m_siteId = *SiteStore(db).add(site);
        QSqlQuery facilitator(db);
        QVERIFY(facilitator.exec(QStringLiteral(
            "INSERT INTO facilitators (uuid, site_id, display_name, created_at, updated_at) "
            "VALUES ('f-1', %1, 'Karim Benali', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')").arg(m_siteId)));
        Workshop w;
        w.title = QStringLiteral("L'IA au quotidien");
        w.start = QDateTime(QDate(2026, 3, 10), QTime(14, 0));
        w.durationMinutes = 90;
        w.siteId = m_siteId;
        w.facilitatorId = facilitator.lastInsertId().toLongLong();
        w.capacity = 3;
        w.modules = {QStringLiteral("what-is-ai"), QStringLiteral("personal-data")};
        m_workshopId = *WorkshopStore(db).add(w);

        m_amina = addLearner(QStringLiteral("Amina"), QStringLiteral("El Idrissi"));
        m_eloise = addLearner(QStringLiteral("Éloïse"), QString());
        m_bruno = addLearner(QStringLiteral("Bruno"), QStringLiteral("Peeters"));
    }

    void cleanup() { m_db.reset(); }

    void registersAheadAndRefusesTwice()
    {
        AttendanceStore store(m_db->connection());
        QVERIFY(store.registerLearner(m_workshopId, m_amina).ok());
        const Result<qint64> again = store.registerLearner(m_workshopId, m_amina);
        QVERIFY(!again.ok());
        QVERIFY(!again.error().isEmpty());
        const auto list = *store.list(m_workshopId);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().displayName, QStringLiteral("Amina"));
        QCOMPARE(list.first().status, AttendanceStatus::Registered);
        QVERIFY(!list.first().checkedInAt.isValid());
        const auto log = events(m_db->connection(), m_workshopId, m_amina);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().oldStatus, QString());
        QCOMPARE(log.first().newStatus, QStringLiteral("registered"));
        QVERIFY(!store.registerLearner(9999, m_amina).ok()); // no such workshop
    }

    void everyChangeIsTimestampedAndCheckInTimeKept()
    {
        AttendanceStore store(m_db->connection());
        QVERIFY(store.registerLearner(m_workshopId, m_amina).ok());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(store.setStatus(m_workshopId, m_amina, AttendanceStatus::Present).ok());
        const AttendanceEntry present = *store.entry(m_workshopId, m_amina);
        QCOMPARE(present.status, AttendanceStatus::Present);
        QVERIFY(present.checkedInAt.isValid());
        QVERIFY(present.checkedInAt >= before);
        QVERIFY(present.checkedInAt <= QDateTime::currentDateTimeUtc().addSecs(1));

        QTest::qWait(5);
        QVERIFY(store.setStatus(m_workshopId, m_amina, AttendanceStatus::Late).ok());
        QCOMPARE(store.entry(m_workshopId, m_amina)->checkedInAt, present.checkedInAt); // first arrival kept
        QVERIFY(store.setStatus(m_workshopId, m_amina, AttendanceStatus::Excused).ok());
        QVERIFY(!store.entry(m_workshopId, m_amina)->checkedInAt.isValid());
        QVERIFY(store.setStatus(m_workshopId, m_amina, AttendanceStatus::Excused).ok()); // no change, no event

        const auto log = events(m_db->connection(), m_workshopId, m_amina);
        QCOMPARE(log.size(), 4);
        const QStringList expected{QStringLiteral("registered>present"), QStringLiteral("present>late"),
                                   QStringLiteral("late>excused")};
        for (int i = 1; i < log.size(); ++i) {
            QCOMPARE(log.at(i).oldStatus + QLatin1Char('>') + log.at(i).newStatus, expected.at(i - 1));
            const QDateTime at = QDateTime::fromString(log.at(i).at, Qt::ISODateWithMs);
            QVERIFY2(at.isValid() && at.timeSpec() == Qt::UTC, qPrintable(log.at(i).at));
            QVERIFY(log.at(i).at > log.at(i - 1).at); // strictly in order
        }
        // A known person who was not registered is added by checking them in.
        QVERIFY(store.setStatus(m_workshopId, m_bruno, AttendanceStatus::Present).ok());
        QCOMPARE(store.entry(m_workshopId, m_bruno)->status, AttendanceStatus::Present);
    }

    void undoWalksBackSeveralSteps()
    {
        AttendanceStore store(m_db->connection());
        QVERIFY(!store.undoLast(m_workshopId).ok()); // nothing to undo yet
        QVERIFY(store.registerLearner(m_workshopId, m_amina).ok());
        QVERIFY(store.registerLearner(m_workshopId, m_eloise).ok());
        QVERIFY(store.setStatus(m_workshopId, m_amina, AttendanceStatus::Late).ok());
        QVERIFY(store.setStatus(m_workshopId, m_amina, AttendanceStatus::Present).ok());
        QVERIFY(store.setStatus(m_workshopId, m_amina, AttendanceStatus::Late).ok()); // back to late: not an undo

        Result<AttendanceUndo> undo = store.undoLast(m_workshopId);
        QVERIFY2(undo.ok(), qPrintable(undo.error()));
        QCOMPARE(undo->learnerId, m_amina);
        QCOMPARE(undo->restored, AttendanceStatus::Present);
        QCOMPARE(store.entry(m_workshopId, m_amina)->status, AttendanceStatus::Present);
        QVERIFY(store.entry(m_workshopId, m_amina)->checkedInAt.isValid());

        QVERIFY(store.undoLast(m_workshopId).ok());
        QCOMPARE(store.entry(m_workshopId, m_amina)->status, AttendanceStatus::Late);
        QVERIFY(store.undoLast(m_workshopId).ok());
        QCOMPARE(store.entry(m_workshopId, m_amina)->status, AttendanceStatus::Registered);
        QVERIFY(!store.entry(m_workshopId, m_amina)->checkedInAt.isValid());

        // Next: Éloïse's registration, which the undo removes from the list.
        undo = store.undoLast(m_workshopId);
        QVERIFY(undo.ok());
        QVERIFY(undo->removed);
        QCOMPARE(undo->learnerId, m_eloise);
        QVERIFY(!store.entry(m_workshopId, m_eloise).ok());
        QVERIFY(store.undoLast(m_workshopId).ok());
        QCOMPARE(store.list(m_workshopId)->size(), 0);
        QVERIFY(!store.undoLast(m_workshopId).ok()); // everything undone

        // Each undo is itself a logged event; new changes after undos are undone first.
        QCOMPARE(events(m_db->connection(), m_workshopId, m_amina).size(), 4 + 4);
        QVERIFY(store.setStatus(m_workshopId, m_bruno, AttendanceStatus::Present).ok());
        QVERIFY(store.undoLast(m_workshopId).ok());
        QVERIFY(!store.entry(m_workshopId, m_bruno).ok());
    }

    void marksTheOthersAbsentAndUndoesThatAsOne()
    {
        AttendanceStore store(m_db->connection());
        for (qint64 id : {m_amina, m_eloise, m_bruno})
            QVERIFY(store.registerLearner(m_workshopId, id).ok());
        QVERIFY(store.setStatus(m_workshopId, m_amina, AttendanceStatus::Present).ok());
        QCOMPARE(*store.markRemainingAbsent(m_workshopId), 2);
        QCOMPARE(store.entry(m_workshopId, m_amina)->status, AttendanceStatus::Present);
        QCOMPARE(store.entry(m_workshopId, m_eloise)->status, AttendanceStatus::Absent);
        QCOMPARE(store.entry(m_workshopId, m_bruno)->status, AttendanceStatus::Absent);
        QCOMPARE(events(m_db->connection(), m_workshopId, m_bruno).last().newStatus, QStringLiteral("absent"));
        QCOMPARE(*store.markRemainingAbsent(m_workshopId), 0);

        const Result<AttendanceUndo> undo = store.undoLast(m_workshopId);
        QVERIFY(undo.ok());
        QCOMPARE(undo->changes, 2);
        QCOMPARE(store.entry(m_workshopId, m_eloise)->status, AttendanceStatus::Registered);
        QCOMPARE(store.entry(m_workshopId, m_bruno)->status, AttendanceStatus::Registered);
        QCOMPARE(store.entry(m_workshopId, m_amina)->status, AttendanceStatus::Present);
    }

    void warnsPastCapacityOnly()
    {
        AttendanceStore store(m_db->connection());
        QVERIFY(!*store.wouldExceedCapacity(m_workshopId));
        QVERIFY(store.registerLearner(m_workshopId, m_amina).ok());
        QVERIFY(store.registerLearner(m_workshopId, m_eloise).ok());
        QVERIFY(!*store.wouldExceedCapacity(m_workshopId)); // 2 of 3: a third still fits
        QVERIFY(store.registerLearner(m_workshopId, m_bruno).ok());
        QVERIFY(*store.wouldExceedCapacity(m_workshopId));  // a fourth would not
        QVERIFY(store.setStatus(m_workshopId, m_bruno, AttendanceStatus::Excused).ok());
        QVERIFY(!*store.wouldExceedCapacity(m_workshopId)); // an excused person frees a seat
        // Past capacity is allowed: the software warns, the facilitator decides.
        QVERIFY(store.addWalkIn(m_workshopId, QStringLiteral("Zoé")).ok());
        QVERIFY(store.addWalkIn(m_workshopId, QStringLiteral("Yann")).ok());
        QCOMPARE(*store.seatsTaken(m_workshopId), 4);

        Workshop unlimited = *WorkshopStore(m_db->connection()).get(m_workshopId);
        unlimited.capacity = 0;
        QVERIFY(WorkshopStore(m_db->connection()).update(unlimited).ok());
        QVERIFY(!*store.wouldExceedCapacity(m_workshopId));
    }

    void walkInCreatesThePersonPresent()
    {
        AttendanceStore store(m_db->connection());
        const Result<qint64> id = store.addWalkIn(m_workshopId, QStringLiteral("  Moussa  "));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const Learner learner = *LearnerStore(m_db->connection()).get(*id);
        QCOMPARE(learner.displayName, QStringLiteral("Moussa"));
        QCOMPARE(learner.siteId, m_siteId);
        const AttendanceEntry entry = *store.entry(m_workshopId, *id);
        QCOMPARE(entry.status, AttendanceStatus::Present);
        QVERIFY(entry.checkedInAt.isValid());
        const Result<qint64> empty = store.addWalkIn(m_workshopId, QStringLiteral("   "));
        QVERIFY(!empty.ok());
        QVERIFY(!empty.error().isEmpty());
        QCOMPARE(store.list(m_workshopId)->size(), 1); // nothing half-written
    }

    void signInSheetHasOneRowPerPerson()
    {
        AttendanceStore store(m_db->connection());
        for (qint64 id : {m_amina, m_eloise, m_bruno})
            QVERIFY(store.registerLearner(m_workshopId, id).ok());
        SignInSheetOptions options;
        options.blankRows = 4;
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        options.moduleTitle = [](const QString &id) {
            return id == QLatin1String("what-is-ai") ? QStringLiteral("What is AI?") : QString();
        };
        const Result<SignInSheet> sheet = SignInSheet::load(m_db->connection(), m_workshopId, SignInSheet::Kind::SignIn, options);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error()));
        const QString text = sheet->document()->toPlainText();
        for (const QString &expected : {QStringLiteral("EPN Molenbeek"), QStringLiteral("L'IA au quotidien"),
                                        QStringLiteral("10 March 2026"), QStringLiteral("Karim Benali"),
                                        QStringLiteral("What is AI?"), QStringLiteral("personal-data"),
                                        QStringLiteral("1 h 30 min"), QStringLiteral("Signature")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));

        // The list table: a header row, one numbered row per person, then the blank numbered rows.
        const QStringList lines = text.split(QLatin1Char('\n'));
        auto rowOf = [&](const QString &name) { return lines.indexOf(name); };
        QVERIFY(rowOf(QStringLiteral("Amina")) > 0);
        QCOMPARE(lines.at(rowOf(QStringLiteral("Amina")) + 1), QStringLiteral("El Idrissi"));
        QVERIFY(rowOf(QStringLiteral("Éloïse")) > 0);
        QCOMPARE(lines.at(rowOf(QStringLiteral("Bruno")) + 1), QStringLiteral("Peeters"));
        QCOMPARE(text.count(QStringLiteral("Amina")), 1);
        const int header = lines.indexOf(QStringLiteral("No."));
        QVERIFY(header > 0);
        int numbered = 0;
        for (int i = header; i < lines.size(); ++i)
            if (lines.at(i) == QString::number(numbered + 1))
                ++numbered;
        QCOMPARE(numbered, 3 + 4);
        QVERIFY(!text.contains(QStringLiteral("8\n")));
    }

    void sheetsAreWrittenAsPdf()
    {
        AttendanceStore store(m_db->connection());
        for (qint64 id : {m_amina, m_eloise, m_bruno})
            QVERIFY(store.registerLearner(m_workshopId, id).ok());
        // Enough people for two pages: the header and the page numbers repeat.
        for (int i = 0; i < 30; ++i)
            QVERIFY(store.registerLearner(m_workshopId, addLearner(QStringLiteral("Personne %1").arg(i + 1), QString())).ok());
        QVERIFY(store.setStatus(m_workshopId, m_amina, AttendanceStatus::Present).ok());
        QVERIFY(store.setStatus(m_workshopId, m_bruno, AttendanceStatus::Late).ok());
        QVERIFY(store.markRemainingAbsent(m_workshopId).ok());

        SignInSheetOptions options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        const QString sheetPath = m_dir.filePath(QStringLiteral("sheet.pdf"));
        const QString summaryPath = m_dir.filePath(QStringLiteral("summary.pdf"));
        const auto sheet = SignInSheet::load(m_db->connection(), m_workshopId, SignInSheet::Kind::SignIn, options);
        QVERIFY(sheet->writePdf(sheetPath).ok());
        const auto summary = SignInSheet::load(m_db->connection(), m_workshopId, SignInSheet::Kind::Summary, options);
        const QString summaryText = summary->document()->toPlainText();
        QVERIFY(summaryText.contains(QStringLiteral("Signature")));
        QVERIFY(summaryText.contains(QStringLiteral("Karim Benali")));
        QVERIFY(summaryText.contains(QStringLiteral("Amina El Idrissi")));
        QVERIFY(summary->writePdf(summaryPath).ok());
        for (const QString &path : {sheetPath, summaryPath}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.read(4), QByteArray("%PDF"));
        }
        const QString shots = qEnvironmentVariable("MEDIATELIER_SCREENSHOT_DIR");
        if (!shots.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                           QStringLiteral("1"), QStringLiteral("-singlefile"), sheetPath,
                                                           shots + QStringLiteral("/sign-in-sheet")});
            QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                                                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                           QStringLiteral("1"), QStringLiteral("-singlefile"), summaryPath,
                                                           shots + QStringLiteral("/attendance-summary")});
        }
        // An unwritable place gives a message and no file.
        QVERIFY(!sheet->writePdf(QStringLiteral("/nonexistent-folder/sheet.pdf")).ok());

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF text is not checked");
        const QString text = pdfText(sheetPath);
        for (const QString &expected : {QStringLiteral("Amina"), QStringLiteral("El Idrissi"), QStringLiteral("Éloïse"),
                                        QStringLiteral("Personne 30"), QStringLiteral("EPN Molenbeek")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
        // Several pages, each with its number out of the total and the repeated header line.
        const QRegularExpression pageNumber(QStringLiteral("Page (\\d+) / (\\d+)"));
        QStringList numbers;
        for (auto it = pageNumber.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            numbers << m.captured(1) + QLatin1Char('/') + m.captured(2);
        }
        QVERIFY2(numbers.size() >= 2, qPrintable(numbers.join(QLatin1Char(' '))));
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), QStringLiteral("%1/%2").arg(i + 1).arg(numbers.size()));
        QCOMPARE(text.count(QStringLiteral("Sign-in sheet — EPN Molenbeek")), numbers.size());
        QCOMPARE(text.count(QStringLiteral("Signature")), numbers.size()); // the table header repeats too
        const QString summaryPdf = pdfText(summaryPath);
        QVERIFY(summaryPdf.contains(QStringLiteral("Attendance summary")));
        QVERIFY(summaryPdf.contains(QStringLiteral("Amina El Idrissi")));
        QVERIFY(summaryPdf.contains(QStringLiteral("Absent")));

    }

private:
    qint64 addLearner(const QString &name, const QString &lastName)
    {
        Learner l;
        l.displayName = name;
        l.lastName = lastName;
        l.phone = QStringLiteral("+32 470 12 34 56");
        return *LearnerStore(m_db->connection()).add(l);
    }

    static QString pdfText(const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
    qint64 m_siteId = 0;
    qint64 m_workshopId = 0;
    qint64 m_amina = 0;
    qint64 m_eloise = 0;
    qint64 m_bruno = 0;
};

QTEST_MAIN(AttendanceTest)
#include "tst_attendance.moc"
