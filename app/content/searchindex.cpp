// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/searchindex.h"

#include "content/markdownpassages.h"
#include "core/textfold.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace {

constexpr int MaxPassageLength = 300;
constexpr int MaxAnchorLength = 60;
constexpr int AnchorFollowingWords = 4;

// Match quality by kind: exact > prefix (as you type) > one edit > two edits.
constexpr double ExactWeight = 1.0;
constexpr double PrefixWeight = 0.7;
constexpr double OneEditWeight = 0.55;
constexpr double OneEditPrefixWeight = 0.45;
constexpr double TwoEditsWeight = 0.4;
constexpr double TwoEditsPrefixWeight = 0.3;

constexpr double AllWordsFactor = 1.5;
constexpr double TitleBonus = 0.3;
constexpr double AdjacencyBonus = 0.25;
constexpr double HeadingFactor = 1.1;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'\u2010' || c == u'\u2011';
}

bool isStopWord(const QString &folded)
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            // French (folded: accents gone, so "à" is "a" and "où" is "ou")
            "a au aux avec ce ces cet cette c d dans de des du elle elles en est et etre il ils je j "
            "l la le les leur leurs lui m ma me mes moi mon n ne nos notre nous on ou par pas pour "
            "qu que qui s sa se ses son sont sur t ta te tes toi ton tu un une vos votre vous y "
            // English
            "an and are as at be been but by can do does for from has have he her his how i if in "
            "is it its me my no not of on or our she so that the their them they this these those "
            "to was we were what when which who will with you your");
        const QStringList split = list.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words.contains(folded);
}

struct Word
{
    QString folded;
    int start;
    int end;
    int position;
    int segment;
    bool joined;
};

// Words of a plain text: runs of letters and digits. Apostrophes and hyphens separate words, and a
// hyphenated run is also given as one joined word ("aide-soignant" -> aide, soignant, aidesoignant).
QList<Word> tokenize(const QString &text, const QList<qsizetype> &breaks)
{
    QList<Word> words;
    Word joined{QString(), -1, -1, -1, -1, true};
    int parts = 0;
    auto emitJoined = [&] {
        if (parts > 1)
            words.append(joined);
        parts = 0;
    };
    int position = 0;
    int segment = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text[i]))
            ++i;
        while (segment < breaks.size() && breaks[segment] <= start)
            ++segment;
        const Word word{foldForSearch(text.mid(start, i - start)), int(start), int(i), position++,
                        segment, false};
        const bool connected = parts > 0 && start >= 2 && joined.end == start - 1
            && isHyphen(text[start - 1]);
        if (connected) {
            joined.folded += word.folded;
            joined.end = word.end;
            ++parts;
        } else {
            emitJoined();
            joined = word;
            joined.joined = true;
            parts = 1;
        }
        words.append(word);
    }
    emitJoined();
    return words;
}

double matchWeight(const FuzzyMatcher::Match &match)
{
    static constexpr double full[] = {ExactWeight, OneEditWeight, TwoEditsWeight};
    static constexpr double prefix[] = {PrefixWeight, OneEditPrefixWeight, TwoEditsPrefixWeight};
    double weight = 0;
    if (match.distance <= 2)
        weight = full[match.distance];
    if (match.prefixDistance <= 2)
        weight = std::max(weight, prefix[match.prefixDistance]);
    return weight;
}

} // namespace

// One word of a query with the vocabulary terms it matches and how well.
struct SearchIndex::QueryWord
{
    QString text;
    bool typing = false;          // the last word, maybe unfinished: prefixes match too
    QHash<int, double> weights;   // term -> match weight
    double idf = 0;
};

// A passage's score for a query, and the token where its best match starts.
struct SearchIndex::Candidate
{
    int passage = -1;
    int focusToken = -1;
    double score = 0;
};

void SearchIndex::clear()
{
    m_documents.clear();
    m_passages.clear();
    m_languages.clear();
}

void SearchIndex::addDocument(const SearchDocument &document)
{
    Language &language = m_languages[document.language];
    auto termId = [&language](const QString &folded) {
        const auto found = language.termIds.constFind(folded);
        if (found != language.termIds.cend())
            return *found;
        const int id = int(language.terms.size());
        language.termIds.insert(folded, id);
        language.terms.append(folded);
        language.postings.append(QList<int>());
        return id;
    };

    const int documentIndex = int(m_documents.size());
    Document entry{document.moduleId, document.language, document.pageId, document.pageTitle, {}};
    for (const Word &word : tokenize(document.pageTitle, {}))
        entry.titleTerms.append(termId(word.folded));
    m_documents.append(entry);

    const QString foldedTitle = foldForSearch(document.pageTitle);
    for (const MarkdownPassage &block : markdownPassages(document.markdown)) {
        const int passageIndex = int(m_passages.size());
        const bool title = block.heading && foldForSearch(block.text) == foldedTitle;
        Passage passage{documentIndex, block.text, {}, block.heading, title};
        for (const Word &word : tokenize(block.text, block.breaks)) {
            const int term = termId(word.folded);
            passage.tokens.append(
                Token{term, word.start, word.end, word.position, word.segment, word.joined});
            QList<int> &posting = language.postings[term];
            if (posting.isEmpty() || posting.constLast() != passageIndex)
                posting.append(passageIndex);
        }
        if (passage.tokens.isEmpty())
            continue;
        m_passages.append(passage);
        ++language.passageCount;
    }
}

void SearchIndex::finalize()
{
    for (Language &language : m_languages) {
        const double passages = language.passageCount;
        language.idf.resize(language.terms.size());
        language.stopWord.resize(language.terms.size());
        for (int term = 0; term < language.terms.size(); ++term) {
            const double frequency = language.postings.at(term).size();
            // BM25's inverse document frequency, always positive: rare words weigh more.
            language.idf[term] = std::log(1.0 + (passages - frequency + 0.5) / (frequency + 0.5));
            language.stopWord[term] = isStopWord(language.terms.at(term));
        }
        language.matcher.build(language.terms);
    }
}

int SearchIndex::documentCount() const
{
    return int(m_documents.size());
}

int SearchIndex::passageCount() const
{
    return int(m_passages.size());
}

int SearchIndex::vocabularySize() const
{
    int size = 0;
    for (const Language &language : m_languages)
        size += int(language.terms.size());
    return size;
}

QList<SearchIndex::QueryWord> SearchIndex::matchQuery(const QString &query,
                                                      const Language &language) const
{
    QList<QueryWord> words;
    for (const Word &token : tokenize(query, {})) {
        if (!token.joined)
            words.append(QueryWord{token.folded, false, {}, 0});
    }
    if (words.isEmpty())
        return words;
    // As you type: the last word may be unfinished unless a space or punctuation follows it.
    words.last().typing = isWordChar(query.back());
    const bool onlyStopWords = std::all_of(words.cbegin(), words.cend(), [](const QueryWord &w) {
        return isStopWord(w.text);
    });
    if (!onlyStopWords)
        words.removeIf([](const QueryWord &w) { return isStopWord(w.text); });

    for (QueryWord &word : words) {
        const bool allowPrefix = word.typing && word.text.size() >= 2;
        const auto matches = language.matcher.find(
            word.text, FuzzyMatcher::maxEditsFor(word.text.size()), allowPrefix);
        double bestWeight = 0;
        qsizetype bestFrequency = 0;
        for (const FuzzyMatcher::Match &match : matches) {
            if (language.stopWord.at(match.wordId) && !onlyStopWords)
                continue;
            const double weight = matchWeight(match);
            const qsizetype frequency = language.postings.at(match.wordId).size();
            word.weights.insert(match.wordId, weight);
            // The word weighs as much as its best match (the most frequent among equals), so
            // that a rare misspelt neighbour never outweighs the word itself.
            if (weight > bestWeight || (weight == bestWeight && frequency > bestFrequency)) {
                bestWeight = weight;
                bestFrequency = frequency;
                word.idf = language.idf.at(match.wordId);
            }
        }
    }
    return words;
}

SearchIndex::Candidate SearchIndex::scorePassage(int passageIndex,
                                                 const QList<QueryWord> &words) const
{
    const Passage &passage = m_passages.at(passageIndex);
    const qsizetype count = words.size();
    QVarLengthArray<double, 8> best(count, 0.0);
    QVarLengthArray<int, 8> bestToken(count, -1);
    QVarLengthArray<QList<int>, 8> positions(count);
    for (int t = 0; t < passage.tokens.size(); ++t) {
        const Token &token = passage.tokens.at(t);
        for (qsizetype w = 0; w < count; ++w) {
            const auto found = words.at(w).weights.constFind(token.term);
            if (found == words.at(w).weights.cend())
                continue;
            positions[w].append(token.position);
            if (*found > best[w]) {
                best[w] = *found;
                bestToken[w] = t;
            }
        }
    }

    Candidate candidate{passageIndex, -1, 0};
    const Document &document = m_documents.at(passage.document);
    int matched = 0;
    for (qsizetype w = 0; w < count; ++w) {
        if (bestToken[w] < 0)
            continue;
        ++matched;
        double inTitle = 0;
        for (const int term : document.titleTerms)
            inTitle = std::max(inTitle, words.at(w).weights.value(term));
        candidate.score += (best[w] + TitleBonus * inTitle) * words.at(w).idf;
        if (candidate.focusToken < 0 || bestToken[w] < candidate.focusToken)
            candidate.focusToken = bestToken[w];
    }
    if (matched == 0)
        return candidate;
    if (count > 1 && matched == count)
        candidate.score *= AllWordsFactor;
    for (qsizetype w = 0; w + 1 < count; ++w) {
        const bool adjacent = std::any_of(positions[w].cbegin(), positions[w].cend(), [&](int p) {
            return positions[w + 1].contains(p + 1);
        });
        if (adjacent) {
            candidate.score += AdjacencyBonus * std::min(best[w] * words.at(w).idf,
                                                         best[w + 1] * words.at(w + 1).idf);
        }
    }
    if (passage.heading && !passage.title)
        candidate.score *= HeadingFactor;
    return candidate;
}

SearchHit SearchIndex::makeHit(const Candidate &candidate) const
{
    const Passage &passage = m_passages.at(candidate.passage);
    const Document &document = m_documents.at(passage.document);
    const QString &text = passage.text;
    const Token &focus = passage.tokens.at(candidate.focusToken);

    // The anchor: the matched word and a few following words of the same rendered block.
    qsizetype anchorEnd = focus.end;
    int following = 0;
    for (qsizetype t = candidate.focusToken + 1;
         t < passage.tokens.size() && following < AnchorFollowingWords; ++t) {
        const Token &token = passage.tokens.at(t);
        if (token.joined || token.end <= anchorEnd)
            continue;
        if (token.segment != focus.segment || token.end - focus.start > MaxAnchorLength)
            break;
        anchorEnd = token.end;
        ++following;
    }

    // The excerpt: up to MaxPassageLength characters around the match, cut between words.
    qsizetype from = 0;
    qsizetype to = text.size();
    if (text.size() > MaxPassageLength) {
        from = std::max<qsizetype>(0, std::min<qsizetype>(focus.start - 80,
                                                           text.size() - MaxPassageLength));
        to = from + MaxPassageLength;
        while (from > 0 && from < focus.start && !text.at(from - 1).isSpace())
            ++from;
        while (to < text.size() && to > anchorEnd && !text.at(to).isSpace())
            --to;
    }
    QString excerpt = text.mid(from, to - from).trimmed();
    if (from > 0)
        excerpt.prepend(QStringLiteral("… "));
    if (to < text.size())
        excerpt.append(QStringLiteral(" …"));

    return SearchHit{document.moduleId, document.pageId, document.pageTitle, excerpt,
                     text.mid(focus.start, anchorEnd - focus.start), candidate.score};
}

QList<SearchHit> SearchIndex::search(const QString &query, const QString &language,
                                     int limit) const
{
    const auto index = m_languages.constFind(language);
    if (limit <= 0 || index == m_languages.cend())
        return {};
    const QList<QueryWord> words = matchQuery(query, *index);

    QList<int> passages;
    for (const QueryWord &word : words) {
        for (auto term = word.weights.cbegin(); term != word.weights.cend(); ++term)
            passages += index->postings.at(term.key());
    }
    std::sort(passages.begin(), passages.end());
    passages.erase(std::unique(passages.begin(), passages.end()), passages.end());

    // One hit per page: its best passage (the first one among equals, but rather not the title).
    QHash<int, Candidate> bestPerPage;
    for (const int passage : passages) {
        const Candidate candidate = scorePassage(passage, words);
        if (candidate.focusToken < 0)
            continue;
        const int document = m_passages.at(passage).document;
        const auto current = bestPerPage.constFind(document);
        if (current == bestPerPage.cend() || candidate.score > current->score
            || (candidate.score == current->score && m_passages.at(current->passage).title))
            bestPerPage.insert(document, candidate);
    }

    QList<Candidate> ranked = bestPerPage.values();
    auto key = [this](const Candidate &c) {
        const Document &d = m_documents.at(m_passages.at(c.passage).document);
        return std::tie(d.moduleId, d.pageId, c.passage);
    };
    std::sort(ranked.begin(), ranked.end(), [&](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return key(a) < key(b);
    });
    if (ranked.size() > limit)
        ranked.resize(limit);

    QList<SearchHit> hits;
    hits.reserve(ranked.size());
    for (const Candidate &candidate : ranked)
        hits.append(makeHit(candidate));
    return hits;
}
