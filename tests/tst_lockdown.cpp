// SPDX-License-Identifier: GPL-3.0-or-later
// Who reaches what in the window: roles decide the staff screens; in learner mode no path — the
// navigation list, Ctrl+1…9, the Go and File menus, any shortcut or mnemonic — shows a staff screen
// or dialog; only a staff login leaves it; Sign out and inactivity lock the window again.
#include "testsupport.h"
#include "accesstests.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "core/settings.h"
#include "learners/learnersession.h"
#include "learners/learnerstore.h"
#include "privacy/staffaccounts.h"
#include "privacy/staffsession.h"
#include "shell/appcontroller.h"
#include "shell/appservices.h"
#include "shell/inactivitywatch.h"
#include "shell/mainwindow.h"
#include "shell/screen.h"
#include "sites/facilitatorsdialog.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

const QString ClaireSecret = QStringLiteral("correct horse battery");
const QString FatouPin = QStringLiteral("482913");

QAction *fileAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->actions().first()->menu()->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

} // namespace

class LockdownTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("lockdown.sqlite"))).ok());
        LearnerStore learners(m_db.connection());
        for (const char *name : {"Amina", "Karim Benali"}) {
            Learner learner;
            learner.displayName = QString::fromUtf8(name);
            const qint64 id = *learners.add(learner);
            if (learner.displayName == QLatin1String("Amina"))
                m_amina = id;
        }
        QVERIFY(execSql(m_db.connection(), QStringLiteral("UPDATE learners SET personal_code = 'AM42' WHERE id = %1").arg(m_amina)).ok());
        StaffAccounts accounts(m_db.connection());
        for (const auto &[login, role, secret] : {std::tuple{QStringLiteral("claire"), StaffRole::Coordinator, ClaireSecret},
                                                   std::tuple{QStringLiteral("fatou"), StaffRole::Facilitator, FatouPin}}) {
            NewStaffAccount account;
            account.login = login;
            account.displayName = login.at(0).toUpper() + login.mid(1);
            account.role = role;
            account.secret = secret;
            QVERIFY(accounts.create(account).ok());
        }
        m_services.database = &m_db;
        m_services.library = &m_library;
        m_services.learner = &m_learner;
        m_services.staff = &m_staff;
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_staff.signOut();
        m_learner.setGuest();
        m_learner.setLearnerMode(false);
    }

    void rolesDecideTheStaffScreens()
    {
        signIn(QStringLiteral("fatou"));
        MainWindow window(m_services, m_db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        int reports = -1;
        for (int i = 0; i < window.screenCount(); ++i) {
            if (window.screen(i)->coordinatorsOnly())
                reports = i;
            else
                QVERIFY(!navigation->item(i)->isHidden());
        }
        QVERIFY(reports >= 0);
        QCOMPARE(window.screen(reports)->title(), QStringLiteral("Reports"));
        QVERIFY(navigation->item(reports)->isHidden());
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + reports), Qt::ControlModifier);
        QVERIFY(window.currentScreen() != window.screen(reports));
        navigation->setCurrentRow(reports);
        QVERIFY(!window.screen(reports)->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("signedInLabel"))->text(), QStringLiteral("Signed in: Fatou (Facilitator)"));
        auto *panel = window.findChild<QWidget *>(QStringLiteral("staffAccountsPanel"));
        QVERIFY(panel);
        QVERIFY(!panel->findChild<QWidget *>(QStringLiteral("staffAccountsTable"))->isVisibleTo(panel));
        QVERIFY(panel->findChild<QWidget *>(QStringLiteral("changeOwnPassword"))->isVisibleTo(panel));

        signIn(QStringLiteral("claire"));
        QVERIFY(!navigation->item(reports)->isHidden());
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + reports), Qt::ControlModifier);
        QCOMPARE(window.currentScreen(), window.screen(reports));
        auto *table = panel->findChild<QAbstractItemView *>(QStringLiteral("staffAccountsTable"));
        QVERIFY(table->isVisibleTo(panel));
        QCOMPARE(table->model()->rowCount(), 2);
        // A facilitator signing in again hides the screen that was open.
        signIn(QStringLiteral("fatou"));
        QVERIFY(window.currentScreen() != window.screen(reports));
        QVERIFY(!table->isVisibleTo(panel));
    }

    void learnerModeReachesNoStaffScreen()
    {
        signIn(QStringLiteral("claire"));
        MainWindow window(m_services, m_db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy openRequests(&window, &MainWindow::openDatabaseRequested);
        QSignalSpy newRequests(&window, &MainWindow::newDatabaseRequested);
        AccessTests::ModalAnswers watcher;
        watcher.add([](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("signInName")), QStringLiteral("am42"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("signInName")), Qt::Key_Return);
        });
        fileAction(window, QStringLiteral("&Hand over to a learner…"))->trigger();
        QVERIFY(m_learner.isLearnerMode());
        QCOMPARE(m_learner.learnerId(), m_amina);
        QVERIFY(!m_staff.isSignedIn()); // handing over signs the staff member out
        watcher.takeClasses();

        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        const auto checkLocked = [&](const QString &path) {
            QVERIFY2(window.currentScreen()->availableInLearnerMode(), qPrintable(path));
            for (int i = 0; i < window.screenCount(); ++i)
                if (!window.screen(i)->availableInLearnerMode())
                    QVERIFY2(!window.screen(i)->isVisible() && navigation->item(i)->isHidden(), qPrintable(path));
            for (QWidget *top : QApplication::topLevelWidgets()) {
                const bool transient = top->windowType() == Qt::Popup || top->windowType() == Qt::ToolTip;
                QVERIFY2(!top->isVisible() || transient || top == &window
                             || top->inherits("ProjectorWindow"),
                         qPrintable(path + QStringLiteral(": ") + QString::fromLatin1(top->metaObject()->className())));
            }
            QVERIFY2(m_learner.isLearnerMode() && !m_staff.isSignedIn(), qPrintable(path));
            const QString text = AccessTests::visibleTexts(&window).join(QLatin1Char('\n'));
            QVERIFY2(!text.contains(QStringLiteral("Karim")), qPrintable(path));
        };

        // The navigation list, by program and by keyboard.
        for (int i = 0; i < window.screenCount(); ++i) {
            navigation->setCurrentRow(i);
            checkLocked(QStringLiteral("row %1").arg(i));
        }
        navigation->setFocus();
        for (Qt::Key key : {Qt::Key_Home, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_End, Qt::Key_PageDown,
                            Qt::Key_Up, Qt::Key_PageUp}) {
            QTest::keyClick(navigation, key);
            checkLocked(QStringLiteral("list key %1").arg(key));
        }
        // Ctrl+1…9 and the Go menu, visible or not (a hidden action is disabled too).
        for (int i = 0; i < 9; ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            checkLocked(QStringLiteral("Ctrl+%1").arg(i + 1));
        }
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *menu : menus) {
            if (menu->text() == QLatin1String("&Help"))
                continue; // About boxes: no data
            for (QAction *action : menu->menu()->actions()) {
                if (action->isSeparator() || action->text() == QLatin1String("&Quit"))
                    continue;
                QVERIFY2(action->isVisible() == action->isEnabled(), qPrintable(action->text()));
                action->trigger();
                QTest::qWait(20);
                checkLocked(action->text());
            }
        }
        QCOMPARE(openRequests.count(), 0);
        QCOMPARE(newRequests.count(), 0);
        // Every letter with Alt, Ctrl and Ctrl+Shift (the staff screens' mnemonics and shortcuts
        // among them), and the function keys.
        QList<QPair<Qt::Key, Qt::KeyboardModifiers>> keys;
        for (int key = Qt::Key_A; key <= Qt::Key_Z; ++key)
            for (Qt::KeyboardModifiers modifiers : {Qt::KeyboardModifiers(Qt::AltModifier), Qt::KeyboardModifiers(Qt::ControlModifier),
                                                     Qt::ControlModifier | Qt::ShiftModifier})
                if (!(key == Qt::Key_Q && modifiers == Qt::ControlModifier)) // Quit
                    keys.append({Qt::Key(key), modifiers});
        for (int key = Qt::Key_F1; key <= Qt::Key_F12; ++key)
            keys.append({Qt::Key(key), Qt::NoModifier});
        for (const auto &[key, modifiers] : keys) {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
            QTest::keyClick(target, key, modifiers);
            while (QWidget *popup = QApplication::activePopupWidget())
                popup->close();
            checkLocked(QKeySequence(int(key) | int(modifiers)).toString());
        }
        QTest::qWait(20);
        QStringList seen = watcher.takeClasses();
        seen.removeAll(QStringLiteral("LearnerSignInDialog")); // File → Sign in as a learner
        seen.removeAll(QStringLiteral("StaffSignInDialog"));   // Leave learner mode
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char(' '))));
        QCOMPARE(m_learner.learnerId(), m_amina);
    }

    void leavingNeedsAValidStaffLogin()
    {
        MainWindow window(m_services, m_db.path());
        window.show();
        QVERIFY(!m_staff.isSignedIn());
        QAction *leave = fileAction(window, QStringLiteral("&Leave learner mode…"));
        QVERIFY(leave && leave->isEnabled());
        AccessTests::ModalAnswers watcher;
        QString message;
        watcher.add(AccessTests::staffSignIn(QStringLiteral("fatou"), QStringLiteral("000000"), &message));
        leave->trigger();
        QCOMPARE(message, QStringLiteral("Wrong login or password."));
        QVERIFY(!m_staff.isSignedIn());
        watcher.add(AccessTests::staffSignIn(QStringLiteral("nobody"), FatouPin, &message));
        leave->trigger();
        QCOMPARE(message, QStringLiteral("Wrong login or password."));
        QVERIFY(m_learner.isLearnerMode());

        watcher.add(AccessTests::staffSignIn(QStringLiteral("fatou"), FatouPin));
        leave->trigger();
        QVERIFY(m_staff.isSignedIn());
        QVERIFY(!m_learner.isLearnerMode());
        QCOMPARE(m_staff.account().login, QStringLiteral("fatou"));
        QCOMPARE(Settings::lastStaffLogin(), QStringLiteral("fatou"));
        QVERIFY(!leave->isEnabled());
        QVERIFY(fileAction(window, QStringLiteral("&Hand over to a learner…"))->isEnabled());
    }

    void signOutLocksAndClosesStaffWindows()
    {
        signIn(QStringLiteral("claire"));
        MainWindow window(m_services, m_db.path());
        window.show();
        auto *staffWindow = new FacilitatorsDialog(m_db, &window);
        staffWindow->show();
        QVERIFY(staffWindow->isVisible());
        fileAction(window, QStringLiteral("Sign &out and lock"))->trigger();
        QVERIFY(!m_staff.isSignedIn());
        QVERIFY(m_learner.isLearnerMode());
        QVERIFY(m_learner.isGuest());
        QVERIFY(!staffWindow->isVisible());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("signedInLabel"))->isVisible());
        QVERIFY(window.currentScreen()->availableInLearnerMode());
    }

    void inactivityReturnsToLearnerMode()
    {
        // The whole application: a start on a file with accounts asks for a staff sign-in.
        const QString file = m_dir.filePath(QStringLiteral("idle.sqlite"));
        {
            Database setup(QStringLiteral("setup"));
            QVERIFY(setup.open(file).ok());
            NewStaffAccount account;
            account.login = QStringLiteral("claire");
            account.displayName = QStringLiteral("Claire");
            account.role = StaffRole::Coordinator;
            account.secret = ClaireSecret;
            QVERIFY(StaffAccounts(setup.connection()).create(account).ok());
            Learner learner;
            learner.displayName = QStringLiteral("Amina");
            QVERIFY(LearnerStore(setup.connection()).add(learner).ok());
        }
        AccessTests::ModalAnswers watcher;
        watcher.add(AccessTests::staffSignIn(QStringLiteral("claire"), ClaireSecret));
        AppController controller;
        QVERIFY(controller.start(file));
        MainWindow *window = controller.window();
        auto *signedIn = window->findChild<QLabel *>(QStringLiteral("signedInLabel"));
        QTRY_VERIFY(signedIn->isVisible());
        QVERIFY(signedIn->text().contains(QStringLiteral("Claire")));
        InactivityWatch *watch = controller.inactivityWatch();
        QCOMPARE(watch->timeout(), std::chrono::milliseconds(std::chrono::minutes(10))); // the default

        // Any key or click starts the wait again; zero minutes means never.
        watch->setTimeout(std::chrono::hours(1));
        QTest::qWait(30);
        const int before = watch->remainingTime();
        QTest::keyClick(window, Qt::Key_Shift);
        QVERIFY(watch->remainingTime() > before);
        watch->setTimeout(std::chrono::milliseconds(0));
        QTest::keyClick(window, Qt::Key_Shift);
        QVERIFY(!watch->isArmed());

        watch->setTimeout(std::chrono::milliseconds(50));
        QTRY_VERIFY(!signedIn->isVisible());
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int i = 0; i < window->screenCount(); ++i)
            QCOMPARE(navigation->item(i)->isHidden(), !window->screen(i)->availableInLearnerMode());

        // A learner who walks away is signed out too: the next person starts as a guest.
        watch->setTimeout(std::chrono::hours(1));
        watcher.add([](QWidget *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("signInName")), QStringLiteral("Amina"));
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("signInName")), Qt::Key_Return);
        });
        fileAction(*window, QStringLiteral("Sign in as a l&earner…"))->trigger();
        QVERIFY(window->windowTitle().contains(QStringLiteral("Amina")));
        watch->setTimeout(std::chrono::milliseconds(50));
        QTRY_VERIFY(!window->windowTitle().contains(QStringLiteral("Amina")));
        QCOMPARE(window->windowTitle(), QStringLiteral("Mediatelier — welcome"));
        watch->setTimeout(std::chrono::milliseconds(0));
    }

private:
    void signIn(const QString &login)
    {
        const Result<StaffAccount> account = StaffAccounts(m_db.connection()).findByLogin(login);
        QVERIFY(account.ok());
        m_staff.signIn(*account);
        m_learner.setLearnerMode(false);
    }

    QTemporaryDir m_dir;
    Database m_db{QStringLiteral("lockdown")};
    ModuleLibrary m_library{QStringLiteral(MEDIATELIER_FIXTURES "/packs"), QStringLiteral("/nonexistent")};
    LearnerSession m_learner;
    StaffSession m_staff;
    AppServices m_services;
    qint64 m_amina = 0;
};

QTEST_MAIN(LockdownTest)
#include "tst_lockdown.moc"
