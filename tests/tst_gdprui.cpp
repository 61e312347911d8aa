// SPDX-License-Identifier: GPL-3.0-or-later
// GDPR tools in the window: Erase on the Learners screen (after its confirmation), the retention
// preview ("Later" does nothing, "Anonymise now" anonymises), the privacy notice and its settings.
#include "gdprfixture.h"
#include "testsupport.h"

#include "core/languagemanager.h"
#include "core/settings.h"
#include "learners/learnereditdialog.h"
#include "learners/learnersscreen.h"
#include "learners/learnertablemodel.h"
#include "privacy/privacylog.h"
#include "privacy/privacylogdialog.h"
#include "privacy/privacynotice.h"
#include "privacy/privacynoticedialog.h"
#include "privacy/privacysettingsbox.h"
#include "privacy/retentiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <memory>

using namespace GdprFixture;

class GdprUiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        LanguageManager::instance()->setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("ui-%1.sqlite").arg(++m_counter))).ok());
        m_people = build(db());
        Settings::setRetentionMonths(24);
    }

    void cleanup() { m_db.reset(); }

    void eraseButtonAnonymisesAfterConfirmation()
    {
        LearnersScreen screen(*m_db);
        screen.show();
        screen.activate(); // what the window does when the screen is shown
        auto *erase = screen.findChild<QPushButton *>(QStringLiteral("eraseLearner"));
        QVERIFY(erase);
        selectLearner(screen, m_people.zephyrine);
        QVERIFY(erase->isEnabled());

        // Cancel: nothing happens.
        QString question;
        answerModal([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box && box->objectName() == QLatin1String("eraseConfirmation"));
            question = box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        erase->click();
        QVERIFY2(question.contains(QStringLiteral("Zéphyrine (Zéphyrine Quartzwald)")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("anonymous counts")));
        QCOMPARE(LearnerStore(db()).get(m_people.zephyrine)->lastName, QStringLiteral("Quartzwald"));

        // Confirmed: anonymised, and gone from the list.
        answerModal([](QWidget *modal) { modal->findChild<QPushButton *>(QStringLiteral("confirmErase"))->click(); });
        erase->click();
        const Learner erased = *LearnerStore(db()).get(m_people.zephyrine);
        QVERIFY(erased.lastName.isEmpty() && erased.email.isEmpty() && erased.phone.isEmpty());
        QVERIFY(erased.displayName.startsWith(QStringLiteral("P-")));
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM attendance WHERE learner_id = %1").arg(m_people.zephyrine)), 2);
        QCOMPARE(screen.model()->rowOf(m_people.zephyrine), -1);
        QVERIFY(screen.model()->rowOf(m_people.barnabe) >= 0);
        QCOMPARE(PrivacyLog(db()).recent()->first().action, QStringLiteral("erase"));
    }

    void editingLogsARectification()
    {
        LearnersScreen screen(*m_db);
        screen.activate();
        selectLearner(screen, m_people.barnabe);
        answerModal([](QWidget *modal) {
            auto *dialog = qobject_cast<LearnerEditDialog *>(modal);
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("+32 470 11 11 11"));
            // Ticking consent records the current notice's version.
            dialog->findChild<QCheckBox *>(QStringLiteral("consentGiven"))->setChecked(true);
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("consentVersion"))->text(), PrivacyNotice::version());
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        screen.editLearner();
        const QList<PrivacyLogEntry> log = *PrivacyLog(db()).recent();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("rectify"));
        QCOMPARE(log.first().details, QStringLiteral("fields=phone,consent"));
    }

    void retentionLaterDoesNothing()
    {
        // Both fixture learners were last active in 2026 (the stores' "now" stamps moved there).
        QVERIFY(exec(db(), QStringLiteral("UPDATE learners SET created_at = '2026-01-05T10:00:00Z', updated_at = created_at")));
        QVERIFY(exec(db(), QStringLiteral("UPDATE lesson_progress SET first_seen = '2026-03-10T15:00:00Z', last_seen = first_seen")));
        QVERIFY(exec(db(), QStringLiteral("UPDATE quiz_attempts SET started_at = '2026-03-10T14:30:00Z', finished_at = started_at")));
        const QDateTime now(QDate(2031, 3, 15), QTime(9, 0));
        QStringList names;
        answerModal([&names](QWidget *modal) {
            auto *dialog = qobject_cast<RetentionDialog *>(modal);
            QVERIFY(dialog);
            for (int row = 0; row < dialog->table()->rowCount(); ++row)
                names << dialog->table()->item(row, 0)->text();
            QVERIFY(dialog->laterButton()->isDefault());
            dialog->laterButton()->click();
        });
        QCOMPARE(RetentionDialog::offer(*m_db, nullptr, now), 0);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Barnabé"), QStringLiteral("Zéphyrine")}));
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM learners WHERE anonymised_at IS NOT NULL")), 0);
        QVERIFY(PrivacyLog(db()).recent()->isEmpty());

        answerModal([](QWidget *modal) { qobject_cast<RetentionDialog *>(modal)->anonymiseButton()->click(); });
        QCOMPARE(RetentionDialog::offer(*m_db, nullptr, now, QStringLiteral("coord")), 2);
        QCOMPARE(count(db(), QStringLiteral("SELECT COUNT(*) FROM learners WHERE anonymised_at IS NOT NULL")), 2);
        QCOMPARE(PrivacyLog(db()).recent()->first().action, QStringLiteral("retention"));

        // Nothing to offer, or a policy of "never": no dialog at all (a dialog would block here).
        QCOMPARE(RetentionDialog::offer(*m_db, nullptr, now), 0);
        Settings::setRetentionMonths(0);
        QCOMPARE(RetentionDialog::offer(*m_db, nullptr, now.addYears(20)), 0);
    }

    void privacyNoticeDialogAndSettings()
    {
        PrivacySettingsBox box(*m_db);
        box.findChild<QLineEdit *>(QStringLiteral("organisationName"))->setText(QStringLiteral("EPN Belleville"));
        box.findChild<QLineEdit *>(QStringLiteral("organisationContact"))->setText(QStringLiteral("accueil@epn.example"));
        box.retentionMonths()->setValue(12);
        QCOMPARE(Settings::retentionMonths(), 12);
        QCOMPARE(Settings::organisationName(), QStringLiteral("EPN Belleville"));

        PrivacyNoticeDialog dialog;
        dialog.setLanguage(QStringLiteral("fr"));
        const QString fr = dialog.browser()->toPlainText();
        for (const QString &expected : {QStringLiteral("EPN Belleville"), QStringLiteral("accueil@epn.example"),
                                        QStringLiteral("pendant 12 mois"), QStringLiteral("CNIL"),
                                        QStringLiteral("Autorité de protection des données"), PrivacyNotice::version()})
            QVERIFY2(fr.contains(expected), qPrintable(expected));
        dialog.setLanguage(QStringLiteral("en"));
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("for 12 months after your last visit")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("noticeVersion"))->text().contains(PrivacyNotice::version()));
        const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
        QVERIFY(dialog.savePdf(pdf).ok());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));

        PrivacyLogDialog log(*m_db);
        QCOMPARE(log.table()->rowCount(), 0);

        // MEDIATELIER_SCREENSHOT_DIR=docs/screenshots: the French notice, for the README.
        const QString shots = qEnvironmentVariable("MEDIATELIER_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            LanguageManager::instance()->setLanguage(QStringLiteral("fr"));
            PrivacyNoticeDialog french;
            french.setLanguage(QStringLiteral("fr"));
            french.resize(760, 640);
            french.show();
            QVERIFY(french.grab().save(shots + QStringLiteral("/privacy-notice-fr.png")));
            LanguageManager::instance()->setLanguage(QStringLiteral("en"));
        }
    }

private:
    QSqlDatabase db() const { return m_db->connection(); }

    static void selectLearner(LearnersScreen &screen, qint64 id)
    {
        const int row = screen.model()->rowOf(id);
        QVERIFY(row >= 0);
        screen.table()->selectRow(row);
        screen.table()->setCurrentIndex(screen.model()->index(row, 0));
    }

    // Answers the next modal dialog from the event loop that its exec() runs.
    static void answerModal(const std::function<void(QWidget *)> &answer)
    {
        QTimer::singleShot(0, qApp, [answer] {
            QWidget *modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            answer(modal);
        });
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    People m_people;
    int m_counter = 0;
};

QTEST_MAIN(GdprUiTest)
#include "tst_gdprui.moc"
