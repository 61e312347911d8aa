// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizsession.h"

#include "quiz/quizresultstore.h"
#include "quiz/scoring.h"

#include <QRandomGenerator>

namespace {

template <typename T>
void shuffle(QList<T> &list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, random.bounded(qint64(i + 1)));
}

} // namespace

QString QuizSession::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Pre: return QStringLiteral("pre");
    case Kind::Post: return QStringLiteral("post");
    case Kind::Practice: return QStringLiteral("practice");
    }
    return {};
}

bool QuizSession::kindFromName(const QString &name, Kind *kind)
{
    for (Kind candidate : {Kind::Pre, Kind::Post, Kind::Practice}) {
        if (kindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QList<Question> QuizSession::questionsFor(const QuizDefinition &quiz, Kind kind)
{
    QList<Question> selected;
    for (const Question &question : quiz.questions) {
        if (question.type == QuestionType::SelfAssessment) {
            if (kind != Kind::Practice)
                selected << question;
            continue;
        }
        if (question.kinds.isEmpty() || question.kinds.contains(kindName(kind)))
            selected << question;
    }
    return selected;
}

QuizSession::QuizSession(const QSqlDatabase &db, const Module &module, Kind kind, QString language)
    : m_db(db), m_module(module), m_kind(kind), m_language(std::move(language))
{
}

Result<std::unique_ptr<QuizSession>> QuizSession::start(const QSqlDatabase &db, const Module &module,
                                                        const QuizDefinition &quiz, Kind kind,
                                                        const QString &language, const Options &options)
{
    std::unique_ptr<QuizSession> session(new QuizSession(db, module, kind, language));
    session->m_learnerId = options.learnerId;
    session->m_seed = options.seed != 0 ? options.seed : QRandomGenerator::global()->bounded(1u, 0x7fffffffu);
    QuizResultStore store(db);

    std::optional<AttemptRecord> previous;
    if (options.learnerId > 0 && options.resume) {
        const Result<std::optional<AttemptRecord>> unfinished = store.unfinished(options.learnerId, module.id, kindName(kind));
        if (!unfinished)
            return unfinished.status();
        previous = *unfinished;
    }
    if (previous) {
        session->m_seed = previous->seed; // the same seed gives the same order as before
        session->m_attemptId = previous->id;
        session->m_resumed = true;
    }
    session->arrange(questionsFor(quiz, kind));

    if (previous) {
        for (int i = 0; i < session->count(); ++i) {
            const auto it = previous->answers.constFind(session->m_questions.at(i).id);
            if (it == previous->answers.cend())
                continue;
            session->m_answers[i] = it->answer;
            session->m_grades[i] = Scoring::grade(session->m_questions.at(i), it->answer, language);
            session->m_confidence[i] = it->confidence;
            session->m_answered[i] = true;
        }
    } else if (options.learnerId > 0) {
        const Result<qint64> attempt = store.startAttempt(options.learnerId, module.id, kindName(kind), session->m_seed,
                                                          options.workshopId);
        if (!attempt)
            return attempt.status();
        session->m_attemptId = *attempt;
    }
    return std::move(session);
}

void QuizSession::arrange(const QList<Question> &questions)
{
    QRandomGenerator random(m_seed);
    m_questions = questions;
    shuffle(m_questions, random);
    for (const Question &question : std::as_const(m_questions)) {
        QStringList order;
        if (question.type == QuestionType::TrueFalse) {
            order = {QStringLiteral("true"), QStringLiteral("false")}; // keep the familiar order
        } else if (question.isChoice()) {
            for (const QuizOption &option : question.options)
                order << option.id;
            shuffle(order, random);
        } else if (question.type == QuestionType::Ordering) {
            for (const QuizOption &item : question.items)
                order << item.id;
            const QStringList correct = order;
            for (int attempt = 0; attempt < 5 && order == correct; ++attempt)
                shuffle(order, random); // never start from the answer
        } else if (question.type == QuestionType::Matching) {
            for (const MatchPair &pair : question.pairs)
                order << pair.id;
            shuffle(order, random);
        }
        m_displayOrder << order;
    }
    m_answers = QList<Answer>(m_questions.size());
    m_grades = QList<Grade>(m_questions.size());
    m_answered = QList<bool>(m_questions.size(), false);
    m_confidence = QList<int>(m_questions.size(), -1);
}

Status QuizSession::answer(int index, const Answer &answer, int confidence)
{
    if (index < 0 || index >= count())
        return {};
    const Question &question = m_questions.at(index);
    const Grade grade = Scoring::grade(question, answer, m_language);
    if (m_attemptId > 0) {
        const Status saved = QuizResultStore(m_db).saveAnswer(m_attemptId, question.id,
                                                              {answer, grade.credit, grade.scored, confidence});
        if (!saved)
            return saved;
    }
    m_answers[index] = answer;
    m_grades[index] = grade;
    m_confidence[index] = confidence;
    m_answered[index] = true;
    return {};
}

int QuizSession::firstUnanswered() const
{
    const qsizetype index = m_answered.indexOf(false);
    return index < 0 ? count() : int(index);
}

double QuizSession::score() const
{
    double total = 0;
    for (int i = 0; i < count(); ++i)
        if (m_answered.at(i) && m_grades.at(i).scored)
            total += m_grades.at(i).credit;
    return total;
}

double QuizSession::maxScore() const
{
    return std::count_if(m_questions.cbegin(), m_questions.cend(), [](const Question &q) { return q.isScored(); });
}

QList<int> QuizSession::mistakes() const
{
    QList<int> indexes;
    for (int i = 0; i < count(); ++i)
        if (m_questions.at(i).isScored() && !(m_answered.at(i) && m_grades.at(i).fullyCorrect()))
            indexes << i;
    return indexes;
}

QList<int> QuizSession::confidentMistakes() const
{
    QList<int> indexes;
    for (int i : mistakes())
        if (m_confidence.at(i) == 1)
            indexes << i;
    return indexes;
}

QStringList QuizSession::pagesToRevisit() const
{
    QStringList pages;
    for (int i : mistakes()) {
        const QString page = m_questions.at(i).page;
        if (!page.isEmpty() && !pages.contains(page))
            pages << page;
    }
    std::sort(pages.begin(), pages.end(), [this](const QString &a, const QString &b) {
        return m_module.pages.indexOf(a) < m_module.pages.indexOf(b);
    });
    return pages;
}

Status QuizSession::finish()
{
    if (m_finished)
        return {};
    if (m_attemptId > 0)
        if (Status status = QuizResultStore(m_db).finish(m_attemptId, score(), maxScore()); !status)
            return status;
    m_finished = true;
    return {};
}
