// SPDX-License-Identifier: GPL-3.0-or-later
// Quiz group mode: the tally's arithmetic, the projected window driven by the keyboard (counts,
// reveal, chart, navigation, Escape), the launcher, and no person named anywhere.
#include "testsupport.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "learners/learnerstore.h"
#include "quiz/groupmodelauncher.h"
#include "quiz/groupmodewindow.h"
#include "quiz/grouptally.h"
#include "quiz/tallychart.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {
QuizOption option(const QString &id, bool correct)
{
    QuizOption result;
    result.id = id;
    result.correct = correct;
    result.text.insert(QStringLiteral("en"), id.toUpper());
    return result;
}

Question question(QuestionType type, const QList<QuizOption> &options)
{
    Question result;
    result.id = QStringLiteral("q");
    result.type = type;
    result.options = options;
    return result;
}

QSpinBox *hands(const GroupModeWindow &window, int row)
{
    return window.findChild<QSpinBox *>(QStringLiteral("hands%1").arg(row));
}

QString labelText(const QWidget &window, const QString &name)
{
    auto *label = window.findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

// Every text a person in the room could read on the window.
QStringList visibleTexts(const QWidget &window)
{
    QStringList texts{window.windowTitle()};
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisibleTo(&window))
            texts << label->text();
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
        if (button->isVisibleTo(&window))
            texts << button->text();
    for (QTableWidget *table : window.findChildren<QTableWidget *>())
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < table->columnCount(); ++column)
                if (table->item(row, column))
                    texts << table->item(row, column)->text();
    return texts;
}

void saveScreenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("MEDIATELIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(window.grab().save(dir + QLatin1Char('/') + name));
}
} // namespace

class GroupModeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        qRegisterMetaType<GroupModeWindow *>();
        QVERIFY(m_library.module(QStringLiteral("sample-basics")));
    }

    void tallyComputesShares()
    {
        GroupTally tally(question(QuestionType::Single,
                                  {option("a", true), option("b", false), option("c", false)}));
        QVERIFY(tally.setCount(QStringLiteral("a"), 3));
        QVERIFY(tally.setCount(QStringLiteral("b"), 1));
        QCOMPARE(tally.total(), 4);
        QCOMPARE(tally.percent(QStringLiteral("a")), 75.0);
        QCOMPARE(tally.percent(QStringLiteral("b")), 25.0);
        QCOMPARE(tally.percent(QStringLiteral("c")), 0.0);
        QCOMPARE(tally.correctPercent(), 75.0);
        QCOMPARE(tally.correctOptionIds(), QStringList{QStringLiteral("a")});
        QVERIFY(tally.isCorrect(QStringLiteral("a")));
        QVERIFY(!tally.isCorrect(QStringLiteral("b")));

        QVERIFY(tally.increment(QStringLiteral("c")));
        QCOMPARE(tally.count(QStringLiteral("c")), 1);
        QCOMPARE(tally.total(), 5);
        QCOMPARE(tally.percent(QStringLiteral("a")), 60.0);
        QCOMPARE(tally.correctPercent(), 60.0);

        // Unknown options and negative counts change nothing.
        QVERIFY(!tally.setCount(QStringLiteral("zz"), 4));
        QVERIFY(!tally.increment(QStringLiteral("zz")));
        QVERIFY(!tally.setCount(QStringLiteral("a"), -1));
        QCOMPARE(tally.count(QStringLiteral("a")), 3);
        QCOMPARE(tally.total(), 5);

        QVERIFY(tally.setCount(QStringLiteral("a"), 0)); // a correction down to zero
        QCOMPARE(tally.total(), 2);
        QCOMPARE(tally.correctPercent(), 0.0);
    }

    void tallyWithNoHandsIsZero()
    {
        GroupTally tally(
            question(QuestionType::TrueFalse, {option("true", false), option("false", true)}));
        QCOMPARE(tally.total(), 0);
        QCOMPARE(tally.percent(QStringLiteral("true")), 0.0);
        QCOMPARE(tally.percent(QStringLiteral("false")), 0.0);
        QCOMPARE(tally.correctPercent(), 0.0);
        QCOMPARE(tally.correctCount(), 0);
        tally.setCount(QStringLiteral("false"), 2);
        tally.clear();
        QCOMPARE(tally.total(), 0);
    }

    void tallyWithSeveralCorrectOptions()
    {
        GroupTally tally(question(QuestionType::Multiple, {option("a", true), option("b", false),
                                                           option("c", true), option("d", false)}));
        QCOMPARE(tally.correctOptionIds(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        tally.setCount(QStringLiteral("a"), 4);
        tally.setCount(QStringLiteral("b"), 2);
        tally.setCount(QStringLiteral("c"), 3);
        tally.setCount(QStringLiteral("d"), 1);
        QCOMPARE(tally.total(), 10);
        QCOMPARE(tally.correctCount(), 7);
        QCOMPARE(tally.correctPercent(), 70.0);
        QCOMPARE(tally.percent(QStringLiteral("c")), 30.0);
        double sum = 0;
        for (const QString &id : tally.optionIds())
            sum += tally.percent(id);
        QCOMPARE(sum, 100.0);
    }

    void onlyChoiceQuestionsAreOffered()
    {
        QVERIFY(GroupTally::supports(question(QuestionType::Single, {option("a", true)})));
        QVERIFY(GroupTally::supports(
            question(QuestionType::Multiple, {option("a", true), option("b", true)})));
        QVERIFY(GroupTally::supports(
            question(QuestionType::TrueFalse, {option("true", true), option("false", false)})));
        for (QuestionType type :
             {QuestionType::Ordering, QuestionType::Matching, QuestionType::Text,
              QuestionType::Numeric, QuestionType::SelfAssessment})
            QVERIFY2(!GroupTally::supports(question(type, {option("a", true)})),
                     qPrintable(QuizFormat::typeName(type)));
        QVERIFY(!GroupTally::supports(question(QuestionType::Single, {}))); // nothing to count
        QVERIFY(!GroupTally::supports(
            question(QuestionType::Single, {option("a", false)}))); // nothing to reveal

        const QuizDefinition quiz =
            m_library.quiz(*m_library.module(QStringLiteral("sample-basics")));
        QCOMPARE(quiz.questions.size(), 3);
        const QList<Question> group = GroupTally::groupQuestions(quiz);
        QCOMPARE(group.size(), 2); // s-03 is a self-assessment
        QCOMPARE(group.at(0).id, QStringLiteral("s-01"));
        QCOMPARE(group.at(1).id, QStringLiteral("s-02"));
    }

    void windowShowsTheFirstQuestion()
    {
        GroupModeWindow window(m_library, QStringLiteral("sample-basics"), QStringLiteral("en"));
        window.resize(1280, 720);
        window.show();
        QCOMPARE(window.questionCount(), 2);
        QCOMPARE(window.questionIndex(), 0);
        QCOMPARE(labelText(window, QStringLiteral("questionCounter")),
                 QStringLiteral("Question 1 of 2"));
        QCOMPARE(labelText(window, QStringLiteral("prompt")), QStringLiteral("Personal data is…"));
        const QStringList texts = visibleTexts(window);
        QVERIFY(texts.contains(QStringLiteral("A")));
        QVERIFY(texts.contains(QStringLiteral("B")));
        QVERIFY(!texts.contains(QStringLiteral("C")));
        QVERIFY(texts.contains(QStringLiteral("information about a person")));
        QVERIFY(texts.contains(QStringLiteral("a machine password")));
        QVERIFY(hands(window, 0)->isVisible());
        QVERIFY(hands(window, 1)->isVisible());
        QVERIFY(!hands(window, 2) || !hands(window, 2)->isVisible());
        QVERIFY(!window.isRevealed());
        QVERIFY(!window.chart()->isVisible());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("explanation"))->isVisible());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("hint"))->isVisible()); // single choice
        for (QWidget *widget : window.findChildren<QWidget *>())
            if (widget->isVisibleTo(&window) && widget->focusPolicy() != Qt::NoFocus &&
                !qobject_cast<QLabel *>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty() ||
                             !widget->property("text").toString().isEmpty(),
                         qPrintable(widget->objectName() + QLatin1Char(' ') +
                                    widget->metaObject()->className()));
    }

    void countsAreTypedAndRevealed()
    {
        GroupModeWindow window(m_library, QStringLiteral("sample-basics"), QStringLiteral("en"));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSpinBox *a = hands(window, 0);
        QSpinBox *b = hands(window, 1);
        QCOMPARE(QApplication::focusWidget(), a); // ready to count at once

        QTest::keyClick(a, Qt::Key_Up);
        QTest::keyClick(a, Qt::Key_Up);
        QTest::keyClick(a, Qt::Key_Plus);
        QTest::keyClick(a, Qt::Key_Plus);
        QTest::keyClick(a, Qt::Key_Minus);
        QCOMPARE(a->value(), 3);
        QTest::keyClick(a, Qt::Key_Right); // arrows stay with the spin box
        QCOMPARE(window.questionIndex(), 0);
        QTest::keyClick(a, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), b);
        QTest::keyClick(b, Qt::Key_Up);
        QCOMPARE(window.tally(0).count(QStringLiteral("a")), 3);
        QCOMPARE(window.tally(0).count(QStringLiteral("b")), 1);

        QTest::keyClick(b, Qt::Key_Return);
        QVERIFY(window.isRevealed());
        QVERIFY(window.chart()->isVisible());
        QCOMPARE(window.chart()->values(), (QList<double>{75.0, 25.0}));
        QCOMPARE(window.chart()->correctBars(), QList<int>{0});
        QCOMPARE(window.chart()->categories(),
                 (QStringList{QStringLiteral("A ✓"), QStringLiteral("B")}));
        QCOMPARE(labelText(window, QStringLiteral("explanation")),
                 QStringLiteral("It is about a person."));
        const QString answer = labelText(window, QStringLiteral("answer"));
        QCOMPARE(answer, QStringLiteral("Correct answer: A"));
        QCOMPARE(labelText(window, QStringLiteral("share")),
                 QStringLiteral("75 % of the raised hands went to a correct answer."));
        QCOMPARE(labelText(window, QStringLiteral("feedback")),
                 QStringLiteral("A. information about a person — Yes."));
        QTableWidget *table = window.chart()->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("3"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("25 %"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Yes"));
        QVERIFY(!table->accessibleName().isEmpty());
        QVERIFY(!window.chart()->view()->accessibleName().isEmpty());

        // Counts stay editable; the chart follows.
        QTest::keyClick(b, Qt::Key_Up);
        QCOMPARE(window.chart()->values(), (QList<double>{60.0, 40.0}));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("2"));

        // The mouse buttons do the same.
        for (QToolButton *button : window.findChildren<QToolButton *>())
            if (button->accessibleName() == QStringLiteral("One hand more for option A"))
                QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(a->value(), 4);
        QCOMPARE(window.chart()->values(),
                 (QList<double>{window.tally(0).percent(QStringLiteral("a")),
                                window.tally(0).percent(QStringLiteral("b"))}));
        QCOMPARE(qRound(window.chart()->values().at(0)), 67);
        QTest::keyClick(b, Qt::Key_H);
        QVERIFY(!window.isRevealed());
        QTest::keyClick(&window, Qt::Key_S);
        QVERIFY(window.isRevealed());
    }

    void pagesKeepTheirCounts()
    {
        GroupModeWindow window(m_library, QStringLiteral("sample-basics"), QStringLiteral("en"));
        QSignalSpy changed(&window, &GroupModeWindow::questionChanged);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(hands(window, 0), Qt::Key_Up);
        QTest::keyClick(hands(window, 0), Qt::Key_Up);
        QTest::keyClick(hands(window, 1), Qt::Key_Up);
        QTest::keyClick(hands(window, 1), Qt::Key_Return);

        QTest::keyClick(hands(window, 1), Qt::Key_PageDown); // even from a spin box
        QCOMPARE(window.questionIndex(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(labelText(window, QStringLiteral("questionCounter")),
                 QStringLiteral("Question 2 of 2"));
        QCOMPARE(labelText(window, QStringLiteral("prompt")),
                 QStringLiteral("An algorithm is a list of steps."));
        const QStringList texts = visibleTexts(window);
        QVERIFY(texts.contains(QStringLiteral("True")));
        QVERIFY(texts.contains(QStringLiteral("False")));
        QVERIFY(!window.isRevealed());
        QCOMPARE(hands(window, 0)->value(), 0);
        QCOMPARE(hands(window, 1)->value(), 0);
        QTest::keyClick(hands(window, 1), Qt::Key_Up);

        QTest::keyClick(&window, Qt::Key_PageDown); // the self-assessment s-03 is not offered
        QCOMPARE(window.questionIndex(), 1);

        QTest::keyClick(hands(window, 0), Qt::Key_PageUp);
        QCOMPARE(window.questionIndex(), 0);
        QCOMPARE(hands(window, 0)->value(), 2);
        QCOMPARE(hands(window, 1)->value(), 1);
        QVERIFY(window.isRevealed()); // as it was left
        QCOMPARE(window.chart()->values().size(), 2);

        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.questionIndex(), 1);
        QCOMPARE(window.tally(1).count(QStringLiteral("false")), 1);
        QTest::keyClick(window.findChild<QPushButton *>(QStringLiteral("revealAnswers")),
                        Qt::Key_Left);
        QCOMPARE(window.questionIndex(), 0);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("nextQuestion")),
                          Qt::LeftButton);
        QCOMPARE(window.questionIndex(), 1);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.questionIndex(), 0);
    }

    void escapeCloses()
    {
        GroupModeWindow window(m_library, QStringLiteral("sample-basics"), QStringLiteral("en"));
        QSignalSpy closed(&window, &GroupModeWindow::closed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(hands(window, 0), Qt::Key_Escape);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!window.isVisible());
    }

    void unknownModuleSaysSo()
    {
        GroupModeWindow window(m_library, QStringLiteral("no-such-module"), QStringLiteral("en"));
        window.show();
        QCOMPARE(window.questionCount(), 0);
        QCOMPARE(window.questionIndex(), -1);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("emptyMessage"))->isVisible());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("emptyMessage"))->text().isEmpty());
        for (Qt::Key key :
             {Qt::Key_PageDown, Qt::Key_PageUp, Qt::Key_Return, Qt::Key_S, Qt::Key_End})
            QTest::keyClick(&window, key); // nothing to do, nothing breaks
        QVERIFY(!window.isRevealed());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void nothingAboutPeopleIsShownOrKept()
    {
        // A database with a learner in it: the group window neither reads nor shows it.
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("group.sqlite"))).ok());
        Learner learner;
        learner.displayName = QStringLiteral("Zoubida");
        QVERIFY(LearnerStore(db.connection()).add(learner).ok());

        {
            GroupModeWindow window(m_library, QStringLiteral("sample-basics"),
                                   QStringLiteral("en"));
            window.show();
            QTest::keyClick(hands(window, 0), Qt::Key_Up);
            QTest::keyClick(hands(window, 0), Qt::Key_Return);
            for (const QString &text : visibleTexts(window))
                QVERIFY2(!text.contains(QStringLiteral("Zoubida")), qPrintable(text));
        }
        // Counts live only as long as the window.
        GroupModeWindow again(m_library, QStringLiteral("sample-basics"), QStringLiteral("en"));
        QCOMPARE(again.tally(0).total(), 0);
        QCOMPARE(hands(again, 0)->value(), 0);
    }

    void bundledModuleWithManyQuestions()
    {
        QTemporaryDir user;
        const ModuleLibrary bundled(QStringLiteral(":/lessons"), user.path());
        const Module *module = bundled.module(QStringLiteral("personal-data"));
        QVERIFY(module);
        const int expected = int(GroupTally::groupQuestions(bundled.quiz(*module)).size());
        QVERIFY(expected > 5);

        GroupModeWindow window(bundled, module->id, QStringLiteral("en"));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.questionCount(), expected);
        for (int i = 1; i < expected; ++i)
            QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.questionIndex(), expected - 1);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(window.questionIndex(), 0);

        // pd-01: several correct options, five options; the screenshot of a realistic screen.
        QCOMPARE(window.tally(0).question().type, QuestionType::Multiple);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("hint"))->isVisible());
        const QList<int> counts{8, 6, 2, 3, 1};
        for (int i = 0; i < counts.size(); ++i) {
            QVERIFY(hands(window, i)->isVisible());
            hands(window, i)->setValue(counts.at(i));
        }
        QTest::keyClick(hands(window, 0), Qt::Key_S);
        QVERIFY(window.isRevealed());
        const GroupTally &tally = window.tally(0);
        QList<double> expectedValues;
        for (const QString &id : tally.optionIds())
            expectedValues.append(tally.percent(id));
        QCOMPARE(window.chart()->values(), expectedValues);
        QCOMPARE(window.chart()->correctBars(), (QList<int>{0, 1, 2}));
        QCOMPARE(tally.correctPercent(), 80.0);
        QCOMPARE(labelText(window, QStringLiteral("answer")),
                 QStringLiteral("Correct answers: A, B, C"));
        QCOMPARE(labelText(window, QStringLiteral("share")),
                 QStringLiteral("80 % of the raised hands went to a correct answer."));
        QTest::qWait(20);
        QVERIFY2(window.height() <= 720,
                 qPrintable(QString::number(window.height()))); // fits a 1280×720 projector
        saveScreenshot(window, QStringLiteral("group-mode.png"));

        QTest::keyClick(&window, Qt::Key_PageDown); // a true/false question, before the reveal
        hands(window, 0)->setValue(12);
        hands(window, 1)->setValue(5);
        QTest::qWait(20);
        saveScreenshot(window, QStringLiteral("group-mode-counting.png"));
    }

    void launcherStartsTheWindow()
    {
        QWidget owner;
        auto *launcher = new GroupModeLauncher(m_library, QStringLiteral("en"), &owner);
        QVERIFY(launcher->moduleCount() >= 1);
        QVERIFY(launcher->selectModule(QStringLiteral("sample-basics")));
        QVERIFY(!launcher->selectModule(QStringLiteral("no-such-module")));
        QVERIFY(launcher->findChild<QLabel *>(QStringLiteral("groupModeSummary"))
                    ->text()
                    .contains(QStringLiteral("2")));
        QSignalSpy started(launcher, &GroupModeLauncher::started);
        launcher->show();
        QTest::mouseClick(launcher->findChild<QPushButton *>(QStringLiteral("startGroupMode")),
                          Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        auto *window = started.at(0).at(0).value<GroupModeWindow *>();
        QVERIFY(window);
        QVERIFY(window->isVisible());
        QCOMPARE(window->questionCount(), 2);
        QCOMPARE(window->parentWidget(), &owner); // outlives the dialog
        QVERIFY(!launcher->isVisible());
        delete launcher;
        QPointer<GroupModeWindow> guard(window);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull()); // deleted when closed
    }

private:
    QTemporaryDir m_dir;
    ModuleLibrary m_library{QStringLiteral(MEDIATELIER_FIXTURES "/packs"),
                            QStringLiteral("/nonexistent")};
};

QTEST_MAIN(GroupModeTest)
#include "tst_groupmode.moc"
