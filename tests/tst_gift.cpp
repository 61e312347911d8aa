// SPDX-License-Identifier: GPL-3.0-or-later
// Moodle GIFT import and export: every supported question type from a fixture corpus, escapes,
// multi-line questions, titles and ids, skipped questions with their lines, syntax errors with
// their exact line and nothing imported, and write -> parse round trips.
#include "testsupport.h"

#include "quiz/giftformat.h"

#include <QFile>
#include <QTest>

namespace {

const QString fr = QStringLiteral("fr");

QString readFixture(const QString &name)
{
    QFile file(TestSupport::fixture(QStringLiteral("gift/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

GiftFormat::ParseResult parseFixture(const QString &name,
                                     const QString &prefix = QStringLiteral("gift"))
{
    return GiftFormat::parse(readFixture(name), fr, prefix);
}

QString describe(const QuizOption &o)
{
    return QStringLiteral("%1|%2|%3")
        .arg(o.text.value(fr), o.correct ? QStringLiteral("right") : QStringLiteral("wrong"),
             o.feedback.value(fr));
}

// A difference between two questions in French, or an empty string when they are equivalent
// (option and pair ids aside: GIFT does not carry them).
QString difference(const Question &a, const Question &b)
{
    if (a.id != b.id)
        return QStringLiteral("id %1 vs %2").arg(a.id, b.id);
    if (a.type != b.type)
        return QStringLiteral("%1: type %2 vs %3")
            .arg(a.id, QuizFormat::typeName(a.type), QuizFormat::typeName(b.type));
    if (a.prompt.value(fr) != b.prompt.value(fr))
        return QStringLiteral("%1: prompt '%2' vs '%3'")
            .arg(a.id, a.prompt.value(fr), b.prompt.value(fr));
    if (a.explanation.value(fr) != b.explanation.value(fr))
        return QStringLiteral("%1: explanation '%2' vs '%3'")
            .arg(a.id, a.explanation.value(fr), b.explanation.value(fr));
    if (a.options.size() != b.options.size())
        return QStringLiteral("%1: %2 vs %3 options")
            .arg(a.id)
            .arg(a.options.size())
            .arg(b.options.size());
    for (qsizetype i = 0; i < a.options.size(); ++i) {
        if (describe(a.options[i]) != describe(b.options[i]))
            return QStringLiteral("%1: option '%2' vs '%3'")
                .arg(a.id, describe(a.options[i]), describe(b.options[i]));
        if (a.type == QuestionType::TrueFalse && a.options[i].id != b.options[i].id)
            return QStringLiteral("%1: true/false option ids differ").arg(a.id);
    }
    if (a.accepted.value(fr) != b.accepted.value(fr))
        return QStringLiteral("%1: accepted %2 vs %3")
            .arg(a.id, a.accepted.value(fr).join(u'|'), b.accepted.value(fr).join(u'|'));
    if (a.pairs.size() != b.pairs.size())
        return QStringLiteral("%1: %2 vs %3 pairs")
            .arg(a.id)
            .arg(a.pairs.size())
            .arg(b.pairs.size());
    for (qsizetype i = 0; i < a.pairs.size(); ++i)
        if (a.pairs[i].left.value(fr) != b.pairs[i].left.value(fr) ||
            a.pairs[i].right.value(fr) != b.pairs[i].right.value(fr))
            return QStringLiteral("%1: pair %2 differs").arg(a.id).arg(i);
    if (a.answer != b.answer || a.tolerance != b.tolerance)
        return QStringLiteral("%1: %2±%3 vs %4±%5")
            .arg(a.id)
            .arg(a.answer)
            .arg(a.tolerance)
            .arg(b.answer)
            .arg(b.tolerance);
    return {};
}

QString roundTripDifference(const QList<Question> &questions)
{
    int skipped = -1;
    const QString gift = GiftFormat::write(questions, fr, &skipped);
    if (skipped != 0)
        return QStringLiteral("%1 skipped on write").arg(skipped);
    const GiftFormat::ParseResult back = GiftFormat::parse(gift, fr, QStringLiteral("back"));
    if (!back.ok())
        return QStringLiteral("line %1: %2\n%3").arg(back.errorLine).arg(back.error, gift);
    if (!back.skipped.isEmpty())
        return QStringLiteral("skipped on read: %1\n%2").arg(back.skipped.first().reason, gift);
    if (back.questions.size() != questions.size())
        return QStringLiteral("%1 questions back instead of %2\n%3")
            .arg(back.questions.size())
            .arg(questions.size())
            .arg(gift);
    for (qsizetype i = 0; i < questions.size(); ++i)
        if (const QString diff = difference(questions[i], back.questions[i]); !diff.isEmpty())
            return diff + QLatin1Char('\n') + gift;
    return {};
}

LocalizedText t(const QString &text)
{
    return {{fr, text}};
}

QuizOption option(const QString &id, const QString &text, bool correct,
                  const QString &feedback = {})
{
    return {id, t(text), correct, feedback.isEmpty() ? LocalizedText() : t(feedback)};
}

Question question(const QString &id, QuestionType type, const QString &prompt,
                  const QString &explanation = {})
{
    Question q;
    q.id = id;
    q.type = type;
    q.prompt = t(prompt);
    if (!explanation.isEmpty())
        q.explanation = t(explanation);
    return q;
}

QStringList ids(const QList<Question> &questions)
{
    QStringList list;
    for (const Question &q : questions)
        list << q.id;
    return list;
}

QList<int> skippedLines(const GiftFormat::ParseResult &result)
{
    QList<int> lines;
    for (const GiftFormat::Skipped &s : result.skipped)
        lines << s.line;
    return lines;
}

} // namespace

class GiftTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolate(); }

    void choiceQuestions()
    {
        const auto result = parseFixture(QStringLiteral("choice.gift"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.skipped.isEmpty());
        QCOMPARE(result.categories, QStringList{QStringLiteral("$course$/Mediatelier/Données")});
        QCOMPARE(ids(result.questions),
                 (QStringList{QStringLiteral("q1-donnees"), QStringLiteral("personal-data"),
                              QStringLiteral("weights"), QStringLiteral("one-by-weight"),
                              QStringLiteral("partial")}));

        const Question &single = result.questions[0];
        QCOMPARE(single.type, QuestionType::Single);
        QCOMPARE(single.prompt, t(QStringLiteral("Que veut dire « minimisation des données » ?")));
        QCOMPARE(single.explanation,
                 t(QStringLiteral("La minimisation porte sur la quantité d'informations.")));
        QCOMPARE(single.options.size(), 3);
        QCOMPARE(single.options[0].id, QStringLiteral("a"));
        QCOMPARE(single.options[2].id, QStringLiteral("c"));
        QCOMPARE(
            describe(single.options[0]),
            QStringLiteral("Ne donner que le nécessaire|right|Oui : c'est l'article 5 du RGPD."));
        QCOMPARE(describe(single.options[1]),
                 QStringLiteral("Réduire la taille des fichiers|wrong|Non."));
        QCOMPARE(describe(single.options[2]), QStringLiteral("Tout effacer|wrong|"));
        QVERIFY(single.options[2].feedback.isEmpty());
        QCOMPARE(single.prompt.keys(), QStringList{fr}); // the given language only

        const Question &severalEquals = result.questions[1];
        QCOMPARE(severalEquals.type, QuestionType::Multiple);
        QCOMPARE(describe(severalEquals.options[0]), QStringLiteral("A name|right|Yes"));
        QCOMPARE(describe(severalEquals.options[1]), QStringLiteral("An e-mail address|right|"));
        QCOMPARE(describe(severalEquals.options[2]), QStringLiteral("Today's weather|wrong|No"));

        const Question &weights = result.questions[2];
        QCOMPARE(weights.type, QuestionType::Multiple);
        QCOMPARE(describe(weights.options[0]), QStringLiteral("A strong password|right|Right"));
        QCOMPARE(describe(weights.options[1]), QStringLiteral("Updates|right|"));
        QCOMPARE(describe(weights.options[2]), QStringLiteral("Sharing your code|wrong|Never"));

        // No "=" at all: Moodle's multiple-answer form, even with a single right option.
        const Question &oneByWeight = result.questions[3];
        QCOMPARE(oneByWeight.type, QuestionType::Multiple);
        QCOMPARE(oneByWeight.options[0].correct, true);
        QCOMPARE(oneByWeight.options[1].correct, false);

        // A positive partial weight makes a second right option.
        const Question &partial = result.questions[4];
        QCOMPARE(partial.type, QuestionType::Multiple);
        QCOMPARE(partial.options[0].correct, true);
        QCOMPARE(partial.options[1].correct, true);
        QCOMPARE(partial.options[2].correct, false);
    }

    void trueFalseQuestions()
    {
        const auto result = parseFixture(QStringLiteral("truefalse.gift"), QStringLiteral("tf"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(ids(result.questions),
                 (QStringList{QStringLiteral("tf-plain"), QStringLiteral("tf-false"),
                              QStringLiteral("tf-true"), QStringLiteral("tf-04")}));
        for (const Question &q : result.questions) {
            QCOMPARE(q.type, QuestionType::TrueFalse);
            QCOMPARE(q.options.size(), 2);
            QCOMPARE(q.options[0].id, QStringLiteral("true"));
            QCOMPARE(q.options[1].id, QStringLiteral("false"));
        }
        QVERIFY(result.questions[0].options[0].correct);
        QVERIFY(!result.questions[0].options[1].correct);
        QVERIFY(result.questions[0].options[0].feedback.isEmpty());

        // {FALSE#when wrong#when right}: choosing "true" is the wrong answer.
        const Question &isFalse = result.questions[1];
        QCOMPARE(describe(isFalse.options[0]),
                 QStringLiteral("|wrong|Wrong: it may keep your words."));
        QCOMPARE(describe(isFalse.options[1]), QStringLiteral("|right|Right, it may keep them."));
        QCOMPARE(isFalse.prompt, t(QStringLiteral("A free chatbot keeps nothing you type.")));

        const Question &isTrue = result.questions[2];
        QCOMPARE(describe(isTrue.options[0]), QStringLiteral("|right|Yes."));
        QCOMPARE(describe(isTrue.options[1]), QStringLiteral("|wrong|No, it can."));
        QCOMPARE(isTrue.explanation, t(QStringLiteral("Open data has an open licence.")));

        QVERIFY(!result.questions[3].options[0].correct);
        QVERIFY(result.questions[3].options[1].correct);
        QCOMPARE(result.questions[3].prompt,
                 t(QStringLiteral("Bias comes only from bad programmers.")));
    }

    void shortAnswerAndMatching()
    {
        const auto result = parseFixture(QStringLiteral("short-matching.gift"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(ids(result.questions),
                 (QStringList{QStringLiteral("short"), QStringLiteral("capital"),
                              QStringLiteral("match"), QStringLiteral("two-pairs")}));
        QCOMPARE(result.questions[0].type, QuestionType::Text);
        QCOMPARE(result.questions[0].accepted.value(fr),
                 (QStringList{QStringLiteral("four"), QStringLiteral("4")}));
        QCOMPARE(result.questions[0].accepted.keys(), QStringList{fr});
        QCOMPARE(result.questions[1].type, QuestionType::Text);
        QCOMPARE(result.questions[1].accepted.value(fr),
                 (QStringList{QStringLiteral("Brussels"), QStringLiteral("Bruxelles"),
                              QStringLiteral("Brussel")}));

        const Question &match = result.questions[2];
        QCOMPARE(match.type, QuestionType::Matching);
        QCOMPARE(match.pairs.size(), 3);
        QCOMPARE(match.pairs[0].id, QStringLiteral("p1"));
        QCOMPARE(match.pairs[2].id, QStringLiteral("p3"));
        QCOMPARE(match.pairs[1].left, t(QStringLiteral("A map app")));
        QCOMPARE(match.pairs[1].right, t(QStringLiteral("where you go")));
        QCOMPARE(match.pairs[2].right, t(QStringLiteral("your heart rate")));
        QCOMPARE(match.explanation,
                 t(QStringLiteral("Each service collects the data it needs, and often more.")));

        QCOMPARE(result.questions[3].type, QuestionType::Matching);
        QCOMPARE(result.questions[3].pairs.size(), 2);
        QCOMPARE(result.questions[3].pairs[0].left, t(QStringLiteral("cat")));
        QCOMPARE(result.questions[3].pairs[1].right, t(QStringLiteral("dog food")));
    }

    void numericQuestions()
    {
        const auto result = parseFixture(QStringLiteral("numeric.gift"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.questions.size(), 5);
        for (const Question &q : result.questions)
            QCOMPARE(q.type, QuestionType::Numeric);
        QCOMPARE(result.questions[0].answer, 8.0);
        QCOMPARE(result.questions[0].tolerance, 0.0);
        QCOMPARE(result.questions[1].answer, 3.1);
        QCOMPARE(result.questions[1].tolerance, 0.05);
        QCOMPARE(result.questions[2].id, QStringLiteral("range"));
        QCOMPARE(result.questions[2].answer, 15.0);   // midpoint
        QCOMPARE(result.questions[2].tolerance, 5.0); // half-width
        QCOMPARE(result.questions[3].answer, 1947.0); // the first full-credit answer
        QCOMPARE(result.questions[3].tolerance, 0.0);
        QCOMPARE(result.questions[4].answer, -3.0);
        QCOMPARE(result.questions[4].explanation, t(QStringLiteral("Simple.")));
    }

    void escapesMultiLineFormatsAndIds()
    {
        const auto result = parseFixture(QStringLiteral("text.gift"), QStringLiteral("text"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.skipped.isEmpty());
        QCOMPARE(result.categories, (QStringList{QStringLiteral("$course$/top/Texts"),
                                                 QStringLiteral("$course$/top/Other")}));
        // Titles become ids when they slugify to a fresh id; the others get <prefix>-NN, never a
        // taken one.
        QCOMPARE(ids(result.questions),
                 (QStringList{QStringLiteral("escapes"), QStringLiteral("multi-line"),
                              QStringLiteral("format"), QStringLiteral("text-04"),
                              QStringLiteral("dup"), QStringLiteral("text-07"),
                              QStringLiteral("text-06"), QStringLiteral("text-08")}));

        const Question &escapes = result.questions[0];
        QCOMPARE(escapes.type, QuestionType::Single);
        QCOMPARE(escapes.prompt, t(QStringLiteral("In GIFT, how do you write { } = ~ # and :?")));
        QCOMPARE(describe(escapes.options[0]),
                 QStringLiteral("With a backslash: \\ before it|right|Yes = exactly"));
        QCOMPARE(describe(escapes.options[1]),
                 QStringLiteral("With quotes ~ like \"this\"|wrong|"));

        const Question &multiLine = result.questions[1];
        QCOMPARE(
            multiLine.prompt,
            t(QStringLiteral(
                "This question is written over three lines.\nThis sentence starts a new line.")));
        QCOMPARE(multiLine.options.size(), 2);

        QCOMPARE(result.questions[2].prompt, t(QStringLiteral("Is **this** bold?")));
        QCOMPARE(result.questions[2].type, QuestionType::TrueFalse);
        QCOMPARE(result.questions[3].prompt, t(QStringLiteral("<p>No title here?</p>")));
        QCOMPARE(result.questions[4].prompt, t(QStringLiteral("First with this title.")));
        QCOMPARE(result.questions[5].prompt, t(QStringLiteral("Second with this title.")));
    }

    void skippedQuestions()
    {
        const auto result = parseFixture(QStringLiteral("mixed.gift"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(ids(result.questions),
                 (QStringList{QStringLiteral("good-one"), QStringLiteral("good-two")}));
        QCOMPARE(skippedLines(result), (QList<int>{4, 6, 8, 10, 15, 18, 20}));
        const QStringList keywords = {
            QStringLiteral("essay"),       QStringLiteral("missing-word"),
            QStringLiteral("description"), QStringLiteral("partial credit"),
            QStringLiteral("two pairs"),   QStringLiteral("essay"),
            QStringLiteral("no correct")};
        for (qsizetype i = 0; i < keywords.size(); ++i)
            QVERIFY2(result.skipped[i].reason.contains(keywords[i]),
                     qPrintable(result.skipped[i].reason));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("keyword");
        QTest::newRow("unclosed brace")
            << QStringLiteral("unclosed-brace.gift") << 4 << QStringLiteral("never closed");
        QTest::newRow("unclosed title")
            << QStringLiteral("unclosed-title.gift") << 4 << QStringLiteral("title");
        QTest::newRow("empty answers")
            << QStringLiteral("empty-answers.gift") << 4 << QStringLiteral("no answers");
        QTest::newRow("stray arrow")
            << QStringLiteral("stray-arrow.gift") << 5 << QStringLiteral("->");
        QTest::newRow("unknown marker")
            << QStringLiteral("unknown-marker.gift") << 9 << QStringLiteral("unknown marker");
        QTest::newRow("after skippable")
            << QStringLiteral("essay-mixed.gift") << 8 << QStringLiteral("never closed");
    }

    void syntaxErrors()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, keyword);
        const QString text = readFixture(file);
        QVERIFY(!text.isEmpty());
        const auto result = GiftFormat::parse(text, fr, QStringLiteral("gift"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errorLine, line);
        QVERIFY2(result.error.contains(keyword), qPrintable(result.error));
        QVERIFY(result.questions.isEmpty());
        QVERIFY(result.skipped.isEmpty());
    }

    void inlineSyntaxErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("stray closing brace") << QStringLiteral("Q1 {T}\n\nWhat } is it? {T}") << 3;
        QTest::newRow("second block") << QStringLiteral("Q1 {T}\nQ2 {F}") << 2;
        QTest::newRow("bad weight") << QStringLiteral("Q {\n~%abc%x\n~y}") << 2;
        QTest::newRow("not a number") << QStringLiteral("Q {#\n=12\n=twelve}") << 3;
        QTest::newRow("empty numeric") << QStringLiteral("// c\nQ {#}") << 2;
        QTest::newRow("one empty answer") << QStringLiteral("Q {=a\n~}") << 2;
        QTest::newRow("three feedbacks") << QStringLiteral("Q {T#a#b#c}") << 1;
        QTest::newRow("arrow in short answer") << QStringLiteral("Q {\n=a\n=b -> c}") << 3;
        QTest::newRow("unclosed at end") << QStringLiteral("Q1 {T}\n\n\nQ2\n{=a ~b") << 5;
        // Found by fuzz/fuzz_gift: an answer that is only an escaped line break was imported, then
        // exported as an empty "=" that did not read back.
        QTest::newRow("only an escaped line break") << QStringLiteral("::Fine:: Good. E:{\n  =\n \\n\n}") << 1;
        QTest::newRow("one escaped line break") << QStringLiteral("Q {=a\n~ \\n }") << 2;
    }

    void inlineSyntaxErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        const auto result = GiftFormat::parse(text, fr, QStringLiteral("gift"));
        QCOMPARE(result.errorLine, line);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.questions.isEmpty());
    }

    void windowsLineEndingsAndBom()
    {
        const auto result = GiftFormat::parse(
            QStringLiteral("\uFEFF// c\r\n::A:: Q? {\r\n=yes\r\n~no\r\n}\r\n\r\n::B:: R {T}\r\n"),
            fr, QStringLiteral("gift"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(ids(result.questions), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(result.questions[0].options[1].text, t(QStringLiteral("no")));
    }

    void roundTripEveryType()
    {
        QList<Question> questions;
        Question single =
            question(QStringLiteral("single-1"), QuestionType::Single,
                     QStringLiteral("Special { } = ~ # : \\ and -> signs?\nSecond line."),
                     QStringLiteral("Because #### is not general feedback here."));
        single.options = {
            option(QStringLiteral("a"), QStringLiteral("%50% looks like a weight"), true,
                   QStringLiteral("Yes: {ok}")),
            option(QStringLiteral("b"), QStringLiteral("A -> B is not matching"), false,
                   QStringLiteral("No = wrong")),
            option(QStringLiteral("c"), QStringLiteral("[html] is not a format here"), false)};
        questions << single;

        Question multiple = question(QStringLiteral("multi-1"), QuestionType::Multiple,
                                     QStringLiteral("Pick three."));
        multiple.options = {
            option(QStringLiteral("a"), QStringLiteral("One"), true, QStringLiteral("good")),
            option(QStringLiteral("b"), QStringLiteral("Two"), true),
            option(QStringLiteral("c"), QStringLiteral("Three"), true),
            option(QStringLiteral("d"), QStringLiteral("Four"), false, QStringLiteral("bad"))};
        questions << multiple;

        Question multipleOne = question(QStringLiteral("multi-2"), QuestionType::Multiple,
                                        QStringLiteral("Only one is right."));
        multipleOne.options = {option(QStringLiteral("a"), QStringLiteral("Yes"), true),
                               option(QStringLiteral("b"), QStringLiteral("No"), false)};
        questions << multipleOne;

        for (const bool answer : {true, false}) {
            Question tf =
                question(answer ? QStringLiteral("tf-true") : QStringLiteral("tf-false"),
                         QuestionType::TrueFalse, QStringLiteral("True or false: 2 + 2 = 4?"),
                         QStringLiteral("Arithmetic."));
            tf.options = {option(QStringLiteral("true"), QString(), answer,
                                 answer ? QStringLiteral("Right #1") : QString()),
                          option(QStringLiteral("false"), QString(), !answer,
                                 QStringLiteral("Wrong: think again"))};
            questions << tf;
        }
        Question tfBare = question(QStringLiteral("tf-bare"), QuestionType::TrueFalse,
                                   QStringLiteral("No feedback at all."));
        tfBare.options = {option(QStringLiteral("true"), QString(), false),
                          option(QStringLiteral("false"), QString(), true)};
        questions << tfBare;

        Question text = question(QStringLiteral("text-1"), QuestionType::Text,
                                 QStringLiteral("Name a colour:"), QStringLiteral("Any of them."));
        text.accepted.insert(fr, {QStringLiteral("bleu"), QStringLiteral("T"),
                                  QStringLiteral("a=b"), QStringLiteral("C:\\new")});
        questions << text;

        Question matching = question(QStringLiteral("match-1"), QuestionType::Matching,
                                     QStringLiteral("Match them."), QStringLiteral("Pairs."));
        matching.pairs = {
            {QStringLiteral("p1"), t(QStringLiteral("x -> y")), t(QStringLiteral("a ~ b"))},
            {QStringLiteral("p2"), t(QStringLiteral("left")), t(QStringLiteral("right -> more"))}};
        questions << matching;

        for (const auto &[answer, tolerance] :
             {std::pair{42.0, 0.0}, std::pair{3.14159, 0.005}, std::pair{-1e-3, 2.5}}) {
            Question numeric = question(QStringLiteral("num-%1").arg(questions.size()),
                                        QuestionType::Numeric, QStringLiteral("How much?"),
                                        answer < 0 ? QStringLiteral("Small.") : QString());
            numeric.answer = answer;
            numeric.tolerance = tolerance;
            questions << numeric;
        }

        const QString diff = roundTripDifference(questions);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        const QString gift = GiftFormat::write(questions, fr);
        QVERIFY(gift.contains(QStringLiteral("::single-1::")));
        QVERIFY(
            gift.contains(QStringLiteral("~%33.33333%Two"))); // Moodle's multiple-answer weights
        QVERIFY(gift.contains(QStringLiteral("~%-33.33333%Four #bad")));
        QVERIFY(!gift.contains(QStringLiteral("\n\n\n")));
    }

    void roundTripFixtures_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"choice.gift", "truefalse.gift", "short-matching.gift",
                                 "numeric.gift", "text.gift", "mixed.gift"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void roundTripFixtures()
    {
        QFETCH(QString, file);
        auto parsed = parseFixture(file);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.questions.isEmpty());
        const QString diff = roundTripDifference(parsed.questions);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void writeSkipsWhatGiftCannotCarry()
    {
        Question ordering = question(QStringLiteral("order"), QuestionType::Ordering,
                                     QStringLiteral("Put in order."));
        ordering.items = {option(QStringLiteral("a"), QStringLiteral("first"), false),
                          option(QStringLiteral("b"), QStringLiteral("second"), false)};
        const Question self = question(QStringLiteral("self"), QuestionType::SelfAssessment,
                                       QStringLiteral("I feel ready."));
        Question kept =
            question(QStringLiteral("kept"), QuestionType::Numeric, QStringLiteral("How many?"));
        kept.answer = 3;
        int skipped = -1;
        const QString gift = GiftFormat::write({ordering, self, kept}, fr, &skipped);
        QCOMPARE(skipped, 2);
        QVERIFY(!gift.contains(QStringLiteral("order")));
        QVERIFY(!gift.contains(QStringLiteral("ready")));
        const auto back = GiftFormat::parse(gift, fr, QStringLiteral("x"));
        QCOMPARE(ids(back.questions), QStringList{QStringLiteral("kept")});
        QCOMPARE(GiftFormat::write({}, fr, &skipped), QString());
        QCOMPARE(skipped, 0);
    }

    void writeFallsBackToAnotherLanguage()
    {
        Question q = question(QStringLiteral("fallback"), QuestionType::Single,
                              QStringLiteral("Question en français"));
        q.prompt.insert(QStringLiteral("en"), QStringLiteral("English question"));
        q.options = {option(QStringLiteral("a"), QStringLiteral("oui"), true),
                     option(QStringLiteral("b"), QStringLiteral("non"), false)};
        q.options[1].text.insert(QStringLiteral("en"), QStringLiteral("no"));
        const QString english = GiftFormat::write({q}, QStringLiteral("en"));
        QVERIFY2(english.contains(QStringLiteral("English question")), qPrintable(english));
        QVERIFY(english.contains(QStringLiteral("=oui"))); // no English text: the French one
        QVERIFY(english.contains(QStringLiteral("~no")));
        const auto back = GiftFormat::parse(english, QStringLiteral("en"), QStringLiteral("x"));
        QCOMPARE(back.questions.size(), 1);
        QCOMPARE(back.questions[0].prompt.value(QStringLiteral("en")),
                 QStringLiteral("English question"));
        QVERIFY(!back.questions[0].prompt.contains(fr));
    }
};

QTEST_GUILESS_MAIN(GiftTest)
#include "tst_gift.moc"
