// SPDX-License-Identifier: GPL-3.0-or-later
// The Workshops screen driven from the keyboard (new, edit, refused input, filters, periods,
// duplicate, cancel, series, check-in hooks) and Settings' current site and facilitator.
#include "testsupport.h"
#include "workshoptests.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "core/settings.h"
#include "settings/settingsscreen.h"
#include "sites/facilitatorsdialog.h"
#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"
#include "workshops/workshopeditdialog.h"
#include "workshops/workshopperiod.h"
#include "workshops/workshopsscreen.h"
#include "workshops/workshopseriesdialog.h"
#include "workshops/workshopstore.h"
#include "workshops/workshoptablemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <ctime>
#include <functional>

using namespace WorkshopTests;

class WorkshopsUiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A zone with a daylight-saving change, whatever the machine's: the series test needs one.
        qputenv("TZ", "Europe/Brussels");
        tzset();
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QVERIFY(m_library.module(QStringLiteral("sample-basics")));
    }

    void init()
    {
        m_db = std::make_unique<Database>(QStringLiteral("workshops%1").arg(++m_count));
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(m_count))).ok());
        Settings::setCurrentSiteId(0);
        Settings::setCurrentFacilitatorId(0);
    }

    void cleanup() { m_db.reset(); }

    void screenCreatesAWorkshopWithTheKeyboard()
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 site = *SiteStore(db).add({0, {}, QStringLiteral("Espace Écho"), {}});
        const qint64 amina = *FacilitatorStore(db).add({0, {}, site, QStringLiteral("Amina"), {}, true});
        Settings::setCurrentSiteId(site);
        Settings::setCurrentFacilitatorId(amina);

        WorkshopsScreen screen(*m_db, m_library);
        screen.resize(1200, 600);
        screen.show();
        screen.activateWindow(); // mnemonics (Alt+letter) go to the active window only
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        screen.activate();
        QCOMPARE(screen.model()->rowCount(), 0);

        bool typed = false;
        onModal<WorkshopEditDialog>([&](WorkshopEditDialog *dialog) {
            QCOMPARE(QApplication::focusWidget(), dialog->form()->titleEdit());
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Data and me"));
            QTest::keyClick(dialog, Qt::Key_C, Qt::AltModifier); // &Capacity
            QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("capacitySpin"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12"));
            QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier); // &Modules covered
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // tick the first module
            saveScreenshot(*dialog, QStringLiteral("workshop-edit-dialog.png"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        }, &typed);
        QTest::keyClick(&screen, Qt::Key_N, Qt::AltModifier); // &New…
        QTRY_VERIFY(typed);

        QCOMPARE(tableTitles(screen.model()), QStringList{QStringLiteral("Data and me")});
        const Workshop created = *WorkshopStore(db).get(screen.selectedWorkshopId());
        QCOMPARE(created.title, QStringLiteral("Data and me"));
        QCOMPARE(created.siteId, site);         // the current site from Settings
        QCOMPARE(created.facilitatorId, amina); // the current facilitator
        QCOMPARE(created.capacity, 12);
        QCOMPARE(created.start.time(), QTime(14, 0));
        QCOMPARE(created.modules.size(), 1);
        const QModelIndex row = screen.model()->index(0, WorkshopTableModel::SiteColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("Espace Écho"));
        QCOMPARE(screen.model()->index(0, WorkshopTableModel::DateColumn).data().toString(),
                 QLocale().toString(created.start.date(), QStringLiteral("ddd ") + WorkshopPeriod::shortDateFormat()));

        // Enter on the selected row opens the editor with the stored values.
        onModal<WorkshopEditDialog>([&](WorkshopEditDialog *dialog) {
            QCOMPARE(dialog->form()->titleEdit()->text(), created.title);
            dialog->form()->titleEdit()->setText(QStringLiteral("Data and us"));
            QTest::keyClick(dialog->form()->titleEdit(), Qt::Key_Return);
        });
        screen.findChild<QTableView *>(QStringLiteral("workshopTable"))->setFocus();
        QTest::keyClick(screen.findChild<QTableView *>(QStringLiteral("workshopTable")), Qt::Key_Return);
        QCOMPARE(tableTitles(screen.model()), QStringList{QStringLiteral("Data and us")});

        // An empty title is refused with a message and the dialog stays open, nothing lost.
        bool refused = false;
        QString message;
        onModal<WorkshopEditDialog>([&](WorkshopEditDialog *dialog) {
            dialog->form()->startEdit()->setFocus();
            onModal<QMessageBox>([&](QMessageBox *box) {
                message = box->text();
                QTest::keyClick(box, Qt::Key_Return);
            });
            QTest::keyClick(dialog->form()->startEdit(), Qt::Key_Return);
            QVERIFY(message.contains(QStringLiteral("title")));
            QVERIFY(dialog->isVisible());
            QTest::keyClick(dialog, Qt::Key_Escape);
        }, &refused);
        screen.activateWindow(); // back from the editor
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        QTest::keyClick(&screen, Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(refused);
        QCOMPARE(screen.model()->rowCount(), 1);
    }

    void filtersChangeTheTable()
    {
        const QSqlDatabase db = m_db->connection();
        WorkshopStore store(db);
        const qint64 north = *SiteStore(db).add({0, {}, QStringLiteral("North"), {}});
        const qint64 south = *SiteStore(db).add({0, {}, QStringLiteral("South"), {}});
        const QDate monday = WorkshopPeriod(WorkshopPeriod::Kind::Week).from();
        store.add(makeWorkshop(QStringLiteral("North data"), QDateTime(monday, QTime(10, 0)), north, 0, {QStringLiteral("sample-basics")}));
        const qint64 south1 = *store.add(makeWorkshop(QStringLiteral("South talk"), QDateTime(monday.addDays(1), QTime(10, 0)), south));
        store.add(makeWorkshop(QStringLiteral("Next week"), QDateTime(monday.addDays(8), QTime(10, 0)), north));
        addAttendance(db, south1, QStringLiteral("Nadia"), QStringLiteral("present"));
        addAttendance(db, south1, QStringLiteral("Omar"), QStringLiteral("registered"));

        WorkshopsScreen screen(*m_db, m_library);
        screen.resize(1200, 600);
        screen.show();
        screen.activateWindow(); // mnemonics (Alt+letter) go to the active window only
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        screen.activate();
        WorkshopTableModel *model = screen.model();
        QCOMPARE(tableTitles(model), (QStringList{"North data", "South talk"}));
        QCOMPARE(model->index(1, WorkshopTableModel::RegisteredColumn).data().toInt(), 2);
        QCOMPARE(model->index(1, WorkshopTableModel::PresentColumn).data().toInt(), 1);
        QCOMPARE(model->index(0, WorkshopTableModel::ModulesColumn).data().toString(), QStringLiteral("Sample: the basics"));

        auto *site = screen.findChild<QComboBox *>(QStringLiteral("siteFilter"));
        site->setCurrentIndex(site->findText(QStringLiteral("South")));
        QCOMPARE(tableTitles(model), QStringList{"South talk"});
        site->setCurrentIndex(0);
        auto *module = screen.findChild<QComboBox *>(QStringLiteral("moduleFilter"));
        module->setCurrentIndex(module->findData(QStringLiteral("sample-basics")));
        QCOMPARE(tableTitles(model), QStringList{"North data"});
        module->setCurrentIndex(0);

        QTest::keyClick(&screen, Qt::Key_X, Qt::AltModifier); // Ne&xt →
        QTRY_COMPARE(tableTitles(model), QStringList{"Next week"});
        QTest::keyClick(&screen, Qt::Key_T, Qt::AltModifier); // &Today
        QTRY_COMPARE(model->rowCount(), 2);
        auto *kind = screen.findChild<QComboBox *>(QStringLiteral("periodKindCombo"));
        kind->setCurrentIndex(kind->findData(int(WorkshopPeriod::Kind::Month)));
        emit kind->activated(kind->currentIndex());
        QCOMPARE(screen.period().kind(), WorkshopPeriod::Kind::Month);
        QVERIFY(model->rowCount() >= 1); // the month holds at least part of this week

        // Duplicate selects the copy a week later; cancelling marks it and keeps it listed.
        kind->setCurrentIndex(kind->findData(int(WorkshopPeriod::Kind::Week)));
        emit kind->activated(kind->currentIndex());
        screen.selectWorkshop(south1);
        QTest::keyClick(&screen, Qt::Key_D, Qt::AltModifier); // &Duplicate
        QTRY_VERIFY(screen.selectedWorkshopId() != south1);
        const qint64 copy = screen.selectedWorkshopId();
        QCOMPARE(WorkshopStore(db).get(copy)->start, QDateTime(monday.addDays(8), QTime(10, 0)));
        QCOMPARE(tableTitles(model), (QStringList{"Next week", "South talk"}));
        onModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(&screen, Qt::Key_C, Qt::AltModifier); // &Cancel workshop
        QTRY_VERIFY(WorkshopStore(db).get(copy)->isCancelled());
        QTRY_VERIFY(model->index(model->rowOf(copy), WorkshopTableModel::StatusColumn).data().toString() == QStringLiteral("CANCELLED"));
        const int row = model->rowOf(copy);
        QCOMPARE(model->index(row, WorkshopTableModel::StatusColumn).data().toString(), QStringLiteral("CANCELLED"));
        QVERIFY(model->index(row, WorkshopTableModel::TitleColumn).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!screen.findChild<QPushButton *>(QStringLiteral("checkInButton"))->isEnabled());
        saveScreenshot(screen, QStringLiteral("workshops-screen.png"));
        screen.findChild<QCheckBox *>(QStringLiteral("showCancelled"))->setChecked(false);
        QCOMPARE(tableTitles(model), QStringList{"Next week"});
    }

    void seriesDialogPlansFiveWeeklySessions()
    {
        WorkshopsScreen screen(*m_db, m_library);
        screen.resize(1200, 600);
        screen.show();
        screen.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        screen.activate();
        bool planned = false;
        QStringList preview;
        onModal<WorkshopSeriesDialog>([&](WorkshopSeriesDialog *dialog) {
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("AI club"));
            QCOMPARE(dialog->countSpin()->value(), 5); // weekly, five sessions by default
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("seriesPreview"));
            for (int row = 0; row < list->count(); ++row)
                preview << list->item(row)->text();
            saveScreenshot(*dialog, QStringLiteral("workshop-series-dialog.png"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        }, &planned);
        QTest::keyClick(&screen, Qt::Key_S, Qt::AltModifier); // New &series…
        QTRY_VERIFY(planned);
        QCOMPARE(preview.size(), 5);
        const QList<Workshop> all = *WorkshopStore(m_db->connection()).list();
        QCOMPARE(all.size(), 5);
        for (int i = 1; i < all.size(); ++i) {
            QCOMPARE(all.at(i).start, QDateTime(all.first().start.date().addDays(7 * i), all.first().start.time()));
            QCOMPARE(all.at(i).seriesUuid, all.first().seriesUuid);
        }
        QCOMPARE(screen.selectedWorkshopId(), all.first().id);
    }

    void checkInAndSignInSheetAreRequestedForTheSelection()
    {
        WorkshopStore store(m_db->connection());
        const qint64 id = *store.add(makeWorkshop(QStringLiteral("Today"), QDateTime(QDate::currentDate(), QTime(14, 0))));
        WorkshopsScreen screen(*m_db, m_library);
        screen.show();
        screen.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        screen.activate();
        QCOMPARE(screen.selectedWorkshopId(), id);
        QSignalSpy checkIn(&screen, &WorkshopsScreen::checkInRequested);
        QSignalSpy sheet(&screen, &WorkshopsScreen::signInSheetRequested);
        QTest::keyClick(&screen, Qt::Key_K, Qt::AltModifier); // Chec&k-in…
        QTest::keyClick(&screen, Qt::Key_H, Qt::AltModifier); // Sign-in s&heet…
        QTRY_COMPARE(checkIn.size(), 1);
        QTRY_COMPARE(sheet.size(), 1);
        QCOMPARE(checkIn.first().first().toLongLong(), id);
        QCOMPARE(sheet.first().first().toLongLong(), id);
    }

    void settingsChooseCurrentSiteAndFacilitator()
    {
        const QSqlDatabase db = m_db->connection();
        const qint64 north = *SiteStore(db).add({0, {}, QStringLiteral("North"), {}});
        const qint64 amina = *FacilitatorStore(db).add({0, {}, 0, QStringLiteral("Amina"), {}, true});
        const qint64 gone = *FacilitatorStore(db).add({0, {}, 0, QStringLiteral("Gone"), {}, false});
        SettingsScreen screen(*m_db);
        screen.resize(800, 500);
        screen.show();
        screen.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        screen.activate();
        auto *site = screen.findChild<QComboBox *>(QStringLiteral("currentSiteCombo"));
        auto *facilitator = screen.findChild<QComboBox *>(QStringLiteral("currentFacilitatorCombo"));
        QCOMPARE(site->count(), 2); // "No site", North
        QCOMPARE(facilitator->findData(gone), -1); // inactive facilitators are not offered
        site->setFocus();
        QTest::keyClick(site, Qt::Key_Down);
        emit site->activated(site->currentIndex());
        facilitator->setCurrentIndex(facilitator->findData(amina));
        emit facilitator->activated(facilitator->currentIndex());
        QCOMPARE(Settings::currentSiteId(), north);
        QCOMPARE(Settings::currentFacilitatorId(), amina);
        saveScreenshot(screen, QStringLiteral("settings-site-facilitator.png"));

        // The Facilitators… dialog: removing one who led a workshop deactivates them.
        WorkshopStore(db).add(makeWorkshop(QStringLiteral("W"), at("2026-03-02T10:00"), 0, amina));
        bool removed = false;
        onModal<FacilitatorsDialog>([&](FacilitatorsDialog *dialog) {
            QCOMPARE(dialog->list()->count(), 2);
            saveScreenshot(*dialog, QStringLiteral("facilitators-dialog.png"));
            dialog->list()->setCurrentRow(0); // Amina
            onModal<QMessageBox>([](QMessageBox *confirm) { // "Remove Amina?"
                onModal<QMessageBox>([](QMessageBox *explanation) { explanation->accept(); });
                confirm->button(QMessageBox::Yes)->click();
            });
            dialog->removeFacilitator();
            QVERIFY(dialog->list()->item(0)->text().contains(QStringLiteral("inactive")));
            dialog->reject();
        }, &removed);
        QTest::keyClick(&screen, Qt::Key_A, Qt::AltModifier); // F&acilitators…
        QTRY_VERIFY(removed);
        QVERIFY(FacilitatorStore(db).get(amina));
        QVERIFY(!FacilitatorStore(db).get(amina)->active);
        QCOMPARE(facilitator->findData(amina), -1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
    ModuleLibrary m_library{QStringLiteral(MEDIATELIER_FIXTURES "/packs"), QStringLiteral("/nonexistent")};
};

QTEST_MAIN(WorkshopsUiTest)
#include "tst_workshopsui.moc"
