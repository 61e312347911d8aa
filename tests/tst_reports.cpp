// SPDX-License-Identifier: GPL-3.0-or-later
// Reports: every funder figure on a small network computed by hand, each filter of the attendance
// export, CSV quoting and formula-injection cases, the XLSX file's XML, stable pseudonyms, and the
// demo generator's shape.
#include "testsupport.h"

#include "cli/cli.h"
#include "learners/csvreader.h"
#include "learners/learnerstore.h"
#include "reports/attendanceexport.h"
#include "reports/attendancequery.h"
#include "reports/csvwriter.h"
#include "reports/demodatagenerator.h"
#include "reports/fundersummary.h"
#include "reports/summaryexport.h"
#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"
#include "workshops/workshopstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <zip.h>


namespace {

template <typename T>
T take(Result<T> &&result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error()));
    return std::move(result.value());
}

void sql(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// One file of a zip archive (an XLSX), or an empty array.
QByteArray unzip(const QString &archive, const char *name)
{
    int error = 0;
    zip_t *zip = zip_open(archive.toUtf8().constData(), ZIP_RDONLY, &error);
    if (!zip)
        return {};
    QByteArray bytes;
    zip_stat_t stat;
    if (zip_stat(zip, name, 0, &stat) == 0) {
        if (zip_file_t *file = zip_fopen(zip, name, 0)) {
            bytes.resize(qsizetype(stat.size));
            bytes.resize(qsizetype(qMax<zip_int64_t>(0, zip_fread(file, bytes.data(), stat.size))));
            zip_fclose(file);
        }
    }
    zip_close(zip);
    return bytes;
}

// Runs one of reportCommands() in-process.
int runReport(const QString &database, const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QString outText, errText;
    QTextStream outStream(&outText), errStream(&errText);
    int code = -1;
    for (const CliCommand &command : reportCommands()) {
        const QStringList words = command.name.split(QLatin1Char(' '));
        if (args.mid(0, words.size()) == words) {
            CliContext context(args.mid(words.size()), database, outStream, errStream);
            code = command.run(context);
        }
    }
    outStream.flush();
    errStream.flush();
    if (out)
        *out = outText;
    if (err)
        *err = errText;
    return code;
}

const FunderFigures::Breakdown &find(const QList<FunderFigures::Breakdown> &list, const QString &code)
{
    static const FunderFigures::Breakdown none{QStringLiteral("missing"), -1, -1};
    for (const auto &b : list) {
        if (b.code == code)
            return b;
    }
    return none;
}

} // namespace

class ReportsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("reports.sqlite"));
        QVERIFY(m_db.open(m_path).ok());
        buildFixture();
    }

private:
    // The fixture, figures by hand. Period March–April 2026:
    //   W1 site A, 2 Mar 14:00, 120 min, what-is-ai: Zoé present, Ahmed late, "=1+1" absent, Marie-Hélène present
    //   W2 site A, 16 Mar 09:30, 90 min, personal-data + what-is-ai: Zoé present, Paul excused
    //   W3 site B, 6 Apr 18:00, 180 min, generative-ai: "=1+1" present, Paul absent
    //   W4 site B, 20 Mar, cancelled, generative-ai: nobody
    //   W5 site A, 10 Feb (before the period), 60 min, what-is-ai: Ahmed present
    //   W6 site B, 25 Mar 10:00, 90 min, online-safety: Marie-Hélène registered only
    void buildFixture()
    {
        const QSqlDatabase db = m_db.connection();
        m_siteA = take(SiteStore(db).add({0, {}, QStringLiteral("EPN Nord"), {}}));
        m_siteB = take(SiteStore(db).add({0, {}, QStringLiteral("Espace Sud"), {}}));
        m_facilitator1 = take(FacilitatorStore(db).add({0, {}, m_siteA, QStringLiteral("Inès Martin"), {}, true}));
        m_facilitator2 = take(FacilitatorStore(db).add({0, {}, m_siteB, QStringLiteral("Jan Peeters"), {}, true}));
        auto learner = [&](const QString &uuid, const QString &name, const QString &age, const QString &gender, const QString &postcode) {
            Learner l;
            l.uuid = uuid;
            l.displayName = name;
            l.ageBand = age;
            l.gender = gender;
            l.postcode = postcode;
            l.phone = QStringLiteral("+33 6 12 34 56 78");
            return take(LearnerStore(db).add(l));
        };
        m_zoe = learner(QStringLiteral("00000000-0000-4000-8000-000000000001"), QString::fromUtf8("Zoé"), QStringLiteral("18-25"), QStringLiteral("woman"), QStringLiteral("1030"));
        m_ahmed = learner(QStringLiteral("00000000-0000-4000-8000-000000000002"), QStringLiteral("Ahmed"), QStringLiteral("56-65"), QStringLiteral("man"), QStringLiteral("1080"));
        m_formula = learner(QStringLiteral("00000000-0000-4000-8000-000000000003"), QStringLiteral("=1+1"), QStringLiteral("not-stated"), QString(), QStringLiteral("75011"));
        m_marie = learner(QStringLiteral("00000000-0000-4000-8000-000000000004"), QString::fromUtf8("Marie-Hélène"), QStringLiteral("66-75"), QStringLiteral("woman"), QString());
        m_paul = learner(QStringLiteral("00000000-0000-4000-8000-000000000005"), QStringLiteral("Paul"), QStringLiteral("18-25"), QStringLiteral("other"), QStringLiteral("1030"));

        auto workshop = [&](const QString &title, const QString &start, int minutes, qint64 site, qint64 facilitator,
                            const QStringList &modules, bool cancelled = false) {
            Workshop w;
            w.title = title;
            w.start = QDateTime::fromString(start, QStringLiteral("yyyy-MM-ddTHH:mm"));
            w.durationMinutes = minutes;
            w.siteId = site;
            w.facilitatorId = facilitator;
            w.modules = modules;
            w.status = cancelled ? Workshop::Status::Cancelled : Workshop::Status::Planned;
            return take(WorkshopStore(db).add(w));
        };
        const QString whatIsAi = QStringLiteral("what-is-ai");
        m_w1 = workshop(QString::fromUtf8("C’est quoi l’IA ?"), QStringLiteral("2026-03-02T14:00"), 120, m_siteA, m_facilitator1, {whatIsAi});
        m_w2 = workshop(QString::fromUtf8("Données, \"vie privée\"\net sécurité"), QStringLiteral("2026-03-16T09:30"), 90, m_siteA, m_facilitator1,
                        {QStringLiteral("personal-data"), whatIsAi});
        m_w3 = workshop(QStringLiteral("IA générative"), QStringLiteral("2026-04-06T18:00"), 180, m_siteB, m_facilitator2, {QStringLiteral("generative-ai")});
        workshop(QStringLiteral("Annulé"), QStringLiteral("2026-03-20T14:00"), 60, m_siteB, m_facilitator2, {QStringLiteral("generative-ai")}, true);
        const qint64 w5 = workshop(QStringLiteral("Avant"), QStringLiteral("2026-02-10T14:00"), 60, m_siteA, m_facilitator1, {whatIsAi});
        const qint64 w6 = workshop(QStringLiteral("Personne"), QStringLiteral("2026-03-25T10:00"), 90, m_siteB, m_facilitator2, {QStringLiteral("online-safety")});

        auto attend = [&](qint64 w, qint64 l, const QString &status, const QString &checked = {}) {
            static int n = 0;
            sql(db, QStringLiteral("INSERT INTO attendance (uuid, workshop_id, learner_id, status, checked_in_at, created_at, updated_at) "
                                   "VALUES ('att-%1', %2, %3, '%4', %5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                        .arg(++n).arg(w).arg(l).arg(status, checked.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + checked + QLatin1Char('\'')));
        };
        attend(m_w1, m_zoe, QStringLiteral("present"), QDateTime(QDate(2026, 3, 2), QTime(13, 55)).toUTC().toString(Qt::ISODateWithMs));
        attend(m_w1, m_ahmed, QStringLiteral("late"));
        attend(m_w1, m_formula, QStringLiteral("absent"));
        attend(m_w1, m_marie, QStringLiteral("present"));
        attend(m_w2, m_zoe, QStringLiteral("present"));
        attend(m_w2, m_paul, QStringLiteral("excused"));
        attend(m_w3, m_formula, QStringLiteral("present"));
        attend(m_w3, m_paul, QStringLiteral("absent"));
        attend(w5, m_ahmed, QStringLiteral("present"));
        attend(w6, m_marie, QStringLiteral("registered"));

        // Quiz attempts: Zoé pre 40 %, post 80 %, then pre again 50 % (the latest counts); Ahmed
        // pre 20 %, post 60 %, and an unfinished post (ignored); "=1+1" a pre only; Marie-Hélène's
        // post falls in May (outside the period).
        auto attempt = [&](qint64 l, qint64 w, const QString &module, const QString &kind, const QString &at, double score, double max,
                           bool finished = true) {
            static int n = 0;
            sql(db, QStringLiteral("INSERT INTO quiz_attempts (uuid, learner_id, module_id, workshop_id, kind, started_at, finished_at, score, "
                                   "max_score, updated_at) VALUES ('qa-%1', %2, '%3', %4, '%5', '%6', %7, %8, %9, '%6')")
                        .arg(++n).arg(l).arg(module).arg(w).arg(kind, at, finished ? QLatin1Char('\'') + at + QLatin1Char('\'') : QStringLiteral("NULL"))
                        .arg(score).arg(max));
        };
        attempt(m_zoe, m_w1, whatIsAi, QStringLiteral("pre"), QStringLiteral("2026-03-02T13:05:00Z"), 4, 10);
        attempt(m_zoe, m_w1, whatIsAi, QStringLiteral("post"), QStringLiteral("2026-03-02T15:30:00Z"), 8, 10);
        attempt(m_zoe, m_w1, whatIsAi, QStringLiteral("pre"), QStringLiteral("2026-03-16T08:40:00Z"), 5, 10);
        attempt(m_ahmed, m_w1, whatIsAi, QStringLiteral("pre"), QStringLiteral("2026-03-02T13:06:00Z"), 1, 5);
        attempt(m_ahmed, m_w1, whatIsAi, QStringLiteral("post"), QStringLiteral("2026-03-02T15:31:00Z"), 3, 5);
        attempt(m_ahmed, m_w1, whatIsAi, QStringLiteral("post"), QStringLiteral("2026-03-03T10:00:00Z"), 0, 5, false);
        attempt(m_formula, m_w3, QStringLiteral("generative-ai"), QStringLiteral("pre"), QStringLiteral("2026-04-06T16:05:00Z"), 3, 10);
        attempt(m_marie, m_w1, whatIsAi, QStringLiteral("pre"), QStringLiteral("2026-03-02T13:07:00Z"), 2, 10);
        attempt(m_marie, m_w1, whatIsAi, QStringLiteral("post"), QStringLiteral("2026-05-02T10:00:00Z"), 9, 10);
    }

private slots:
    void summaryAllSites()
    {
        const FunderFigures f = take(FunderSummary(m_db.connection()).compute(period()));
        QCOMPARE(f.workshops, 4);           // W1, W2, W3, W6 (W4 cancelled, W5 before)
        QCOMPARE(f.hours, 6.5);             // 120 + 90 + 180 minutes (nobody came to W6)
        QCOMPARE(f.people, 4);              // Zoé, Ahmed, "=1+1", Marie-Hélène (Paul never came)
        QCOMPARE(f.attendances, 5);
        QCOMPARE(f.newPeople, 3);           // Ahmed first came in February
        QCOMPARE(find(f.ageBands, QStringLiteral("18-25")).people, 1);
        QCOMPARE(find(f.ageBands, QStringLiteral("18-25")).attendances, 2);
        QCOMPARE(find(f.ageBands, QStringLiteral("56-65")).people, 1);
        QCOMPARE(find(f.ageBands, QStringLiteral("66-75")).people, 1);
        QCOMPARE(find(f.ageBands, QStringLiteral("not-stated")).people, 1);
        QCOMPARE(find(f.ageBands, QStringLiteral("over-75")).people, 0);
        QCOMPARE(f.ageBands.size(), 9);
        QCOMPARE(f.ageBands.last().code, QStringLiteral("not-stated"));
        QCOMPARE(find(f.genders, QStringLiteral("woman")).people, 2);
        QCOMPARE(find(f.genders, QStringLiteral("woman")).attendances, 3);
        QCOMPARE(find(f.genders, QStringLiteral("man")).people, 1);
        QCOMPARE(find(f.genders, QStringLiteral("other")).people, 0);
        QCOMPARE(find(f.genders, QStringLiteral("not-stated")).people, 1); // no gender recorded
        QCOMPARE(f.postcodeAreas.size(), 3);
        QCOMPARE(f.postcodeAreas.at(0).code, QStringLiteral("10"));
        QCOMPARE(f.postcodeAreas.at(0).people, 2);
        QCOMPARE(f.postcodeAreas.at(0).attendances, 3);
        QCOMPARE(f.postcodeAreas.at(1).code, QStringLiteral("75"));
        QCOMPARE(f.postcodeAreas.at(2).code, QStringLiteral("unknown"));
        QCOMPARE(f.postcodeAreas.at(2).people, 1);
        QCOMPARE(f.modules.size(), 4);
        QCOMPARE(f.modules.at(0).moduleId, QStringLiteral("what-is-ai"));
        QCOMPARE(f.modules.at(0).workshops, 2);
        QCOMPARE(f.modules.at(1).moduleId, QStringLiteral("generative-ai"));
        QCOMPARE(f.modules.at(1).workshops, 1);
        QCOMPARE(f.gains.size(), 1); // generative-ai: a pre only; Marie-Hélène's post is in May
        QCOMPARE(f.gains.at(0).moduleId, QStringLiteral("what-is-ai"));
        QCOMPARE(f.gains.at(0).learners, 2);
        QCOMPARE(f.gains.at(0).prePercent, 35.0);  // (50 + 20) / 2: Zoé's latest pre
        QCOMPARE(f.gains.at(0).postPercent, 70.0); // (80 + 60) / 2
        QCOMPARE(f.gains.at(0).gain(), 35.0);
    }

    void summaryBySiteAndPeriod()
    {
        ReportFilter filter = period();
        filter.siteId = m_siteA;
        FunderFigures f = take(FunderSummary(m_db.connection()).compute(filter));
        QCOMPARE(f.workshops, 2);
        QCOMPARE(f.hours, 3.5);
        QCOMPARE(f.people, 3);
        QCOMPARE(f.attendances, 4);
        QCOMPARE(f.newPeople, 2);
        QCOMPARE(f.modules.size(), 2);
        QCOMPARE(f.gains.size(), 1);
        QCOMPARE(f.gains.at(0).learners, 2);

        filter.siteId = m_siteB;
        f = take(FunderSummary(m_db.connection()).compute(filter));
        QCOMPARE(f.workshops, 2);
        QCOMPARE(f.hours, 3.0);
        QCOMPARE(f.people, 1);
        QCOMPARE(f.newPeople, 1);
        QVERIFY(f.gains.isEmpty());

        filter = period();
        filter.to = QDate(2026, 3, 31);
        f = take(FunderSummary(m_db.connection()).compute(filter));
        QCOMPARE(f.workshops, 3);
        QCOMPARE(f.people, 3);
        QCOMPARE(f.newPeople, 2); // "=1+1" first came in April
    }

    void summaryCommand()
    {
        QString out, err;
        QCOMPARE(runReport(m_path, {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--site"), QStringLiteral("epn nord"),
                                    QStringLiteral("--format"), QStringLiteral("json")},
                           &out, &err),
                 int(ExitOk));
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("workshops")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("hours")).toDouble(), 3.5);
        QCOMPARE(json.value(QStringLiteral("new_people")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("site")).toString(), QStringLiteral("EPN Nord"));
        QCOMPARE(json.value(QStringLiteral("gains")).toArray().at(0).toObject().value(QStringLiteral("gain")).toDouble(), 35.0);
        QVERIFY(!out.contains(QString::fromUtf8("Zoé"))); // counts only

        QCOMPARE(runReport(m_path, {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("--separator"), QStringLiteral(";")},
                           &out),
                 int(ExitOk));
        QVERIFY(out.contains(QStringLiteral("totals;;hours;6,5")));
        QVERIFY(out.contains(QStringLiteral("gender;not-stated;people;1")));

        QCOMPARE(runReport(m_path, {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-04-30")},
                           &out),
                 int(ExitOk));
        QVERIFY2(out.contains(QStringLiteral("Workshops held: 4")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("People reached: 4 (new: 3)")), qPrintable(out));

        QCOMPARE(runReport(m_path, {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--site"), QStringLiteral("Nowhere")}),
                 int(ExitBadInput));
        QCOMPARE(runReport(m_path, {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("March")}),
                 int(ExitUsage));
    }

    void exportFilters_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("rows");
        QTest::newRow("period") << QStringList{} << 9;
        QTest::newRow("site") << QStringList{QStringLiteral("--site"), QStringLiteral("Espace Sud")} << 3;
        QTest::newRow("facilitator") << QStringList{QStringLiteral("--facilitator"), QString::fromUtf8("Inès Martin")} << 6;
        QTest::newRow("module") << QStringList{QStringLiteral("--module"), QStringLiteral("what-is-ai")} << 6;
        QTest::newRow("module, cancelled workshop") << QStringList{QStringLiteral("--module"), QStringLiteral("generative-ai")} << 2;
    }

    void exportFilters()
    {
        QFETCH(QStringList, options);
        QFETCH(int, rows);
        const QString file = m_dir.filePath(QStringLiteral("filter.csv"));
        QString out;
        QCOMPARE(runReport(m_path, QStringList{QStringLiteral("attendance"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                               QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--format"), QStringLiteral("csv"),
                                               QStringLiteral("-o"), file} + options, &out),
                 int(ExitOk));
        QCOMPARE(readAll(file).count(QStringLiteral("\r\n")), rows + 1); // and the header; a line break inside a cell is a bare \n
    }

    void exportOneDay()
    {
        ReportFilter filter;
        filter.from = filter.to = QDate(2026, 3, 16); // the last day is included, whatever the hour
        int rows = 0;
        take(AttendanceQuery(m_db.connection()).forEach(filter, false, [&](const AttendanceRow &) { return ++rows > 0; }));
        QCOMPARE(rows, 2);
    }

    void csvInjection_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("neutralised");
        QTest::newRow("=1+1") << QStringLiteral("=1+1") << true;
        QTest::newRow("+SUM") << QStringLiteral("+SUM(A1)") << true;
        QTest::newRow("-2+3") << QStringLiteral("-2+3") << true;
        QTest::newRow("@cmd") << QStringLiteral("@cmd") << true;
        QTest::newRow("tab") << QStringLiteral("\t=1") << true;
        QTest::newRow("cr") << QStringLiteral("\r=1") << true;
        QTest::newRow("phone") << QStringLiteral("+33 6 12 34 56 78") << false;
        QTest::newRow("negative") << QStringLiteral("-12.5") << false;
        QTest::newRow("negative, comma") << QStringLiteral("-12,5") << false;
        QTest::newRow("text") << QString::fromUtf8("Zoé") << false;
        QTest::newRow("lone dash") << QStringLiteral("-") << false;
        QTest::newRow("hyphen inside") << QString::fromUtf8("Marie-Hélène") << false;
    }

    void csvInjection()
    {
        QFETCH(QString, cell);
        QFETCH(bool, neutralised);
        QCOMPARE(CsvWriter::looksLikeFormula(cell), neutralised);
        const QString encoded = CsvWriter::encode(cell, QLatin1Char('|'));
        QCOMPARE(encoded.contains(QLatin1Char('\'') + cell), neutralised);
        if (!neutralised)
            QCOMPARE(encoded, cell);
    }

    void csvQuoting()
    {
        QCOMPARE(CsvWriter::encode(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
        QCOMPARE(CsvWriter::encode(QStringLiteral("a;b"), QLatin1Char(',')), QStringLiteral("a;b"));
        QCOMPARE(CsvWriter::encode(QStringLiteral("a,b"), QLatin1Char(',')), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::encode(QStringLiteral("say \"hi\""), QLatin1Char(',')), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::encode(QStringLiteral("two\nlines"), QLatin1Char(',')), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::encode(QStringLiteral("=A1,B1"), QLatin1Char(',')), QStringLiteral("\"'=A1,B1\""));

        const QString file = m_dir.filePath(QStringLiteral("all.csv"));
        AttendanceExport::Options options;
        options.filter = period();
        options.separator = QLatin1Char(';');
        QCOMPARE(take(AttendanceExport(m_db.connection()).writeCsv(options, file)), qint64(9));
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(AttendanceExport::headers().join(QLatin1Char(';')) + QStringLiteral("\r\n")));
        QVERIFY(text.contains(QStringLiteral("2026-03-02;14:00;EPN Nord;")));
        QVERIFY(text.contains(QString::fromUtf8(";Zoé;")));
        QVERIFY(text.contains(QStringLiteral(";'=1+1;")));
        QVERIFY(text.contains(QString::fromUtf8("\"Données, \"\"vie privée\"\"\net sécurité\"")));
        QVERIFY(text.contains(QStringLiteral("personal-data, what-is-ai")));
        QVERIFY(text.contains(QStringLiteral("2026-03-02 13:55"))); // the check-in, in local time
        QVERIFY(!text.contains(QStringLiteral("+33"))); // no contacts in an attendance export
    }

    // The separator a spreadsheet of the person's language expects: ";" where the comma is decimal.
    void defaultSeparatorFollowsTheLanguage()
    {
        const QLocale saved;
        for (const auto &[name, separator] : {std::pair{"fr_FR", ';'}, {"fr_BE", ';'}, {"nl_BE", ';'}, {"nl_NL", ';'},
                                              {"en_GB", ','}, {"ar", ','}}) {
            QLocale::setDefault(QLocale(QString::fromLatin1(name)));
            QCOMPARE(CsvWriter::defaultSeparator(), QChar(QLatin1Char(separator)));
        }
        QLocale::setDefault(saved);
    }

    void pseudonyms()
    {
        QCOMPARE(AttendanceQuery::pseudonym(QStringLiteral("00000000-0000-4000-8000-000000000001")), QStringLiteral("P-11E594F481"));
        AttendanceExport::Options options;
        options.filter = period();
        options.pseudonymise = true;
        options.separator = QLatin1Char(',');
        const QString first = m_dir.filePath(QStringLiteral("p1.csv"));
        const QString second = m_dir.filePath(QStringLiteral("p2.csv"));
        take(AttendanceExport(m_db.connection()).writeCsv(options, first));
        take(AttendanceExport(m_db.connection()).writeCsv(options, second));
        const QString text = readAll(first);
        QCOMPARE(readAll(second), text);
        QVERIFY(text.contains(QStringLiteral(",P-11E594F481,")));
        for (const char *name : {"Zoé", "Ahmed", "=1+1", "Marie", "Paul"})
            QVERIFY2(!text.contains(QString::fromUtf8(name)), name);
        QVERIFY(!text.contains(QStringLiteral("1030"))); // the postcode's area only
        QVERIFY(text.contains(QStringLiteral(",10,")));
    }

    void xlsx()
    {
        const QString file = m_dir.filePath(QStringLiteral("all.xlsx"));
        QString out;
        QCOMPARE(runReport(m_path, {QStringLiteral("attendance"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                                    QStringLiteral("-o"), file},
                           &out),
                 int(ExitOk));
        const QString sheet = QString::fromUtf8(unzip(file, "xl/worksheets/sheet1.xml"));
        const QString shared = QString::fromUtf8(unzip(file, "xl/sharedStrings.xml"));
        const QString styles = QString::fromUtf8(unzip(file, "xl/styles.xml"));
        QVERIFY(!sheet.isEmpty());
        QVERIFY(sheet.contains(QStringLiteral("<t>Date</t>")) || shared.contains(QStringLiteral("<t>Date</t>")));
        QVERIFY(sheet.contains(QStringLiteral("ySplit=\"1\""))); // frozen header
        QVERIFY(styles.contains(QStringLiteral("<b/>")));
        // 2 March 2026 is day 46083 of the spreadsheet calendar, with a date style.
        const QRegularExpression date(QStringLiteral(R"x(<c r="A2" s="(\d+)"><v>46083</v></c>)x"));
        const QRegularExpressionMatch match = date.match(sheet);
        QVERIFY2(match.hasMatch(), qPrintable(sheet.left(1500)));
        QVERIFY(match.captured(1).toInt() > 0);
        QVERIFY(styles.contains(QStringLiteral("yyyy")));
        QVERIFY(sheet.contains(QStringLiteral("<c r=\"M2\" s=\"0\"><v>120</v></c>")) || sheet.contains(QStringLiteral("<c r=\"M2\"><v>120</v></c>")));
        // The formula-looking name is a string, and nothing in the sheet is a formula.
        QVERIFY(!sheet.contains(QStringLiteral("<f>")));
        QVERIFY(sheet.contains(QStringLiteral("<t>=1+1</t>")) || shared.contains(QStringLiteral("<t>=1+1</t>")));
        QVERIFY(sheet.contains(QString::fromUtf8("<t>Zoé</t>")) || shared.contains(QString::fromUtf8("<t>Zoé</t>")));
    }

    // The French CSV (";", BOM, accents, a quote and a line break inside a cell, a neutralised
    // formula) opened by LibreOffice and saved again: every cell and accent is where it was.
    void libreOfficeReadsTheCsv()
    {
        QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (office.isEmpty())
            office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
        // CI installs it (scripts/install-deps: libreoffice-calc-nogui).
        QVERIFY2(!office.isEmpty(), "LibreOffice (soffice) is not installed: run scripts/install-deps");
        AttendanceExport::Options options;
        options.filter = period();
        options.separator = QLatin1Char(';');
        const QString file = m_dir.filePath(QStringLiteral("lo.csv"));
        QCOMPARE(take(AttendanceExport(m_db.connection()).writeCsv(options, file)), qint64(9));
        const QString outDir = m_dir.filePath(QStringLiteral("lo"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        // A profile of its own: a running LibreOffice, or another test converting at the same
        // time, would otherwise take the conversion over (or lock the profile).
        process.start(office, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("lo-profile"))).toString(),
                               QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--infilter=CSV:59,34,76,1"),
                               QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):124,34,76,1"),
                               QStringLiteral("--outdir"), outDir, file});
        QVERIFY(process.waitForStarted());
        QVERIFY2(process.waitForFinished(180000), "LibreOffice took more than 3 minutes");
        const QString log = QString::fromUtf8(process.readAll());
        QFile converted(outDir + QStringLiteral("/lo.csv"));
        QVERIFY2(converted.open(QIODevice::ReadOnly), qPrintable(log));
        const QList<CsvRecord> records = CsvReader::parse(QString::fromUtf8(converted.readAll()), QLatin1Char('|'));
        QCOMPARE(records.size(), 10); // the header and the 9 rows: the line break stayed inside its cell
        for (const CsvRecord &record : records)
            QVERIFY2(record.fields.size() == AttendanceExport::headers().size(), qPrintable(record.fields.join(QLatin1Char('|'))));
        QCOMPARE(records.first().fields, AttendanceExport::headers());
        QStringList learners, workshops;
        for (const CsvRecord &record : records.mid(1)) {
            workshops << record.fields.at(3);
            learners << record.fields.at(6);
        }
        QVERIFY2(learners.contains(QString::fromUtf8("Zoé")), qPrintable(learners.join(QLatin1Char(','))));
        QVERIFY(learners.contains(QString::fromUtf8("Marie-Hélène")));
        QVERIFY(learners.contains(QStringLiteral("'=1+1"))); // kept as text, never computed to 2
        QVERIFY(!learners.contains(QStringLiteral("2")));
        QVERIFY(workshops.contains(QString::fromUtf8("C’est quoi l’IA ?")));
        QVERIFY(workshops.contains(QString::fromUtf8("Données, \"vie privée\"\net sécurité")));
        QVERIFY(workshops.contains(QString::fromUtf8("IA générative")));
    }

    void generator()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QString out, err;
        QCOMPARE(runReport(path, {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--sites"), QStringLiteral("2"),
                                  QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--until"), QStringLiteral("2026-06-30"),
                                  QStringLiteral("--format"), QStringLiteral("json")},
                           &out, &err),
                 int(ExitOk));
        const QJsonObject counts = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(counts.value(QStringLiteral("sites")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("learners")).toInt(), 80);
        const int workshops = counts.value(QStringLiteral("workshops")).toInt();
        const int attendance = counts.value(QStringLiteral("attendance")).toInt();
        QVERIFY2(workshops >= 110 && workshops <= 220, qPrintable(out));
        QVERIFY2(attendance >= 6 * workshops && attendance <= 14 * workshops, qPrintable(out));
        QCOMPARE(counts.value(QStringLiteral("quiz_answers")).toInt(), 10 * counts.value(QStringLiteral("quiz_attempts")).toInt());
        QVERIFY(counts.value(QStringLiteral("quiz_attempts")).toInt() > 0);

        // A second run on the same file is refused, unless forced.
        QCOMPARE(runReport(path, {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--sites"), QStringLiteral("2")}),
                 int(ExitBadInput));

        Database db(QStringLiteral("demo-check"));
        QVERIFY(db.open(path, Database::Access::ReadOnly).ok());
        QVERIFY(db.check().sound());
        QSqlQuery query(db.connection());
        auto scalar = [&](const QString &statement) {
            if (!query.exec(statement) || !query.next())
                qFatal("%s", qPrintable(statement));
            return query.value(0).toDouble();
        };
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM workshops WHERE strftime('%w', substr(starts_at, 1, 10)) = '0'")), 0.0);
        const double august = scalar(QStringLiteral("SELECT COUNT(*) FROM workshops WHERE substr(starts_at, 6, 2) = '08'"));
        const double october = scalar(QStringLiteral("SELECT COUNT(*) FROM workshops WHERE substr(starts_at, 6, 2) = '10'"));
        QVERIFY2(august < october / 2, qPrintable(QStringLiteral("%1 %2").arg(august).arg(october)));
        const double noShow = scalar(QStringLiteral("SELECT AVG(status IN ('absent', 'excused')) FROM attendance"));
        QVERIFY2(noShow > 0.08 && noShow < 0.25, qPrintable(QString::number(noShow)));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM learners WHERE id NOT IN (SELECT learner_id FROM attendance)")) < 20, true);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(DISTINCT gender) FROM learners")) >= 4);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM learners WHERE age_band IS NOT NULL AND age_band NOT IN "
                                       "('under-18','18-25','26-35','36-45','46-55','56-65','66-75','over-75','not-stated')")),
                 0.0);
        const double gain = scalar(QStringLiteral("SELECT AVG(CASE kind WHEN 'post' THEN score ELSE -score END) * 2 FROM quiz_attempts"));
        QVERIFY2(gain > 1 && gain < 4, qPrintable(QString::number(gain))); // 1 to 4 more right answers of 10
        const QString firstUuid = QString::number(scalar(QStringLiteral("SELECT COUNT(*) FROM quiz_answers WHERE question_id GLOB '*-q[0-9][0-9]'")));
        QCOMPARE(firstUuid.toInt(), counts.value(QStringLiteral("quiz_answers")).toInt());
        db.close();

        // The same seed gives the same data.
        const QString again = dir.filePath(QStringLiteral("again.sqlite"));
        QCOMPARE(runReport(again, {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--sites"), QStringLiteral("2"),
                                   QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--until"), QStringLiteral("2026-06-30"),
                                   QStringLiteral("--format"), QStringLiteral("json")},
                           &err),
                 int(ExitOk));
        QCOMPARE(err, out);
    }

private:
    static ReportFilter period()
    {
        ReportFilter filter;
        filter.from = QDate(2026, 3, 1);
        filter.to = QDate(2026, 4, 30);
        return filter;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db{QStringLiteral("reports-test")};
    qint64 m_siteA = 0, m_siteB = 0, m_facilitator1 = 0, m_facilitator2 = 0;
    qint64 m_zoe = 0, m_ahmed = 0, m_formula = 0, m_marie = 0, m_paul = 0;
    qint64 m_w1 = 0, m_w2 = 0, m_w3 = 0;
};

QTEST_GUILESS_MAIN(ReportsTest)
#include "tst_reports.moc"
