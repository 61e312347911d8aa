// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aidemo/similarwords.h"

#include <QWidget>

class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// "Similar words", for a projector: a job-search box that forgives typos, the reason for each
// match, the nearest words of the lessons, and a 2-D map of the words' vectors.
class SimilarWordsWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr quint32 MapSeed = 7;

    SimilarWordsWidget(const QStringList &lessonTexts, const QString &language,
                       QWidget *parent = nullptr);

    QString query() const;
    void setQuery(const QString &query);
    QStringList resultTitles() const; // jobs listed, best first
    int mapPoints() const;

public slots:
    void reset();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void search();
    void fitNeighboursLabel();
    void drawMap(const QStringList &words, int queryCount);
    void retranslate();

    QString m_language;
    SimilarWords m_words;
    QLabel *m_title;
    QLabel *m_queryLabel;
    QLineEdit *m_query;
    QPushButton *m_reset;
    QLabel *m_resultsTitle;
    QListWidget *m_results;
    QLabel *m_neighbours;
    QLabel *m_mapTitle;
    QGraphicsScene *m_scene;
    QGraphicsView *m_map;
    QLabel *m_showsTitle;
    QLabel *m_shows;
    QLabel *m_simplifiesTitle;
    QLabel *m_simplifies;
    QList<SimilarWords::JobMatch> m_matches;
};
