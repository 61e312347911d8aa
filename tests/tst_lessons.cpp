// SPDX-License-Identifier: GPL-3.0-or-later
// The Lessons screen: the reader renders tables and images, records and resumes progress for a
// learner and nothing for a guest, falls back to another language with a notice, searches as you
// type, and the projector obeys clicker keys.
#include "testsupport.h"

#include "content/modulelibrary.h"
#include "content/progressstore.h"
#include "content/readersession.h"
#include "core/languagemanager.h"
#include "learners/learnersession.h"
#include "learners/learnerstore.h"
#include "lessons/lessonreader.h"
#include "lessons/lessonsscreen.h"
#include "lessons/pagebrowser.h"
#include "lessons/projectorwindow.h"
#include "storage/database.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>

namespace {
int rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

bool hasTable(QTextDocument *document)
{
    for (QTextFrame *frame : document->rootFrame()->childFrames())
        if (qobject_cast<QTextTable *>(frame))
            return true;
    return false;
}
} // namespace

class LessonsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("lessons.sqlite"))).ok());
        Learner amina;
        amina.displayName = QStringLiteral("Amina");
        m_learnerId = *LearnerStore(m_db.connection()).add(amina);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void readerRendersTableAndImage()
    {
        LessonReader reader(m_library);
        reader.resize(900, 700);
        reader.show();
        QVERIFY(reader.openModule(m_db.connection(), 0, QStringLiteral("sample-basics"), QStringLiteral("fr")));
        QTextDocument *document = reader.browser()->document();
        QVERIFY(document->toPlainText().contains(QStringLiteral("Bienvenue")));
        const QImage image = document->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("../images/diagram.svg"))).value<QImage>();
        QVERIFY2(!image.isNull(), "the SVG image of page 1 was not loaded");
        QCOMPARE(image.width(), 200);

        QTest::mouseClick(reader.findChild<QPushButton *>(QStringLiteral("nextPage")), Qt::LeftButton);
        QCOMPARE(reader.session()->pageIndex(), 1);
        QVERIFY(hasTable(reader.browser()->document()));
        QVERIFY(reader.browser()->document()->toPlainText().contains(QStringLiteral("une suite d'étapes")));
        QVERIFY(!reader.findChild<QLabel *>(QStringLiteral("languageNotice"))->isVisible());
    }

    void glossaryLinkShowsDefinition()
    {
        LessonReader reader(m_library);
        reader.show();
        QVERIFY(reader.openModule(m_db.connection(), 0, QStringLiteral("sample-basics"), QStringLiteral("en")));
        emit reader.browser()->anchorClicked(QUrl(QStringLiteral("glossary:sample-term")));
        auto *panel = reader.findChild<QLabel *>(QStringLiteral("glossaryPanel"));
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->text(), QStringLiteral("sample term: A word explained simply."));
        emit reader.browser()->anchorClicked(QUrl(QStringLiteral("02-table.md")));
        QCOMPARE(reader.session()->pageIndex(), 1);
    }

    void progressIsStoredAndResumedForALearner()
    {
        {
            LessonReader reader(m_library);
            QVERIFY(reader.openModule(m_db.connection(), m_learnerId, QStringLiteral("sample-basics"), QStringLiteral("fr")));
            QTest::qWait(2);
            reader.showPage(1);
        }
        const ModuleProgress progress = *ProgressStore(m_db.connection()).progress(m_learnerId, QStringLiteral("sample-basics"));
        QCOMPARE(progress.pagesSeen, 2);
        QCOMPARE(progress.lastPage, QStringLiteral("02-table"));
        QVERIFY(!progress.completed);

        LessonReader again(m_library);
        QVERIFY(again.openModule(m_db.connection(), m_learnerId, QStringLiteral("sample-basics"), QStringLiteral("fr")));
        QCOMPARE(again.session()->pageIndex(), 1); // resumes where the learner stopped
        QTest::qWait(2);
        again.showPage(2);
        QVERIFY(ProgressStore(m_db.connection()).progress(m_learnerId, QStringLiteral("sample-basics"))->completed);
    }

    void nothingIsStoredForAGuest()
    {
        const int before = rowCount(m_db.connection(), QStringLiteral("lesson_progress"));
        LessonReader reader(m_library);
        QVERIFY(reader.openModule(m_db.connection(), 0, QStringLiteral("sample-english"), QStringLiteral("en")));
        reader.showPage(0);
        QVERIFY(reader.openModule(m_db.connection(), 0, QStringLiteral("sample-basics"), QStringLiteral("en")));
        QCOMPARE(reader.session()->pageIndex(), 0); // a guest always starts at the beginning
        reader.showPage(2);
        QCOMPARE(rowCount(m_db.connection(), QStringLiteral("lesson_progress")), before);
    }

    void fallsBackToAnotherLanguageWithANotice()
    {
        LessonReader reader(m_library);
        reader.show();
        QVERIFY(reader.openModule(m_db.connection(), 0, QStringLiteral("sample-english"), QStringLiteral("fr")));
        QCOMPARE(reader.session()->language(), QStringLiteral("en"));
        auto *notice = reader.findChild<QLabel *>(QStringLiteral("languageNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("English")));
    }

    void screenSearchesAsYouTypeAndOpensTheHit()
    {
        LessonsScreen screen(m_db, m_library, m_session);
        screen.resize(1000, 700);
        screen.show();
        screen.activate();
        auto *catalogue = screen.findChild<QTableView *>(QStringLiteral("moduleCatalogue"));
        QCOMPARE(catalogue->model()->rowCount(), 2);
        auto *search = screen.findChild<QLineEdit *>(QStringLiteral("lessonSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("algoritm"));
        auto *hits = screen.findChild<QListWidget *>(QStringLiteral("searchHits"));
        QVERIFY(hits->isVisible());
        QVERIFY(hits->count() >= 1);
        QVERIFY(hits->item(0)->text().contains(QStringLiteral("algorithm")));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(screen.reader()->isVisible());
        QVERIFY(screen.reader()->browser()->textCursor().hasSelection()); // the passage is highlighted
    }

    void catalogueShowsTheLearnersProgress()
    {
        m_session.setLearner(m_learnerId, QStringLiteral("Amina"));
        LessonsScreen screen(m_db, m_library, m_session);
        screen.activate();
        auto *catalogue = screen.findChild<QTableView *>(QStringLiteral("moduleCatalogue"));
        QStringList progress;
        for (int row = 0; row < catalogue->model()->rowCount(); ++row)
            progress << catalogue->model()->index(row, 4).data().toString();
        QVERIFY2(progress.contains(QStringLiteral("Completed")), qPrintable(progress.join(QLatin1Char(','))));
        m_session.setGuest();
    }

    void projectorFollowsClickerKeys()
    {
        ReaderSession session(m_library, m_db.connection(), 0);
        QVERIFY(session.open(QStringLiteral("sample-basics"), QStringLiteral("fr")));
        ProjectorWindow projector(m_library, session);
        QSignalSpy pages(&projector, &ProjectorWindow::pageChanged);
        QSignalSpy closed(&projector, &ProjectorWindow::closed);
        projector.show();
        QCOMPARE(projector.pageIndex(), 0);
        QTest::keyClick(&projector, Qt::Key_Right);
        QCOMPARE(projector.pageIndex(), 1);
        QTest::keyClick(&projector, Qt::Key_PageUp);
        QCOMPARE(projector.pageIndex(), 0);
        QTest::keyClick(&projector, Qt::Key_Space);
        QTest::keyClick(&projector, Qt::Key_PageDown);
        QCOMPARE(projector.pageIndex(), 2);
        QTest::keyClick(&projector, Qt::Key_Right); // past the end: stays
        QCOMPARE(projector.pageIndex(), 2);
        QCOMPARE(pages.count(), 4);
        QTest::keyClick(&projector, Qt::Key_B);
        QVERIFY(projector.isBlackedOut());
        QTest::keyClick(&projector, Qt::Key_B);
        QVERIFY(!projector.isBlackedOut());
        QTest::keyClick(&projector, Qt::Key_Escape);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!projector.isVisible());
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    ModuleLibrary m_library{QStringLiteral(MEDIATELIER_FIXTURES "/packs"), QStringLiteral("/nonexistent")};
    LearnerSession m_session;
    qint64 m_learnerId = 0;
};

QTEST_MAIN(LessonsTest)
#include "tst_lessons.moc"
