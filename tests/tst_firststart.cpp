// SPDX-License-Identifier: GPL-3.0-or-later
// First start: a file without a coordinator asks for one before the window (no way round it; the
// shared learner-mode password of earlier versions is accepted once, then forgotten); then the
// coordinator manages the staff accounts from Settings.
#include "testsupport.h"
#include "accesstests.h"

#include "accounts/staffaccountspanel.h"
#include "core/languagemanager.h"
#include "core/settings.h"
#include "privacy/passwordhash.h"
#include "privacy/staffaccounts.h"
#include "shell/appcontroller.h"
#include "shell/inactivitywatch.h"
#include "shell/mainwindow.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

const QString ClaireSecret = QStringLiteral("correct horse battery");

void fill(QWidget *dialog, const QString &name, const QString &text)
{
    auto *field = dialog->findChild<QLineEdit *>(name);
    QVERIFY2(field, qPrintable(name));
    field->setText(text);
}

QString message(QWidget *dialog)
{
    return dialog->findChild<QLabel *>(QStringLiteral("accountMessage"))->text();
}

void confirm(QWidget *dialog)
{
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("accountPasswordRepeat")), Qt::Key_Return);
}

} // namespace

class FirstStartTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void quittingTheFirstStartOpensNothing()
    {
        AccessTests::ModalAnswers answers; // closes the dialog: there is no "skip"
        AppController controller;
        QVERIFY(!controller.start(m_dir.filePath(QStringLiteral("quit.sqlite"))));
        QCOMPARE(answers.titles(), QStringList{QStringLiteral("Welcome to Mediatelier")});
        QVERIFY(!controller.window());
    }

    void firstStartCreatesTheCoordinator()
    {
        QString refused;
        bool legacyField = true;
        AccessTests::ModalAnswers answers;
        answers.add([&](QWidget *dialog) {
            legacyField = dialog->findChild<QLineEdit *>(QStringLiteral("legacyPassword")) != nullptr;
            fill(dialog, QStringLiteral("accountName"), QStringLiteral("Claire Martin"));
            fill(dialog, QStringLiteral("accountLogin"), QStringLiteral("claire"));
            fill(dialog, QStringLiteral("accountPassword"), QStringLiteral("short"));
            fill(dialog, QStringLiteral("accountPasswordRepeat"), QStringLiteral("short"));
            confirm(dialog);
            refused = message(dialog);
            fill(dialog, QStringLiteral("accountPassword"), ClaireSecret);
            fill(dialog, QStringLiteral("accountPasswordRepeat"), ClaireSecret);
            confirm(dialog);
        });
        AppController controller;
        QVERIFY(controller.start(m_dir.filePath(QStringLiteral("first.sqlite"))));
        QVERIFY(answers.done());
        QVERIFY(!legacyField);
        QVERIFY2(refused.contains(QStringLiteral("at least 8 characters")), qPrintable(refused));
        MainWindow *window = controller.window();
        QVERIFY(window);
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("signedInLabel"))->text(),
                 QStringLiteral("Signed in: Claire Martin (Coordinator)"));
        QCOMPARE(Settings::lastStaffLogin(), QStringLiteral("claire"));
        manageAccounts(controller, answers);
    }

    void theOldSharedPasswordIsAcceptedOnce()
    {
        QSettings().setValue(QStringLiteral("privacy/learnerModeExitHash"), PasswordHash::hash(QStringLiteral("old shared secret")));
        QVERIFY(!Settings::legacyLearnerModeExitHash().isEmpty());
        QString wrongLegacy;
        AccessTests::ModalAnswers answers;
        answers.add([&](QWidget *dialog) {
            fill(dialog, QStringLiteral("accountName"), QStringLiteral("Yanis"));
            fill(dialog, QStringLiteral("accountLogin"), QStringLiteral("yanis"));
            fill(dialog, QStringLiteral("legacyPassword"), QStringLiteral("a lucky guess"));
            fill(dialog, QStringLiteral("accountPassword"), QStringLiteral("old shared secret"));
            fill(dialog, QStringLiteral("accountPasswordRepeat"), QStringLiteral("old shared secret"));
            confirm(dialog);
            wrongLegacy = message(dialog);
            QVERIFY(dialog->isVisible());
            fill(dialog, QStringLiteral("legacyPassword"), QStringLiteral("old shared secret"));
            confirm(dialog);
        });
        AppController controller;
        const QString file = m_dir.filePath(QStringLiteral("upgraded.sqlite"));
        QVERIFY(controller.start(file));
        QVERIFY(answers.done());
        QCOMPARE(wrongLegacy, QStringLiteral("This is not the staff password used on this computer until now."));
        QVERIFY(Settings::legacyLearnerModeExitHash().isEmpty());
        delete controller.window();
        Database check(QStringLiteral("check"));
        QVERIFY(check.open(file, Database::Access::ReadOnly).ok());
        const Result<StaffAccount> yanis = StaffAccounts(check.connection()).findByLogin(QStringLiteral("yanis"));
        QVERIFY(yanis.ok() && yanis->isCoordinator());
    }

private:
    // The coordinator's Settings: add a facilitator, disable them, reset their password, change
    // one's own, set the inactivity delay.
    void manageAccounts(AppController &controller, AccessTests::ModalAnswers &answers)
    {
        MainWindow *window = controller.window();
        auto *panel = window->findChild<StaffAccountsPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->title(), QStringLiteral("Staff accounts"));
        QTableWidget *table = panel->table();
        QCOMPARE(table->rowCount(), 1);

        answers.add([](QWidget *dialog) {
            fill(dialog, QStringLiteral("accountName"), QStringLiteral("Fatou Diallo"));
            fill(dialog, QStringLiteral("accountLogin"), QStringLiteral("fatou"));
            auto *role = dialog->findChild<QComboBox *>(QStringLiteral("accountRole"));
            role->setCurrentIndex(role->findData(int(StaffRole::Facilitator)));
            fill(dialog, QStringLiteral("accountPassword"), QStringLiteral("482913"));
            fill(dialog, QStringLiteral("accountPasswordRepeat"), QStringLiteral("482913"));
            confirm(dialog);
        });
        panel->findChild<QPushButton *>(QStringLiteral("addStaffAccount"))->click();
        QVERIFY(answers.done());
        QCOMPARE(table->rowCount(), 2);
        const QList<QTableWidgetItem *> found = table->findItems(QStringLiteral("fatou"), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        table->selectRow(found.first()->row());

        answers.add([](QWidget *dialog) {
            fill(dialog, QStringLiteral("accountPassword"), QStringLiteral("730561"));
            fill(dialog, QStringLiteral("accountPasswordRepeat"), QStringLiteral("730561"));
            confirm(dialog);
        });
        panel->findChild<QPushButton *>(QStringLiteral("resetStaffPassword"))->click();
        answers.add([](QWidget *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
        panel->findChild<QPushButton *>(QStringLiteral("toggleStaffAccount"))->click();
        QVERIFY(answers.done());
        QVERIFY(table->item(table->findItems(QStringLiteral("fatou"), Qt::MatchExactly).first()->row(), 3)
                    ->text()
                    .startsWith(QStringLiteral("Disabled since")));

        answers.add([](QWidget *dialog) {
            fill(dialog, QStringLiteral("currentPassword"), ClaireSecret);
            fill(dialog, QStringLiteral("accountPassword"), QStringLiteral("a brand new phrase"));
            fill(dialog, QStringLiteral("accountPasswordRepeat"), QStringLiteral("a brand new phrase"));
            confirm(dialog);
        });
        panel->findChild<QPushButton *>(QStringLiteral("changeOwnPassword"))->click();
        QVERIFY(answers.done());

        auto *minutes = panel->findChild<QSpinBox *>(QStringLiteral("inactivityMinutes"));
        QCOMPARE(minutes->value(), 10);
        minutes->setValue(5);
        QCOMPARE(Settings::inactivityMinutes(), 5);
        QCOMPARE(controller.inactivityWatch()->timeout(), std::chrono::milliseconds(std::chrono::minutes(5)));
        minutes->setValue(0);
        QVERIFY(!controller.inactivityWatch()->isArmed());

        // What the window did is in the file.
        Database check(QStringLiteral("check"));
        QVERIFY(check.open(m_dir.filePath(QStringLiteral("first.sqlite")), Database::Access::ReadOnly).ok());
        StaffAccounts accounts(check.connection());
        accounts.setReadOnly(true);
        const Result<StaffSignIn> fatou = accounts.signIn(QStringLiteral("fatou"), QStringLiteral("730561"));
        QCOMPARE(fatou->outcome, StaffSignIn::Outcome::Disabled); // right PIN, disabled account
        QVERIFY(accounts.signIn(QStringLiteral("claire"), QStringLiteral("a brand new phrase"))->ok());
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(FirstStartTest)
#include "tst_firststart.moc"
