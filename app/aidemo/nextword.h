// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// The "how a chatbot writes" demonstration: a word-level trigram model with backoff, trained on a
// small bundled corpus, that proposes the next word with its probability and writes word by word.
// Deliberately tiny: a facilitator can explain every number it shows.
class NextWord
{
public:
    struct Candidate
    {
        QString word;
        double probability = 0;
    };
    // One written word: the candidates the model saw (after temperature) and the word it drew.
    struct Step
    {
        QString word;
        QList<Candidate> candidates;
        int contextLength =
            0; // 2: it had seen the last two words together; 1: only the last; 0: neither
    };

    explicit NextWord(const QString &corpusText = {});

    // The corpus built into the program (":/aidemo/corpus-<lang>.txt"); empty when the resource
    // is not linked into this executable.
    static QString bundledCorpus(const QString &language);
    // Lower-cased words and punctuation: "L'heure, ici." -> ["l'", "heure", ",", "ici", "."].
    static QStringList tokenize(const QString &text);
    // Puts tokens back into readable text (no space before punctuation or after an elision).
    static QString joinTokens(const QStringList &tokens);

    void train(const QString &text);
    int corpusWords() const { return m_corpusWords; }
    int vocabularySize() const { return int(m_unigrams.size()); }

    // Every possible next word after these tokens, most likely first; probabilities sum to 1.
    // The longest context seen in the corpus is used (two words, else one, else word frequency).
    QList<Candidate> distribution(const QStringList &context, int *contextLength = nullptr) const;
    QList<Candidate> topNext(const QStringList &context, int k) const;

    // Softmax over log-probabilities divided by temperature: T=1 keeps the model's probabilities,
    // T<1 sharpens them, T>1 flattens them; T at or below MinTemperature means "always the most
    // likely".
    static constexpr double MinTemperature = 0.05;
    static QList<Candidate> withTemperature(const QList<Candidate> &candidates, double temperature);
    static QString draw(const QList<Candidate> &candidates, QRandomGenerator &random);

    // Writes count tokens after the prompt, one Step per token.
    QList<Step> generate(const QString &prompt, int count, double temperature,
                         QRandomGenerator &random) const;
    QList<Step> generate(const QString &prompt, int count, double temperature, quint32 seed) const;

    static QString defaultPrompt(const QString &language);
    // Figures for the facilitator and the tests. Stable keys: language, corpus_words, vocabulary,
    // prompt, top_next_after_prompt [{word, p}], generated_t0_2, generated_t1_5, seed.
    static QJsonObject keyFigures(quint32 seed, const QString &language);

private:
    static QString pairKey(const QString &first, const QString &second);

    QHash<QString, int> m_unigrams;
    QHash<QString, QHash<QString, int>> m_bigrams;  // previous token -> next token -> count
    QHash<QString, QHash<QString, int>> m_trigrams; // "a\x1fb" -> next token -> count
    int m_corpusWords = 0;
    int m_tokenCount = 0;
};
