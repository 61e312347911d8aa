// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process (tests/crash/crashwriter) writes check-ins, quiz answers, CSV
// imports and demo data and acknowledges each commit on stdout; it is killed with SIGKILL at a
// random instant, again and again. After every kill the file must open (the dead writer's lock is
// taken over), pass the integrity and foreign-key checks, and hold every acknowledged write.
// MEDIATELIER_CRASH_KILLS sets the number of kills (25 by default, for CI), MEDIATELIER_CRASH_SEED
// the seed of the delays. The long run needs a longer Qt Test timeout than its 5 minutes:
//   MEDIATELIER_CRASH_KILLS=300 QTEST_FUNCTION_TIMEOUT=3600000 tests/tst_crashsafety
#include "testsupport.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/types.h>

namespace {

struct Ack
{
    QString kind;
    QStringList keys;
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Only whole lines count: a line cut by the kill was never fully acknowledged.
QList<Ack> parseAcks(const QByteArray &output)
{
    QList<Ack> acks;
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return acks;
    for (const QByteArray &line : output.left(end).split('\n')) {
        const QStringList words = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() >= 3 && words.first() == QLatin1String("ack"))
            acks.append({words.at(1), words.mid(2)});
    }
    return acks;
}

// Empty when the acknowledged write is in the file, else what is missing.
QString missing(const QSqlDatabase &db, const Ack &ack)
{
    QString sql;
    QVariantMap binds;
    QVariant expected = 1;
    if (ack.kind == QLatin1String("attendance")) {
        sql = QStringLiteral("SELECT status = 'present' FROM attendance WHERE uuid = :a");
        binds = {{QStringLiteral(":a"), ack.keys.value(0)}};
    } else if (ack.kind == QLatin1String("attempt")) {
        sql = QStringLiteral("SELECT 1 FROM quiz_attempts WHERE id = :a");
        binds = {{QStringLiteral(":a"), ack.keys.value(0)}};
    } else if (ack.kind == QLatin1String("answer")) {
        sql = QStringLiteral("SELECT 1 FROM quiz_answers WHERE attempt_id = :a AND question_id = :b");
        binds = {{QStringLiteral(":a"), ack.keys.value(0)}, {QStringLiteral(":b"), ack.keys.value(1)}};
    } else if (ack.kind == QLatin1String("finished")) {
        sql = QStringLiteral("SELECT finished_at IS NOT NULL FROM quiz_attempts WHERE id = :a");
        binds = {{QStringLiteral(":a"), ack.keys.value(0)}};
    } else if (ack.kind == QLatin1String("import")) {
        sql = QStringLiteral("SELECT count(*) FROM learners WHERE display_name LIKE :a");
        binds = {{QStringLiteral(":a"), ack.keys.value(0) + QLatin1Char('%')}};
        expected = ack.keys.value(1).toInt();
    } else if (ack.kind == QLatin1String("demo")) {
        sql = QStringLiteral("SELECT 1 FROM workshops WHERE uuid = :a");
        binds = {{QStringLiteral(":a"), ack.keys.value(0)}};
    } else {
        return QStringLiteral("unknown acknowledgement %1").arg(ack.kind);
    }
    SqlStatement select(db, sql);
    select.bind(binds);
    if (Status status = select.exec(); !status)
        return status.error();
    if (!select.next() || select.value(0).toInt() != expected.toInt())
        return QStringLiteral("%1 %2 acknowledged but not in the file").arg(ack.kind, ack.keys.join(QLatin1Char(' ')));
    return {};
}

} // namespace

class CrashSafetyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY2(QFile::exists(QStringLiteral(MEDIATELIER_CRASHWRITER)), MEDIATELIER_CRASHWRITER);
        QVERIFY(m_dir.isValid());
    }

    void killedWritersLoseNoAcknowledgedWrite()
    {
        const int kills = envInt("MEDIATELIER_CRASH_KILLS", 25);
        const quint32 seed = quint32(envInt("MEDIATELIER_CRASH_SEED", 20261126));
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QRandomGenerator random(seed);
        QList<Ack> acknowledged;
        QMap<QString, int> byKind;
        int killedWhileWriting = 0;
        QElapsedTimer clock;
        clock.start();

        for (int kill = 0; kill < kills; ++kill) {
            QProcess writer;
            writer.start(QStringLiteral(MEDIATELIER_CRASHWRITER),
                         {path, QString::number(random.generate()), QString::number(kill)});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // Most delays count from the moment the file is open, so that most kills land among
            // the writes; the others also hit the start (opening, creating, migrating the file).
            QByteArray output;
            if (random.bounded(4) != 0) {
                QDeadlineTimer opening(30000);
                while (!output.contains("ready\n") && !opening.hasExpired() && writer.state() == QProcess::Running) {
                    writer.waitForReadyRead(100);
                    output += writer.readAllStandardOutput();
                }
            }
            // Drain stdout while waiting, so the writer never blocks on a full pipe.
            QDeadlineTimer deadline(int(random.bounded(5, 301)));
            while (!deadline.hasExpired() && writer.state() == QProcess::Running)
                writer.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            QVERIFY2(writer.state() == QProcess::Running,
                     qPrintable(QStringLiteral("the writer stopped on its own: %1").arg(QString::fromUtf8(writer.readAllStandardError()))));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            const QList<Ack> acks = parseAcks(output + writer.readAllStandardOutput());
            if (!acks.isEmpty())
                ++killedWhileWriting;
            for (const Ack &ack : acks)
                ++byKind[ack.kind];
            acknowledged += acks;
            checkFile(path, acks, kill);
            if (QTest::currentTestFailed())
                return;
            if ((kill + 1) % 50 == 0)
                qInfo("%d kills, %lld writes acknowledged, file %lld KB, %.1f s", kill + 1, qint64(acknowledged.size()),
                      QFileInfo(path).size() / 1024, double(clock.elapsed()) / 1000.0);
        }
        checkFile(path, acknowledged, kills); // nothing acknowledged earlier was lost later either
        QStringList kinds;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        qInfo("%d kills (%d after at least one acknowledged write), %lld writes acknowledged (%s), 0 lost, "
              "file %lld KB, %.1f s",
              kills, killedWhileWriting, qint64(acknowledged.size()), qPrintable(kinds.join(QStringLiteral(", "))),
              QFileInfo(path).size() / 1024, double(clock.elapsed()) / 1000.0);
        QVERIFY(!acknowledged.isEmpty());
    }

    // A writer killed between creating its lock file and writing its process id into it.
    void emptyLockFileIsTakenOver()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty-lock.sqlite"));
        QVERIFY(TestSupport::writeFile(path + QStringLiteral(".lock"), QByteArray()));
        Database db;
        const Database::OpenResult result = db.open(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
    }

    // A lock file naming a process that no longer runs.
    void lockOfDeadProcessIsTakenOver()
    {
        QProcess finished; // started without arguments, it stops at once
        finished.start(QStringLiteral(MEDIATELIER_CRASHWRITER), {});
        QVERIFY(finished.waitForStarted());
        const qint64 deadPid = finished.processId();
        QVERIFY(finished.waitForFinished());
        const QString path = m_dir.filePath(QStringLiteral("dead-lock.sqlite"));
        QVERIFY(TestSupport::writeFile(path + QStringLiteral(".lock"),
                                       QStringLiteral("%1\ncrashwriter\n%2\n").arg(deadPid).arg(QSysInfo::machineHostName()).toUtf8()));
        Database db;
        const Database::OpenResult result = db.open(path);
        QVERIFY2(result.ok(), qPrintable(result.message));
    }

    // A live writer keeps its lock: a second writer is refused, not let in.
    void lockOfLiveWriterIsRespected()
    {
        const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
        QProcess writer;
        writer.start(QStringLiteral(MEDIATELIER_CRASHWRITER), {path, QStringLiteral("7"), QStringLiteral("live")});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(20000)); // the first acknowledgement: it holds the file
        Database db;
        const Database::OpenResult result = db.open(path);
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        QCOMPARE(result.error, Database::OpenError::InUse);
    }

private:
    void checkFile(const QString &path, const QList<Ack> &acks, int kill)
    {
        Database db(QStringLiteral("check"));
        const Database::OpenResult opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(opened.message)));
        const Database::CheckReport report = db.check();
        QVERIFY2(report.integrityOk, qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(report.problems.join(QLatin1Char(' ')))));
        QVERIFY2(report.foreignKeysOk, qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(report.problems.join(QLatin1Char(' ')))));
        for (const Ack &ack : acks) {
            const QString problem = missing(db.connection(), ack);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(problem)));
        }
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
