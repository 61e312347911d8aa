// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// One short message and the label someone gave it ("scam" or not).
struct LabelledMessage
{
    QString text;
    bool scam = false;
};

// One word of a message and how much it pushed the prediction: positive towards "scam",
// negative towards "not a scam" (the log-likelihood ratio of the word, times its count).
struct WordWeight
{
    QString word;
    double weight = 0.0;
};

// What the machine says about one message, and why.
struct ScamPrediction
{
    bool scam = false;
    double probabilityScam = 0.5; // 0–1
    QList<WordWeight> reasons;    // the words that weighed most, heaviest first
};

// "Teach the machine" demonstration: a multinomial naive Bayes classifier that learns from the
// messages a group labels "scam" / "not a scam", predicts new ones and explains itself by the
// words that weighed most. Small on purpose so that a mediator can read how it works.
class TeachTheMachine
{
public:
    // The bundled messages ("fr" or "en"; anything else falls back to "en"), in a fixed order.
    static QList<LabelledMessage> examples(const QString &language);
    // The words the classifier sees: folded (case, accents), split on anything not a letter or
    // digit, without the short grammar words that carry no meaning on their own.
    static QStringList words(const QString &text);

    // A seeded shuffle of the messages, cut in two: `heldOutShare` of them go to `heldOut` (never
    // shown while teaching, used to measure accuracy), the rest to `teaching`. Both kinds of
    // message are spread over the two parts in the same proportions.
    static void split(const QList<LabelledMessage> &all, quint32 seed, double heldOutShare,
                      QList<LabelledMessage> *teaching, QList<LabelledMessage> *heldOut);
    // A copy where round(share × n) labels, chosen by a seeded shuffle, are flipped.
    // `flipped` receives their indexes when not null.
    static QList<LabelledMessage> corruptLabels(const QList<LabelledMessage> &messages,
                                                double share, quint32 seed,
                                                QList<int> *flipped = nullptr);

    // Forgets everything and learns from these labelled messages.
    void train(const QList<LabelledMessage> &labelled);
    // It can guess once it has seen at least one message of each kind.
    bool canPredict() const { return m_docs[0] > 0 && m_docs[1] > 0; }
    int trainedCount() const { return m_docs[0] + m_docs[1]; }

    ScamPrediction predict(const QString &text, int maxReasons = 5) const;
    // Share of the messages whose label the machine guesses right, 0–1 (0 when it cannot guess).
    double accuracy(const QList<LabelledMessage> &messages) const;
    // The words of the vocabulary that point most strongly to "scam".
    QStringList topScamWords(int count) const;

    // The figures a facilitator prepares with (`ai-demo run teach-the-machine`): stable keys
    // examples, held_out, accuracy_clean, accuracy_30pct_wrong_labels,
    // accuracy_50pct_wrong_labels, top_scam_words, seed, language.
    static QJsonObject keyFigures(quint32 seed, const QString &language);

private:
    // Log-likelihood ratio log P(word | scam) − log P(word | not scam), with Laplace smoothing.
    double wordWeight(const QString &word) const;

    // Index 0 = not a scam, 1 = scam.
    QHash<QString, int> m_counts[2];
    int m_totalWords[2] = {0, 0};
    int m_docs[2] = {0, 0};
    QSet<QString> m_vocabulary;
};
