// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/nextword.h"

#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

const QString SentenceEnd = QStringLiteral(".");

bool isPunctuation(const QString &token)
{
    return token.size() == 1 && QStringLiteral(".,?!;:").contains(token.at(0));
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

// Most likely first; equal probabilities in alphabetical order so that every run is identical.
void sortCandidates(QList<NextWord::Candidate> &candidates)
{
    std::sort(candidates.begin(), candidates.end(),
              [](const NextWord::Candidate &a, const NextWord::Candidate &b) {
                  return a.probability != b.probability ? a.probability > b.probability
                                                        : a.word < b.word;
              });
}

QList<NextWord::Candidate> normalised(const QHash<QString, int> &counts)
{
    double total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        total += it.value();
    QList<NextWord::Candidate> candidates;
    candidates.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        candidates.append({it.key(), it.value() / total});
    sortCandidates(candidates);
    return candidates;
}

} // namespace

NextWord::NextWord(const QString &corpusText)
{
    if (!corpusText.isEmpty())
        train(corpusText);
}

QString NextWord::bundledCorpus(const QString &language)
{
    const QString code =
        language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    QFile file(QStringLiteral(":/aidemo/corpus-%1.txt").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList NextWord::tokenize(const QString &text)
{
    QStringList tokens;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            tokens.append(word);
        word.clear();
    };
    const QString lower = text.toLower();
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        const bool nextIsLetter = i + 1 < lower.size() && lower.at(i + 1).isLetterOrNumber();
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (c == QLatin1Char('-') && !word.isEmpty() && nextIsLetter) {
            word += c; // "rendez-vous", "aide-soignante" stay one word
        } else if (isApostrophe(c) && !word.isEmpty() && nextIsLetter) {
            word += QLatin1Char('\''); // French elision: "l'heure" -> "l'" + "heure"
            flush();
        } else {
            flush();
            if (isPunctuation(QString(c)))
                tokens.append(QString(c));
        }
    }
    flush();
    return tokens;
}

QString NextWord::joinTokens(const QStringList &tokens)
{
    QString text;
    bool capitalise = true;
    for (const QString &token : tokens) {
        QString piece = token;
        if (capitalise && !isPunctuation(token) && !piece.isEmpty()) {
            piece[0] = piece.at(0).toUpper();
            capitalise = false;
        }
        if (!text.isEmpty() && !isPunctuation(token) && !text.endsWith(QLatin1Char('\'')))
            text += QLatin1Char(' ');
        text += piece;
        if (token == SentenceEnd || token == QLatin1String("?") || token == QLatin1String("!"))
            capitalise = true;
    }
    return text;
}

QString NextWord::pairKey(const QString &first, const QString &second)
{
    return first + QChar(0x1f) + second;
}

void NextWord::train(const QString &text)
{
    // The stream starts as if after a full stop, so the first word of a sentence has a context.
    QStringList tokens{SentenceEnd};
    tokens += tokenize(text);
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        ++m_unigrams[token];
        ++m_tokenCount;
        if (!isPunctuation(token))
            ++m_corpusWords;
        ++m_bigrams[tokens.at(i - 1)][token];
        if (i >= 2)
            ++m_trigrams[pairKey(tokens.at(i - 2), tokens.at(i - 1))][token];
    }
}

QList<NextWord::Candidate> NextWord::distribution(const QStringList &context,
                                                  int *contextLength) const
{
    QStringList words = context;
    if (words.isEmpty())
        words.append(SentenceEnd);
    int used = 0;
    QList<Candidate> result;
    if (words.size() >= 2) {
        const auto it = m_trigrams.constFind(pairKey(words.at(words.size() - 2), words.last()));
        if (it != m_trigrams.cend()) {
            used = 2;
            result = normalised(it.value());
        }
    }
    if (used == 0) {
        const auto it = m_bigrams.constFind(words.last());
        if (it != m_bigrams.cend()) {
            used = 1;
            result = normalised(it.value());
        }
    }
    if (used == 0)
        result = normalised(m_unigrams);
    if (contextLength)
        *contextLength = used;
    return result;
}

QList<NextWord::Candidate> NextWord::topNext(const QStringList &context, int k) const
{
    return distribution(context).mid(0, k);
}

QList<NextWord::Candidate> NextWord::withTemperature(const QList<Candidate> &candidates,
                                                     double temperature)
{
    if (candidates.isEmpty())
        return {};
    QList<Candidate> result = candidates;
    sortCandidates(result);
    if (temperature <= MinTemperature) {
        for (qsizetype i = 0; i < result.size(); ++i)
            result[i].probability = i == 0 ? 1.0 : 0.0;
        return result;
    }
    // exp((log p - log pmax) / T): subtracting the largest keeps the exponentials in range.
    const double top = std::log(result.first().probability);
    double total = 0;
    for (Candidate &c : result) {
        c.probability =
            c.probability > 0 ? std::exp((std::log(c.probability) - top) / temperature) : 0.0;
        total += c.probability;
    }
    for (Candidate &c : result)
        c.probability /= total;
    return result;
}

QString NextWord::draw(const QList<Candidate> &candidates, QRandomGenerator &random)
{
    if (candidates.isEmpty())
        return {};
    const double x = random.generateDouble();
    double cumulative = 0;
    for (const Candidate &c : candidates) {
        cumulative += c.probability;
        if (x < cumulative)
            return c.word;
    }
    // Rounding can leave the sum a hair below 1: the last word with any chance takes the rest.
    for (qsizetype i = candidates.size() - 1; i >= 0; --i)
        if (candidates.at(i).probability > 0)
            return candidates.at(i).word;
    return candidates.first().word;
}

QList<NextWord::Step> NextWord::generate(const QString &prompt, int count, double temperature,
                                         QRandomGenerator &random) const
{
    QStringList context = tokenize(prompt);
    QList<Step> steps;
    for (int i = 0; i < count; ++i) {
        Step step;
        step.candidates = withTemperature(distribution(context, &step.contextLength), temperature);
        step.word = draw(step.candidates, random);
        if (step.word.isEmpty())
            break;
        context.append(step.word);
        steps.append(step);
    }
    return steps;
}

QList<NextWord::Step> NextWord::generate(const QString &prompt, int count, double temperature,
                                         quint32 seed) const
{
    QRandomGenerator random(seed);
    return generate(prompt, count, temperature, random);
}

QString NextWord::defaultPrompt(const QString &language)
{
    // Both corpora say the bus leaves at eight and the library opens at ten: the model happily
    // continues "the library opens at" with "eight" or "nine", fluent and false.
    return language == QLatin1String("fr") ? QStringLiteral("La bibliothèque ouvre à")
                                           : QStringLiteral("The library opens at");
}

QJsonObject NextWord::keyFigures(quint32 seed, const QString &language)
{
    const QString code =
        language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    const NextWord model(bundledCorpus(code));
    const QString prompt = defaultPrompt(code);
    QJsonArray top;
    for (const Candidate &c : model.topNext(tokenize(prompt), 5))
        top.append(QJsonObject{{QStringLiteral("word"), c.word},
                               {QStringLiteral("p"), std::round(c.probability * 1000) / 1000}});
    const auto written = [&](double temperature) {
        QStringList tokens = tokenize(prompt);
        for (const Step &step : model.generate(prompt, 20, temperature, seed))
            tokens.append(step.word);
        return joinTokens(tokens);
    };
    return QJsonObject{
        {QStringLiteral("language"), code},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("corpus_words"), model.corpusWords()},
        {QStringLiteral("vocabulary"), model.vocabularySize()},
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("top_next_after_prompt"), top},
        {QStringLiteral("generated_t0_2"), written(0.2)},
        {QStringLiteral("generated_t1_5"), written(1.5)},
    };
}
