// SPDX-License-Identifier: GPL-3.0-or-later
// Indexes every bundled lesson page, then times 10,000 typo-ridden, as-you-type queries.
#include "content/markdownpassages.h"
#include "content/searchindex.h"
#include "core/textfold.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

namespace {

constexpr int QueryCount = 10000;

struct Page
{
    SearchDocument document;
    QStringList words; // folded words of 4 letters or more, in reading order
};

QList<Page> loadPages()
{
    QList<Page> pages;
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}]{4,}"));
    QDirIterator it(QStringLiteral(":/lessons"), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.fileName() == QLatin1String("facilitator.md"))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Page page;
        page.document.markdown = QString::fromUtf8(file.readAll());
        page.document.language = info.dir().dirName();
        page.document.moduleId = QFileInfo(info.dir().path()).fileName();
        page.document.pageId = info.completeBaseName();
        const auto title = QRegularExpression(QStringLiteral("^# (.+)$"),
                                              QRegularExpression::MultilineOption)
                               .match(page.document.markdown);
        page.document.pageTitle = title.captured(1).trimmed();
        for (const MarkdownPassage &passage : markdownPassages(page.document.markdown)) {
            for (auto m = wordPattern.globalMatch(passage.text); m.hasNext();)
                page.words.append(foldForSearch(m.next().captured()));
        }
        pages.append(page);
    }
    std::sort(pages.begin(), pages.end(), [](const Page &a, const Page &b) {
        return std::tie(a.document.language, a.document.moduleId, a.document.pageId)
             < std::tie(b.document.language, b.document.moduleId, b.document.pageId);
    });
    return pages;
}

// One typing mistake: a letter replaced, dropped, doubled, or swapped with the next one.
QString withTypo(QString word, QRandomGenerator &random)
{
    static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    const int at = random.bounded(int(word.size()));
    switch (random.bounded(4)) {
    case 0: word[at] = letters.at(random.bounded(int(letters.size()))); break;
    case 1: word.remove(at, 1); break;
    case 2: word.insert(at, word.at(at)); break;
    default:
        if (at + 1 < word.size())
            std::swap(word[at], word[at + 1]);
        break;
    }
    return word;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const QList<Page> pages = loadPages();
    SearchIndex index;
    for (const Page &page : pages)
        index.addDocument(page.document);
    index.finalize();
    const double buildMs = timer.nsecsElapsed() / 1e6;
    if (pages.isEmpty()) {
        out << "no lesson pages under :/lessons\n";
        return 1;
    }
    // bench_search LANG QUERY...: show the top hits of given queries instead of timing.
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2) {
        for (const QString &query : args.mid(1)) {
            out << "== " << query << '\n';
            for (const SearchHit &hit : index.search(query, args.first(), 5)) {
                out << QString::number(hit.score, 'f', 2) << "  " << hit.moduleId << '/'
                    << hit.pageId << "  [" << hit.anchorText << "]\n    " << hit.passage << '\n';
            }
        }
        return 0;
    }

    // Queries: 1-3 consecutive words of a random page, about half of them with a typo (two for
    // long words now and then), a fifth cut short as if still being typed.
    QRandomGenerator random(20261126);
    QList<qint64> latencies;
    latencies.reserve(QueryCount);
    int answered = 0;
    int sourceFound = 0;
    for (int q = 0; q < QueryCount; ++q) {
        const Page *page = &pages.at(random.bounded(int(pages.size())));
        while (page->words.isEmpty())
            page = &pages.at(random.bounded(int(pages.size())));
        const int count = 1 + random.bounded(3);
        const int first = random.bounded(int(page->words.size()));
        QStringList words;
        for (int w = first; w < std::min<int>(first + count, page->words.size()); ++w) {
            QString word = page->words.at(w);
            if (random.bounded(2) == 0)
                word = withTypo(word, random);
            if (word.size() >= 9 && random.bounded(4) == 0)
                word = withTypo(word, random);
            words.append(word);
        }
        if (random.bounded(5) == 0 && words.last().size() > 4)
            words.last().truncate(3 + random.bounded(int(words.last().size()) - 3));
        const QString query = words.join(u' ');

        timer.restart();
        const QList<SearchHit> hits = index.search(query, page->document.language);
        latencies.append(timer.nsecsElapsed());
        if (!hits.isEmpty())
            ++answered;
        for (const SearchHit &hit : hits) {
            if (hit.moduleId == page->document.moduleId && hit.pageId == page->document.pageId) {
                ++sourceFound;
                break;
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentileUs = [&](double p) {
        return latencies.at(std::min<qsizetype>(latencies.size() - 1,
                                                qsizetype(p * latencies.size()))) / 1000.0;
    };

    out << "documents:            " << index.documentCount() << '\n'
        << "passages:             " << index.passageCount() << '\n'
        << "vocabulary:           " << index.vocabularySize() << '\n'
        << "load + index:         " << QString::number(buildMs, 'f', 1) << " ms\n"
        << "queries:              " << QueryCount << '\n'
        << "median latency:       " << QString::number(percentileUs(0.5), 'f', 1) << " us\n"
        << "99th pct latency:     " << QString::number(percentileUs(0.99), 'f', 1) << " us\n"
        << "max latency:          " << QString::number(latencies.last() / 1000.0, 'f', 1) << " us\n"
        << "hit rate (any hit):   " << QString::number(100.0 * answered / QueryCount, 'f', 1) << " %\n"
        << "source page in top 20: " << QString::number(100.0 * sourceFound / QueryCount, 'f', 1)
        << " %\n";
    return 0;
}
