// SPDX-License-Identifier: GPL-3.0-or-later
// Quizzes: the scoring of every type (with partial-credit edge cases), feedback, attempts stored
// and resumed, nothing stored for a guest, before/after gain, a workshop's group results.
#include "testsupport.h"

#include "content/modulelibrary.h"
#include "learners/learnerstore.h"
#include "quiz/quizresultstore.h"
#include "quiz/quizsession.h"
#include "quiz/scoring.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

template <typename T>
T take(Result<T> &&result)
{
    if (!result.ok())
        qFatal("%s", qPrintable(result.error()));
    return std::move(result.value());
}

QuizOption option(const QString &id, bool correct, const QString &feedback = {})
{
    return {id, {{QStringLiteral("en"), id}}, correct, {{QStringLiteral("en"), feedback}}};
}

Answer choose(const QStringList &ids)
{
    Answer a;
    a.choices = ids;
    return a;
}

int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class QuizTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("quiz.sqlite"))).ok());
        Learner learner;
        learner.displayName = QStringLiteral("Karim");
        m_learner = *LearnerStore(m_db.connection()).add(learner);
        learner.displayName = QStringLiteral("Lucie");
        m_other = *LearnerStore(m_db.connection()).add(learner);
        m_module = m_library.module(QStringLiteral("sample-basics"));
        QVERIFY(m_module);
        m_quiz = m_library.quiz(*m_module);
        QCOMPARE(m_quiz.questions.size(), 3);
    }

    void singleAndTrueFalse()
    {
        Question q;
        q.type = QuestionType::Single;
        q.options = {option(QStringLiteral("a"), true, QStringLiteral("Yes")), option(QStringLiteral("b"), false, QStringLiteral("No"))};
        QCOMPARE(Scoring::grade(q, choose({QStringLiteral("a")}), QStringLiteral("en")).credit, 1.0);
        QCOMPARE(Scoring::grade(q, choose({QStringLiteral("b")}), QStringLiteral("en")).credit, 0.0);
        QCOMPARE(Scoring::grade(q, choose({QStringLiteral("a"), QStringLiteral("b")}), QStringLiteral("en")).credit, 0.0);
        QCOMPARE(Scoring::grade(q, Answer(), QStringLiteral("en")).credit, 0.0);
        QCOMPARE(Scoring::feedbackFor(q, choose({QStringLiteral("b")}), QStringLiteral("en")), QStringList{QStringLiteral("No")});
    }

    void multipleChoicePartialCredit_data()
    {
        QTest::addColumn<QStringList>("chosen");
        QTest::addColumn<double>("credit");
        // Correct: a, b, c out of a, b, c, d, e.
        QTest::newRow("all right") << QStringList{"a", "b", "c"} << 1.0;
        QTest::newRow("two of three") << QStringList{"a", "b"} << 2.0 / 3;
        QTest::newRow("one right one wrong") << QStringList{"a", "d"} << 0.0;
        QTest::newRow("all right plus one wrong") << QStringList{"a", "b", "c", "d"} << 2.0 / 3;
        QTest::newRow("everything ticked") << QStringList{"a", "b", "c", "d", "e"} << 1.0 / 3;
        QTest::newRow("only wrong: never below zero") << QStringList{"d", "e"} << 0.0;
        QTest::newRow("nothing") << QStringList{} << 0.0;
    }

    void multipleChoicePartialCredit()
    {
        QFETCH(QStringList, chosen);
        QFETCH(double, credit);
        Question q;
        q.type = QuestionType::Multiple;
        for (const char *id : {"a", "b", "c"})
            q.options << option(QLatin1String(id), true);
        for (const char *id : {"d", "e"})
            q.options << option(QLatin1String(id), false);
        QVERIFY(qFuzzyCompare(1 + Scoring::grade(q, choose(chosen), QStringLiteral("en")).credit, 1 + credit));
    }

    void orderingMatchingTextNumericSelf()
    {
        Question ordering;
        ordering.type = QuestionType::Ordering;
        ordering.items = {option(QStringLiteral("x"), false), option(QStringLiteral("y"), false), option(QStringLiteral("z"), false)};
        Answer order;
        order.order = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
        QCOMPARE(Scoring::grade(ordering, order, QStringLiteral("en")).credit, 1.0);
        order.order = {QStringLiteral("x"), QStringLiteral("z"), QStringLiteral("y")};
        QCOMPARE(Scoring::grade(ordering, order, QStringLiteral("en")).credit, 0.0);

        Question matching;
        matching.type = QuestionType::Matching;
        for (const char *id : {"p1", "p2", "p3", "p4"})
            matching.pairs << MatchPair{QLatin1String(id), {}, {}};
        Answer match;
        match.matches = {{"p1", "p1"}, {"p2", "p2"}, {"p3", "p4"}, {"p4", "p3"}};
        QCOMPARE(Scoring::grade(matching, match, QStringLiteral("en")).credit, 0.5);

        Question text;
        text.type = QuestionType::Text;
        text.accepted = {{QStringLiteral("fr"), {QStringLiteral("Données personnelles")}}, {QStringLiteral("en"), {QStringLiteral("personal data")}}};
        Answer typed;
        typed.text = QStringLiteral("  DONNEES   personnelles. ");
        QCOMPARE(Scoring::grade(text, typed, QStringLiteral("fr")).credit, 1.0);
        typed.text = QStringLiteral("donnée personnelle");
        QCOMPARE(Scoring::grade(text, typed, QStringLiteral("fr")).credit, 0.0);
        typed.text = QStringLiteral("Personal Data");
        QCOMPARE(Scoring::grade(text, typed, QStringLiteral("en")).credit, 1.0);

        Question numeric;
        numeric.type = QuestionType::Numeric;
        numeric.answer = 2018;
        numeric.tolerance = 1;
        Answer number;
        number.hasNumber = true;
        number.number = 2017;
        QCOMPARE(Scoring::grade(numeric, number, QStringLiteral("en")).credit, 1.0);
        number.number = 2016;
        QCOMPARE(Scoring::grade(numeric, number, QStringLiteral("en")).credit, 0.0);
        QCOMPARE(Scoring::grade(numeric, Answer(), QStringLiteral("en")).credit, 0.0);

        Question self;
        self.type = QuestionType::SelfAssessment;
        Answer scale;
        scale.scale = 4;
        QVERIFY(!Scoring::grade(self, scale, QStringLiteral("en")).scored);
    }

    void answerRoundTripsThroughJson()
    {
        Answer answer;
        answer.choices = {QStringLiteral("a")};
        answer.order = {QStringLiteral("z"), QStringLiteral("y")};
        answer.matches = {{QStringLiteral("p1"), QStringLiteral("p2")}};
        answer.text = QStringLiteral("Élodie");
        answer.hasNumber = true;
        answer.number = 3.5;
        answer.scale = 5;
        const Answer back = Answer::fromJson(answer.toJson());
        QCOMPARE(back.choices, answer.choices);
        QCOMPARE(back.order, answer.order);
        QCOMPARE(back.matches, answer.matches);
        QCOMPARE(back.text, answer.text);
        QVERIFY(back.hasNumber);
        QCOMPARE(back.number, 3.5);
        QCOMPARE(back.scale, 5);
    }

    void shuffleIsSeededAndKindsSelectQuestions()
    {
        const auto first = take(QuizSession::start(m_db.connection(), *m_module, m_quiz, QuizSession::Kind::Pre,
                                               QStringLiteral("en"), {0, 0, 1234, false}));
        const auto second = take(QuizSession::start(m_db.connection(), *m_module, m_quiz, QuizSession::Kind::Pre,
                                                QStringLiteral("en"), {0, 0, 1234, false}));
        QCOMPARE(first->count(), 3); // 2 scored + 1 self-assessment
        for (int i = 0; i < first->count(); ++i) {
            QCOMPARE(first->question(i).id, second->question(i).id);
            QCOMPARE(first->displayOrder(i), second->displayOrder(i));
        }
        QCOMPARE(QuizSession::questionsFor(m_quiz, QuizSession::Kind::Practice).size(), 2); // no self statements
    }

    void guestAttemptStoresNothing()
    {
        const int before = count(m_db.connection(), QStringLiteral("quiz_attempts"));
        auto session = take(QuizSession::start(m_db.connection(), *m_module, m_quiz, QuizSession::Kind::Post,
                                           QStringLiteral("en"), {0, 0, 99, true}));
        answerAll(*session, true);
        QVERIFY(session->finish().ok());
        QCOMPARE(session->percent(), 100.0);
        QCOMPARE(count(m_db.connection(), QStringLiteral("quiz_attempts")), before);
        QCOMPARE(count(m_db.connection(), QStringLiteral("quiz_answers")), 0);
    }

    void attemptIsStoredAndResumed()
    {
        quint32 seed = 0;
        QString firstQuestion;
        {
            auto session = take(QuizSession::start(m_db.connection(), *m_module, m_quiz, QuizSession::Kind::Pre,
                                               QStringLiteral("fr"), {m_learner, 0, 777, true}));
            QVERIFY(session->attemptId() > 0);
            QVERIFY(!session->isResumed());
            seed = session->seed();
            firstQuestion = session->question(0).id;
            QVERIFY(session->answer(0, rightAnswer(session->question(0)), 1).ok());
            // interrupted here: the window closes
        }
        auto resumed = take(QuizSession::start(m_db.connection(), *m_module, m_quiz, QuizSession::Kind::Pre,
                                           QStringLiteral("fr"), {m_learner, 0, 0, true}));
        QVERIFY(resumed->isResumed());
        QCOMPARE(resumed->seed(), seed);
        QCOMPARE(resumed->question(0).id, firstQuestion);
        QVERIFY(resumed->isAnswered(0));
        QCOMPARE(resumed->confidenceAt(0), 1);
        QCOMPARE(resumed->firstUnanswered(), 1);
        for (int i = 1; i < resumed->count(); ++i)
            QVERIFY(resumed->answer(i, wrongAnswer(resumed->question(i)), 1).ok());
        QVERIFY(resumed->finish().ok());

        const AttemptRecord stored = *QuizResultStore(m_db.connection()).attempt(resumed->attemptId());
        QVERIFY(!stored.finishedAt.isEmpty());
        QCOMPARE(stored.answers.size(), 3);
        QCOMPARE(stored.maxScore, 2.0);
        QCOMPARE(stored.score, resumed->score());
        QCOMPARE(stored.kind, QStringLiteral("pre"));
        // A confident mistake is pointed out, with the page to revisit.
        QVERIFY(!resumed->confidentMistakes().isEmpty());
        QVERIFY(!resumed->pagesToRevisit().isEmpty());
        // The next pre-quiz starts afresh.
        auto next = take(QuizSession::start(m_db.connection(), *m_module, m_quiz, QuizSession::Kind::Pre,
                                        QStringLiteral("fr"), {m_learner, 0, 5, true}));
        QVERIFY(!next->isResumed());
    }

    void gainFromBeforeToAfter()
    {
        runQuiz(m_other, QuizSession::Kind::Pre, 0, false); // 0 %
        runQuiz(m_other, QuizSession::Kind::Post, 0, true); // 100 %
        const QList<ModuleGain> gains = *QuizResultStore(m_db.connection()).gains(m_other);
        QCOMPARE(gains.size(), 1);
        QCOMPARE(*gains.first().prePercent, 0.0);
        QCOMPARE(*gains.first().postPercent, 100.0);
        QCOMPARE(*gains.first().gain(), 100.0);
    }

    void groupResultsForAWorkshop()
    {
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO workshops (uuid, title, search_key, starts_at, start_month, duration_minutes, "
                                          "created_at, updated_at) VALUES ('w-1', 'Atelier', 'atelier', '2026-11-20T14:00', 202611, 90, "
                                          "'2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')")));
        const qint64 workshop = query.lastInsertId().toLongLong();
        runQuiz(m_learner, QuizSession::Kind::Post, workshop, true);
        runQuiz(m_other, QuizSession::Kind::Post, workshop, false);
        const GroupResults group = *QuizResultStore(m_db.connection()).workshopResults(workshop, m_module->id, QStringLiteral("post"));
        QCOMPARE(group.attempts, 2);
        QCOMPARE(group.averagePercent, 50.0);
        QCOMPARE(group.distribution, (QList<int>{1, 0, 0, 0, 1}));
        QCOMPARE(group.successByQuestion.value(QStringLiteral("s-01")), 0.5);
        QCOMPARE(group.answersByQuestion.value(QStringLiteral("s-02")), 2);
        QVERIFY(!group.successByQuestion.contains(QStringLiteral("s-03"))); // self-assessment: not scored
    }

private:
    Answer rightAnswer(const Question &q) const
    {
        Answer a;
        for (const QuizOption &o : q.options)
            if (o.correct)
                a.choices << o.id;
        a.scale = q.type == QuestionType::SelfAssessment ? 3 : 0;
        return a;
    }
    Answer wrongAnswer(const Question &q) const
    {
        Answer a;
        for (const QuizOption &o : q.options)
            if (!o.correct) {
                a.choices << o.id;
                break;
            }
        a.scale = q.type == QuestionType::SelfAssessment ? 1 : 0;
        return a;
    }
    void answerAll(QuizSession &session, bool right)
    {
        for (int i = 0; i < session.count(); ++i)
            QVERIFY(session.answer(i, right ? rightAnswer(session.question(i)) : wrongAnswer(session.question(i))).ok());
    }
    void runQuiz(qint64 learner, QuizSession::Kind kind, qint64 workshop, bool right)
    {
        auto session = take(QuizSession::start(m_db.connection(), *m_module, m_quiz, kind, QStringLiteral("en"),
                                           {learner, workshop, 42, false}));
        answerAll(*session, right);
        QVERIFY(session->finish().ok());
    }

    QTemporaryDir m_dir;
    Database m_db;
    ModuleLibrary m_library{QStringLiteral(MEDIATELIER_FIXTURES "/packs"), QStringLiteral("/nonexistent")};
    const Module *m_module = nullptr;
    QuizDefinition m_quiz;
    qint64 m_learner = 0;
    qint64 m_other = 0;
};

QTEST_GUILESS_MAIN(QuizTest)
#include "tst_quiz.moc"
