// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/fuzzymatcher.h"

#include <algorithm>

// State of one search: the query word, the dynamic-programming rows along the current trie path
// (row d holds the distances between every prefix of the query and the path's first d letters).
struct FuzzyMatcher::Walk
{
    QStringView word;
    int maxDistance = 0;
    bool allowPrefix = false;
    std::vector<int> rows;
    std::vector<QChar> path;
    QList<Match> matches;

    int *row(int depth) { return rows.data() + depth * (word.size() + 1); }
};

int FuzzyMatcher::maxEditsFor(qsizetype length)
{
    if (length <= 3)
        return 0;
    return length <= 7 ? 1 : 2;
}

void FuzzyMatcher::clear()
{
    m_nodes.clear();
    m_maxDepth = 0;
}

int FuzzyMatcher::childOf(int node, QChar character) const
{
    for (int child = m_nodes[node].firstChild; child >= 0; child = m_nodes[child].nextSibling) {
        if (m_nodes[child].character == character)
            return child;
    }
    return -1;
}

void FuzzyMatcher::build(const QStringList &words)
{
    clear();
    m_nodes.push_back(Node{});
    for (int id = 0; id < words.size(); ++id) {
        const QString &word = words.at(id);
        int node = 0;
        for (const QChar c : word) {
            int child = childOf(node, c);
            if (child < 0) {
                child = int(m_nodes.size());
                m_nodes.push_back(Node{c, -1, m_nodes[node].firstChild, -1});
                m_nodes[node].firstChild = child;
            }
            node = child;
        }
        m_nodes[node].wordId = id;
        m_maxDepth = std::max(m_maxDepth, int(word.size()));
    }
}

QList<FuzzyMatcher::Match> FuzzyMatcher::find(QStringView word, int maxDistance,
                                              bool allowPrefix) const
{
    if (m_nodes.empty() || word.isEmpty())
        return {};
    Walk state;
    state.word = word;
    state.maxDistance = maxDistance;
    state.allowPrefix = allowPrefix;
    state.rows.resize(size_t(m_maxDepth + 1) * size_t(word.size() + 1));
    state.path.resize(size_t(m_maxDepth + 1));
    int *first = state.row(0);
    for (int i = 0; i <= word.size(); ++i)
        first[i] = i;
    walk(state, 0, 0, NoMatch);
    return state.matches;
}

void FuzzyMatcher::walk(Walk &state, int node, int depth, int bestPrefix) const
{
    const QStringView word = state.word;
    const int n = int(word.size());
    const int d = depth + 1;
    for (int child = m_nodes[node].firstChild; child >= 0; child = m_nodes[child].nextSibling) {
        const QChar c = m_nodes[child].character;
        state.path[depth] = c;
        const int *previous = state.row(depth);
        int *current = state.row(d);
        current[0] = d;
        int rowMin = d;
        for (int i = 1; i <= n; ++i) {
            const int cost = word[i - 1] == c ? 0 : 1;
            int value = std::min({previous[i] + 1, current[i - 1] + 1, previous[i - 1] + cost});
            // Transposition of two adjacent letters counts as one edit ("algortihme").
            if (i > 1 && d > 1 && word[i - 1] == state.path[depth - 1] && word[i - 2] == c)
                value = std::min(value, state.row(d - 2)[i - 2] + 1);
            current[i] = value;
            rowMin = std::min(rowMin, value);
        }
        const int prefix = state.allowPrefix ? std::min(bestPrefix, current[n]) : NoMatch;
        const int wordId = m_nodes[child].wordId;
        if (wordId >= 0 && (current[n] <= state.maxDistance || prefix <= state.maxDistance)) {
            state.matches.append(Match{wordId,
                                       current[n] <= state.maxDistance ? current[n] : NoMatch,
                                       prefix <= state.maxDistance ? prefix : NoMatch});
        }
        // Deeper letters only add edits once every cell exceeds the bound, unless a prefix matched.
        if (rowMin <= state.maxDistance || prefix <= state.maxDistance)
            walk(state, child, d, prefix);
    }
}
