// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/similarwordswidget.h"

#include "aidemo/demoparts.h"

#include <QEvent>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const char *StyleSheet = R"(
#similarWordsWidget QLabel { font-size: 16pt; }
#similarWordsWidget QLabel#demoTitle { font-size: 24pt; font-weight: bold; color: #1f3a5f; }
#similarWordsWidget QLabel[role="heading"] { font-size: 17pt; font-weight: bold; color: #1f3a5f; }
#similarWordsWidget QLabel[role="panel"] { font-size: 14pt; color: #222222; }
#similarWordsWidget QLineEdit { font-size: 22pt; padding: 6px; }
#similarWordsWidget QPushButton { font-size: 16pt; padding: 6px 14px; }
#similarWordsWidget QListWidget { font-size: 16pt; }
)";

constexpr int JobsListed = 6;
constexpr int JobsOnMap = 5;
constexpr int NeighboursOnMap = 3;
constexpr double MapScale = 260.0;

QString quoted(const QStringList &items)
{
    QStringList result;
    for (const QString &item : items)
        result.append(SimilarWordsWidget::tr("“%1”").arg(item));
    return QLocale().createSeparatedList(result);
}

} // namespace

SimilarWordsWidget::SimilarWordsWidget(const QStringList &lessonTexts, const QString &language,
                                       QWidget *parent)
    : QWidget(parent),
      m_language(language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en")),
      m_words(lessonTexts), m_title(new QLabel(this)), m_queryLabel(new QLabel(this)),
      m_query(new QLineEdit(this)), m_reset(new QPushButton(this)),
      m_resultsTitle(new QLabel(this)), m_results(new QListWidget(this)),
      m_neighbours(new QLabel(this)), m_mapTitle(new QLabel(this)),
      m_scene(new QGraphicsScene(this)), m_map(new QGraphicsView(m_scene, this)),
      m_showsTitle(new QLabel(this)), m_shows(new QLabel(this)),
      m_simplifiesTitle(new QLabel(this)), m_simplifies(new QLabel(this))
{
    setObjectName(QStringLiteral("similarWordsWidget"));
    setStyleSheet(QString::fromLatin1(StyleSheet));
    m_title->setObjectName(QStringLiteral("demoTitle"));
    m_query->setObjectName(QStringLiteral("jobQuery"));
    m_results->setObjectName(QStringLiteral("jobResults"));
    m_map->setObjectName(QStringLiteral("wordMap"));
    m_reset->setObjectName(QStringLiteral("reset"));
    m_neighbours->setObjectName(QStringLiteral("neighbours"));
    for (QLabel *heading : {m_resultsTitle, m_mapTitle, m_showsTitle, m_simplifiesTitle})
        heading->setProperty("role", "heading");
    for (QLabel *panel : {m_shows, m_simplifies, m_neighbours})
        panel->setProperty("role", "panel");
    for (QLabel *label : {m_neighbours, m_shows, m_simplifies})
        label->setWordWrap(true);
    m_queryLabel->setBuddy(m_query);
    m_query->setClearButtonEnabled(true);
    m_results->setWordWrap(true);
    m_results->setMinimumHeight(200);
    m_results->setMaximumHeight(260);
    m_map->setRenderHint(QPainter::Antialiasing);
    m_map->setMinimumHeight(240);
    m_map->setFocusPolicy(Qt::NoFocus); // a picture: Tab goes from the box to the list to Reset

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_reset);

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_queryLabel);
    left->addLayout(queryRow);
    left->addWidget(m_resultsTitle);
    left->addWidget(m_results);
    left->addWidget(m_neighbours);
    left->addWidget(m_mapTitle);
    left->addWidget(m_map, 1);

    QScrollArea *panel = DemoParts::explanationPanel(this, {m_showsTitle, m_shows, m_simplifiesTitle, m_simplifies}, 520);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addSpacing(16);
    layout->addWidget(panel, 2);

    connect(m_query, &QLineEdit::textChanged, this, &SimilarWordsWidget::search);
    connect(m_reset, &QPushButton::clicked, this, &SimilarWordsWidget::reset);
    retranslate();
    reset();
}

QString SimilarWordsWidget::query() const
{
    return m_query->text();
}

void SimilarWordsWidget::setQuery(const QString &query)
{
    m_query->setText(query);
}

QStringList SimilarWordsWidget::resultTitles() const
{
    QStringList titles;
    for (const SimilarWords::JobMatch &m : m_matches)
        titles.append(m.title);
    return titles;
}

int SimilarWordsWidget::mapPoints() const
{
    int points = 0;
    for (const QGraphicsItem *item : m_scene->items())
        points += item->type() == QGraphicsEllipseItem::Type ? 1 : 0;
    return points;
}

void SimilarWordsWidget::reset()
{
    m_query->clear();
    search();
    m_query->setFocus();
}

void SimilarWordsWidget::search()
{
    const QString text = m_query->text().trimmed();
    m_results->clear();
    m_matches.clear();
    if (text.isEmpty()) {
        m_scene->clear();
        m_neighbours->setText(
            tr("Type a job, even with mistakes: “aide soigante”, “devlopeur”, “cuisinié”…"));
        fitNeighboursLabel();
        return;
    }
    m_matches = SimilarWords::searchJobs(text, m_language, JobsListed);
    for (const SimilarWords::JobMatch &m : m_matches) {
        const QString score = QLocale().toString(qRound(m.score * 100));
        const QString line = m.sharedGroups.isEmpty()
                                 ? tr("%1 — similarity %2 %").arg(m.matched, score)
                                 : tr("%1 — similarity %2 % — letters in common: %3")
                                       .arg(m.matched, score, quoted(m.sharedGroups));
        auto *item = new QListWidgetItem(line, m_results);
        item->setData(Qt::AccessibleTextRole, line);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);

    // The last word typed is compared with the words of the lessons.
    const QStringList typed = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString word = typed.isEmpty() ? text : typed.last();
    const QList<SimilarWords::Neighbour> near = m_words.neighbours(word, NeighboursOnMap);
    if (near.isEmpty()) {
        m_neighbours->setText(tr("The lessons contain no word close to “%1”.").arg(word));
    } else {
        const SimilarWords::Neighbour &first = near.first();
        QString why;
        if (!first.sharedGroups.isEmpty() && !first.sharedContext.isEmpty())
            why = tr("they share the letters %1 and both appear next to %2")
                      .arg(quoted(first.sharedGroups), quoted(first.sharedContext));
        else if (!first.sharedGroups.isEmpty())
            why = tr("they share the letters %1").arg(quoted(first.sharedGroups));
        else
            why = tr("both appear next to %1").arg(quoted(first.sharedContext));
        QStringList others;
        for (const SimilarWords::Neighbour &n : near.mid(1))
            others.append(n.word);
        m_neighbours->setText(
            others.isEmpty()
                ? tr("In the lessons, the closest word to “%1” is “%2”: %3.")
                      .arg(word, first.word, why)
                : tr("In the lessons, the closest word to “%1” is “%2”: %3. Then come %4.")
                      .arg(word, first.word, why, quoted(others)));
    }

    fitNeighboursLabel();

    QStringList mapWords{text};
    for (const SimilarWords::JobMatch &m : m_matches.mid(0, JobsOnMap))
        mapWords.append(m.matched);
    for (const SimilarWords::Neighbour &n : near)
        if (!mapWords.contains(n.word))
            mapWords.append(n.word);
    drawMap(mapWords, 1);
}

void SimilarWordsWidget::drawMap(const QStringList &words, int queryCount)
{
    m_scene->clear();
    const QList<QPointF> points = m_words.map(words, MapSeed);
    QFont labelFont = font();
    labelFont.setPointSize(14);
    QList<QRectF> placed;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const bool isQuery = i < queryCount;
        const QPointF at = points.at(i) * MapScale;
        const QColor colour = isQuery ? QColor(0xc6, 0x28, 0x28) : QColor(0x1f, 0x3a, 0x5f);
        auto *dot =
            m_scene->addEllipse(at.x() - 7, at.y() - 7, 14, 14, QPen(colour), QBrush(colour));
        dot->setToolTip(words.at(i));
        QFont f = labelFont;
        f.setBold(isQuery);
        auto *label = m_scene->addSimpleText(words.at(i), f);
        label->setBrush(colour);
        label->setPos(at.x() + 10, at.y() - 12);
        // Words with almost the same vector land on the same spot: move the label down until it
        // no longer covers another one, so every word stays readable on the projector.
        for (int tries = 0; tries < 8; ++tries) {
            const QRectF box = label->sceneBoundingRect();
            if (std::none_of(placed.cbegin(), placed.cend(),
                             [&](const QRectF &other) { return other.intersects(box); }))
                break;
            label->moveBy(0, box.height() * 0.9);
        }
        placed.append(label->sceneBoundingRect());
    }
    m_map->setAccessibleDescription(
        tr("Map of %n word(s): nearby dots are words with similar vectors.", nullptr,
           int(points.size())));
    m_map->fitInView(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

void SimilarWordsWidget::fitNeighboursLabel()
{
    // A word-wrapped label may be squeezed below its text by the list and the map: reserve the
    // height its sentence needs at the current width.
    const int width = m_neighbours->width() > 50 ? m_neighbours->width() : 700;
    m_neighbours->setMinimumHeight(m_neighbours->heightForWidth(width));
}

void SimilarWordsWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitNeighboursLabel();
    if (!m_scene->items().isEmpty())
        m_map->fitInView(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20),
                         Qt::KeepAspectRatio);
}

void SimilarWordsWidget::retranslate()
{
    m_title->setText(tr("Similar words"));
    m_queryLabel->setText(tr("&Search for a job:"));
    m_query->setAccessibleName(tr("Search for a job"));
    m_query->setPlaceholderText(tr("e.g. aide soigante"));
    m_reset->setText(tr("&Reset"));
    m_resultsTitle->setText(tr("Closest jobs"));
    m_results->setAccessibleName(tr("Closest jobs"));
    m_mapTitle->setText(tr("Map of the words (close dots = similar vectors)"));
    m_map->setAccessibleName(tr("Map of the words"));
    m_showsTitle->setText(tr("What this shows"));
    m_shows->setText(
        tr("The computer turns each word into a list of numbers: a vector.\n"
           "Here the numbers count groups of three to five letters, and the words found around it "
           "in the lessons.\n"
           "Words with similar vectors are close: the search finds a job despite a typo.\n"
           "The map squeezes thousands of numbers into two, so that we can see it.\n"
           "The computer does not understand the words; it compares numbers."));
    m_simplifiesTitle->setText(tr("What it simplifies"));
    m_simplifies->setText(
        tr("Real systems learn their vectors from billions of sentences, not from a few lessons.\n"
           "Their vectors also capture meaning: “nurse” near “care assistant”. Ours mostly capture "
           "spelling.\n"
           "Letter groups can mislead: “cuisine” is close to “cuisinier”, yet it is not a job.\n"
           "The vectors also copy the biases of the texts they come from.\n"
           "A 2-D map always distorts some distances."));
    search();
}

void SimilarWordsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
