// SPDX-License-Identifier: GPL-3.0-or-later
// mediatelier-cli's contract for the database commands: exit codes, messages naming the file,
// the chosen language.
#include "testsupport.h"

#include "storage/database.h"
#include "sites/sitestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolate(); QVERIFY(m_dir.isValid()); }

    void helpAndVersion()
    {
        QString out;
        QCOMPARE(TestSupport::cli({QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("backup")));
        QCOMPARE(TestSupport::cli({QStringLiteral("--version")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral(MEDIATELIER_VERSION)));
    }

    void usageErrors()
    {
        QString err;
        QCOMPARE(TestSupport::cli({QStringLiteral("frobnicate")}, nullptr, &err), 2);
        QVERIFY(err.contains(QStringLiteral("frobnicate")));
        QCOMPARE(TestSupport::cli({}, nullptr, &err), 2);
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), path(QStringLiteral("u.sqlite")),
                                   QStringLiteral("backup")}, nullptr, &err), 2);
    }

    void initThenCheck()
    {
        const QString db = path(QStringLiteral("a.sqlite"));
        QString out;
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), db, QStringLiteral("init")}, &out), 0);
        QVERIFY(out.contains(db));
        QVERIFY(out.contains(QString::number(Database::SchemaVersion)));
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), db, QStringLiteral("check"),
                                   QStringLiteral("--format"), QStringLiteral("json")}, &out), 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("sound")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), Database::SchemaVersion);
    }

    void environmentVariableChoosesTheFile()
    {
        const QString db = path(QStringLiteral("env.sqlite"));
        qputenv("MEDIATELIER_DATABASE", db.toUtf8());
        QString out;
        const int code = TestSupport::cli({QStringLiteral("init")}, &out);
        qunsetenv("MEDIATELIER_DATABASE");
        QCOMPARE(code, 0);
        QVERIFY(QFile::exists(db));
    }

    void checkFailsOnANonDatabaseAndNamesTheFile()
    {
        const QString db = path(QStringLiteral("junk.sqlite"));
        QVERIFY(TestSupport::writeFile(db, QByteArray("this is a shopping list, not a database\n").repeated(50)));
        QString err;
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), db, QStringLiteral("check")}, nullptr, &err), 4);
        QVERIFY(err.contains(db));
        QCOMPARE(TestSupport::cli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--database"), db,
                                   QStringLiteral("init")}, nullptr, &err), 4);
        QVERIFY2(err.contains(QStringLiteral("n'est pas une base")), qPrintable(err));
    }

    void backupWhileTheWindowHoldsTheFile()
    {
        const QString db = path(QStringLiteral("held.sqlite"));
        Database window(QStringLiteral("window"));
        QVERIFY(window.open(db).ok());
        QVERIFY(SiteStore(window.connection()).add({0, {}, QStringLiteral("EPN Anderlecht"), {}}).ok());

        // A second writer is refused, with a message…
        QString err;
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), db, QStringLiteral("init")}, nullptr, &err), 4);
        QVERIFY(err.contains(db));
        // …but a backup works and holds the committed data.
        const QString copy = path(QStringLiteral("held-copy.sqlite"));
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), db, QStringLiteral("backup"), copy}), 0);
        Database restored(QStringLiteral("restored"));
        QVERIFY(restored.open(copy).ok());
        QCOMPARE(SiteStore(restored.connection()).all()->first().name, QStringLiteral("EPN Anderlecht"));
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
