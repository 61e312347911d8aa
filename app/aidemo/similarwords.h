// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

// The "similar words" demonstration: word vectors computed on the spot from letter groups
// (character 3- to 5-grams hashed into buckets, as fastText does) and from the words that appear
// next to each word in the bundled lessons; cosine similarity, a job-search box that forgives
// typos, nearest neighbours with their reasons, and a 2-D map of the vectors.
class SimilarWords
{
public:
    using Vector = QHash<quint32, double>; // sparse: bucket -> weight

    struct Job
    {
        QString fr;         // "aide-soignant"
        QString frFeminine; // "aide-soignante", empty when the same
        QString en;         // "care assistant"
    };
    struct JobMatch
    {
        int job = -1;
        QString title;   // the job's name in the language asked for (masculine form in French)
        QString matched; // the form that matched best ("aide-soignante")
        double score = 0;
        QStringList sharedGroups; // longest letter groups shared with the query
    };
    struct Neighbour
    {
        QString word;
        double score = 0;
        QStringList sharedGroups;
        QStringList sharedContext; // neighbouring words that both appear next to
    };

    static constexpr int Buckets = 1 << 16;
    static constexpr int MinGram = 3;
    static constexpr int MaxGram = 5;

    // texts: lesson pages (Markdown or plain); words seen at least twice become the vocabulary.
    explicit SimilarWords(const QStringList &texts = {});

    static const QList<Job> &jobs();
    // Letter groups of a text with its boundary marks: "aide" -> "<ai", "aid", "ide", "de>",
    // "<aid"…
    static QStringList letterGroups(const QString &text);
    static Vector spelling(const QString &text);
    static double cosine(const Vector &a, const Vector &b);
    // The longest groups two texts share, without the boundary marks, at most max of them.
    static QStringList sharedGroups(const QString &a, const QString &b, int max = 4);

    // Jobs closest to a query by spelling, best first; each job scored by its closest form.
    static QList<JobMatch> searchJobs(const QString &query, const QString &language, int limit = 8);

    // A word's vector: spelling, plus (for words of the lessons) the words around it.
    Vector vector(const QString &word) const;
    double similarity(const QString &a, const QString &b) const
    {
        return cosine(vector(a), vector(b));
    }
    QList<Neighbour> neighbours(const QString &word, int limit = 6) const;
    QStringList vocabulary() const { return m_vocabulary; }
    QStringList contextWords(const QString &word) const; // most frequent neighbours first

    // Principal-component map (power iteration on the centred Gram matrix) of the given words'
    // spelling-and-context vectors; one point per word, deterministic for a seed.
    QList<QPointF> map(const QStringList &words, quint32 seed) const;
    static QList<QPointF> principalComponents(const QList<Vector> &vectors, quint32 seed);

    // Stable keys: language, jobs, buckets, queries [{query, best, score}], map [{word, x, y}],
    // seed. Works from the job list alone, so the command line needs no lessons.
    static QJsonObject keyFigures(quint32 seed, const QString &language);
    static QStringList demoQueries(const QString &language);

private:
    static QStringList words(const QString &text);

    QStringList m_vocabulary;
    QHash<QString, QHash<QString, int>> m_context; // word -> neighbouring word -> count
    QHash<QString, int> m_counts;
    int m_total = 0;
};
