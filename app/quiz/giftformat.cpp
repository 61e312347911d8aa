// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/giftformat.h"

#include "content/module.h"
#include "quiz/gifttext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>

namespace {

using namespace GiftText;

QString optionId(int index)
{
    return index < 26 ? QString(QChar(u'a' + index)) : QStringLiteral("o%1").arg(index + 1);
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// One answer of an answer block: its marker (= or ~), optional %weight%, text and #feedback, raw.
struct Answer
{
    int offset = 0; // in the block text
    QChar marker;
    std::optional<double> weight;
    QStringView text;
    QStringView feedback;
};

// One question block (the lines between blank lines), parsed into a Question, a skip or an error.
class BlockParser
{
    Q_DECLARE_TR_FUNCTIONS(GiftFormat)
public:
    BlockParser(const QString &text, int firstLine, const QString &language)
        : m_text(text), m_firstLine(firstLine), m_language(language)
    {
    }

    enum class Outcome { Question, Skipped, Error };
    Outcome parse();

    Question question;
    QString title;
    QString message; // skip reason or error
    int errorLine = 0;

private:
    int offsetOf(QStringView view) const { return int(view.data() - m_text.constData()); }
    int lineAt(int offset) const
    {
        return m_firstLine + QStringView(m_text).left(offset).count(QLatin1Char('\n'));
    }
    Outcome fail(int offset, const QString &why)
    {
        errorLine = lineAt(offset);
        message = why;
        return Outcome::Error;
    }
    Outcome skip(const QString &why)
    {
        message = why;
        return Outcome::Skipped;
    }
    LocalizedText text(QStringView raw) const { return {{m_language, unescape(raw)}}; }
    LocalizedText optional(QStringView raw) const // no entry at all for an empty feedback
    {
        const QString plain = unescape(raw);
        return plain.isEmpty() ? LocalizedText() : LocalizedText{{m_language, plain}};
    }
    Outcome splitAnswers(QStringView body, int offset, QList<Answer> *answers);
    Outcome parseAnswers(QStringView body, int offset);
    Outcome parseTrueFalse(QStringView body, int offset);
    Outcome parseNumeric(QStringView body, int offset);
    Outcome parseMatching(const QList<Answer> &answers, int firstArrow);

    QString m_text;
    int m_firstLine;
    QString m_language;
};

BlockParser::Outcome BlockParser::parse()
{
    const QStringView all(m_text);
    int pos = 0;
    while (pos < all.size() && all[pos].isSpace())
        ++pos;
    if (all.mid(pos).startsWith(u"::")) {
        const int close = findUnescaped(all, u"::", pos + 2);
        if (close < 0)
            return fail(pos, tr("the question title opened with '::' is never closed"));
        title = unescape(all.mid(pos + 2, close - pos - 2));
        pos = close + 2;
    }
    const int open = findUnescaped(all, u"{", pos);
    const int stray = findUnescaped(all, u"}", pos);
    if (stray >= 0 && (open < 0 || stray < open))
        return fail(stray, tr("'}' closes no answer block (write \\} for a brace in a text)"));
    if (open < 0)
        return skip(tr("description without answers"));
    const int close = findUnescaped(all, u"}", open + 1);
    const int reopen = findUnescaped(all, u"{", open + 1);
    if (close < 0 || (reopen >= 0 && reopen < close))
        return fail(open, tr("the answer block opened with '{' is never closed"));
    if (const int second = findUnescaped(all, u"{", close + 1); second >= 0)
        return fail(
            second,
            tr("a second answer block in the same question: separate questions with a blank line"));
    if (const int extra = findUnescaped(all, u"}", close + 1); extra >= 0)
        return fail(extra, tr("'}' closes no answer block (write \\} for a brace in a text)"));

    question.prompt = {{m_language, unescape(all.mid(pos, open - pos))}};
    QStringView body = all.mid(open + 1, close - open - 1);
    if (const int general = findUnescaped(body, u"####"); general >= 0) {
        question.explanation = optional(body.mid(general + 4));
        body = body.left(general);
    }
    // Syntax first, so that an error anywhere stops the import even in a question we would skip.
    Outcome outcome = parseAnswers(body, open + 1);
    if (outcome == Outcome::Error)
        return outcome;
    if (!all.mid(close + 1).trimmed().isEmpty())
        return skip(tr("missing-word question (the answers are in the middle of the sentence)"));
    if (outcome == Outcome::Question && question.prompt.value(m_language).isEmpty())
        return skip(tr("question without text"));
    return outcome;
}

// Cuts a block body into its =/~ answers; text before the first marker is an unknown marker.
BlockParser::Outcome BlockParser::splitAnswers(QStringView body, int offset, QList<Answer> *answers)
{
    const auto pieces = splitUnescaped(body, u"=~");
    if (!pieces.first().second.trimmed().isEmpty()) {
        const QStringView junk = pieces.first().second.trimmed();
        return fail(offsetOf(junk), tr("unknown marker '%1': each answer starts with = or ~")
                                        .arg(junk.left(12).toString()));
    }
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        Answer answer;
        answer.offset = offset + pieces[i].first - 1;
        answer.marker = body[pieces[i].first - 1];
        QStringView rest = pieces[i].second.trimmed();
        if (rest.startsWith(u'%')) {
            const int end = int(rest.indexOf(u'%', 1));
            bool ok = false;
            answer.weight = end > 0 ? rest.mid(1, end - 1).toDouble(&ok) : 0;
            if (!ok)
                return fail(
                    answer.offset,
                    tr("invalid weight in '%1' (a weight is a percentage between two % signs)")
                        .arg(rest.left(12).toString()));
            rest = rest.mid(end + 1);
        }
        const int hash = findUnescaped(rest, u"#");
        answer.text = hash < 0 ? rest : rest.left(hash);
        answer.feedback = hash < 0 ? QStringView() : rest.mid(hash + 1);
        answers->append(answer);
    }
    return Outcome::Question;
}

BlockParser::Outcome BlockParser::parseAnswers(QStringView body, int offset)
{
    if (body.trimmed().isEmpty())
        return skip(tr("essay question (free answer, nothing to check)"));
    if (body.trimmed().startsWith(QLatin1Char('#')))
        return parseNumeric(body, offset);
    const int hash = findUnescaped(body, u"#");
    const QString head = (hash < 0 ? body : body.left(hash)).trimmed().toString().toUpper();
    if (QStringLiteral("T F TRUE FALSE").split(u' ').contains(head))
        return parseTrueFalse(body, offset);

    QList<Answer> answers;
    if (splitAnswers(body, offset, &answers) == Outcome::Error)
        return Outcome::Error;
    bool anyText = false;
    bool anyWrong = false;
    bool anyEquals = false;
    int arrow = -1; // offset of the first "->"
    for (const Answer &answer : answers) {
        anyText = anyText || !unescape(answer.text).isEmpty();
        anyWrong = anyWrong || answer.marker == u'~';
        anyEquals = anyEquals || answer.marker == u'=';
        if (const int a = findUnescaped(answer.text, u"->"); a >= 0 && arrow < 0)
            arrow = offsetOf(answer.text) + a;
    }
    for (const Answer &answer : answers) {
        if (unescape(answer.text).isEmpty())
            return anyText ? fail(answer.offset, tr("an answer is empty"))
                           : fail(offset - 1, tr("the answer block has no answers"));
    }
    if (arrow >= 0)
        return parseMatching(answers, arrow);
    // An option is correct when it is "=" (without a weight, or with a positive one) or has a
    // positive weight.
    auto correct = [](const Answer &answer) {
        return answer.weight ? *answer.weight > 0 : answer.marker == QLatin1Char('=');
    };
    if (!anyWrong) {
        question.type = QuestionType::Text;
        QStringList accepted;
        for (const Answer &answer : answers)
            if (correct(answer))
                accepted << unescape(answer.text);
        if (accepted.isEmpty())
            return skip(tr("short-answer question with no accepted answer"));
        question.accepted.insert(m_language, accepted);
        return Outcome::Question;
    }
    int correctCount = 0;
    for (const Answer &answer : answers) {
        question.options.append({optionId(int(question.options.size())), text(answer.text),
                                 correct(answer), optional(answer.feedback)});
        correctCount += correct(answer) ? 1 : 0;
    }
    if (correctCount == 0)
        return skip(tr("choice question with no correct answer"));
    // Like Moodle: without any "=", the question accepts several answers.
    question.type = correctCount > 1 || !anyEquals ? QuestionType::Multiple : QuestionType::Single;
    return Outcome::Question;
}

// A matching question has only "=left -> right" answers; an arrow anywhere else is an error.
BlockParser::Outcome BlockParser::parseMatching(const QList<Answer> &answers, int firstArrow)
{
    question.type = QuestionType::Matching;
    bool unpaired = false;
    for (const Answer &answer : answers) {
        const int arrow = findUnescaped(answer.text, u"->");
        if (answer.marker != u'=' || arrow < 0)
            return fail(firstArrow, tr("'->' outside a matching question (a matching question has "
                                       "only =left -> right answers)"));
        const QString left = unescape(answer.text.left(arrow));
        const QString right = unescape(answer.text.mid(arrow + 2));
        if (right.isEmpty())
            return fail(answer.offset, tr("an answer is empty"));
        if (left.isEmpty())
            unpaired = true;
        question.pairs.append({QStringLiteral("p%1").arg(question.pairs.size() + 1),
                               {{m_language, left}},
                               {{m_language, right}}});
    }
    if (unpaired)
        return skip(tr("matching question with extra right-hand answers"));
    if (question.pairs.size() < 2)
        return skip(tr("matching question with fewer than two pairs"));
    return Outcome::Question;
}

// {T#shown when wrong#shown when right}: each feedback belongs to the option that triggers it.
BlockParser::Outcome BlockParser::parseTrueFalse(QStringView body, int offset)
{
    const auto parts = splitUnescaped(body, u"#");
    if (parts.size() > 3)
        return fail(offset + parts[3].first - 1,
                    tr("unknown marker '#': a true/false answer has at most two feedbacks"));
    const QChar letter = parts[0].second.trimmed().at(0).toUpper();
    const bool isTrue = letter == QLatin1Char('T');
    const LocalizedText whenWrong = parts.size() > 1 ? optional(parts[1].second) : LocalizedText();
    const LocalizedText whenRight = parts.size() > 2 ? optional(parts[2].second) : LocalizedText();
    question.type = QuestionType::TrueFalse;
    question.options = {{QStringLiteral("true"), {}, isTrue, isTrue ? whenRight : whenWrong},
                        {QStringLiteral("false"), {}, !isTrue, isTrue ? whenWrong : whenRight}};
    return Outcome::Question;
}

BlockParser::Outcome BlockParser::parseNumeric(QStringView body, int offset)
{
    const int hashAt = int(body.indexOf(QLatin1Char('#')));
    const QStringView content = body.mid(hashAt + 1);
    const int base = offset + hashAt + 1;
    QList<Answer> answers;
    if (splitUnescaped(content, u"=~").size() == 1) { // {#42}: one answer with no marker
        const int hash = findUnescaped(content, u"#");
        answers.append({base, u'=', std::nullopt, hash < 0 ? content : content.left(hash), {}});
        if (answers.first().text.trimmed().isEmpty())
            return fail(offset - 1, tr("the answer block has no answers"));
    } else if (splitAnswers(content, base, &answers) == Outcome::Error) {
        return Outcome::Error;
    }

    std::optional<std::pair<double, double>> full; // answer, tolerance
    for (const Answer &answer : answers) {
        const QString value = answer.text.trimmed().toString();
        if (value.isEmpty())
            return fail(answer.offset, tr("an answer is empty"));
        // low..high is answer = midpoint, tolerance = half-width; else answer[:tolerance].
        const bool range = value.contains(QLatin1String(".."));
        const QStringList parts = value.split(range ? QStringLiteral("..") : QStringLiteral(":"));
        bool ok = false;
        bool okOther = true;
        const double first = parts[0].trimmed().toDouble(&ok);
        const double second = parts.size() > 1 ? parts[1].trimmed().toDouble(&okOther) : 0;
        const double mid = range ? (first + second) / 2 : first;
        const double tolerance = range ? qAbs(second - first) / 2 : qAbs(second);
        if (!ok || !okOther || parts.size() > 2)
            return fail(
                answer.offset,
                tr("'%1' is not a number, a number:tolerance or a low..high range").arg(value));
        const bool fullCredit = answer.marker == QLatin1Char('=') &&
                                (!answer.weight || qFuzzyCompare(*answer.weight, 100.0));
        if (fullCredit && !full)
            full = std::make_pair(mid, tolerance);
    }
    if (!full)
        return skip(tr("numeric question with partial credit only"));
    question.type = QuestionType::Numeric;
    question.answer = full->first;
    question.tolerance = full->second;
    return Outcome::Question;
}

// Question ids: a title that slugifies to a fresh id is kept, the others get <prefix>-NN.
void assignIds(QList<Question> *questions, const QStringList &titles, const QString &prefix)
{
    QSet<QString> used;
    for (qsizetype i = 0; i < questions->size(); ++i) {
        const QString slug = slugify(titles[i]);
        if (!slug.isEmpty() && !used.contains(slug)) {
            (*questions)[i].id = slug;
            used.insert(slug);
        }
    }
    for (qsizetype i = 0; i < questions->size(); ++i) {
        for (int n = int(i) + 1; (*questions)[i].id.isEmpty(); ++n) {
            const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n, 2, 10, QLatin1Char('0'));
            if (!used.contains(id))
                (*questions)[i].id = *used.insert(id);
        }
    }
}

// Texts in one language with the same fallbacks as localized(); lists of accepted answers likewise.
QStringList localizedList(const QHash<QString, QStringList> &lists, const QString &language)
{
    if (!lists.value(language).isEmpty())
        return lists.value(language);
    for (const char *fallback : {"fr", "en"})
        if (!lists.value(QLatin1String(fallback)).isEmpty())
            return lists.value(QLatin1String(fallback));
    return lists.isEmpty() ? QStringList() : lists.cbegin().value();
}

// Whether GIFT can carry the question back to us: ordering and self-assessment never, the others
// when nothing needed is empty.
bool writable(const Question &q, const QString &language)
{
    const auto empty = [&](const LocalizedText &text) {
        return localized(text, language).trimmed().isEmpty();
    };
    if (empty(q.prompt))
        return false;
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
        return q.options.size() >= 2 &&
               std::none_of(q.options.cbegin(), q.options.cend(),
                            [&](const QuizOption &o) { return empty(o.text); });
    case QuestionType::TrueFalse:
        return q.options.size() == 2 && q.options[0].correct != q.options[1].correct;
    case QuestionType::Text:
        return !localizedList(q.accepted, language).isEmpty();
    case QuestionType::Matching:
        return q.pairs.size() >= 2 &&
               std::none_of(q.pairs.cbegin(), q.pairs.cend(),
                            [&](const MatchPair &p) { return empty(p.left) || empty(p.right); });
    case QuestionType::Numeric:
        return true;
    case QuestionType::Ordering:
    case QuestionType::SelfAssessment:
        break;
    }
    return false;
}

QString writeQuestion(const Question &q, const QString &language)
{
    const auto text = [&](const LocalizedText &t) {
        return escape(localized(t, language).trimmed());
    };
    const auto feedback = [&](const LocalizedText &t) {
        return text(t).isEmpty() ? QString() : QStringLiteral(" #") + text(t);
    };
    const QString head = QStringLiteral("::%1:: %2 ").arg(escape(q.id), text(q.prompt));
    const QString general =
        text(q.explanation).isEmpty() ? QString() : QStringLiteral(" ####") + text(q.explanation);
    if (q.type == QuestionType::Numeric)
        return head + QStringLiteral("{#%1:%2%3}")
                          .arg(number(q.answer), number(qAbs(q.tolerance)), general);
    if (q.type == QuestionType::TrueFalse) {
        // {TRUE#shown when wrong#shown when right}
        const QuizOption &right = q.options[0].correct ? q.options[0] : q.options[1];
        const QuizOption &wrong = q.options[0].correct ? q.options[1] : q.options[0];
        const QString feedbacks =
            text(wrong.feedback).isEmpty() && text(right.feedback).isEmpty()
                ? QString()
                : QStringLiteral("#%1#%2").arg(text(wrong.feedback), text(right.feedback));
        const bool isTrue = right.id == QLatin1String("true");
        return head + QStringLiteral("{%1%2%3}")
                          .arg(QLatin1String(isTrue ? "TRUE" : "FALSE"), feedbacks, general);
    }
    QStringList lines;
    if (q.type == QuestionType::Single) {
        for (const QuizOption &option : q.options)
            lines << QLatin1String(option.correct ? "=" : "~") + text(option.text) +
                         feedback(option.feedback);
    } else if (q.type == QuestionType::Multiple) {
        // Moodle's multiple-answer form (no "="): each right choice earns its share, each wrong one
        // costs as much, which is our (right - wrong) / correct scoring.
        const auto correct = std::count_if(q.options.cbegin(), q.options.cend(),
                                           [](const QuizOption &o) { return o.correct; });
        const QString share = QString::number(100.0 / qMax<qsizetype>(correct, 1), 'f', 5)
                                  .remove(QRegularExpression(QStringLiteral("\\.?0+$")));
        for (const QuizOption &option : q.options)
            lines << QLatin1String(option.correct ? "~%" : "~%-") + share + QLatin1Char('%') +
                         text(option.text) + feedback(option.feedback);
    } else if (q.type == QuestionType::Text) {
        for (const QString &accepted : localizedList(q.accepted, language))
            lines << QLatin1Char('=') + escape(accepted.trimmed());
    } else if (q.type == QuestionType::Matching) {
        for (const MatchPair &pair : q.pairs)
            lines << QLatin1Char('=') + text(pair.left) + QLatin1String(" -> ") + text(pair.right);
    }
    if (!general.isEmpty())
        lines << general.mid(1);
    return head + QStringLiteral("{\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n}");
}

} // namespace

namespace GiftFormat {

ParseResult parse(const QString &text, const QString &language, const QString &idPrefix)
{
    ParseResult result;
    QStringList titles;
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.first().startsWith(QChar(0xFEFF)))
        lines.first().remove(0, 1);
    lines.append(QString()); // closes the last block

    QString block;
    bool inBlock = false;
    int firstLine = 0;    // the block's first line
    int questionLine = 0; // its first line that is neither a comment nor a category
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].endsWith(u'\r') ? lines[i].chopped(1) : lines[i];
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            if (inBlock)
                block += u'\n';
            else
                std::tie(inBlock, firstLine, questionLine, block) =
                    std::tuple(true, int(i) + 1, 0, QString());
            // Comments and categories stay as empty lines in the block so that line numbers hold.
            const bool category = trimmed.startsWith(QLatin1String("$CATEGORY:"));
            if (category)
                result.categories << trimmed.mid(10).trimmed();
            if (!category && !trimmed.startsWith(QLatin1String("//"))) {
                block += line;
                questionLine = questionLine ? questionLine : int(i) + 1;
            }
            continue;
        }
        if (!std::exchange(inBlock, false) || questionLine == 0)
            continue;
        BlockParser parser(block, firstLine, language);
        const BlockParser::Outcome outcome = parser.parse();
        if (outcome == BlockParser::Outcome::Error) {
            result.errorLine = parser.errorLine;
            result.error = parser.message;
            result.questions.clear();
            result.skipped.clear();
            return result;
        }
        if (outcome == BlockParser::Outcome::Skipped) {
            result.skipped.append({questionLine, parser.message});
        } else {
            result.questions.append(parser.question);
            titles.append(parser.title);
        }
    }
    assignIds(&result.questions, titles, idPrefix);
    return result;
}

QString write(const QList<Question> &questions, const QString &language, int *skipped)
{
    QStringList blocks;
    int left = 0;
    for (const Question &question : questions) {
        if (writable(question, language))
            blocks << writeQuestion(question, language);
        else
            ++left;
    }
    if (skipped)
        *skipped = left;
    return blocks.isEmpty() ? QString() : blocks.join(QLatin1String("\n\n")) + QLatin1Char('\n');
}

} // namespace GiftFormat
