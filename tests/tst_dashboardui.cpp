// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard tab of the Reports screen on the hand-computed network (dashboardfixture.h): the
// job runs off the GUI thread, the charts and their tables show the figures, the table toggle,
// "Save as PNG", the headline cards, a filter, and Cancel.
#include "testsupport.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "dashboardfixture.h"
#include "reports/chartcard.h"
#include "reports/charttablemodel.h"
#include "reports/dashboardjob.h"
#include "reports/dashboardpage.h"
#include "reports/reportsscreen.h"
#include "storage/database.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTest>

namespace {

QList<qreal> barValues(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

} // namespace

class DashboardUiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_file.create());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_screen = std::make_unique<ReportsScreen>(m_db, m_library);
        m_screen->resize(1200, 900);
        m_screen->show();
        m_page = m_screen->dashboard();
        QSignalSpy finished(m_page, &DashboardPage::refreshFinished);
        m_screen->activate(); // the first visit computes the figures of the default period
        QVERIFY(finished.wait(30000));
        setFilters(QDate(2026, 3, 1), QDate(2026, 4, 30), 0);
    }

    void cleanup()
    {
        m_screen.reset();
    }

    void isTheFirstTabOfTheReportsScreen()
    {
        auto *tabs = m_screen->findChild<QTabWidget *>(QStringLiteral("reportTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->currentWidget(), m_page);
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Dashboard"));
        QVERIFY(!m_page->isRunning()); // the worker thread has finished; the window was never blocked
    }

    void chartsAndTablesShowTheFigures()
    {
        QVERIFY(refresh());
        QCOMPARE(m_page->headline(QStringLiteral("workshops")), QStringLiteral("5"));
        QCOMPARE(m_page->headline(QStringLiteral("hours")), QStringLiteral("7.5"));
        QCOMPARE(m_page->headline(QStringLiteral("people")), QStringLiteral("6"));
        QCOMPARE(m_page->headline(QStringLiteral("newPeople")), QStringLiteral("5"));
        QCOMPARE(m_page->headline(QStringLiteral("noShow")), QStringLiteral("30.0 %"));

        // Attendance by month, stacked by status: March then April.
        ChartCard *attendance = m_page->card(QStringLiteral("attendanceChart"));
        QVERIFY(attendance);
        const QList<QAbstractSeries *> series = attendance->chart()->series();
        QCOMPARE(series.size(), 1);
        auto *stacked = qobject_cast<QStackedBarSeries *>(series.first());
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 5);
        QCOMPARE(stacked->barSets().at(0)->label(), QStringLiteral("Present"));
        QCOMPARE(barValues(stacked->barSets().at(0)), QList<qreal>({5, 1}));
        QCOMPARE(barValues(stacked->barSets().at(1)), QList<qreal>({1, 0})); // late
        QCOMPARE(barValues(stacked->barSets().at(3)), QList<qreal>({2, 1})); // absent
        QCOMPARE(barValues(stacked->barSets().at(4)), QList<qreal>({1, 1})); // not marked

        // The same numbers in the table, for people who cannot see the chart.
        QTableView *table = attendance->tableView();
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->columnCount(), 6);
        QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Present"));
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Mar 2026"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("5"));
        QCOMPARE(table->model()->index(1, 4).data().toString(), QStringLiteral("1"));

        // Sites: EPN Nord 3 workshops, 4 people, 4.5 hours, no-show 2 of 7.
        ChartTableModel *sites = m_page->card(QStringLiteral("sitesChart"))->model();
        QCOMPARE(sites->rowCount(), 2);
        QCOMPARE(sites->index(0, 0).data().toString(), QStringLiteral("EPN Nord"));
        QCOMPARE(sites->index(0, 3).data().toString(), QStringLiteral("4.5"));
        QCOMPARE(sites->index(0, 4).data().toString(), QStringLiteral("28.6 %"));
        QCOMPARE(sites->index(1, 4).data().toString(), QStringLiteral("33.3 %"));

        // Gender pie: woman, man, other, not stated.
        auto *pie = qobject_cast<QPieSeries *>(m_page->card(QStringLiteral("genderChart"))->chart()->series().first());
        QVERIFY(pie);
        QCOMPARE(pie->count(), 4);
        QCOMPARE(pie->slices().at(0)->value(), 3.0);
        QCOMPARE(pie->slices().at(3)->label(), QStringLiteral("not stated"));
        QCOMPARE(pie->slices().at(3)->value(), 1.0);

        // Gains: horizontal bars read top-down like the table, so the sets hold the rows reversed.
        ChartCard *gains = m_page->card(QStringLiteral("gainsChart"));
        QCOMPARE(gains->model()->rowCount(), 3);
        auto *bars = qobject_cast<QAbstractBarSeries *>(gains->chart()->series().first());
        QCOMPARE(bars->count(), 2); // before, after; gain and learners stay in the table
        QCOMPARE(barValues(bars->barSets().at(1)), QList<qreal>({70, 75, 60}));
    }

    void weeksAndFilters()
    {
        m_page->findChild<QComboBox *>(QStringLiteral("dashboardGranularity"))->setCurrentIndex(1);
        QVERIFY(refresh());
        ChartTableModel *people = m_page->card(QStringLiteral("peopleChart"))->model();
        QCOMPARE(people->rowCount(), 6); // six weeks, the quiet ones too
        QCOMPARE(people->index(0, 0).data().toString(), QStringLiteral("W10 2026"));
        QCOMPARE(people->index(2, 1).data().toString(), QStringLiteral("2")); // new people of the week of 16 March

        setFilters(QDate(2026, 3, 1), QDate(2026, 4, 30), m_ids.siteB);
        QVERIFY(refresh());
        QCOMPARE(m_page->headline(QStringLiteral("workshops")), QStringLiteral("2"));
        QCOMPARE(m_page->headline(QStringLiteral("people")), QStringLiteral("2"));
        QCOMPARE(m_page->card(QStringLiteral("sitesChart"))->model()->rowCount(), 1);
    }

    void tableToggleAndPng()
    {
        QVERIFY(refresh());
        ChartCard *card = m_page->card(QStringLiteral("modulesChart"));
        QVERIFY(card->chartView()->isVisible());
        auto *toggle = card->findChild<QToolButton *>(QStringLiteral("chartTableToggle"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(card->showsTable());
        QVERIFY(card->tableView()->isVisible());
        QVERIFY(!card->chartView()->isVisible());
        QCOMPARE(card->tableView()->model()->rowCount(), 4);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(card->chartView()->isVisible());

        const QString png = m_file.dir.filePath(QStringLiteral("modules.png"));
        QVERIFY(card->savePng(png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
        QSet<QRgb> colours; // a chart, not a blank picture
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 3, qPrintable(QString::number(colours.size())));
        QVERIFY(!card->savePng(m_file.dir.filePath(QStringLiteral("no/such/folder/x.png"))));
    }

    void cancelKeepsTheFormerFigures()
    {
        QVERIFY(refresh());
        QCOMPARE(m_page->headline(QStringLiteral("workshops")), QStringLiteral("5"));
        setFilters(QDate(2026, 4, 1), QDate(2026, 4, 30), 0);
        QSignalSpy finished(m_page, &DashboardPage::refreshFinished);
        // Cancel when the worker reports its first step: it waits for us, so the cancel is seen.
        int steps = 0;
        connect(m_page, &DashboardPage::jobStarting, this, [this, &steps](DashboardJob *job) {
            connect(job, &DashboardJob::progress, this, [this, &steps] {
                if (++steps == 1) {
                    QVERIFY(m_page->isRunning());
                    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("dashboardCancel")), Qt::LeftButton);
                }
            }, Qt::BlockingQueuedConnection);
        });
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("dashboardCancel"))->isEnabled() == false);
        m_page->refresh();
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("dashboardCancel"))->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(steps, 1); // stopped after the first step
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("dashboardStatus"))->text(), DashboardQuery::cancelledMessage());
        QCOMPARE(m_page->headline(QStringLiteral("workshops")), QStringLiteral("5")); // unchanged
        QVERIFY(!m_page->isRunning());
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("dashboardCancel"))->isEnabled());
    }

private:
    void setFilters(const QDate &from, const QDate &to, qint64 site)
    {
        m_page->findChild<QDateEdit *>(QStringLiteral("dashboardFrom"))->setDate(from);
        m_page->findChild<QDateEdit *>(QStringLiteral("dashboardTo"))->setDate(to);
        auto *sites = m_page->findChild<QComboBox *>(QStringLiteral("dashboardSite"));
        sites->setCurrentIndex(sites->findData(site));
    }

    // Clicks Refresh and waits for the worker; true when the figures came.
    bool refresh()
    {
        QSignalSpy finished(m_page, &DashboardPage::refreshFinished);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("dashboardRefresh")), Qt::LeftButton);
        return finished.wait(30000) && finished.first().at(0).toBool();
    }

    DashboardFixture::File m_file;
    Database &m_db = m_file.db;
    const DashboardFixture::Ids &m_ids = m_file.ids;
    ModuleLibrary m_library{QStringLiteral(":/lessons"), QStringLiteral("/nonexistent")};
    std::unique_ptr<ReportsScreen> m_screen;
    DashboardPage *m_page = nullptr;
};

QTEST_MAIN(DashboardUiTest)
#include "tst_dashboardui.moc"
