// SPDX-License-Identifier: GPL-3.0-or-later
// Taking a quiz in the window with the keyboard alone, and the attempt it stores; the review's
// "read again" link; the learner's before/after table.
#include "testsupport.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "learners/learnersession.h"
#include "learners/learnerstore.h"
#include "quiz/quizresultstore.h"
#include "quiz/quizreview.h"
#include "quiz/quizrunner.h"
#include "quiz/quizsession.h"
#include "quiz/groupresultsdialog.h"
#include "quiz/quizzesscreen.h"
#include "workshops/workshopstore.h"
#include "storage/database.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class QuizUiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("quizui.sqlite"))).ok());
        Learner learner;
        learner.displayName = QStringLiteral("Nadia");
        m_learnerId = *LearnerStore(m_db.connection()).add(learner);
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void answersAQuizWithTheKeyboardAlone()
    {
        m_learner.setLearner(m_learnerId, QStringLiteral("Nadia"));
        QuizzesScreen screen(m_db, m_library, m_learner);
        screen.resize(1000, 700);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.activate();
        // Alt+S is the "Start the quiz" mnemonic; the first module and "before" quiz are selected.
        QTest::keyClick(&screen, Qt::Key_S, Qt::AltModifier);
        QuizRunner *runner = screen.runner();
        QTRY_VERIFY(runner->isVisible());
        QuizSession *session = runner->session();
        QCOMPARE(session->kind(), QuizSession::Kind::Pre);
        QCOMPARE(session->count(), 3);

        for (int i = 0; i < session->count(); ++i) {
            QCOMPARE(runner->currentIndex(), i);
            const Question &question = session->question(i);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (question.type == QuestionType::SelfAssessment) {
                QTest::keyClick(focus, Qt::Key_4); // "4 — Mostly"
                QTest::keyClick(focus, Qt::Key_Return);
                continue;
            }
            // Press the digit of the correct option in the shuffled order shown.
            const QStringList order = session->displayOrder(i);
            int number = 0;
            for (int o = 0; o < order.size(); ++o)
                for (const QuizOption &option : question.options)
                    if (option.id == order.at(o) && option.correct)
                        number = o + 1;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + number));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // check
            auto *feedback = runner->findChild<QLabel *>(QStringLiteral("feedback"));
            QVERIFY(feedback->isVisible());
            QVERIFY2(feedback->text().contains(QStringLiteral("Right")), qPrintable(feedback->text()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // next
        }
        QTRY_VERIFY(screen.review()->isVisible());
        QCOMPARE(screen.review()->scoreText(), QStringLiteral("You scored 2 out of 2 (100 %)"));

        // Stored: one finished attempt with every answer.
        const AttemptRecord attempt = *QuizResultStore(m_db.connection()).attempt(session->attemptId());
        QCOMPARE(attempt.learnerId, m_learnerId);
        QCOMPARE(attempt.kind, QStringLiteral("pre"));
        QVERIFY(!attempt.finishedAt.isEmpty());
        QCOMPARE(attempt.score, 2.0);
        QCOMPARE(attempt.answers.size(), 3);
        QCOMPARE(attempt.answers.value(QStringLiteral("s-03")).answer.scale, 4);
        QVERIFY(!attempt.answers.value(QStringLiteral("s-03")).scored);

        // Back on the setup page, the learner's results show the "before" score.
        QTest::mouseClick(screen.review()->findChild<QPushButton *>(QStringLiteral("backToQuizzes")), Qt::LeftButton);
        auto *results = screen.findChild<QTableWidget *>(QStringLiteral("quizResults"));
        QTRY_VERIFY(results->isVisible());
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->item(0, 1)->text(), QStringLiteral("100 %"));
        QCOMPARE(results->item(0, 2)->text(), QStringLiteral("—"));
        m_learner.setGuest();
    }

    void wrongAnswersLeadBackToTheLesson()
    {
        QuizzesScreen screen(m_db, m_library, m_learner);
        screen.show();
        screen.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        screen.activate();
        QVERIFY(screen.startQuiz(QStringLiteral("sample-basics"), QStringLiteral("practice"), 11));
        QuizRunner *runner = screen.runner();
        for (int i = 0; i < runner->session()->count(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // no answer: check
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // next
        }
        QTRY_VERIFY(screen.review()->isVisible());
        QCOMPARE(screen.review()->scoreText(), QStringLiteral("You scored 0 out of 2 (0 %)"));
        QSignalSpy requested(&screen, &QuizzesScreen::lessonPageRequested);
        auto *revisit = screen.review()->findChild<QPushButton *>(QStringLiteral("revisit-01-welcome"));
        QVERIFY(revisit);
        revisit->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("01-welcome"));
        // A guest's quiz left nothing behind.
        QSqlQuery query(m_db.connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM quiz_attempts WHERE kind = 'practice'"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void groupResultsShowWhatToExplainAgain()
    {
        Workshop workshop;
        workshop.title = QStringLiteral("Atelier du jeudi");
        workshop.start = QDateTime(QDate(2026, 11, 19), QTime(14, 0));
        workshop.modules = {QStringLiteral("sample-basics")};
        const qint64 workshopId = *WorkshopStore(m_db.connection()).add(workshop);
        Learner other;
        other.displayName = QStringLiteral("Other");
        const qint64 otherId = *LearnerStore(m_db.connection()).add(other);
        const Module *module = m_library.module(QStringLiteral("sample-basics"));
        for (const auto &[learner, right] : {std::pair{m_learnerId, true}, std::pair{otherId, false}}) {
            auto started = QuizSession::start(m_db.connection(), *module, m_library.quiz(*module), QuizSession::Kind::Post,
                                              QStringLiteral("en"), {learner, workshopId, 3, false});
            QVERIFY(started.ok());
            QuizSession &session = **started;
            for (int i = 0; i < session.count(); ++i) {
                Answer answer;
                for (const QuizOption &option : session.question(i).options)
                    if (option.correct == right)
                        answer.choices = {option.id};
                answer.scale = 3;
                QVERIFY(session.answer(i, answer).ok());
            }
            QVERIFY(session.finish().ok());
        }
        GroupResultsDialog dialog(m_db.connection(), m_library, QStringLiteral("en"));
        QVERIFY(dialog.selectWorkshop(workshopId));
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("50 %")), qPrintable(dialog.summaryText()));
        QTableWidget *questions = dialog.questionTable();
        QCOMPARE(questions->rowCount(), 2);
        QCOMPARE(questions->item(0, 1)->text(), QStringLiteral("50 %"));
        const QString all = questions->item(0, 0)->text() + questions->item(1, 0)->text();
        QVERIFY(!all.contains(QStringLiteral("Nadia")) && !all.contains(QStringLiteral("Other"))); // no names
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    ModuleLibrary m_library{QStringLiteral(MEDIATELIER_FIXTURES "/packs"), QStringLiteral("/nonexistent")};
    LearnerSession m_learner;
    qint64 m_learnerId = 0;
};

QTEST_MAIN(QuizUiTest)
#include "tst_quizui.moc"
