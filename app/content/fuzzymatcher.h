// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// A trie of folded words walked with a bounded Damerau-Levenshtein (optimal string alignment)
// distance: finds the words within a few typos of a query word, or starting like it.
class FuzzyMatcher
{
public:
    static constexpr int NoMatch = 1000;

    struct Match
    {
        int wordId = -1;               // index in the list given to build()
        int distance = NoMatch;        // distance to the whole word, NoMatch when above the bound
        int prefixDistance = NoMatch;  // best distance to a prefix of the word (only with allowPrefix)
    };

    // Edits tolerated for a query word of this length: none up to 3 letters, 1 up to 7, then 2.
    static int maxEditsFor(qsizetype length);

    void build(const QStringList &words);
    void clear();
    // Words within maxDistance of word; with allowPrefix, also words having a prefix within it.
    QList<Match> find(QStringView word, int maxDistance, bool allowPrefix) const;

private:
    struct Node
    {
        QChar character;
        int firstChild = -1;
        int nextSibling = -1;
        int wordId = -1;
    };
    struct Walk;

    int childOf(int node, QChar character) const;
    void walk(Walk &walk, int node, int depth, int bestPrefix) const;

    std::vector<Node> m_nodes;
    int m_maxDepth = 0;
};
