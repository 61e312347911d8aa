// SPDX-License-Identifier: GPL-3.0-or-later
// The window: opens on a temporary database, every screen is reachable by keyboard, the language
// switches at run time, the geometry is remembered.
#include "testsupport.h"

#include "core/languagemanager.h"
#include "content/modulelibrary.h"
#include "core/settings.h"
#include "learners/learnersession.h"
#include "privacy/staffsession.h"
#include "shell/appcontroller.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "shell/screen.h"
#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("window.sqlite"))).ok());
        m_services.database = &m_db;
        m_services.library = &m_library;
        m_services.learner = &m_learner;
        m_services.staff = &m_staff;
        QVERIFY(TestSupport::signInCoordinator(m_db.connection(), m_staff)); // staff screens need a staff member
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void visitsEveryScreenWithTheKeyboard()
    {
        MainWindow window(m_services, m_db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.screenCount() >= 6);
        QVERIFY(window.windowTitle().contains(QStringLiteral("window.sqlite")));
        const QStringList expected = {QStringLiteral("Lessons"), QStringLiteral("Quizzes"), QStringLiteral("Workshops"),
                                      QStringLiteral("Learners"), QStringLiteral("Reports"), QStringLiteral("Settings")};
        QStringList titles;
        for (int i = 0; i < window.screenCount(); ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentScreen(), window.screen(i));
            QVERIFY(window.currentScreen()->isVisible());
            titles << window.currentScreen()->title();
        }
        for (const QString &title : expected)
            QVERIFY2(titles.contains(title), qPrintable(title));
        auto *status = window.statusBar()->findChild<QLabel *>();
        QVERIFY(status && status->text().contains(QStringLiteral("window.sqlite")));
    }

    void switchingLanguageRetranslatesAtOnce()
    {
        MainWindow window(m_services, m_db.path());
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const int settingsRow = window.screenCount() - 1;
        window.showScreen(settingsRow);
        QCOMPARE(navigation->item(settingsRow)->text(), QStringLiteral("Settings"));

        auto *combo = window.currentScreen()->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        combo->setFocus();
        const int french = combo->findData(QStringLiteral("fr"));
        QVERIFY(french >= 0);
        combo->setCurrentIndex(french);
        emit combo->activated(french);
        QTRY_COMPARE(navigation->item(settingsRow)->text(), QStringLiteral("Paramètres"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Fichier"));
        QCOMPARE(Settings::language(), QStringLiteral("fr"));

        emit combo->activated(combo->findData(QStringLiteral("en")));
        QTRY_COMPARE(navigation->item(settingsRow)->text(), QStringLiteral("Settings"));
    }

    void remembersItsGeometry()
    {
        {
            MainWindow window(m_services, m_db.path());
            window.show();
            window.resize(1200, 700);
            window.close();
        }
        MainWindow window(m_services, m_db.path());
        QCOMPARE(window.size(), QSize(1200, 700));
    }

    void refusedFileOffersChoicesAndStaysUntouched()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
        QVERIFY(TestSupport::writeFile(junk, QByteArray("not a database at all\n").repeated(100)));
        const QByteArray before = TestSupport::sha256(junk);
        QString shownMessage;
        QStringList buttons;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            shownMessage = box->text();
            for (QAbstractButton *button : box->buttons())
                buttons << button->text();
            box->buttons().last()->click(); // Quit
        });
        AppController controller;
        QVERIFY(!controller.start(junk));
        QVERIFY(shownMessage.contains(junk));
        QCOMPARE(buttons, (QStringList{QStringLiteral("Open another file…"), QStringLiteral("Create a new file…"),
                                       QStringLiteral("Quit")}));
        QCOMPARE(TestSupport::sha256(junk), before);
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    ModuleLibrary m_library{QStringLiteral(MEDIATELIER_FIXTURES "/packs"), QStringLiteral("/nonexistent")};
    LearnerSession m_learner;
    StaffSession m_staff;
    AppServices m_services;
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
