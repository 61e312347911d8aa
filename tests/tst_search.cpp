// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "content/searchindex.h"

#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

namespace {

SearchDocument page(const QString &module, const QString &language, const QString &pageId,
                    const QString &markdown)
{
    const QString title = markdown.section(u'\n', 0, 0).mid(2);
    return SearchDocument{module, language, pageId, title, markdown};
}

QStringList pageKeys(const QList<SearchHit> &hits)
{
    QStringList keys;
    for (const SearchHit &hit : hits)
        keys.append(hit.moduleId + u'/' + hit.pageId);
    return keys;
}

const QString LongParagraph = QStringLiteral(
    "Au début de la séance, chacun se présente et dit ce qu'il attend de l'atelier. Le médiateur "
    "note les attentes au tableau, sans les juger, puis il explique le déroulé de la matinée et "
    "rappelle que personne n'est obligé de parler. Ensuite vient une courte démonstration sur "
    "l'écran : on ouvre ensemble un moteur de recherche et on observe les suggestions qui "
    "apparaissent quand on tape quelques lettres. Enfin, on discute de la confidentialité des "
    "recherches et de ce que le moteur garde en mémoire, longtemps après la fin de l'atelier.");

} // namespace

// Typo-tolerant full-text search over lesson pages.
class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void requiredTypos_data();
    void requiredTypos();
    void caseAndAccents();
    void languageFilter();
    void rankingBothWordsFirst();
    void rankingTitleFirst();
    void passageIsPlainText();
    void longPassageIsCutAroundMatch();
    void tableRowAnchorStaysInCell();
    void anchorFoundInRenderedPage();
    void asYouTypePrefix();
    void stopWords();
    void emptyQuery();
    void limitAndTieOrder();
    void noFalsePositive();
    void deterministic();

private:
    SearchIndex m_index;
};

void TestSearch::initTestCase()
{
    TestSupport::isolate();
    m_index.addDocument(page(QStringLiteral("personal-data"), QStringLiteral("fr"),
        QStringLiteral("01-introduction"), QStringLiteral(
        "# Vos données personnelles\n\n"
        "Chaque jour, nous laissons des traces. Ces informations sont des\n"
        "**données personnelles** et la loi les protège.\n\n"
        "![Un schéma des traces](../images/traces.fr.svg)\n\n"
        "| Situation | Ce que vos droits permettent |\n"
        "|---|---|\n"
        "| Une banque a une mauvaise adresse pour vous. | Faire corriger l'*erreur*. |\n\n"
        "Lisez la politique de confidentialité du site.\n")));
    m_index.addDocument(page(QStringLiteral("what-is-ai"), QStringLiteral("fr"),
        QStringLiteral("02-algorithms"), QStringLiteral(
        "# Qu'est-ce qu'un algorithme ?\n\n"
        "Un [algorithme](glossary:algorithm) est une suite d'instructions, comme une _recette_ "
        "de cuisine.\n\n"
        "- L'intelligence artificielle apprend à partir d'exemples.\n"
        "- Elle se trompe parfois.\n")));
    m_index.addDocument(page(QStringLiteral("ai-work-guidance"), QStringLiteral("fr"),
        QStringLiteral("03-care-jobs"), QStringLiteral(
        "# Les métiers du soin\n\n"
        "Karim est aide-soignant dans une maison de retraite depuis dix ans.\n")));
    m_index.addDocument(page(QStringLiteral("open-data"), QStringLiteral("fr"),
        QStringLiteral("01-open"), QStringLiteral(
        "# Les données ouvertes\n\n"
        "Les données publiques de la commune sont en ligne.\n")));
    m_index.addDocument(page(QStringLiteral("algorithmic-bias"), QStringLiteral("fr"),
        QStringLiteral("01-bias"), QStringLiteral(
        "# Les biais\n\nUn algorithme peut discriminer sans que personne ne le voie.\n")));
    m_index.addDocument(page(QStringLiteral("running-a-workshop"), QStringLiteral("fr"),
        QStringLiteral("02-opening"), QStringLiteral("# Ouvrir l'atelier\n\n") + LongParagraph));
    m_index.addDocument(page(QStringLiteral("what-is-ai"), QStringLiteral("en"),
        QStringLiteral("02-algorithms"), QStringLiteral(
        "# What is an algorithm?\n\n"
        "An [algorithm](glossary:algorithm) is a list of steps, like a cooking recipe.\n\n"
        "Artificial intelligence learns from examples; personal data is everywhere.\n")));
    m_index.finalize();
}

void TestSearch::counts()
{
    QCOMPARE(m_index.documentCount(), 7);
    // fr: 3+1+1 (intro), 3+1 (algorithms... plus list items), en: 3.
    QVERIFY(m_index.passageCount() >= 18);
    QVERIFY(m_index.vocabularySize() > 80);
}

void TestSearch::requiredTypos_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedPage");
    QTest::addColumn<QString>("expectedText");
    const QString algorithms = QStringLiteral("what-is-ai/02-algorithms");
    QTest::newRow("missing letter, accents") << "donnees personelles"
        << "personal-data/01-introduction" << "données personnelles";
    QTest::newRow("wrong letter") << "algoritme" << algorithms << "algorithme";
    QTest::newRow("doubled letter") << "algorithmme" << algorithms << "algorithme";
    QTest::newRow("missing letter") << "algorthme" << algorithms << "algorithme";
    QTest::newRow("transposition") << "algortihme" << algorithms << "algorithme";
    QTest::newRow("two wrong letters") << "confidantialiti" << "personal-data/01-introduction"
                                       << "confidentialité";
    QTest::newRow("hyphen as space, typo") << "aide soigante" << "ai-work-guidance/03-care-jobs"
                                           << "aide-soignant";
    QTest::newRow("typo, finished word") << "soigante " << "ai-work-guidance/03-care-jobs"
                                         << "aide-soignant";
    QTest::newRow("hyphen joined") << "aidesoignant" << "ai-work-guidance/03-care-jobs"
                                   << "aide-soignant";
    QTest::newRow("hyphen kept") << "aide-soignant" << "ai-work-guidance/03-care-jobs"
                                 << "aide-soignant";
}

void TestSearch::requiredTypos()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedPage);
    QFETCH(QString, expectedText);
    const QList<SearchHit> hits = m_index.search(query, QStringLiteral("fr"));
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.first().moduleId + u'/' + hits.first().pageId, expectedPage);
    QVERIFY2(hits.first().passage.contains(expectedText), qPrintable(hits.first().passage));
    QVERIFY(hits.first().score > 0);
}

void TestSearch::caseAndAccents()
{
    for (const QString &query : {QStringLiteral("DONNÉES"), QStringLiteral("Données"),
                                 QStringLiteral("donnees"), QStringLiteral("ALGORITHME")}) {
        const QList<SearchHit> hits = m_index.search(query, QStringLiteral("fr"));
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
    }
    QCOMPARE(pageKeys(m_index.search(QStringLiteral("DONNÉES"), QStringLiteral("fr"))),
             pageKeys(m_index.search(QStringLiteral("donnees"), QStringLiteral("fr"))));
}

void TestSearch::languageFilter()
{
    const QList<SearchHit> english = m_index.search(QStringLiteral("algoritm"), QStringLiteral("en"));
    QCOMPARE(english.size(), 1);
    QCOMPARE(english.first().pageTitle, QStringLiteral("What is an algorithm?"));
    for (const SearchHit &hit : m_index.search(QStringLiteral("algorithme"), QStringLiteral("fr")))
        QVERIFY(!hit.pageTitle.startsWith(QLatin1String("What")));
    QVERIFY(m_index.search(QStringLiteral("recipe"), QStringLiteral("fr")).isEmpty());
    QVERIFY(m_index.search(QStringLiteral("recette"), QStringLiteral("en")).isEmpty());
    QVERIFY(m_index.search(QStringLiteral("algorithme"), QStringLiteral("nl")).isEmpty());
}

void TestSearch::rankingBothWordsFirst()
{
    const QList<SearchHit> hits = m_index.search(QStringLiteral("donnees personnelles"),
                                                 QStringLiteral("fr"));
    const QStringList keys = pageKeys(hits);
    QVERIFY2(keys.contains(QStringLiteral("open-data/01-open")), qPrintable(keys.join(u' ')));
    QCOMPARE(keys.first(), QStringLiteral("personal-data/01-introduction"));
    QVERIFY(hits.at(0).score > hits.at(keys.indexOf(QStringLiteral("open-data/01-open"))).score);
}

void TestSearch::rankingTitleFirst()
{
    const QStringList keys = pageKeys(m_index.search(QStringLiteral("algorithme"),
                                                     QStringLiteral("fr")));
    QCOMPARE(keys, QStringList({QStringLiteral("what-is-ai/02-algorithms"),
                                QStringLiteral("algorithmic-bias/01-bias")}));
}

void TestSearch::passageIsPlainText()
{
    const QList<SearchHit> hits = m_index.search(QStringLiteral("recette"), QStringLiteral("fr"));
    QCOMPARE(hits.size(), 1);
    const SearchHit &hit = hits.first();
    QCOMPARE(hit.passage, QStringLiteral(
        "Un algorithme est une suite d'instructions, comme une recette de cuisine."));
    QCOMPARE(hit.anchorText, QStringLiteral("recette de cuisine"));
    QCOMPARE(hit.pageTitle, QStringLiteral("Qu'est-ce qu'un algorithme ?"));

    const SearchHit data = m_index.search(QStringLiteral("donnees personnelles"),
                                          QStringLiteral("fr")).first();
    QCOMPARE(data.passage, QStringLiteral("Chaque jour, nous laissons des traces. Ces informations "
                                          "sont des données personnelles et la loi les protège."));
    QVERIFY(data.anchorText.startsWith(QStringLiteral("données personnelles")));
    QVERIFY(data.passage.contains(data.anchorText));
    // The image's caption is not text of the page.
    QVERIFY(m_index.search(QStringLiteral("schéma"), QStringLiteral("fr")).isEmpty());
}

void TestSearch::longPassageIsCutAroundMatch()
{
    const QList<SearchHit> hits = m_index.search(QStringLiteral("confidentialite recherches"),
                                                 QStringLiteral("fr"));
    QVERIFY(!hits.isEmpty());
    const SearchHit &hit = hits.first();
    QCOMPARE(hit.pageId, QStringLiteral("02-opening"));
    QVERIFY2(hit.passage.size() <= 310, qPrintable(hit.passage));
    QVERIFY(hit.passage.startsWith(QStringLiteral("… ")));
    QVERIFY2(hit.passage.contains(QStringLiteral("confidentialité des recherches")), qPrintable(hit.passage));
    QVERIFY(hit.anchorText.startsWith(QStringLiteral("confidentialité des recherches")));
    QVERIFY(hit.passage.contains(hit.anchorText));
    // Cut between words: the excerpt without its ellipses is a run of whole words of the text.
    QString inner = hit.passage.mid(2);
    if (inner.endsWith(QStringLiteral(" …")))
        inner.chop(2);
    const qsizetype at = LongParagraph.indexOf(inner);
    QVERIFY(at > 0);
    QVERIFY(LongParagraph.at(at - 1).isSpace());
    QVERIFY(at + inner.size() == LongParagraph.size() || LongParagraph.at(at + inner.size()).isSpace());
}

void TestSearch::tableRowAnchorStaysInCell()
{
    const QList<SearchHit> hits = m_index.search(QStringLiteral("mauvaise adresse"),
                                                 QStringLiteral("fr"));
    QVERIFY(!hits.isEmpty());
    QVERIFY2(hits.first().passage.contains(QLatin1String("Une banque a une mauvaise adresse pour vous.")),
             qPrintable(hits.first().passage));
    QVERIFY(!hits.first().passage.contains(u'|'));
    QCOMPARE(hits.first().anchorText, QStringLiteral("mauvaise adresse pour vous"));
}

void TestSearch::anchorFoundInRenderedPage()
{
    const QString markdown = QStringLiteral(
        "# Titre\n\nLe **RGPD** protège vos [données personnelles](glossary:personal-data) "
        "quand une *entreprise*\nles utilise.\n\n- Un `algorithme` trie les CV.\n");
    SearchIndex index;
    index.addDocument(SearchDocument{QStringLiteral("m"), QStringLiteral("fr"), QStringLiteral("p"),
                                     QStringLiteral("Titre"), markdown});
    index.finalize();
    QTextDocument rendered;
    rendered.setMarkdown(markdown);
    for (const QString &query : {QStringLiteral("RGPD"), QStringLiteral("entreprise"),
                                 QStringLiteral("personnelles"), QStringLiteral("algoritme")}) {
        const QList<SearchHit> hits = index.search(query, QStringLiteral("fr"));
        QVERIFY2(hits.size() == 1, qPrintable(query));
        QVERIFY2(!rendered.find(hits.first().anchorText).isNull(),
                 qPrintable(hits.first().anchorText));
    }
}

void TestSearch::asYouTypePrefix()
{
    const QList<SearchHit> hits = m_index.search(QStringLiteral("intellig"), QStringLiteral("fr"));
    QCOMPARE(pageKeys(hits), QStringList{QStringLiteral("what-is-ai/02-algorithms")});
    QVERIFY(hits.first().passage.contains(QLatin1String("intelligence")));
    QVERIFY(hits.first().anchorText.startsWith(QLatin1String("intelligence")));
    // A finished word (followed by a space) is no longer a prefix; an earlier word never is.
    QVERIFY(m_index.search(QStringLiteral("intellig "), QStringLiteral("fr")).isEmpty());
    QVERIFY(m_index.search(QStringLiteral("intellig dix"), QStringLiteral("fr")).size() == 1);
    QCOMPARE(pageKeys(m_index.search(QStringLiteral("dix intellig"), QStringLiteral("fr"))).size(), 2);
}

void TestSearch::stopWords()
{
    // Stop words are ignored next to another word...
    QCOMPARE(pageKeys(m_index.search(QStringLiteral("les algoritme de"), QStringLiteral("fr"))),
             pageKeys(m_index.search(QStringLiteral("algoritme"), QStringLiteral("fr"))));
    // ...but a query of stop words only still finds them.
    const QList<SearchHit> hits = m_index.search(QStringLiteral("dans une "), QStringLiteral("fr"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().pageId, QStringLiteral("03-care-jobs"));
}

void TestSearch::emptyQuery()
{
    for (const QString &query : {QString(), QStringLiteral(""), QStringLiteral("   "),
                                 QStringLiteral(" ?! … ")})
        QVERIFY(m_index.search(query, QStringLiteral("fr")).isEmpty());
    QVERIFY(m_index.search(QStringLiteral("algorithme"), QStringLiteral("fr"), 0).isEmpty());
}

void TestSearch::limitAndTieOrder()
{
    SearchIndex index;
    for (int i = 30; i > 0; --i) {
        index.addDocument(SearchDocument{QStringLiteral("bulk"), QStringLiteral("fr"),
                                         QStringLiteral("page-%1").arg(i, 2, 10, QLatin1Char('0')),
                                         QStringLiteral("Page"),
                                         QStringLiteral("Un atelier numérique à la médiathèque.")});
    }
    index.finalize();
    QCOMPARE(index.search(QStringLiteral("atelier"), QStringLiteral("fr")).size(), 20);
    const QList<SearchHit> hits = index.search(QStringLiteral("atelier"), QStringLiteral("fr"), 5);
    QCOMPARE(hits.size(), 5);
    // Equal scores: ordered by module, then page.
    QCOMPARE(hits.first().pageId, QStringLiteral("page-01"));
    QCOMPARE(hits.last().pageId, QStringLiteral("page-05"));
    QCOMPARE(index.search(QStringLiteral("atelier"), QStringLiteral("fr"), 100).size(), 30);
}

void TestSearch::noFalsePositive()
{
    for (const QString &query : {QStringLiteral("voiture"), QStringLiteral("voiture "),
                                 QStringLiteral("téléphone"), QStringLiteral("xyz")})
        QVERIFY2(m_index.search(query, QStringLiteral("fr")).isEmpty(), qPrintable(query));
    // A close word in an unrelated query does not drag in every page.
    QVERIFY(m_index.search(QStringLiteral("voiture"), QStringLiteral("en")).isEmpty());
}

void TestSearch::deterministic()
{
    const QString query = QStringLiteral("donnees");
    const QList<SearchHit> first = m_index.search(query, QStringLiteral("fr"));
    for (int i = 0; i < 5; ++i) {
        const QList<SearchHit> again = m_index.search(query, QStringLiteral("fr"));
        QCOMPARE(pageKeys(again), pageKeys(first));
        QCOMPARE(again.first().passage, first.first().passage);
    }
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
