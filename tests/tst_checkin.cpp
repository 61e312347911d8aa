// SPDX-License-Identifier: GPL-3.0-or-later
// The check-in window at the door, with the keyboard alone: a few letters and Enter check a person
// in, an unknown name becomes a walk-in, Ctrl+Z undoes, the capacity warning shows, the others are
// marked absent after a confirmation; no phone number or e-mail address is ever on screen.
#include "testsupport.h"

#include "attendance/checkinwidget.h"
#include "attendance/checkinwindow.h"
#include "attendance/signinsheetactions.h"
#include "attendance/signinsheetdialog.h"
#include "core/languagemanager.h"
#include "learners/learnerstore.h"
#include "storage/database.h"
#include "workshops/attendancestore.h"
#include "workshops/workshopstore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// Every text a person can read in a window: labels, buttons, the search box, list rows, table cells.
QString visibleText(const QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QLineEdit *edit : root->findChildren<QLineEdit *>())
        texts << edit->text() << edit->placeholderText();
    for (const QListWidget *list : root->findChildren<QListWidget *>())
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
    for (const QTableWidget *table : root->findChildren<QTableWidget *>())
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                if (table->item(r, c))
                    texts << table->item(r, c)->text();
    return texts.join(QLatin1Char('\n'));
}

// Answers the next message box with a key, once it is up (it may open after a button's animation).
void answerNextMessageBox(Qt::Key key, QString *text)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, key, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->deleteLater();
        poll->stop();
        if (text)
            *text = box->text();
        QTest::keyClick(box, key);
    });
    poll->start(10);
}

} // namespace

class CheckInTest : public QObject
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
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("checkin-%1.sqlite").arg(++m_counter))).ok());
        Workshop w;
        w.title = QStringLiteral("Spotting fake news");
        w.start = QDateTime(QDate(2026, 4, 2), QTime(10, 0));
        w.capacity = 2;
        m_workshopId = *WorkshopStore(m_db->connection()).add(w);
        m_amina = addLearner(QStringLiteral("Amina"), QStringLiteral("+32 470 11 22 33"), QStringLiteral("amina@example.org"));
        m_bruno = addLearner(QStringLiteral("Bruno"), QStringLiteral("0612345678"), QStringLiteral("bruno@example.org"));
        m_chloe = addLearner(QStringLiteral("Chloé"), QStringLiteral("0498765432"), QStringLiteral("chloe@example.org"));
        AttendanceStore store(m_db->connection());
        QVERIFY(store.registerLearner(m_workshopId, m_amina).ok());
        QVERIFY(store.registerLearner(m_workshopId, m_bruno).ok());
    }

    void cleanup() { m_db.reset(); }

    void checksPeopleInWithTheKeyboardAlone()
    {
        CheckInWindow window(*m_db, m_workshopId);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CheckInWidget *checkIn = window.checkIn();
        QTRY_COMPARE(QApplication::focusWidget(), checkIn->searchBox());
        AttendanceStore store(m_db->connection());

        // Three letters, Enter: Amina is present; the box is empty and ready for the next person.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ami"));
        QVERIFY(checkIn->matches()->currentItem()->text().startsWith(QStringLiteral("Amina")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(store.entry(m_workshopId, m_amina)->status, AttendanceStatus::Present);
        QVERIFY(store.entry(m_workshopId, m_amina)->checkedInAt.isValid());
        QCOMPARE(checkIn->searchBox()->text(), QString());
        QCOMPARE(QApplication::focusWidget(), checkIn->searchBox());
        QVERIFY(checkIn->feedback().contains(QStringLiteral("Amina")));
        QVERIFY(!checkIn->capacityWarning()->isVisible());

        // Accents and case do not matter; a known person who was not registered is checked in too.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("CHLOE"));
        QVERIFY(checkIn->matches()->currentItem()->text().startsWith(QStringLiteral("Chloé")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(store.entry(m_workshopId, m_chloe)->status, AttendanceStatus::Present);
        // Three people for two places: the warning shows (nobody is turned away).
        QVERIFY(checkIn->capacityWarning()->isVisible());
        QVERIFY(checkIn->capacityWarning()->text().contains(QStringLiteral("3")));

        // A name nobody has: Enter on "Add «…» as a new person" creates them, present.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Fatoumata"));
        QCOMPARE(checkIn->matches()->count(), 1);
        QVERIFY(checkIn->matches()->currentItem()->text().contains(QStringLiteral("«Fatoumata»")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        const QList<Learner> found = *LearnerStore(m_db->connection()).find(QStringLiteral("fatoumata"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(store.entry(m_workshopId, found.first().id)->status, AttendanceStatus::Present);
        QCOMPARE(checkIn->attendees()->rowCount(), 4);

        // Ctrl+Z, twice: the walk-in leaves the list, then Chloé; the warning goes away.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!store.entry(m_workshopId, found.first().id).ok());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!store.entry(m_workshopId, m_chloe).ok());
        QCOMPARE(checkIn->attendees()->rowCount(), 2);
        QVERIFY(!checkIn->capacityWarning()->isVisible());
        QVERIFY(checkIn->feedback().contains(QStringLiteral("Chloé")));

        // Ctrl+L marks late, Ctrl+E excused, Ctrl+A absent (the search box gives these keys up).
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bru"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(store.entry(m_workshopId, m_bruno)->status, AttendanceStatus::Late);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bru"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(store.entry(m_workshopId, m_bruno)->status, AttendanceStatus::Excused);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bru"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(store.entry(m_workshopId, m_bruno)->status, AttendanceStatus::Absent);
        QCOMPARE(checkIn->searchBox()->text(), QString());

        // Down chooses the next row (here "Add «b» as a new person"); Escape clears, the window stays.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("b"));
        QCOMPARE(checkIn->matches()->currentRow(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(checkIn->matches()->currentRow(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(window.isVisible());
        QCOMPARE(checkIn->searchBox()->text(), QString());

        // The list works from the keyboard too: Alt+A goes to it, arrows choose, the same keys apply.
        QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), checkIn->attendees());
        QTest::keyClick(checkIn->attendees(), Qt::Key_Down);
        QVERIFY(checkIn->attendees()->currentRow() >= 0);
        const QString chosen = checkIn->attendees()->item(checkIn->attendees()->currentRow(), 0)->text();
        QTest::keyClick(checkIn->attendees(), Qt::Key_E, Qt::ControlModifier);
        const qint64 chosenId = chosen == QLatin1String("Amina") ? m_amina : m_bruno;
        QCOMPARE(store.entry(m_workshopId, chosenId)->status, AttendanceStatus::Excused);
        QCOMPARE(QApplication::focusWidget(), checkIn->attendees());
        QTest::keyClick(checkIn->attendees(), Qt::Key_Return);
        QCOMPARE(store.entry(m_workshopId, chosenId)->status, AttendanceStatus::Present);
    }

    void marksTheOthersAbsentAfterConfirming()
    {
        CheckInWindow window(*m_db, m_workshopId);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        AttendanceStore store(m_db->connection());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("amin"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QString question;
        answerNextMessageBox(Qt::Key_Return, &question); // "Yes" is the default
        QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier); // &Mark the others absent…
        QTRY_VERIFY(!question.isEmpty()); // a mnemonic "clicks" the button after a short animation
        QVERIFY2(question.contains(QStringLiteral("1 person")), qPrintable(question));
        QCOMPARE(store.entry(m_workshopId, m_bruno)->status, AttendanceStatus::Absent);
        QCOMPARE(store.entry(m_workshopId, m_amina)->status, AttendanceStatus::Present);

        // Saying no changes nothing.
        QVERIFY(store.setStatus(m_workshopId, m_bruno, AttendanceStatus::Registered).ok());
        window.checkIn()->reload();
        QString second;
        answerNextMessageBox(Qt::Key_Escape, &second);
        QVERIFY(!window.checkIn()->markOthersAbsent());
        QVERIFY(!second.isEmpty());
        QCOMPARE(store.entry(m_workshopId, m_bruno)->status, AttendanceStatus::Registered);
    }

    void showsNamesButNoContactDetails()
    {
        CheckInWindow window(*m_db, m_workshopId);
        window.resize(760, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ami"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("b"));
        const QString text = visibleText(&window);
        for (const QString &name : {QStringLiteral("Amina"), QStringLiteral("Bruno")})
            QVERIFY2(text.contains(name), qPrintable(text));
        for (const QString &contact : {QStringLiteral("470"), QStringLiteral("0612345678"), QStringLiteral("@example.org"),
                                       QStringLiteral("0498765432")})
            QVERIFY2(!text.contains(contact), qPrintable(contact + QStringLiteral(" shown in:\n") + text));

        const QString shots = qEnvironmentVariable("MEDIATELIER_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ch"));
            QVERIFY(window.grab().save(shots + QStringLiteral("/check-in.png")));
        }
    }

    void sheetActionsWriteThePdf()
    {
        QWidget parent;
        SignInSheetActions actions(*m_db, nullptr, &parent);
        actions.setWorkshop(m_workshopId);
        QVERIFY(!actions.saveSheetAction()->text().isEmpty());
        QVERIFY(!actions.printSheetAction()->text().isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("from-actions.pdf"));
        QVERIFY(actions.savePdf(SignInSheet::Kind::SignIn, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));
        SignInSheetDialog dialog(*m_db, nullptr, m_workshopId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(visibleText(&dialog).contains(QStringLiteral("Spotting fake news")));
        auto *blankRows = dialog.findChild<QSpinBox *>();
        QVERIFY(blankRows);
        bool labelled = false; // a label names the spin box for screen readers and gives it Alt+B
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labelled = labelled || label->buddy() == blankRows;
        QVERIFY(labelled);
        blankRows->setValue(12);
        QVERIFY(dialog.actions()->load(SignInSheet::Kind::SignIn)->document()->toPlainText().contains(QStringLiteral("\n14\n")));
        const QString shots = qEnvironmentVariable("MEDIATELIER_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/sign-in-sheet-dialog.png")));

        actions.setWorkshop(987654);
        QVERIFY(!actions.savePdf(SignInSheet::Kind::Summary, path + QStringLiteral("2")).ok());
    }

private:
    qint64 addLearner(const QString &name, const QString &phone, const QString &email)
    {
        Learner l;
        l.displayName = name;
        l.phone = phone;
        l.email = email;
        return *LearnerStore(m_db->connection()).add(l);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
    qint64 m_workshopId = 0;
    qint64 m_amina = 0;
    qint64 m_bruno = 0;
    qint64 m_chloe = 0;
};

QTEST_MAIN(CheckInTest)
#include "tst_checkin.moc"
