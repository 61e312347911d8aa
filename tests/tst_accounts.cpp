// SPDX-License-Identifier: GPL-3.0-or-later
// Staff accounts: only an Argon2id hash is stored, the rules for passwords and PINs, the growing
// delay after failed attempts (on an injected clock, never by sleeping) kept in the file, roles,
// and the command line's password gate on personal-data commands.
#include "testsupport.h"

#include "cli/cli.h"
#include "core/languagemanager.h"
#include "learners/learnerstore.h"
#include "privacy/staffaccounts.h"
#include "privacy/staffsession.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString CoordinatorSecret = QStringLiteral("correct horse battery");
const QString FacilitatorPin = QStringLiteral("482913");

NewStaffAccount newAccount(const QString &login, StaffRole role, const QString &secret)
{
    NewStaffAccount account;
    account.login = login;
    account.displayName = login.at(0).toUpper() + login.mid(1);
    account.role = role;
    account.secret = secret;
    return account;
}

QString storedHash(const QSqlDatabase &db, qint64 id)
{
    SqlStatement select(db, QStringLiteral("SELECT password_hash FROM staff_accounts WHERE id = :id"));
    select.bind(QStringLiteral(":id"), id);
    return select.exec() && select.next() ? select.value(0).toString() : QString();
}

int failedAttempts(const QString &file, const QString &login)
{
    Database check(QStringLiteral("check"));
    if (!check.open(file, Database::Access::ReadOnly).ok())
        return -1;
    const Result<StaffAccount> account = StaffAccounts(check.connection()).findByLogin(login);
    return account ? account->failedAttempts : -1;
}

} // namespace

class AccountsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_db.close();
        QFile::remove(m_dir.filePath(QStringLiteral("accounts.sqlite")));
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("accounts.sqlite"))).ok());
        m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    }

    void delayGrowsAfterThreeFailuresUpToAMinute()
    {
        const QList<int> expected = {0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60};
        for (int failures = 0; failures < expected.size(); ++failures)
            QCOMPARE(StaffAccounts::delaySeconds(failures), expected.at(failures));
        QCOMPARE(StaffAccounts::delaySeconds(1000), 60);
        QCOMPARE(StaffAccounts::delaySeconds(-1), 0);
    }

    void passwordAndPinRules_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("coordinator");
        QTest::addColumn<QString>("message"); // a part of it; empty: accepted
        QTest::newRow("facilitator pin") << FacilitatorPin << false << QString();
        QTest::newRow("short pin") << QStringLiteral("48291") << false << QStringLiteral("at least 6 digits");
        QTest::newRow("coordinator pin") << QStringLiteral("48291377") << true << QStringLiteral("not a PIN");
        QTest::newRow("short password") << QStringLiteral("abc12") << false << QStringLiteral("at least 8 characters");
        QTest::newRow("running pin") << QStringLiteral("123456") << false << QStringLiteral("running sequence");
        QTest::newRow("repeated") << QStringLiteral("aaaaaaaaaa") << true << QStringLiteral("repeated");
        QTest::newRow("the login") << QStringLiteral("Claire.Martin") << true << QStringLiteral("must not be the login");
        QTest::newRow("passphrase") << CoordinatorSecret << true << QString();
        QTest::newRow("too long") << QString(300, QLatin1Char('x')) + QLatin1Char('y') << true << QStringLiteral("at most 256");
    }

    void passwordAndPinRules()
    {
        QFETCH(QString, secret);
        QFETCH(bool, coordinator);
        QFETCH(QString, message);
        const Status status = StaffAccounts::checkSecret(secret, coordinator ? StaffRole::Coordinator : StaffRole::Facilitator,
                                                         QStringLiteral("claire.martin"));
        QCOMPARE(status.ok(), message.isEmpty());
        QVERIFY2(status.error().contains(message), qPrintable(status.error()));
        // The same rules hold when an account is created: nothing is stored.
        if (!message.isEmpty()) {
            const Result<qint64> created = StaffAccounts(m_db.connection())
                                               .create(newAccount(QStringLiteral("claire.martin"), StaffRole::Coordinator, secret));
            QVERIFY(!created.ok());
            QCOMPARE(*StaffAccounts(m_db.connection()).hasAccounts(), false);
        }
    }

    void storesOnlyASaltedHash()
    {
        StaffAccounts accounts(m_db.connection());
        const Result<qint64> first = accounts.create(newAccount(QStringLiteral("claire"), StaffRole::Coordinator, CoordinatorSecret));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const Result<qint64> second = accounts.create(newAccount(QStringLiteral("yanis"), StaffRole::Coordinator, CoordinatorSecret));
        QVERIFY(second.ok());
        const QString hash = storedHash(m_db.connection(), *first);
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(QStringLiteral("horse")));
        QVERIFY(hash != storedHash(m_db.connection(), *second)); // a salt of its own
        const Result<StaffSignIn> in = accounts.signIn(QStringLiteral("CLAIRE"), CoordinatorSecret); // logins ignore case
        QVERIFY(in->ok());
        QCOMPARE(in->account.id, *first);
        QVERIFY(in->account.isCoordinator());
        QCOMPARE(accounts.signIn(QStringLiteral("claire"), QStringLiteral("correct horse battery!"))->outcome,
                 StaffSignIn::Outcome::Wrong);
        // An unknown login gets the same answer as a wrong password.
        const Result<StaffSignIn> unknown = accounts.signIn(QStringLiteral("nobody"), CoordinatorSecret);
        QCOMPARE(unknown->outcome, StaffSignIn::Outcome::Wrong);
        QCOMPARE(unknown->message, QStringLiteral("Wrong login or password."));
    }

    void firstAccountIsACoordinatorAndLoginsAreUnique()
    {
        StaffAccounts accounts(m_db.connection());
        const Result<qint64> early = accounts.create(newAccount(QStringLiteral("fatou"), StaffRole::Facilitator, FacilitatorPin));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("coordinator account first")), qPrintable(early.error()));
        QVERIFY(accounts.create(newAccount(QStringLiteral("claire"), StaffRole::Coordinator, CoordinatorSecret)).ok());
        QVERIFY(accounts.create(newAccount(QStringLiteral("fatou"), StaffRole::Facilitator, FacilitatorPin)).ok());
        const Result<qint64> twice = accounts.create(newAccount(QStringLiteral("FATOU"), StaffRole::Facilitator, FacilitatorPin));
        QVERIFY(twice.error().contains(QStringLiteral("already taken")));
        const Result<qint64> spaced = accounts.create(newAccount(QStringLiteral("fa tou"), StaffRole::Facilitator, FacilitatorPin));
        QVERIFY(spaced.error().contains(QStringLiteral("without spaces")));
        NewStaffAccount nameless = newAccount(QStringLiteral("nameless"), StaffRole::Facilitator, FacilitatorPin);
        nameless.displayName = QStringLiteral("  ");
        QVERIFY(accounts.create(nameless).error().contains(QStringLiteral("name")));
        QCOMPARE(accounts.list()->size(), 2);
    }

    void delayRefusesEvenTheRightPasswordAndSurvivesARestart()
    {
        qint64 fatou = 0;
        {
        StaffAccounts accounts(m_db.connection(), [this] { return m_now; });
        QVERIFY(accounts.create(newAccount(QStringLiteral("claire"), StaffRole::Coordinator, CoordinatorSecret)).ok());
        fatou = *accounts.create(newAccount(QStringLiteral("fatou"), StaffRole::Facilitator, FacilitatorPin));
        for (int attempt = 1; attempt <= 2; ++attempt) {
            const Result<StaffSignIn> wrong = accounts.signIn(QStringLiteral("fatou"), QStringLiteral("000001"));
            QCOMPARE(wrong->outcome, StaffSignIn::Outcome::Wrong);
            QCOMPARE(wrong->message, QStringLiteral("Wrong login or password."));
        }
        const Result<StaffSignIn> third = accounts.signIn(QStringLiteral("fatou"), QStringLiteral("000001"));
        QCOMPARE(third->message, QStringLiteral("Wrong login or password. Try again in 1 second."));

        // While the delay runs the right PIN is refused without being checked (and not counted).
        const Result<StaffSignIn> early = accounts.signIn(QStringLiteral("fatou"), FacilitatorPin);
        QCOMPARE(early->outcome, StaffSignIn::Outcome::Wait);
        QCOMPARE(early->waitSeconds, 1);
        QVERIFY(early->message.contains(QStringLiteral("Try again in 1 second")));
        QCOMPARE(accounts.get(fatou)->failedAttempts, 3);

        m_now = m_now.addSecs(1);
        QCOMPARE(accounts.signIn(QStringLiteral("fatou"), QStringLiteral("000002"))->outcome, StaffSignIn::Outcome::Wrong);
        m_now = m_now.addSecs(1); // the fourth failure asks for 2 s
        QCOMPARE(accounts.signIn(QStringLiteral("fatou"), FacilitatorPin)->waitSeconds, 1);
        } // the store lets go of the connection before the file closes

        // The count and the time of the last failure are in the file: a restart does not reset them.
        m_db.close();
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("accounts.sqlite"))).ok());
        StaffAccounts reopened(m_db.connection(), [this] { return m_now; });
        const StaffAccount stored = *reopened.get(fatou);
        QCOMPARE(stored.failedAttempts, 4);
        QCOMPARE(stored.lastFailureAt, m_now.addSecs(-1));
        QCOMPARE(reopened.signIn(QStringLiteral("fatou"), FacilitatorPin)->outcome, StaffSignIn::Outcome::Wait);

        // A clock set back by a day never locks anyone out for longer than the delay itself.
        m_now = m_now.addDays(-1);
        QCOMPARE(reopened.secondsToWait(*reopened.get(fatou)), 2);

        m_now = m_now.addDays(1).addSecs(5);
        const Result<StaffSignIn> in = reopened.signIn(QStringLiteral("fatou"), FacilitatorPin);
        QVERIFY(in->ok());
        QCOMPARE(reopened.get(fatou)->failedAttempts, 0);
        QVERIFY(!reopened.get(fatou)->lastFailureAt.isValid());
    }

    void passwordsChangeAndAccountsAreDisabled()
    {
        StaffAccounts accounts(m_db.connection());
        const qint64 claire = *accounts.create(newAccount(QStringLiteral("claire"), StaffRole::Coordinator, CoordinatorSecret));
        const qint64 fatou = *accounts.create(newAccount(QStringLiteral("fatou"), StaffRole::Facilitator, FacilitatorPin));

        const Status wrongCurrent = accounts.changeSecret(fatou, QStringLiteral("999999"), QStringLiteral("a new phrase"));
        QCOMPARE(wrongCurrent.error(), QStringLiteral("The current password is not right."));
        QVERIFY(accounts.changeSecret(fatou, FacilitatorPin, QStringLiteral("a new phrase")).ok());
        QVERIFY(!accounts.signIn(QStringLiteral("fatou"), FacilitatorPin)->ok());
        QVERIFY(accounts.signIn(QStringLiteral("fatou"), QStringLiteral("a new phrase"))->ok());
        QVERIFY(accounts.resetSecret(fatou, QStringLiteral("730561")).ok());
        QVERIFY(accounts.signIn(QStringLiteral("fatou"), QStringLiteral("730561"))->ok());
        QVERIFY(accounts.resetSecret(fatou, QStringLiteral("12")).error().contains(QStringLiteral("6 digits")));

        QVERIFY(accounts.setDisabled(fatou, true).ok());
        const Result<StaffSignIn> disabled = accounts.signIn(QStringLiteral("fatou"), QStringLiteral("730561"));
        QCOMPARE(disabled->outcome, StaffSignIn::Outcome::Disabled);
        QVERIFY(disabled->message.contains(QStringLiteral("disabled")));

        // The last active coordinator stays, so that someone can always manage accounts.
        const Status last = accounts.setDisabled(claire, true);
        QVERIFY2(last.error().contains(QStringLiteral("last active coordinator")), qPrintable(last.error()));
        QVERIFY(*accounts.hasCoordinator());
        const qint64 yanis = *accounts.create(newAccount(QStringLiteral("yanis"), StaffRole::Coordinator, QStringLiteral("blue river stones")));
        QVERIFY(accounts.setDisabled(claire, true).ok());
        QVERIFY(accounts.setDisabled(yanis, true).error().contains(QStringLiteral("last active coordinator")));
        QVERIFY(accounts.setDisabled(claire, false).ok());
        QVERIFY(!accounts.get(claire)->isDisabled());
    }

    void sessionKnowsTheRole()
    {
        StaffAccounts accounts(m_db.connection());
        const qint64 claire = *accounts.create(newAccount(QStringLiteral("claire"), StaffRole::Coordinator, CoordinatorSecret));
        const qint64 fatou = *accounts.create(newAccount(QStringLiteral("fatou"), StaffRole::Facilitator, FacilitatorPin));
        StaffSession session;
        QSignalSpy changed(&session, &StaffSession::changed);
        QVERIFY(!session.isSignedIn());
        session.signIn(*accounts.get(fatou));
        QVERIFY(session.isSignedIn());
        QVERIFY(!session.isCoordinator());
        QCOMPARE(session.login(), QStringLiteral("fatou"));
        session.signIn(*accounts.get(claire));
        QVERIFY(session.isCoordinator());
        session.signOut();
        QVERIFY(!session.isSignedIn() && !session.isCoordinator() && session.login().isEmpty());
        QCOMPARE(changed.count(), 3);
        QVERIFY(accounts.setDisabled(fatou, true).ok());
        session.signIn(*accounts.get(fatou)); // a disabled account never signs in
        QVERIFY(!session.isSignedIn());
    }

    void cliAsksForACoordinatorPasswordForPersonalData()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QString db = QStringLiteral("--database=") + file;
        {
            Database setup(QStringLiteral("setup"));
            QVERIFY(setup.open(file).ok());
            Learner learner;
            learner.displayName = QStringLiteral("Amina");
            QVERIFY(LearnerStore(setup.connection()).add(learner).ok());
        }
        secretPrompt() = [](const QString &) { return std::optional<QString>(); }; // not a terminal
        qunsetenv("MEDIATELIER_PASSWORD");
        QString out;
        QString err;
        // Without any coordinator the file is as open as it was.
        QCOMPARE(TestSupport::cli({db, QStringLiteral("learners"), QStringLiteral("list")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("Amina")));

        qputenv("MEDIATELIER_NEW_PASSWORD", CoordinatorSecret.toUtf8());
        QCOMPARE(TestSupport::cli({db, QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--login"),
                                   QStringLiteral("claire"), QStringLiteral("--name"), QStringLiteral("Claire Martin"),
                                   QStringLiteral("--role"), QStringLiteral("coordinator")},
                                  &out, &err),
                 0);
        qunsetenv("MEDIATELIER_NEW_PASSWORD");

        // Every command that reads or changes personal data now needs the password; the message says how.
        const QList<QStringList> personal = {
            {QStringLiteral("learners"), QStringLiteral("list")},
            {QStringLiteral("learners"), QStringLiteral("import"), QStringLiteral("people.csv")},
            {QStringLiteral("learners"), QStringLiteral("export-data"), QStringLiteral("1"), QStringLiteral("-o"), QStringLiteral("x.json")},
            {QStringLiteral("learners"), QStringLiteral("erase"), QStringLiteral("1")},
            {QStringLiteral("attendance"), QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("2026-01-01")},
            {QStringLiteral("accounts"), QStringLiteral("list")},
            {QStringLiteral("accounts"), QStringLiteral("add")},
        };
        for (const QStringList &command : personal) {
            out.clear();
            QCOMPARE(TestSupport::cli(QStringList{db} + command, &out, &err), 2);
            QVERIFY2(err.contains(QStringLiteral("MEDIATELIER_PASSWORD")) && err.contains(file), qPrintable(err));
            QVERIFY(out.isEmpty());
        }
        // Aggregates and the file's own care stay open.
        QCOMPARE(TestSupport::cli({db, QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"),
                                   QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31")}),
                 0);
        QCOMPARE(TestSupport::cli({db, QStringLiteral("check")}), 0);

        qputenv("MEDIATELIER_PASSWORD", "not the password");
        QCOMPARE(TestSupport::cli({db, QStringLiteral("learners"), QStringLiteral("list")}, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("not the password of an active coordinator")), qPrintable(err));
        QVERIFY(!out.contains(QStringLiteral("Amina")));
        QCOMPARE(failedAttempts(file, QStringLiteral("claire")), 1); // counted in the file, like the window's
        qputenv("MEDIATELIER_PASSWORD", CoordinatorSecret.toUtf8());
        QCOMPARE(TestSupport::cli({db, QStringLiteral("learners"), QStringLiteral("list")}, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("Amina")));
        QCOMPARE(TestSupport::cli({db, QStringLiteral("accounts"), QStringLiteral("list")}, &out), 0);
        QVERIFY(out.contains(QStringLiteral("claire\tClaire Martin\tCoordinator\tactive")));

        QCOMPARE(failedAttempts(file, QStringLiteral("claire")), 0);

        // A person at a terminal types it instead (with the echo off).
        qunsetenv("MEDIATELIER_PASSWORD");
        QStringList prompts;
        secretPrompt() = [&prompts](const QString &prompt) {
            prompts << prompt;
            return std::optional<QString>(CoordinatorSecret);
        };
        QCOMPARE(TestSupport::cli({db, QStringLiteral("learners"), QStringLiteral("list")}, &out, &err), 0);
        QCOMPARE(prompts, QStringList{QStringLiteral("Coordinator password: ")});
        secretPrompt() = [](const QString &) { return std::optional<QString>(); };
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void cliManagesAccounts()
    {
        const QString file = m_dir.filePath(QStringLiteral("cli-accounts.sqlite"));
        const QString db = QStringLiteral("--database=") + file;
        secretPrompt() = [](const QString &) { return std::optional<QString>(); };
        qputenv("MEDIATELIER_NEW_PASSWORD", FacilitatorPin.toUtf8());
        QString out;
        QString err;
        const QStringList addFatou = {db, QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--login"),
                                      QStringLiteral("fatou"), QStringLiteral("--name"), QStringLiteral("Fatou"),
                                      QStringLiteral("--role"), QStringLiteral("facilitator")};
        QCOMPARE(TestSupport::cli(addFatou, &out, &err), 3);
        QVERIFY2(err.contains(QStringLiteral("coordinator account first")), qPrintable(err));
        qputenv("MEDIATELIER_NEW_PASSWORD", CoordinatorSecret.toUtf8());
        QCOMPARE(TestSupport::cli({db, QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--login"),
                                   QStringLiteral("claire"), QStringLiteral("--name"), QStringLiteral("Claire"),
                                   QStringLiteral("--role"), QStringLiteral("coordinator")}),
                 0);
        qputenv("MEDIATELIER_PASSWORD", CoordinatorSecret.toUtf8());
        qputenv("MEDIATELIER_NEW_PASSWORD", FacilitatorPin.toUtf8());
        QCOMPARE(TestSupport::cli(addFatou, &out, &err), 0);
        qputenv("MEDIATELIER_NEW_PASSWORD", "4821");
        QCOMPARE(TestSupport::cli({db, QStringLiteral("accounts"), QStringLiteral("passwd"), QStringLiteral("fatou")}, &out, &err), 3);
        QVERIFY(err.contains(QStringLiteral("at least 6 digits")));
        qunsetenv("MEDIATELIER_NEW_PASSWORD");
        QCOMPARE(TestSupport::cli({db, QStringLiteral("accounts"), QStringLiteral("passwd"), QStringLiteral("fatou")}, &out, &err), 2);
        QVERIFY(err.contains(QStringLiteral("MEDIATELIER_NEW_PASSWORD")));
        QCOMPARE(TestSupport::cli({db, QStringLiteral("accounts"), QStringLiteral("disable"), QStringLiteral("claire")}, &out, &err), 3);
        QVERIFY(err.contains(QStringLiteral("last active coordinator")));
        QCOMPARE(TestSupport::cli({db, QStringLiteral("accounts"), QStringLiteral("disable"), QStringLiteral("fatou")}, &out, &err), 0);
        QCOMPARE(TestSupport::cli({db, QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--format"),
                                   QStringLiteral("json")},
                                  &out),
                 0);
        QVERIFY(out.contains(QStringLiteral("\"role\": \"facilitator\"")));
        QVERIFY(!out.contains(QStringLiteral("argon2")));
        qunsetenv("MEDIATELIER_PASSWORD");
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        Database check(QStringLiteral("check"));
        QVERIFY(check.open(file, Database::Access::ReadOnly).ok());
        QVERIFY(StaffAccounts(check.connection()).findByLogin(QStringLiteral("fatou"))->isDisabled());
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    QDateTime m_now;
};

QTEST_MAIN(AccountsTest)
#include "tst_accounts.moc"
