// SPDX-License-Identifier: GPL-3.0-or-later
// Registering people ahead of a workshop: from the keyboard (known people, new people), taking
// someone off the list and putting them back, the capacity message, and a CSV file of registrations.
#include "testsupport.h"

#include "attendance/registrationdialog.h"
#include "core/languagemanager.h"
#include "learners/learnerstore.h"
#include "storage/database.h"
#include "workshops/attendancestore.h"
#include "workshops/registrationimport.h"
#include "workshops/workshopstore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

class RegistrationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("registration.sqlite"))).ok());
        Workshop workshop;
        workshop.title = QStringLiteral("Atelier IA");
        workshop.start = QDateTime(QDate(2026, 12, 3), QTime(14, 0));
        workshop.capacity = 2;
        m_workshop = *WorkshopStore(m_db->connection()).add(workshop);
        Learner amina;
        amina.displayName = QStringLiteral("Amina");
        amina.postcode = QStringLiteral("1000");
        amina.email = QStringLiteral("amina@example.org");
        m_amina = *LearnerStore(m_db->connection()).add(amina);
    }

    void registersFromTheKeyboard()
    {
        RegistrationDialog dialog(m_db->connection(), m_workshop);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("registrationSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("ami"));
        QTest::keyClick(search, Qt::Key_Return);
        QTest::keyClicks(search, QStringLiteral("Élodie"));
        QTest::keyClick(search, Qt::Key_Return); // nobody known: "Add «Élodie» as a new person"
        QTest::keyClicks(search, QStringLiteral("Bruno"));
        QTest::keyClick(search, Qt::Key_Return); // a third person: past the 2 places
        const QList<AttendanceEntry> entries = *AttendanceStore(m_db->connection()).list(m_workshop);
        QCOMPARE(entries.size(), 3);
        QStringList names;
        for (const AttendanceEntry &entry : entries) {
            names << entry.displayName;
            QCOMPARE(entry.status, AttendanceStatus::Registered);
        }
        QVERIFY(names.contains(QStringLiteral("Amina")));
        QVERIFY(names.contains(QStringLiteral("Élodie")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("registrationMessage"))->text().contains(QStringLiteral("over its capacity")));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("registrationPlaces"))->text(), QStringLiteral("3 registered for 2 places"));

        // Off the list with Delete, back with Ctrl+Z.
        auto *registered = dialog.findChild<QListWidget *>(QStringLiteral("registeredList"));
        registered->setFocus();
        registered->setCurrentRow(0);
        const QString first = registered->item(0)->text();
        QTest::keyClick(registered, Qt::Key_Delete);
        QCOMPARE(AttendanceStore(m_db->connection()).list(m_workshop)->size(), 2);
        QTest::keyClick(registered, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(AttendanceStore(m_db->connection()).list(m_workshop)->size(), 3);
        QCOMPARE(registered->item(0)->text(), first);
    }

    void onlyRegisteredPeopleCanBeRemoved()
    {
        AttendanceStore store(m_db->connection());
        QVERIFY(store.setStatus(m_workshop, m_amina, AttendanceStatus::Present).ok());
        const Status refused = store.unregister(m_workshop, m_amina);
        QVERIFY(!refused.ok());
        QCOMPARE(store.entry(m_workshop, m_amina)->status, AttendanceStatus::Present);
    }

    void registersTheRowsOfACsvFile()
    {
        const Result<LearnerImport> import = LearnerImport::fromFile(TestSupport::fixture(QStringLiteral("csv/comma-en-bom.csv")));
        QVERIFY2(import.ok(), qPrintable(import.error()));
        const Result<RegistrationImport::Report> dry = RegistrationImport::run(m_db->connection(), m_workshop, *import, true);
        QVERIFY(dry.ok());
        QCOMPARE(dry->knownPeople, 1); // Amina, same name and postcode
        QVERIFY(dry->newPeople >= 2);
        QCOMPARE(AttendanceStore(m_db->connection()).list(m_workshop)->size(), 0);

        RegistrationDialog dialog(m_db->connection(), m_workshop);
        QVERIFY(dialog.importFile(TestSupport::fixture(QStringLiteral("csv/comma-en-bom.csv")), false));
        const QList<AttendanceEntry> entries = *AttendanceStore(m_db->connection()).list(m_workshop);
        QCOMPARE(entries.size(), 1 + dry->newPeople);
        QCOMPARE(LearnerStore(m_db->connection()).find(QStringLiteral("amina"))->size(), 1); // not created twice
        // Importing the same file again adds nobody.
        QVERIFY(dialog.importFile(TestSupport::fixture(QStringLiteral("csv/comma-en-bom.csv")), false));
        QCOMPARE(AttendanceStore(m_db->connection()).list(m_workshop)->size(), entries.size());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_workshop = 0;
    qint64 m_amina = 0;
};

QTEST_MAIN(RegistrationTest)
#include "tst_registration.moc"
