// SPDX-License-Identifier: GPL-3.0-or-later
// PDF reports: the attendance export (pages for a known number of rows, "Page x / y", the filters
// and the repeated column header on every page, names or only pseudonyms), the funder summary
// report (its figures, charts' labels, no names), a target that cannot be written (exit 4, no
// file), and both from the Reports screen (the export on the worker thread). Read back with
// pdftotext and pdfinfo (poppler-utils, installed by scripts/install-deps).
#include "testsupport.h"

#include "cli/cli.h"
#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "learners/learnerstore.h"
#include "reports/attendancequery.h"
#include "reports/exportjob.h"
#include "reports/pdfsummary.h"
#include "reports/reportsscreen.h"
#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"
#include "workshops/workshopstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int NorthLearners = 230; // at the first site's workshops: several pages of rows

using TestSupport::take;

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of each page (pdftotext ends every page with a form feed).
QStringList pages(const QString &pdf)
{
    QStringList list = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
    if (!list.isEmpty() && list.last().trimmed().isEmpty())
        list.removeLast();
    return list;
}

int pdfinfoPages(const QString &pdf)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString learnerName(int i)
{
    return QString::fromUtf8("Zoé Lefèvre %1").arg(i, 3, 10, QLatin1Char('0'));
}

} // namespace

class PdfReportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        // CI installs poppler-utils (scripts/install-deps): without it nothing here is checked.
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is missing");
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("pdf.sqlite"));
        QVERIFY(m_db.open(m_path).ok());
        buildFixture();
    }

    void cleanup()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

private:
    // EPN Nord: two workshops in March 2026 (what-is-ai), NorthLearners people at the first (two
    // of them late), the first 40 again at the second. Espace Sud: one workshop in April with
    // Marie-Hélène. Postcodes spread over 80 areas so that the summary's area table runs over a
    // page. Quizzes: two learners, before 40 % and 20 %, after 80 % and 60 %: a 40-point gain.
    void buildFixture()
    {
        const QSqlDatabase db = m_db.connection();
        const qint64 north = take(SiteStore(db).add({0, {}, QStringLiteral("EPN Nord"), {}}));
        const qint64 south = take(SiteStore(db).add({0, {}, QStringLiteral("Espace Sud"), {}}));
        const qint64 ines = take(FacilitatorStore(db).add({0, {}, north, QString::fromUtf8("Inès Martin"), {}, true}));
        auto workshop = [&](const QString &title, const QString &start, qint64 site) {
            Workshop w;
            w.title = title;
            w.start = QDateTime::fromString(start, QStringLiteral("yyyy-MM-ddTHH:mm"));
            w.durationMinutes = 120;
            w.siteId = site;
            w.facilitatorId = ines;
            w.modules = {QStringLiteral("what-is-ai")};
            return take(WorkshopStore(db).add(w));
        };
        const qint64 first = workshop(QString::fromUtf8("C’est quoi l’IA ?"), QStringLiteral("2026-03-02T14:00"), north);
        const qint64 second = workshop(QStringLiteral("IA et emploi"), QStringLiteral("2026-03-16T09:30"), north);
        const qint64 third = workshop(QStringLiteral("IA au quotidien"), QStringLiteral("2026-04-06T18:00"), south);
        int attendance = 0;
        auto attend = [&](qint64 w, qint64 l, const char *status) {
            TestSupport::exec(db, QStringLiteral("INSERT INTO attendance (uuid, workshop_id, learner_id, status, created_at, updated_at) "
                                   "VALUES ('att-%1', %2, %3, '%4', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                        .arg(++attendance).arg(w).arg(l).arg(QLatin1String(status)));
        };
        QList<qint64> learners;
        for (int i = 1; i <= NorthLearners; ++i) {
            Learner l;
            l.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            l.displayName = learnerName(i);
            l.ageBand = i % 2 ? QStringLiteral("18-25") : QStringLiteral("56-65");
            l.gender = i % 3 ? QStringLiteral("woman") : QStringLiteral("man");
            l.postcode = QStringLiteral("%1%2").arg(10 + i % 80).arg(i % 1000, 3, 10, QLatin1Char('0'));
            learners << take(LearnerStore(db).add(l));
            attend(first, learners.last(), i <= 2 ? "late" : "present");
            if (i <= 40)
                attend(second, learners.last(), "present");
        }
        Learner marie;
        marie.displayName = QString::fromUtf8("Marie-Hélène");
        attend(third, take(LearnerStore(db).add(marie)), "present");
        auto attempt = [&](qint64 learner, const char *kind, const char *at, int score) {
            static int n = 0;
            TestSupport::exec(db, QStringLiteral("INSERT INTO quiz_attempts (uuid, learner_id, module_id, workshop_id, kind, started_at, finished_at, score, "
                                   "max_score, updated_at) VALUES ('qa-%1', %2, 'what-is-ai', %3, '%4', '%5', '%5', %6, 10, '%5')")
                        .arg(++n).arg(learner).arg(first).arg(QLatin1String(kind), QLatin1String(at)).arg(score));
        };
        attempt(learners.at(0), "pre", "2026-03-02T13:05:00Z", 4);
        attempt(learners.at(0), "post", "2026-03-02T15:30:00Z", 8);
        attempt(learners.at(1), "pre", "2026-03-02T13:06:00Z", 2);
        attempt(learners.at(1), "post", "2026-03-02T15:31:00Z", 6);
        m_firstUuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(1, 12, 10, QLatin1Char('0'));
    }

    int cli(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
    {
        // In English whatever the system's language: the checks read English labels and dates.
        return TestSupport::cli(QStringList{QStringLiteral("--database"), m_path, QStringLiteral("--lang"), QStringLiteral("en")} + args, out, err);
    }

    QStringList exportArgs(const QString &file, const QStringList &more = {}) const
    {
        return QStringList{QStringLiteral("attendance"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--format"), QStringLiteral("pdf"),
                           QStringLiteral("-o"), file}
            + more;
    }

private slots:
    void attendancePagesForAKnownNumberOfRows()
    {
        const QString file = m_dir.filePath(QStringLiteral("north.pdf"));
        QString out, err;
        QCOMPARE(cli(exportArgs(file, {QStringLiteral("--site"), QStringLiteral("EPN Nord")}), &out, &err), int(ExitOk));
        const int rows = NorthLearners + 40;
        QVERIFY2(out.contains(QStringLiteral("%1 rows written").arg(rows)), qPrintable(out + err));

        const QStringList text = pages(file);
        const int pageCount = int(text.size());
        QCOMPARE(pdfinfoPages(file), pageCount);
        QVERIFY2(pageCount >= 3, qPrintable(QString::number(pageCount)));
        // Every page: the title, its number out of the total, the filters, the column header.
        int perPage = 0;
        int total = 0;
        for (int i = 0; i < pageCount; ++i) {
            const QString &page = text.at(i);
            QVERIFY2(page.contains(QStringLiteral("Page %1 / %2").arg(i + 1).arg(pageCount)), qPrintable(page.left(400)));
            QVERIFY(page.contains(QStringLiteral("Attendance")));
            QVERIFY(page.contains(QStringLiteral("Period: 3/1/26 to 4/30/26")));
            QVERIFY(page.contains(QStringLiteral("Site: EPN Nord")));
            QVERIFY(page.contains(QStringLiteral("Facilitator: all facilitators")));
            QVERIFY(page.contains(QStringLiteral("Module: all modules")));
            QVERIFY(page.contains(QStringLiteral("Names: shown")));
            QVERIFY(page.contains(QStringLiteral("Generated on")));
            QVERIFY(page.contains(QStringLiteral("Learner")) && page.contains(QStringLiteral("Status"))); // the column header
            const int rowsHere = int(page.count(QString::fromUtf8("Zoé Lefèvre")));
            if (i == 0)
                perPage = rowsHere;
            else if (i < pageCount - 1)
                QCOMPARE(rowsHere, perPage); // full pages all hold the same number of rows
            total += rowsHere;
        }
        QCOMPARE(total, rows);
        QCOMPARE(pageCount, (rows + perPage - 1) / perPage);
        // Dates, times and numbers in the reader's language; each row's cells.
        QVERIFY(text.first().contains(QStringLiteral("3/2/26")));
        QVERIFY(text.first().contains(QStringLiteral("2:00")));
        QVERIFY(text.first().contains(learnerName(1)));
        QVERIFY(text.first().contains(QStringLiteral("late")));
        QVERIFY(text.last().contains(QStringLiteral("IA et emploi")));
        QVERIFY(!text.join(QString()).contains(QString::fromUtf8("Marie-Hélène"))); // the other site
    }

    void pseudonymisedPdfHoldsNoName()
    {
        const QString file = m_dir.filePath(QStringLiteral("pseudonyms.pdf"));
        QCOMPARE(cli(exportArgs(file, {QStringLiteral("--pseudonymise"), QStringLiteral("--module"), QStringLiteral("what-is-ai")})), int(ExitOk));
        const QString text = pages(file).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("Names: pseudonymised")));
        QVERIFY(text.contains(QStringLiteral("Module: what-is-ai")));
        QVERIFY(text.contains(AttendanceQuery::pseudonym(m_firstUuid)));
        QVERIFY(!text.contains(QStringLiteral("Lef")));
        QVERIFY(!text.contains(QStringLiteral("Marie")));
        QVERIFY(!text.contains(QStringLiteral("10001"))); // postcode areas only
    }

    // Right to left (Arabic): the page number moves to the left edge and the columns run from the right,
    // so the learner's column stands where its mirror image is in the same export in English.
    void arabicPdfRunsRightToLeft()
    {
        const auto firstWord = [](const QString &bbox, const QString &word) {
            const QRegularExpression re(QStringLiteral("<word xMin=\"([0-9.]+)\"[^>]*>%1</word>").arg(QRegularExpression::escape(word)));
            const QRegularExpressionMatch m = re.match(bbox);
            return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
        };
        const auto pageWidth = [](const QString &bbox) {
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("<page width=\"([0-9.]+)\"")).match(bbox);
            return m.captured(1).toDouble();
        };
        QHash<QString, QString> bbox;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
            const QString file = m_dir.filePath(language + QStringLiteral("-direction.pdf"));
            QCOMPARE(TestSupport::cli(QStringList{QStringLiteral("--database"), m_path, QStringLiteral("--lang"), language}
                                          + exportArgs(file, {QStringLiteral("--site"), QStringLiteral("EPN Nord")})),
                     int(ExitOk));
            bbox[language] = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                                                QStringLiteral("-l"), QStringLiteral("1"), file, QStringLiteral("-")});
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        const double width = pageWidth(bbox[QStringLiteral("en")]);
        QVERIFY(width > 0);
        QVERIFY(firstWord(bbox[QStringLiteral("en")], QStringLiteral("/")) > width / 2); // "Page 1 / n" on the right
        const double slashAr = firstWord(bbox[QStringLiteral("ar")], QStringLiteral("/"));
        QVERIFY2(slashAr >= 0 && slashAr < width / 2, qPrintable(QString::number(slashAr)));
        const double nameEn = firstWord(bbox[QStringLiteral("en")], QString::fromUtf8("Zoé"));
        const double nameAr = firstWord(bbox[QStringLiteral("ar")], QString::fromUtf8("Zoé"));
        QVERIFY(nameEn > 0 && nameAr > 0);
        // The column moved to its mirror image (within a column's width), not merely a little.
        QVERIFY2(qAbs(nameAr - nameEn) > width / 10 && qAbs(nameAr - (width - nameEn)) < width / 5,
                 qPrintable(QStringLiteral("%1 vs %2 on %3").arg(nameAr).arg(nameEn).arg(width)));
    }

    void datesInTheChosenLanguage()
    {
        const QString file = m_dir.filePath(QStringLiteral("fr.pdf"));
        QCOMPARE(TestSupport::cli(QStringList{QStringLiteral("--database"), m_path, QStringLiteral("--lang"), QStringLiteral("fr")}
                                      + exportArgs(file, {QStringLiteral("--site"), QStringLiteral("Espace Sud")})),
                 int(ExitOk));
        const QString text = pages(file).join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("06/04/2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("18:00")));
        QVERIFY(text.contains(QString::fromUtf8("Marie-Hélène")));
    }

    void summaryReport()
    {
        const QString file = m_dir.filePath(QStringLiteral("summary.pdf"));
        QString out, err;
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("-o"), file},
                     &out, &err),
                 int(ExitOk));
        const QStringList text = pages(file);
        QVERIFY2(text.size() >= 2, qPrintable(QString::number(text.size()))); // the 80 postcode areas run over
        QCOMPARE(pdfinfoPages(file), int(text.size()));
        for (int i = 0; i < text.size(); ++i) {
            QVERIFY(text.at(i).contains(QStringLiteral("Funder summary")));
            QVERIFY(text.at(i).contains(QStringLiteral("Page %1 / %2").arg(i + 1).arg(text.size())));
            QVERIFY(text.at(i).contains(QStringLiteral("Site: all sites")));
        }
        const QString all = text.join(QLatin1Char('\n'));
        const auto has = [&](const QString &pattern) {
            return QRegularExpression(pattern).match(all).hasMatch();
        };
        // The key figures: 3 workshops, 6 hours, 231 people, all new, 271 attendances.
        QVERIFY2(has(QStringLiteral("\\b3\\s+6\\.0\\s+231\\s+231\\s+271\\b")), qPrintable(all.left(1500)));
        QVERIFY(all.contains(QStringLiteral("people reached")));
        // Breakdowns, with their charts' captions and labels.
        QVERIFY(has(QStringLiteral("18–25\\s+115\\s+135")));  // odd numbers: 115 people, 20 of them twice
        QVERIFY(has(QStringLiteral("woman\\s+154\\s+181")));
        QVERIFY(has(QStringLiteral("not stated\\s+1\\s+1")));  // Marie-Hélène
        for (int area = 10; area < 90; ++area)
            QVERIFY2(all.contains(QString::number(area)), qPrintable(QString::number(area)));
        QVERIFY(all.contains(QStringLiteral("unknown")));
        const ModuleLibrary library;
        const QString title = localized(library.module(QStringLiteral("what-is-ai"))->title, QStringLiteral("en"));
        QVERIFY2(all.contains(title), qPrintable(title));
        QVERIFY(has(QStringLiteral("\\b2\\s+30\\.0 %\\s+70\\.0 %\\s+40\\.0 points")));
        QVERIFY(all.contains(QStringLiteral("How these figures are counted")));
        // Counts only.
        QVERIFY(!all.contains(QStringLiteral("Lef")));
        QVERIFY(!all.contains(QStringLiteral("Marie")));
    }

    void unwritableTarget_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent-folder/report.pdf");
        QTest::newRow("a folder") << QString(); // the temporary folder itself
    }

    void unwritableTarget()
    {
        QFETCH(QString, target);
        if (target.isEmpty())
            target = m_dir.path();
        QString out, err;
        QCOMPARE(cli(exportArgs(target), &out, &err), int(ExitStorage));
        QVERIFY2(err.contains(QStringLiteral("Cannot write %1").arg(QFileInfo(target).absoluteFilePath())), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--format"), QStringLiteral("pdf"),
                      QStringLiteral("-o"), target},
                     &out, &err),
                 int(ExitStorage));
        QVERIFY2(err.contains(QStringLiteral("Cannot write")), qPrintable(err));
        QVERIFY(!QFileInfo(QStringLiteral("/nonexistent-folder")).exists());
        // A summary PDF needs -o.
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                      QStringLiteral("--to"), QStringLiteral("2026-04-30"), QStringLiteral("--format"), QStringLiteral("pdf")}),
                 int(ExitUsage));
    }

    void fromTheReportsScreen()
    {
        ModuleLibrary library(QStringLiteral(":/lessons"), QStringLiteral("/nonexistent"));
        ReportsScreen screen(m_db, library);
        screen.show();
        screen.activate();
        bool offersPdf = false;
        for (QComboBox *box : screen.findChildren<QComboBox *>())
            offersPdf = offersPdf || box->findData(QStringLiteral("pdf")) >= 0;
        QVERIFY(offersPdf);
        screen.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(QDate(2026, 3, 1));
        screen.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(QDate(2026, 4, 30));

        QSignalSpy finished(&screen, &ReportsScreen::exportFinished);
        const QString pdf = m_dir.filePath(QStringLiteral("screen.pdf"));
        QVERIFY(screen.exportTo(pdf, ExportJob::Format::Pdf));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toLongLong(), qint64(NorthLearners + 41));
        const QString text = pages(pdf).join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("Names: pseudonymised"))); // the screen's default
        QVERIFY(!text.contains(QStringLiteral("Lef")));

        QVERIFY(screen.findChild<QPushButton *>(QStringLiteral("saveSummaryPdf")));
        const QString summary = m_dir.filePath(QStringLiteral("screen-summary.pdf"));
        QVERIFY(screen.saveSummaryPdfTo(summary));
        const QString summaryText = pages(summary).join(QLatin1Char('\n'));
        QVERIFY(summaryText.contains(QStringLiteral("Funder summary")));
        QVERIFY(summaryText.contains(QStringLiteral("people reached")));
        QVERIFY(!screen.saveSummaryPdfTo(QStringLiteral("/nonexistent-folder/summary.pdf")));
    }

    void writtenOnTheWorkerThread()
    {
        AttendanceExport::Options options;
        options.filter.from = QDate(2026, 3, 1);
        options.filter.to = QDate(2026, 3, 31);
        const QString pdf = m_dir.filePath(QStringLiteral("job.pdf"));
        ExportJob job(m_path, options, ExportJob::Format::Pdf, pdf);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toLongLong(), qint64(NorthLearners + 40));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QVERIFY(pages(pdf).join(QString()).contains(learnerName(NorthLearners)));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_firstUuid;
    Database m_db{QStringLiteral("pdf-test")};
};

QTEST_MAIN(PdfReportTest)
#include "tst_pdfreport.moc"
