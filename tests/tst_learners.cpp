// SPDX-License-Identifier: GPL-3.0-or-later
// Learners: create, rectify, search with accents, the vocabularies and contact keys, duplicate
// detection, merging two records (attendance with its UNIQUE conflict, events, lesson progress, quiz
// attempts); the Learners screen filtering as one types, a learner created with the keyboard alone,
// the duplicate warning, the merge dialog and the CSV preview dialog.
#include "testsupport.h"

#include "core/languagemanager.h"
#include "learners/csvimportdialog.h"
#include "learners/learnereditdialog.h"
#include "learners/learnerfields.h"
#include "learners/learnermergedialog.h"
#include "learners/learnersscreen.h"
#include "learners/learnerstore.h"
#include "learners/learnertablemodel.h"
#include "storage/database.h"
#include "workshops/workshopstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

class LearnersTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;

    LearnerStore store() const { return LearnerStore(m_db->connection()); }

    qint64 add(const QString &display, const QString &postcode = {}, const QString &first = {}, const QString &last = {})
    {
        Learner l;
        l.displayName = display;
        l.postcode = postcode;
        l.firstName = first;
        l.lastName = last;
        const Result<qint64> id = store().add(l);
        return id ? *id : 0;
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(m_db->connection());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    bool exec(const QString &sql) const
    {
        QSqlQuery query(m_db->connection());
        const bool ok = query.exec(sql);
        if (!ok)
            qWarning() << sql;
        return ok;
    }

    // QTest::keyClicks() accepts ASCII only; an accented letter is sent as the text of a key event.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(widget, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    // Runs `act` on the next modal dialog as soon as it is shown (exec() blocks the test meanwhile).
    void whenModal(std::function<void(QDialog *)> act)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [poll, act] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                poll->stop();
                poll->deleteLater();
                act(dialog);
            }
        });
        poll->start();
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MEDIATELIER_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name);
    }

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void init()
    {
        m_db = std::make_unique<Database>(QStringLiteral("learners"));
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("learners-%1.sqlite").arg(++m_count))).ok());
    }

    void cleanup() { m_db.reset(); }

    void createRectifyAndSearchWithAccents()
    {
        Learner elodie;
        elodie.displayName = QStringLiteral("Élodie");
        elodie.ageBand = QStringLiteral("26-35");
        elodie.gender = QStringLiteral("not-stated");
        elodie.consentDate = QDate(2026, 3, 1);
        elodie.consentVersion = QStringLiteral("2026-01");
        const qint64 id = *store().add(elodie);
        add(QStringLiteral("Karim"));
        for (const QString &typed : {QStringLiteral("élodie"), QStringLiteral("ELODIE"), QStringLiteral("lod"), QStringLiteral(" Elo")}) {
            const QList<Learner> found = *store().find(typed.trimmed());
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().displayName, QStringLiteral("Élodie"));
        }
        QCOMPARE(store().list()->size(), 2);

        // Rectification: every field is rewritten, the search and contact keys follow.
        Learner changed = *store().get(id);
        QCOMPARE(changed.consentDate, QDate(2026, 3, 1));
        QCOMPARE(changed.consentVersion, QStringLiteral("2026-01"));
        changed.lastName = QStringLiteral("Lefèvre");
        changed.email = QStringLiteral("Elodie.L@Example.org");
        changed.phone = QStringLiteral("0470 12 34 56");
        changed.postcode = QStringLiteral("1000");
        changed.notes = QStringLiteral("préfère le matin");
        changed.personalCode = QStringLiteral("4821");
        QVERIFY(store().update(changed).ok());
        const Learner stored = *store().get(id);
        QCOMPARE(stored.lastName, QStringLiteral("Lefèvre"));
        QCOMPARE(stored.personalCode, QStringLiteral("4821"));
        QCOMPARE(stored.contactKey, QStringLiteral("elodie.l@example.org"));
        QCOMPARE(store().find(QStringLiteral("lefevre"))->size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT search_key FROM learners WHERE id = %1").arg(id)).toString(), QStringLiteral("elodie lefevre"));

        // Refusals keep what is stored.
        changed.displayName = QStringLiteral("  ");
        QVERIFY(!store().update(changed).ok());
        changed.displayName = QStringLiteral("Élodie");
        changed.email = QStringLiteral("not-an-address");
        QVERIFY(store().update(changed).error().contains(QStringLiteral("not-an-address")));
        changed.email.clear();
        changed.ageBand = QStringLiteral("42");
        QVERIFY(!store().update(changed).ok());
        QCOMPARE(store().get(id)->email, QStringLiteral("Elodie.L@Example.org"));
        Learner other;
        other.displayName = QStringLiteral("Other");
        other.personalCode = QStringLiteral("4821");
        QVERIFY(store().add(other).error().contains(QStringLiteral("4821")));
    }

    void vocabulariesAndContactKeys()
    {
        QCOMPARE(LearnerFields::contactKey(QString(), QStringLiteral("06 12 34 56 78")), QStringLiteral("612345678"));
        QCOMPARE(LearnerFields::contactKey(QString(), QStringLiteral("+33 6 12 34 56 78")), QStringLiteral("612345678"));
        QCOMPARE(LearnerFields::contactKey(QString(), QStringLiteral("0033 6.12.34.56.78")), QStringLiteral("612345678"));
        QCOMPARE(LearnerFields::contactKey(QString(), QStringLiteral("+32 470/12.34.56")), QStringLiteral("470123456"));
        QCOMPARE(LearnerFields::contactKey(QString(), QStringLiteral("0470 12 34 56")), QStringLiteral("470123456"));
        QCOMPARE(LearnerFields::contactKey(QString(), QStringLiteral("+216 20 123 456")), QStringLiteral("21620123456"));
        QCOMPARE(LearnerFields::contactKey(QStringLiteral(" Amina@Example.ORG "), QStringLiteral("0470")), QStringLiteral("amina@example.org"));
        QCOMPARE(LearnerFields::parseAgeBand(QStringLiteral("18–25")), QStringLiteral("18-25"));
        QCOMPARE(LearnerFields::parseAgeBand(QStringLiteral("moins de 18")), QStringLiteral("under-18"));
        QCOMPARE(LearnerFields::parseAgeBand(QStringLiteral("40")), QStringLiteral("36-45"));
        QCOMPARE(LearnerFields::parseAgeBand(QStringLiteral("Over 75")), QStringLiteral("over-75"));
        QVERIFY(!LearnerFields::parseAgeBand(QStringLiteral("18-30")).has_value());
        QCOMPARE(LearnerFields::parseGender(QStringLiteral("Femme")), QStringLiteral("woman"));
        QCOMPARE(LearnerFields::parseGender(QStringLiteral("not stated")), QStringLiteral("not-stated"));
        QCOMPARE(LearnerFields::parseGender(QString()), QString());
        QVERIFY(!LearnerFields::parseGender(QStringLiteral("robot")).has_value());
        QCOMPARE(LearnerFields::ageBandLabel(QStringLiteral("18-25")), QStringLiteral("18–25"));
        QCOMPARE(LearnerFields::genderLabel(QStringLiteral("not-stated")), QStringLiteral("not stated"));
    }

    void duplicatesByNameAndPostcodeOrByContact()
    {
        const qint64 amina = add(QStringLiteral("Amina"), QStringLiteral("1000"), QStringLiteral("Amina"), QStringLiteral("Haddad"));
        add(QStringLiteral("Amina"), QStringLiteral("1080")); // another Amina, elsewhere
        Learner typed;
        typed.displayName = QStringLiteral("AMÍNA");
        typed.postcode = QStringLiteral(" 1000");
        QList<Learner> found = *store().findDuplicates(typed);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, amina);
        // The same first and last name under another display name.
        typed.displayName = QStringLiteral("Mina");
        typed.firstName = QStringLiteral("amina");
        typed.lastName = QStringLiteral("HADDAD");
        QCOMPARE(store().findDuplicates(typed)->size(), 1);
        typed.postcode = QStringLiteral("1030");
        QCOMPARE(store().findDuplicates(typed)->size(), 0);

        // By contact, both ways: an e-mail in other capitals, a phone written with +32.
        Learner karim;
        karim.displayName = QStringLiteral("Karim");
        karim.phone = QStringLiteral("0486 11 22 33");
        const qint64 karimId = *store().add(karim);
        Learner k2;
        k2.displayName = QStringLiteral("K.");
        k2.phone = QStringLiteral("+32 486 112 233");
        QCOMPARE(store().findDuplicates(k2)->size(), 1);
        QCOMPARE(store().findDuplicates(k2)->first().id, karimId);
        const qint64 k2Id = *store().add(k2);
        karim.id = karimId;
        QCOMPARE(store().findDuplicates(karim)->size(), 1); // the other way round, itself excluded
        QCOMPARE(store().findDuplicates(karim)->first().id, k2Id);
        Learner mail;
        mail.displayName = QStringLiteral("Zed");
        mail.email = QStringLiteral("Zed@Example.org");
        store().add(mail);
        mail.displayName = QStringLiteral("Zoé");
        mail.email = QStringLiteral("zed@example.ORG");
        QCOMPARE(store().findDuplicates(mail)->size(), 1);
    }

    void mergeMovesAttendanceProgressAndQuizAttempts()
    {
        const qint64 keep = add(QStringLiteral("Amina"), QStringLiteral("1000"));
        Learner dup;
        dup.displayName = QStringLiteral("Amina H.");
        dup.phone = QStringLiteral("0470 11 22 33");
        dup.personalCode = QStringLiteral("7788");
        const qint64 remove = *store().add(dup);
        WorkshopStore workshops(m_db->connection());
        QList<qint64> w;
        for (int i = 0; i < 3; ++i) {
            Workshop ws;
            ws.title = QStringLiteral("Atelier %1").arg(i);
            ws.start = QDateTime(QDate(2026, 3, 2 + i), QTime(14, 0));
            ws.durationMinutes = 90;
            w.append(*workshops.add(ws));
        }
        const QString row = QStringLiteral("INSERT INTO attendance (uuid, workshop_id, learner_id, status, created_at, updated_at) "
                                           "VALUES ('%1', %2, %3, '%4', '2026-03-01T10:00:00Z', '2026-03-01T10:00:00Z')");
        QVERIFY(exec(row.arg(QStringLiteral("a1")).arg(w[0]).arg(keep).arg(QStringLiteral("registered"))));
        QVERIFY(exec(row.arg(QStringLiteral("a2")).arg(w[0]).arg(remove).arg(QStringLiteral("present"))));
        QVERIFY(exec(row.arg(QStringLiteral("a3")).arg(w[1]).arg(keep).arg(QStringLiteral("late"))));
        QVERIFY(exec(row.arg(QStringLiteral("a4")).arg(w[1]).arg(remove).arg(QStringLiteral("absent"))));
        QVERIFY(exec(row.arg(QStringLiteral("a5")).arg(w[2]).arg(remove).arg(QStringLiteral("excused"))));
        const qint64 removedRow = scalar(QStringLiteral("SELECT id FROM attendance WHERE uuid = 'a2'")).toLongLong();
        QVERIFY(exec(QStringLiteral("INSERT INTO attendance_events (attendance_id, workshop_id, learner_id, old_status, new_status, at) "
                                    "VALUES (%1, %2, %3, 'registered', 'present', '2026-03-02T14:01:00.000Z')")
                         .arg(removedRow).arg(w[0]).arg(remove)));
        const QString page = QStringLiteral("INSERT INTO lesson_progress (uuid, learner_id, module_id, page, first_seen, last_seen, "
                                            "completed_at, updated_at) VALUES ('%1', %2, 'ai-basics', '%3', '%4', '%5', %6, '%5')");
        QVERIFY(exec(page.arg(QStringLiteral("p1")).arg(keep).arg(QStringLiteral("01"), QStringLiteral("2026-03-05T10:00:00Z"),
                                                                  QStringLiteral("2026-03-06T10:00:00Z"), QStringLiteral("NULL"))));
        QVERIFY(exec(page.arg(QStringLiteral("p2")).arg(remove).arg(QStringLiteral("01"), QStringLiteral("2026-03-01T10:00:00Z"),
                                                                    QStringLiteral("2026-03-10T10:00:00Z"),
                                                                    QStringLiteral("'2026-03-10T10:00:00Z'"))));
        QVERIFY(exec(page.arg(QStringLiteral("p3")).arg(remove).arg(QStringLiteral("02"), QStringLiteral("2026-03-01T11:00:00Z"),
                                                                    QStringLiteral("2026-03-01T11:00:00Z"), QStringLiteral("NULL"))));
        for (int i = 0; i < 2; ++i)
            QVERIFY(exec(QStringLiteral("INSERT INTO quiz_attempts (uuid, learner_id, module_id, kind, started_at, updated_at) "
                                        "VALUES ('q%1', %2, 'ai-basics', 'pre', '2026-03-02T14:00:00Z', '2026-03-02T14:00:00Z')")
                             .arg(i).arg(remove)));

        QVERIFY(!store().merge(keep, keep).ok());
        QVERIFY(!store().merge(keep, 999).ok());
        const Status merged = store().merge(keep, remove);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));

        QVERIFY(!store().get(remove).ok());
        const QString status = QStringLiteral("SELECT status FROM attendance WHERE workshop_id = %1 AND learner_id = %2");
        QCOMPARE(scalar(status.arg(w[0]).arg(keep)).toString(), QStringLiteral("present")); // present beats registered
        QCOMPARE(scalar(status.arg(w[1]).arg(keep)).toString(), QStringLiteral("late"));    // late beats absent
        QCOMPARE(scalar(status.arg(w[2]).arg(keep)).toString(), QStringLiteral("excused")); // moved as it was
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM attendance")).toInt(), 3);
        const qint64 keptRow = scalar(QStringLiteral("SELECT id FROM attendance WHERE uuid = 'a1'")).toLongLong();
        QCOMPARE(scalar(QStringLiteral("SELECT attendance_id || '/' || learner_id FROM attendance_events")).toString(),
                 QStringLiteral("%1/%2").arg(keptRow).arg(keep));
        QCOMPARE(scalar(QStringLiteral("SELECT first_seen || ' ' || last_seen || ' ' || completed_at FROM lesson_progress "
                                       "WHERE page = '01'")).toString(),
                 QStringLiteral("2026-03-01T10:00:00Z 2026-03-10T10:00:00Z 2026-03-10T10:00:00Z"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM lesson_progress WHERE learner_id = %1").arg(keep)).toInt(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM quiz_attempts WHERE learner_id = %1").arg(keep)).toInt(), 2);
        // The kept record takes what it lacked; the last attendance is now known.
        const Learner kept = *store().get(keep);
        QCOMPARE(kept.phone, QStringLiteral("0470 11 22 33"));
        QCOMPARE(kept.personalCode, QStringLiteral("7788"));
        QCOMPARE(kept.postcode, QStringLiteral("1000"));
        QCOMPARE(kept.lastAttendance, QDateTime(QDate(2026, 3, 3), QTime(14, 0)));
        QVERIFY(m_db->check().sound());
    }

    void screenFiltersAsYouType()
    {
        add(QStringLiteral("Élodie"), QStringLiteral("1000"), QStringLiteral("Élodie"), QStringLiteral("Martin"));
        add(QStringLiteral("Karim"), QStringLiteral("1080"));
        add(QStringLiteral("Amina"), QStringLiteral("1030"));
        LearnersScreen screen(*m_db);
        screen.resize(900, 600);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.activate();
        QCOMPARE(screen.title(), QStringLiteral("Learners"));
        QCOMPARE(screen.model()->rowCount(), 3);
        QCOMPARE(QApplication::focusWidget(), screen.searchBox());
        screenshot(&screen, QStringLiteral("learners-screen.png"));
        type(screen.searchBox(), QStringLiteral("élo"));
        QCOMPARE(screen.model()->rowCount(), 1);
        QCOMPARE(screen.model()->index(0, LearnerTableModel::DisplayName).data().toString(), QStringLiteral("Élodie"));
        QCOMPARE(screen.model()->index(0, LearnerTableModel::FullName).data().toString(), QStringLiteral("Élodie Martin"));
        screen.searchBox()->clear();
        QTest::keyClicks(screen.searchBox(), QStringLiteral("MARTIN"));
        QCOMPARE(screen.model()->rowCount(), 1);
        QTest::keyClicks(screen.searchBox(), QStringLiteral("x"));
        QCOMPARE(screen.model()->rowCount(), 0);
        screen.searchBox()->clear();
        QCOMPARE(screen.model()->rowCount(), 3);
    }

    void createALearnerWithTheKeyboard()
    {
        LearnersScreen screen(*m_db);
        screen.resize(900, 600);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.activate();
        bool seen = false;
        whenModal([&seen](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("learnerEditDialog"));
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTRY_VERIFY(dialog->focusWidget() && dialog->focusWidget()->hasFocus());
            screenshot(dialog, QStringLiteral("learner-edit-dialog.png"));
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Nadia"));
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Nadia"));
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Benkirane"));
            for (int i = 0; i < 3; ++i) // phone, e-mail, postcode
                QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("1000"));
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab); // age band
            QTest::keyClicks(dialog->focusWidget(), QStringLiteral("18")); // "18–25"
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);  // gender
            QTest::keyClick(dialog->focusWidget(), Qt::Key_W);    // "woman"
            seen = true;
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        });
        QTimer guard; // a dialog left open by a failure above must not hang the test
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, this, [] {
            if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                modal->reject();
        });
        guard.start(5000);
        QTest::keyClick(screen.searchBox(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(seen);
        const QList<Learner> all = *store().list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().displayName, QStringLiteral("Nadia"));
        QCOMPARE(all.first().lastName, QStringLiteral("Benkirane"));
        QCOMPARE(all.first().postcode, QStringLiteral("1000"));
        QCOMPARE(all.first().ageBand, QStringLiteral("18-25"));
        QCOMPARE(all.first().gender, QStringLiteral("woman"));
        QCOMPARE(screen.model()->rowCount(), 1);
        QCOMPARE(screen.table()->currentIndex().row(), 0);
    }

    void duplicateWarningOffersTheExistingRecord()
    {
        const qint64 amina = add(QStringLiteral("Amina"), QStringLiteral("1000"));
        LearnerStore learners = store();
        Learner fresh;
        LearnerEditDialog dialog(learners, fresh);
        QList<Learner> offered;
        dialog.setDuplicateQuestion([&offered](const QList<Learner> &duplicates, bool creating) {
            offered = duplicates;
            return creating ? LearnerEditDialog::DuplicateChoice::UseExisting : LearnerEditDialog::DuplicateChoice::Cancel;
        });
        dialog.findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("amina"));
        dialog.findChild<QLineEdit *>(QStringLiteral("postcode"))->setText(QStringLiteral("1000"));
        dialog.show();
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("postcode")), Qt::Key_Return);
        QCOMPARE(offered.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.usedExisting());
        QCOMPARE(dialog.learnerId(), amina);
        QCOMPARE(store().list()->size(), 1); // nothing created

        // A refused e-mail is shown in the dialog, and what was typed stays there.
        LearnerEditDialog second(learners, fresh);
        second.show();
        second.findChild<QLineEdit *>(QStringLiteral("displayName"))->setText(QStringLiteral("Yara"));
        second.findChild<QLineEdit *>(QStringLiteral("email"))->setText(QStringLiteral("yara@"));
        QTest::keyClick(second.findChild<QLineEdit *>(QStringLiteral("email")), Qt::Key_Return);
        QVERIFY(second.isVisible());
        auto *error = second.findChild<QLabel *>(QStringLiteral("learnerError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("yara@")));
        QCOMPARE(second.findChild<QLineEdit *>(QStringLiteral("displayName"))->text(), QStringLiteral("Yara"));
        QCOMPARE(store().list()->size(), 1);
    }

    void mergeFromTheScreen()
    {
        const qint64 first = add(QStringLiteral("Omar"), QStringLiteral("1020"));
        const qint64 second = add(QStringLiteral("Omar F."), QStringLiteral("1020"));
        LearnersScreen screen(*m_db);
        screen.resize(900, 600);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.activate();
        screen.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        screen.table()->setFocus();
        screen.table()->selectRow(0);
        QTest::keyClick(screen.table(), Qt::Key_Down, Qt::ShiftModifier); // two rows selected
        QVERIFY(screen.findChild<QPushButton *>(QStringLiteral("mergeLearners"))->isEnabled());
        whenModal([](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("learnerMergeDialog"));
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTRY_VERIFY(dialog->focusWidget() && dialog->focusWidget()->hasFocus());
            screenshot(dialog, QStringLiteral("learner-merge-dialog.png"));
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Down); // keep the second record
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        });
        QTimer guard; // a dialog left open by a failure above must not hang the test
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, this, [] {
            if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                modal->reject();
        });
        guard.start(5000);
        // A mnemonic animates the click: the button fires a moment later, in the event loop.
        QTest::keyClick(&screen, Qt::Key_M, Qt::AltModifier);
        QTRY_COMPARE(store().list()->size(), 1);
        QVERIFY(!store().get(first).ok());
        QCOMPARE(store().get(second)->displayName, QStringLiteral("Omar F."));
    }

    void csvPreviewDialogWritesOnlyOnConfirmation()
    {
        Result<LearnerImport> import = LearnerImport::fromFile(TestSupport::fixture(QStringLiteral("csv/semicolon-fr.csv")));
        QVERIFY(import.ok());
        CsvImportDialog dialog(*m_db, std::move(*import));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, QStringLiteral("csv-import-dialog.png"));
        QCOMPARE(dialog.columnCombo(0)->currentData().toInt(), int(LearnerImport::Field::FirstName));
        QCOMPARE(dialog.report().imported, 3);
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("csvSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("3 to import")), qPrintable(summary->text()));
        QCOMPARE(store().list()->size(), 0);
        // Say that the first column holds nothing of use: no name is left but "Nom".
        QComboBox *first = dialog.columnCombo(0);
        first->setFocus();
        first->setCurrentIndex(first->findData(int(LearnerImport::Field::Ignore)));
        QCOMPARE(dialog.report().imported, 3);
        QCOMPARE(dialog.report().rows.first().learner.displayName, QStringLiteral("Martin"));
        auto *confirm = dialog.findChild<QPushButton *>(QStringLiteral("confirmImport"));
        QCOMPARE(confirm->text(), QStringLiteral("&Import 3 learners"));
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store().list()->size(), 3);
        QCOMPARE(store().find(QStringLiteral("martin"))->first().firstName, QString());
    }
};

QTEST_MAIN(LearnersTest)
#include "tst_learners.moc"
