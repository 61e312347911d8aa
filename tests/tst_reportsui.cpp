// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports screen: the funder summary of the period on screen, and the attendance export run on
// a worker thread (its own connection) while the window stays responsive, pseudonymised by default.
#include "testsupport.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "learners/learnerstore.h"
#include "reports/fundersummary.h"
#include "reports/reportsscreen.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class ReportsUiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("reports.sqlite"));
        QString out, err;
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), m_path, QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"),
                                   QStringLiteral("--sites"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("5")}, &out, &err), 0);
        QVERIFY(m_db.open(m_path).ok());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void showsTheFunderSummaryOfThePeriod()
    {
        ReportsScreen screen(m_db, m_library);
        screen.show();
        screen.activate();
        screen.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(QDate(2000, 1, 1));
        screen.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(QDate(2100, 1, 1));
        ReportFilter all;
        all.from = QDate(2000, 1, 1);
        all.to = QDate(2100, 1, 1);
        const FunderFigures figures = *FunderSummary(m_db.connection()).compute(all);
        QVERIFY(figures.workshops > 0);
        QVERIFY2(screen.summaryText().contains(QString::number(figures.workshops)), qPrintable(screen.summaryText()));
        QVERIFY(screen.summaryText().contains(QString::number(figures.people)));
        // No name of anybody in the summary.
        const QList<Learner> learners = *LearnerStore(m_db.connection()).find(QString());
        for (const Learner &learner : learners.mid(0, 20))
            QVERIFY(!screen.summaryText().contains(learner.displayName));
    }

    void exportsOnAWorkerThreadPseudonymisedByDefault()
    {
        ReportsScreen screen(m_db, m_library);
        screen.show();
        screen.activate();
        screen.findChild<QDateEdit *>(QStringLiteral("reportFrom"))->setDate(QDate(2000, 1, 1));
        screen.findChild<QDateEdit *>(QStringLiteral("reportTo"))->setDate(QDate(2100, 1, 1));
        QVERIFY(screen.findChild<QCheckBox *>(QStringLiteral("pseudonymise"))->isChecked());
        QSignalSpy finished(&screen, &ReportsScreen::exportFinished);
        const QString csv = m_dir.filePath(QStringLiteral("attendance.csv"));
        QVERIFY(screen.exportTo(csv, ExportJob::Format::Csv));
        QVERIFY(finished.wait(60000));
        const qint64 rows = finished.first().at(0).toLongLong();
        QVERIFY2(rows > 100, qPrintable(finished.first().at(1).toString()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QLatin1Char('\n')), rows + 1); // header + one line per row
        const QList<Learner> learners = *LearnerStore(m_db.connection()).find(QString());
        for (const Learner &learner : learners.mid(0, 20))
            QVERIFY2(!learner.lastName.isEmpty() ? !text.contains(learner.lastName) : true, qPrintable(learner.lastName));

        finished.clear();
        const QString xlsx = m_dir.filePath(QStringLiteral("attendance.xlsx"));
        QVERIFY(screen.exportTo(xlsx, ExportJob::Format::Xlsx));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toLongLong(), rows);
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(2), QByteArray("PK"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    ModuleLibrary m_library{QStringLiteral(":/lessons"), QStringLiteral("/nonexistent")};
};

QTEST_MAIN(ReportsUiTest)
#include "tst_reportsui.moc"
