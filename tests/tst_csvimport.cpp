// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import of learners: separators, encodings (UTF-8 with and without BOM, Windows-1252), RFC 4180
// quoting with the right line numbers, French and English headers, missing columns, empty files,
// duplicates in the file and against the database, rejected rows, dry runs, the command line, and
// 10,000 rows in one transaction.
#include "testsupport.h"

#include "cli/cli.h"
#include "learners/csvreader.h"
#include "learners/learnerimport.h"
#include "learners/learnerstore.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>


using Field = LearnerImport::Field;
using Outcome = LearnerImport::Row::Outcome;

class CsvImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;

    QString csv(const char *name) const { return TestSupport::fixture(QStringLiteral("csv/%1").arg(QLatin1String(name))); }

    int learnerCount() const
    {
        QSqlQuery query(m_db->connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM learners"));
        return query.next() ? query.value(0).toInt() : -1;
    }

    Learner byName(const QString &displayName) const
    {
        const QList<Learner> found = *LearnerStore(m_db->connection()).find(displayName);
        for (const Learner &l : found) {
            if (l.displayName == displayName)
                return l;
        }
        return {};
    }

    LearnerImport::Report import(const char *name, bool dryRun = false)
    {
        const Result<LearnerImport> import = LearnerImport::fromFile(csv(name));
        if (!import)
            qWarning() << import.error();
        const Result<LearnerImport::Report> report = import ? import->run(m_db->connection(), dryRun)
                                                            : Result<LearnerImport::Report>::failure(import.error());
        if (!report)
            qWarning() << report.error();
        return report ? *report : LearnerImport::Report();
    }

    // Runs "learners import" or "learners list" in-process against its own database file.
    int cli(const QString &command, const QStringList &args, const QString &database, QString *out, QString *err = nullptr)
    {
        for (const CliCommand &c : learnerCommands()) {
            if (c.name != command)
                continue;
            QString o, e;
            int code = 0;
            {
                QTextStream os(&o), es(&e);
                CliContext context(args, database, os, es);
                code = c.run(context);
            }
            if (out)
                *out = o;
            if (err)
                *err = e;
            return code;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_db = std::make_unique<Database>(QStringLiteral("csvimport"));
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("import-%1.sqlite").arg(++m_count))).ok());
    }

    void cleanup() { m_db.reset(); }

    void frenchHeadersSemicolonsUtf8()
    {
        const Result<LearnerImport> import = LearnerImport::fromFile(csv("semicolon-fr.csv"));
        QVERIFY2(import.ok(), qPrintable(import.error()));
        QCOMPARE(import->separator(), QLatin1Char(';'));
        QCOMPARE(import->encoding(), QStringLiteral("UTF-8"));
        QCOMPARE(import->mapping(), (QList<Field>{Field::FirstName, Field::LastName, Field::Postcode, Field::Phone, Field::Email,
                                                  Field::AgeBand, Field::Gender, Field::ConsentDate, Field::Notes}));
        const LearnerImport::Report report = import->run(m_db->connection(), false).value();
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.rejected, 0);
        QVERIFY(report.written);
        QCOMPARE(learnerCount(), 3);

        // No display-name column: the first name stands for it.
        const Learner elodie = byName(QStringLiteral("Élodie"));
        QCOMPARE(elodie.lastName, QStringLiteral("Martin"));
        QCOMPARE(elodie.postcode, QStringLiteral("1000"));
        QCOMPARE(elodie.ageBand, QStringLiteral("26-35"));
        QCOMPARE(elodie.gender, QStringLiteral("woman"));
        QCOMPARE(elodie.consentDate, QDate(2026, 3, 1));
        QCOMPARE(elodie.contactKey, QStringLiteral("470123456"));
        const Learner karim = byName(QStringLiteral("Karim"));
        QCOMPARE(karim.ageBand, QStringLiteral("46-55")); // written "46 – 55"
        QCOMPARE(karim.gender, QStringLiteral("man"));    // written "H"
        QCOMPARE(karim.contactKey, QStringLiteral("karim.benali@example.org"));
        QCOMPARE(karim.notes, QStringLiteral("vient le mardi"));
        const Learner fatou = byName(QStringLiteral("Fatou"));
        QCOMPARE(fatou.ageBand, QStringLiteral("over-75"));
        QCOMPARE(fatou.gender, QStringLiteral("not-stated"));
        QCOMPARE(fatou.contactKey, QStringLiteral("486112233"));
    }

    void englishHeadersCommasWithBom()
    {
        const Result<LearnerImport> import = LearnerImport::fromFile(csv("comma-en-bom.csv"));
        QVERIFY2(import.ok(), qPrintable(import.error()));
        QCOMPARE(import->separator(), QLatin1Char(','));
        QCOMPARE(import->headers().first(), QStringLiteral("Display name")); // the BOM is not part of it
        QCOMPARE(import->mapping().first(), Field::DisplayName);
        QCOMPARE(import->mapping().last(), Field::ConsentVersion);
        const LearnerImport::Report report = import->run(m_db->connection(), false).value();
        QCOMPARE(report.imported, 3);
        const Learner amina = byName(QStringLiteral("Amina"));
        QCOMPARE(amina.lastName, QStringLiteral("Haddad"));
        QCOMPARE(amina.email, QStringLiteral("amina@example.org"));
        QCOMPARE(amina.consentDate, QDate(2026, 2, 14));
        QCOMPARE(amina.consentVersion, QStringLiteral("2026-01"));
        const Learner jo = byName(QStringLiteral("Jo"));
        QCOMPARE(jo.firstName, QStringLiteral("Joseph"));
        QCOMPARE(jo.ageBand, QStringLiteral("over-75"));
        QCOMPARE(jo.contactKey, QStringLiteral("612345678")); // +33 6 12 34 56 78
        QCOMPARE(byName(QStringLiteral("Sam")).gender, QStringLiteral("not-stated"));
    }

    void windows1252IsNotLatin1()
    {
        const Result<LearnerImport> import = LearnerImport::fromFile(csv("windows-1252.csv"));
        QVERIFY2(import.ok(), qPrintable(import.error()));
        QCOMPARE(import->encoding(), QStringLiteral("Windows-1252"));
        QCOMPARE(import->headers().first(), QStringLiteral("Prénom"));
        QCOMPARE(import->run(m_db->connection(), false)->imported, 2);
        const Learner chloe = byName(QStringLiteral("Chloé"));
        QCOMPARE(chloe.lastName, QStringLiteral("Cœurdevey"));
        QCOMPARE(chloe.notes, QStringLiteral("A payé 20 € d’avance"));
        const Learner ozlem = byName(QStringLiteral("Œzlem"));
        QCOMPARE(ozlem.lastName, QStringLiteral("Lefèvre"));
        QCOMPARE(ozlem.notes, QStringLiteral("L’atelier du jeudi"));
        // Found again by a search typed without accents or ligatures.
        QCOMPARE(LearnerStore(m_db->connection()).find(QStringLiteral("coeurdevey"))->size(), 1);
    }

    void quotedFieldsAndPhysicalLineNumbers()
    {
        const Result<LearnerImport> import = LearnerImport::fromFile(csv("quoted.csv"));
        QVERIFY2(import.ok(), qPrintable(import.error()));
        const LearnerImport::Report report = import->run(m_db->connection(), false).value();
        QCOMPARE(report.rows.size(), 4);
        QCOMPARE(report.rows.at(0).line, 2);
        QCOMPARE(report.rows.at(0).learner.displayName, QStringLiteral("Dupont; fils"));
        QCOMPARE(report.rows.at(0).learner.notes, QStringLiteral("Il dit \"bonjour\" à tous"));
        QCOMPARE(report.rows.at(1).line, 3);
        QCOMPARE(report.rows.at(1).learner.notes, QStringLiteral("Première ligne\ndeuxième ligne\ntroisième ligne"));
        QCOMPARE(report.rows.at(1).learner.postcode, QStringLiteral("1050"));
        QCOMPARE(report.rows.at(2).line, 6); // after the three-line note
        QCOMPARE(report.rows.at(2).learner.postcode, QStringLiteral("1060"));
        QCOMPARE(report.rows.at(3).line, 7);
        QCOMPARE(report.rows.at(3).outcome, Outcome::Rejected);
        QVERIFY(report.describe(report.rows.at(3)).startsWith(QStringLiteral("Line 7: rejected: no name")));
        QCOMPARE(report.imported, 3);
        QCOMPARE(byName(QStringLiteral("Marie")).notes, QStringLiteral("Première ligne\ndeuxième ligne\ntroisième ligne"));
    }

    void parserEdgeCases()
    {
        // Quoted empty field, a separator at the end, CR-only line ends, a last line without a newline.
        const QList<CsvRecord> records = CsvReader::parse(QStringLiteral("a;\"\";c;\r\"x\ny\";2\r\rlast"), QLatin1Char(';'));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, (QStringList{QStringLiteral("a"), QString(), QStringLiteral("c"), QString()}));
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(1).fields.first(), QStringLiteral("x\ny"));
        QCOMPARE(records.at(2).line, 5);
        QCOMPARE(records.at(2).fields, QStringList{QStringLiteral("last")});
        QCOMPARE(CsvReader::detectSeparator(QStringLiteral("\"a,b\";c;d\n1,2,3,4,5")), QLatin1Char(';'));
        QCOMPARE(CsvReader::detectSeparator(QStringLiteral("a\tb\tc")), QLatin1Char('\t'));
    }

    void tabSeparated()
    {
        const Result<LearnerImport> import = LearnerImport::fromFile(csv("tab.csv"));
        QVERIFY2(import.ok(), qPrintable(import.error()));
        QCOMPARE(import->separator(), QLatin1Char('\t'));
        QCOMPARE(import->mapping(), (QList<Field>{Field::FirstName, Field::LastName, Field::Postcode}));
    }

    void headersInFrenchAndEnglish_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<Field>("field");
        const QList<QPair<const char *, Field>> cases = {
            {"Nom", Field::LastName},           {"Last name", Field::LastName},       {"PRÉNOM", Field::FirstName},
            {"prenom", Field::FirstName},       {"First Name", Field::FirstName},     {"Pseudo", Field::DisplayName},
            {"Nom d’affichage", Field::DisplayName}, {"display name", Field::DisplayName}, {"Téléphone", Field::Phone},
            {"Tel.", Field::Phone},             {"phone", Field::Phone},              {"Courriel", Field::Email},
            {"E-mail", Field::Email},           {"email", Field::Email},              {"Code postal", Field::Postcode},
            {"ZIP", Field::Postcode},           {"Postcode", Field::Postcode},        {"Tranche d'âge", Field::AgeBand},
            {"Age band", Field::AgeBand},       {"Genre", Field::Gender},             {"Sexe", Field::Gender},
            {"Gender", Field::Gender},          {"Notes", Field::Notes},              {"Date de consentement", Field::ConsentDate},
            {"Consent date", Field::ConsentDate}, {"Couleur préférée", Field::Ignore},
        };
        for (const auto &[header, field] : cases)
            QTest::newRow(header) << QString::fromUtf8(header) << field;
    }

    void headersInFrenchAndEnglish()
    {
        QFETCH(QString, header);
        QFETCH(Field, field);
        QCOMPARE(LearnerImport::fieldForHeader(header), field);
    }

    void missingNameColumnIsRefusedWithTheExpectedHeaders()
    {
        const Result<LearnerImport> import = LearnerImport::fromFile(csv("missing-column.csv"));
        QVERIFY(!import.ok());
        QVERIFY2(import.error().contains(QStringLiteral("missing-column.csv")), qPrintable(import.error()));
        QVERIFY2(import.error().contains(QStringLiteral("Prénom")) && import.error().contains(QStringLiteral("First name")),
                 qPrintable(import.error()));
        QString err;
        QCOMPARE(cli(QStringLiteral("learners import"), {csv("missing-column.csv")}, m_dir.filePath(QStringLiteral("cli-missing.sqlite")),
                     nullptr, &err),
                 int(ExitBadInput));
        QVERIFY(err.contains(QStringLiteral("no column gives a name")));
        QCOMPARE(learnerCount(), 0);
    }

    void emptyFileIsRefused()
    {
        const Result<LearnerImport> import = LearnerImport::fromFile(csv("empty.csv"));
        QVERIFY(!import.ok());
        QVERIFY2(import.error().contains(QStringLiteral("empty")), qPrintable(import.error()));
        QVERIFY(!LearnerImport::fromBytes("\r\n\r\n", QStringLiteral("blank.csv")).ok());
        QString err;
        QCOMPARE(cli(QStringLiteral("learners import"), {csv("empty.csv")}, m_dir.filePath(QStringLiteral("cli-empty.sqlite")), nullptr, &err),
                 int(ExitBadInput));
        QVERIFY(err.contains(QStringLiteral("empty.csv")));
        QCOMPARE(cli(QStringLiteral("learners import"), {csv("no-such-file.csv")}, m_dir.filePath(QStringLiteral("cli-empty.sqlite")),
                     nullptr, &err),
                 int(ExitBadInput));
    }

    void duplicatesInTheFileAndInTheDatabase()
    {
        Learner amina;
        amina.displayName = QStringLiteral("Amina");
        amina.firstName = QStringLiteral("Amina");
        amina.lastName = QStringLiteral("Haddad");
        amina.postcode = QStringLiteral("1000");
        const qint64 aminaId = *LearnerStore(m_db->connection()).add(amina);

        const LearnerImport::Report report = import("duplicates.csv");
        QCOMPARE(report.rows.size(), 5);
        QCOMPARE(report.rows.at(0).outcome, Outcome::Import); // Lina Saidi
        QCOMPARE(report.rows.at(1).outcome, Outcome::Duplicate); // LINA Saïdi, same postcode
        QCOMPARE(report.rows.at(1).duplicateOfLine, 2);
        QCOMPARE(report.rows.at(2).outcome, Outcome::Import); // Omar, 06 12 34 56 78
        QCOMPARE(report.rows.at(3).outcome, Outcome::Duplicate); // another name, the same phone as +33
        QCOMPARE(report.rows.at(3).duplicateOfLine, 4);
        QCOMPARE(report.rows.at(4).outcome, Outcome::Duplicate); // Amina Haddad, already stored
        QCOMPARE(report.rows.at(4).duplicateOfId, aminaId);
        QCOMPARE(report.describe(report.rows.at(4)), QStringLiteral("Line 6: Amina (1000) looks like Amina (1000), already stored; not imported."));
        QCOMPARE(report.describe(report.rows.at(1)), QStringLiteral("Line 3: LINA (1000) looks like the person on line 2; not imported."));
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.duplicates, 3);
        QCOMPARE(learnerCount(), 3);
        // Importing the same file again adds nobody.
        QCOMPARE(import("duplicates.csv").imported, 0);
        QCOMPARE(learnerCount(), 3);
    }

    void rejectedRowsSayWhy()
    {
        const LearnerImport::Report report = import("rejected.csv");
        QCOMPARE(report.rows.size(), 6); // the line of empty cells is no row
        const QList<QPair<int, QString>> expected = {{2, QStringLiteral("invalid e-mail address “hugo@example”")},
                                                     {3, QStringLiteral("unknown age band “19-29”")},
                                                     {5, QStringLiteral("no name")},
                                                     {6, QStringLiteral("unknown gender “alien”")},
                                                     {7, QStringLiteral("invalid consent date “32/13/2026”")}};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const LearnerImport::Row &row = report.rows.at(i);
            QCOMPARE(row.line, expected.at(i).first);
            QCOMPARE(row.outcome, Outcome::Rejected);
            QVERIFY2(row.reason.startsWith(expected.at(i).second), qPrintable(row.reason));
        }
        QCOMPARE(report.rows.last().line, 8);
        QCOMPARE(report.rows.last().outcome, Outcome::Import);
        QCOMPARE(report.rejected, 5);
        QCOMPARE(report.imported, 1);
        const Learner mia = byName(QStringLiteral("Mia"));
        QCOMPARE(mia.ageBand, QStringLiteral("36-45"));
        QCOMPARE(mia.gender, QStringLiteral("woman"));
        QCOMPARE(mia.consentDate, QDate(2026, 2, 15));
        QCOMPARE(learnerCount(), 1); // nothing of the rejected rows was stored
    }

    void adjustedMappingChangesTheImport()
    {
        Result<LearnerImport> import = LearnerImport::fromFile(csv("semicolon-fr.csv"));
        QVERIFY(import.ok());
        QList<Field> mapping = import->mapping();
        mapping[1] = Field::DisplayName; // "Nom" as the display name instead
        mapping[3] = Field::Ignore;      // phone left out
        import->setMapping(mapping);
        QCOMPARE(import->run(m_db->connection(), false)->imported, 3);
        const Learner martin = byName(QStringLiteral("Martin"));
        QCOMPARE(martin.firstName, QStringLiteral("Élodie"));
        QVERIFY(martin.phone.isEmpty());
        QVERIFY(martin.lastName.isEmpty());
        // A mapping without any name column is refused before anything is read.
        import->setMapping(QList<Field>(mapping.size(), Field::Ignore));
        QVERIFY(!import->checkMapping().ok());
        QVERIFY(!import->analyse(m_db->connection()).ok());
    }

    void dryRunWritesNothing()
    {
        const LearnerImport::Report report = import("semicolon-fr.csv", true);
        QCOMPARE(report.imported, 3);
        QVERIFY(!report.written);
        QCOMPARE(report.describe(report.rows.first()), QStringLiteral("Line 2: Élodie (1000) will be imported."));
        QCOMPARE(learnerCount(), 0);

        const QString database = m_dir.filePath(QStringLiteral("cli-dry.sqlite"));
        QString out;
        QCOMPARE(cli(QStringLiteral("learners import"), {csv("semicolon-fr.csv"), QStringLiteral("--dry-run")}, database, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("3 learner(s) can be imported (dry run: nothing written).")), qPrintable(out));
        QCOMPARE(cli(QStringLiteral("learners list"), {QStringLiteral("--format"), QStringLiteral("json")}, database, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 0);
    }

    void commandLineReportAndList()
    {
        const QString database = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QString out;
        // Rejected rows alone do not make the command fail.
        QCOMPARE(cli(QStringLiteral("learners import"), {csv("rejected.csv"), QStringLiteral("--format"), QStringLiteral("json")},
                     database, &out),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 1);
        const QJsonArray rejected = json.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 5);
        QCOMPARE(rejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(rejected.at(4).toObject().value(QStringLiteral("line")).toInt(), 7);

        QCOMPARE(cli(QStringLiteral("learners import"), {csv("duplicates.csv")}, database, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("3 learner(s) imported.")), qPrintable(out)); // Amina is new here
        QVERIFY2(out.contains(QStringLiteral("Line 3: LINA (1000) looks like the person on line 2; not imported.")), qPrintable(out));

        QCOMPARE(cli(QStringLiteral("learners list"), {QStringLiteral("--format"), QStringLiteral("csv")}, database, &out), 0);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header, Mia, Lina, Omar, Amina
        QVERIFY(lines.first().startsWith(QStringLiteral("id,uuid,display_name,first_name,last_name,phone,email")));
        QVERIFY(out.contains(QStringLiteral(",Omar,Omar,Fall,06 12 34 56 78,")));
        QCOMPARE(cli(QStringLiteral("learners list"), {}, database, &out), 0);
        QVERIFY(out.contains(QStringLiteral("\tLina\tLina Saidi\t1000")));
        QCOMPARE(cli(QStringLiteral("learners list"), {QStringLiteral("--format"), QStringLiteral("xml")}, database, &out), int(ExitUsage));
    }

    void tenThousandRowsInOneTransaction()
    {
        QByteArray bytes = "Prénom;Nom;Code postal;Courriel;Tranche d'âge\r\n";
        const QStringList bands = {QStringLiteral("18-25"), QStringLiteral("26-35"), QStringLiteral("36-45"), QString()};
        for (int i = 0; i < 10000; ++i)
            bytes += QStringLiteral("Prénom%1;Nom%1;%2;p%1@example.org;%3\r\n")
                         .arg(i)
                         .arg(1000 + i % 200)
                         .arg(bands.at(i % bands.size()))
                         .toUtf8();
        const QString path = m_dir.filePath(QStringLiteral("10000.csv"));
        QVERIFY(TestSupport::writeFile(path, bytes));

        QElapsedTimer timer;
        timer.start();
        const Result<LearnerImport> import = LearnerImport::fromFile(path);
        QVERIFY(import.ok());
        const Result<LearnerImport::Report> report = import->run(m_db->connection(), false);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        qDebug("10,000 rows: read, checked and imported in %lld ms", timer.elapsed());
        QCOMPARE(report->imported, 10000);
        QCOMPARE(learnerCount(), 10000);

        // All or nothing: a row refused by the database near the end leaves none of the others stored.
        const QString other = m_dir.filePath(QStringLiteral("atomic.sqlite"));
        Database db(QStringLiteral("atomic"));
        QVERIFY(db.open(other).ok());
        QSqlQuery trigger(db.connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_last BEFORE INSERT ON learners "
                                            "WHEN NEW.display_name = 'Prénom9998' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QVERIFY(!import->run(db.connection(), false).ok());
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM learners")) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(CsvImportTest)
#include "tst_csvimport.moc"
