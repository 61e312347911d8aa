// SPDX-License-Identifier: GPL-3.0-or-later
// Learner mode on a shared computer: a learner signs in by typing a name or a code, sees only the
// learner screens and no other learner's name, and only a staff login and password give the computer
// back (the whole lockdown, path by path, is tested in tst_lockdown).
#include "testsupport.h"
#include "accesstests.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "learners/learnersession.h"
#include "learners/learnersignin.h"
#include "learners/learnerstore.h"
#include "privacy/staffaccounts.h"
#include "privacy/staffsession.h"
#include "shell/appservices.h"
#include "shell/learnermodeflow.h"
#include "shell/mainwindow.h"
#include "shell/screen.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class LearnerModeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("mode.sqlite"))).ok());
        LearnerStore store(m_db.connection());
        for (const char *name : {"Amina", "Karim Benali", "Samir", "Samir"}) {
            Learner learner;
            learner.displayName = QString::fromUtf8(name);
            const qint64 id = *store.add(learner);
            if (learner.displayName == QLatin1String("Amina"))
                m_amina = id;
        }
        QVERIFY(execSql(m_db.connection(), QStringLiteral("UPDATE learners SET personal_code = 'AM42' WHERE id = %1").arg(m_amina)).ok());
        QVERIFY(execSql(m_db.connection(), QStringLiteral("UPDATE learners SET personal_code = 'SAM7' WHERE id = (SELECT MAX(id) FROM learners)")).ok());
        m_services.database = &m_db;
        m_services.library = &m_library;
        m_services.learner = &m_session;
        m_services.staff = &m_staff;
        NewStaffAccount coordinator;
        coordinator.login = QStringLiteral("claire");
        coordinator.displayName = QStringLiteral("Claire");
        coordinator.role = StaffRole::Coordinator;
        coordinator.secret = QStringLiteral("open sesame please");
        QVERIFY(StaffAccounts(m_db.connection()).create(coordinator).ok());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void identifiesByNameOrCodeNeverByList()
    {
        using LearnerSignIn::Outcome;
        QCOMPARE(LearnerSignIn::identify(m_db.connection(), QStringLiteral("amina"))->outcome, Outcome::Found);
        QCOMPARE(LearnerSignIn::identify(m_db.connection(), QStringLiteral("am42"))->learnerId, m_amina);
        QCOMPARE(LearnerSignIn::identify(m_db.connection(), QStringLiteral("KARIM BENALI"))->outcome, Outcome::Found);
        QCOMPARE(LearnerSignIn::identify(m_db.connection(), QStringLiteral("Samir"))->outcome, Outcome::Ambiguous);
        QCOMPARE(LearnerSignIn::identify(m_db.connection(), QStringLiteral("sam7"))->outcome, Outcome::Found);
        QCOMPARE(LearnerSignIn::identify(m_db.connection(), QStringLiteral("Ami"))->outcome, Outcome::NotFound); // no guessing from a prefix
        QCOMPARE(LearnerSignIn::identify(m_db.connection(), QString())->outcome, Outcome::NotFound);
    }

    void signInDialogTakesATypedName()
    {
        LearnerSignInDialog dialog(m_db.connection());
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("signInName"));
        QTest::keyClicks(name, QStringLiteral("Samir"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(dialog.isVisible()); // two people called Samir: the code is asked for
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("signInMessage"))->text().contains(QStringLiteral("personal code")));
        QVERIFY(dialog.findChildren<QListWidget *>().isEmpty());
        name->clear();
        QTest::keyClicks(name, QStringLiteral("am42"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.learnerId(), m_amina);
    }

    void learnerSeesOnlyTheirOwnScreensAndName()
    {
        MainWindow window(m_services, m_db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_session.setLearner(m_amina, QStringLiteral("Amina"));
        m_session.setLearnerMode(true);

        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QStringList reachable;
        for (int i = 0; i < window.screenCount(); ++i)
            if (!navigation->item(i)->isHidden())
                reachable << window.screen(i)->title();
        QCOMPARE(reachable, (QStringList{QStringLiteral("Lessons"), QStringLiteral("Quizzes"), QStringLiteral("Demonstrations")}));

        // Shortcuts to staff screens do nothing; every reachable screen shows no one else's name.
        for (int i = 0; i < window.screenCount(); ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QVERIFY(window.currentScreen()->availableInLearnerMode());
            const QString all = AccessTests::visibleTexts(&window).join(QLatin1Char('\n'));
            QVERIFY2(!all.contains(QStringLiteral("Karim")) && !all.contains(QStringLiteral("Samir")), qPrintable(all));
        }
        QVERIFY(window.windowTitle().contains(QStringLiteral("Amina")));

        // A wrong password keeps learner mode; a staff login and password end it.
        AccessTests::ModalAnswers answers;
        answers.add(AccessTests::staffSignIn(QStringLiteral("claire"), QStringLiteral("wrong guess")));
        QVERIFY(!LearnerModeFlow::leave(&window, m_db.connection(), m_session, m_staff));
        QVERIFY(m_session.isLearnerMode());
        QVERIFY(!m_staff.isSignedIn());
        answers.add(AccessTests::staffSignIn(QStringLiteral("claire"), QStringLiteral("open sesame please")));
        QVERIFY(LearnerModeFlow::leave(&window, m_db.connection(), m_session, m_staff));
        QVERIFY(!m_session.isLearnerMode());
        QCOMPARE(m_staff.account().login, QStringLiteral("claire"));
        QVERIFY(m_session.isGuest());
        QVERIFY(!navigation->item(window.screenCount() - 1)->isHidden());
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    ModuleLibrary m_library{QStringLiteral(MEDIATELIER_FIXTURES "/packs"), QStringLiteral("/nonexistent")};
    LearnerSession m_session;
    StaffSession m_staff;
    AppServices m_services;
    qint64 m_amina = 0;
};

QTEST_MAIN(LearnerModeTest)
#include "tst_learnermode.moc"
