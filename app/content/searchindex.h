// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/fuzzymatcher.h"

#include <QHash>
#include <QList>
#include <QString>

// One lesson page to index: its Markdown text and where it belongs.
struct SearchDocument
{
    QString moduleId;
    QString language;
    QString pageId;
    QString pageTitle;
    QString markdown;
};

// One search result: a page and the passage of it that matches best.
struct SearchHit
{
    QString moduleId;
    QString pageId;
    QString pageTitle;
    QString passage;    // the matching paragraph as plain text (Markdown syntax stripped), at most ~300 chars, cut at word boundaries around the best match
    QString anchorText; // a short verbatim run of words from that paragraph's plain text (the first matched word and a few following words) that a QTextDocument::find() on the rendered page will find, to scroll to the passage
    double score;
};

// Full-text index of lesson pages, built once at load; typo-tolerant search as you type.
// A search returns at most one hit per page: its best passage.
class SearchIndex
{
public:
    void clear();
    void addDocument(const SearchDocument &document);
    void finalize(); // builds whatever structures search needs; call after the last addDocument
    QList<SearchHit> search(const QString &query, const QString &language, int limit = 20) const;
    int documentCount() const;
    int passageCount() const;
    int vocabularySize() const; // distinct folded words, counted per language

private:
    struct Token
    {
        int term;
        int start; // offsets in the passage text
        int end;
        int position; // word position; a hyphen-joined form shares its first part's position
        int segment;  // rendered block within the passage (table cell, line after a hard break)
        bool joined;
    };
    struct Passage
    {
        int document;
        QString text;
        QList<Token> tokens;
        bool heading;
        bool title; // the page title's own heading: already shown with every hit of the page
    };
    struct Document
    {
        QString moduleId;
        QString language;
        QString pageId;
        QString pageTitle;
        QList<int> titleTerms;
    };
    struct Language
    {
        QHash<QString, int> termIds;
        QStringList terms;
        QList<QList<int>> postings; // per term, ascending passage indexes
        QList<bool> stopWord;
        QList<double> idf;
        int passageCount = 0;
        FuzzyMatcher matcher;
    };
    struct QueryWord;
    struct Candidate;

    QList<QueryWord> matchQuery(const QString &query, const Language &language) const;
    Candidate scorePassage(int passageIndex, const QList<QueryWord> &words) const;
    SearchHit makeHit(const Candidate &candidate) const;

    QList<Document> m_documents;
    QList<Passage> m_passages;
    QHash<QString, Language> m_languages;
};
