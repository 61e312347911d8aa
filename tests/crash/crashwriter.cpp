// SPDX-License-Identifier: GPL-3.0-or-later
// crashwriter: the child process of tst_crashsafety. It opens the database and writes the way the
// window does — check-ins at the door, quiz answers, a CSV import of learners, the demo generator —
// until it is killed. After each commit has returned it prints one line on stdout, flushed:
//   ack attendance UUID · ack attempt ID · ack answer ID QUESTION · ack finished ID
//   ack import MARKER COUNT · ack demo WORKSHOP-UUID
// The test kills it with SIGKILL at a random instant and checks that every acknowledged write is
// in the file. It prints "ready" once the database is open. Usage: crashwriter DATABASE SEED TAG
// (TAG makes this run's names unique).
#include "learners/learnerimport.h"
#include "quiz/quizresultstore.h"
#include "reports/demodatagenerator.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "workshops/attendancestore.h"
#include "workshops/workshopstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void ack(const QString &line)
{
    const QByteArray bytes = QStringLiteral("ack %1\n").arg(line).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "crashwriter: %s\n", qPrintable(what));
    std::exit(4);
}

template <typename T>
T must(Result<T> result, const char *what)
{
    if (!result)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error()));
    return *result;
}

void must(const Status &status, const char *what)
{
    if (!status)
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), status.error()));
}

QString firstValue(const QSqlDatabase &db, const QString &sql, qint64 id = 0)
{
    SqlStatement select(db, sql);
    if (id)
        select.bind(QStringLiteral(":id"), id);
    must(select.exec(), "select");
    return select.next() ? select.value(0).toString() : QString();
}

class Writer
{
public:
    Writer(const QSqlDatabase &db, quint32 seed, const QString &tag) : m_db(db), m_random(seed), m_tag(tag) {}

    void run()
    {
        m_workshop = workshop();
        for (int n = 0;; ++n) {
            const int pick = int(m_random.bounded(100));
            if (pick < 35)
                checkIn(n);
            else if (pick < 70)
                quiz(n);
            else if (pick < 90)
                import(n);
            else
                demo();
        }
    }

private:
    // The workshop people check in to; shared by every run on the file.
    qint64 workshop()
    {
        const QString existing = firstValue(m_db, QStringLiteral("SELECT id FROM workshops WHERE title = 'Crash test' LIMIT 1"));
        if (!existing.isEmpty())
            return existing.toLongLong();
        Workshop w;
        w.title = QStringLiteral("Crash test");
        w.start = QDateTime(QDate(2026, 3, 2), QTime(14, 0));
        w.modules = {QStringLiteral("what-is-ai")};
        return must(WorkshopStore(m_db).add(w), "add workshop");
    }

    qint64 checkIn(int n)
    {
        const qint64 learner = must(AttendanceStore(m_db).addWalkIn(m_workshop, QStringLiteral("Walk-in %1-%2").arg(m_tag).arg(n)),
                                    "walk-in");
        SqlStatement select(m_db, QStringLiteral("SELECT uuid FROM attendance WHERE workshop_id = :w AND learner_id = :l"));
        select.bind(QStringLiteral(":w"), m_workshop).bind(QStringLiteral(":l"), learner);
        must(select.exec(), "attendance uuid");
        if (!select.next())
            fail(QStringLiteral("the walk-in has no attendance row"));
        ack(QStringLiteral("attendance %1").arg(select.value(0).toString()));
        return learner;
    }

    void quiz(int n)
    {
        const qint64 learner = checkIn(n);
        QuizResultStore store(m_db);
        const qint64 attempt = must(store.startAttempt(learner, QStringLiteral("what-is-ai"), QStringLiteral("pre"), m_random.generate(), m_workshop),
                                    "start attempt");
        ack(QStringLiteral("attempt %1").arg(attempt));
        for (int q = 1; q <= 10; ++q) {
            StoredAnswer answer;
            answer.answer.choices = {QStringLiteral("a%1").arg(m_random.bounded(4))};
            answer.credit = m_random.bounded(2);
            answer.confidence = int(m_random.bounded(2));
            const QString question = QStringLiteral("q%1").arg(q);
            must(store.saveAnswer(attempt, question, answer), "save answer");
            ack(QStringLiteral("answer %1 %2").arg(attempt).arg(question));
        }
        must(store.finish(attempt, 5, 10), "finish attempt");
        ack(QStringLiteral("finished %1").arg(attempt));
    }

    void import(int n)
    {
        const QString marker = QStringLiteral("imp%1x%2y").arg(m_tag).arg(n);
        static const char *const names[] = {"Amina", "Bilal", "Chloé", "Dries", "Élodie", "Fatou", "Gaspard", "Hind",
                                            "Ilse", "Jonas", "Karima", "Lucas", "Malika", "Noah", "Océane", "Pieter"};
        QByteArray csv = "pseudo;prénom;code postal\n";
        const int rows = 1 + int(m_random.bounded(16));
        for (int i = 0; i < rows; ++i) {
            const QString name = QString::fromUtf8(names[i]);
            csv += QStringLiteral("%1 %2;%2;10%3\n").arg(marker, name).arg(i, 2, 10, QLatin1Char('0')).toUtf8();
        }
        const LearnerImport import = must(LearnerImport::fromBytes(csv, marker + QStringLiteral(".csv")), "read csv");
        const LearnerImport::Report report = must(import.run(m_db, false), "import");
        ack(QStringLiteral("import %1 %2").arg(marker).arg(report.imported));
    }

    void demo()
    {
        DemoDataGenerator::Options options;
        options.years = 1;
        options.sites = 1;
        options.seed = m_random.generate();
        options.until = QDate(2025, 12, 31);
        must(DemoDataGenerator(m_db).generate(options, true), "demo");
        ack(QStringLiteral("demo %1").arg(firstValue(m_db, QStringLiteral("SELECT uuid FROM workshops ORDER BY id DESC LIMIT 1"))));
    }

    QSqlDatabase m_db;
    QRandomGenerator m_random;
    QString m_tag;
    qint64 m_workshop = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: crashwriter DATABASE SEED TAG\n");
        return 2;
    }
    Database database;
    const Database::OpenResult opened = database.open(args.at(1));
    if (!opened.ok())
        fail(opened.message);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    Writer(database.connection(), args.at(2).toUInt(), args.at(3)).run();
}
