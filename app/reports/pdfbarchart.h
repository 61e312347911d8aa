// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// One bar of a chart: what it is, how long it is, and the text printed after it.
struct ChartBar
{
    QString label;
    double value = 0;  // bars are scaled to the largest value; a negative value draws no bar
    QString valueText; // already formatted in the reader's language
};

// Paints a horizontal bar chart into `area` with the painter's font: one row of `rowHeight` per
// bar, its label on the left (cut with "…" past 40 % of the width), the bar, then its value. Works
// on any device (a PDF page, an image); the reports draw their charts with it from the same
// figures as their tables. Bars are scaled to `largest`, or to the largest of `bars` when it is 0
// (a chart split over two pages keeps one scale).
void paintHorizontalBarChart(QPainter &painter, const QRectF &area, const QList<ChartBar> &bars, qreal rowHeight,
                             const QColor &color = QColor(0x2f, 0x6f, 0xa7), double largest = 0);

inline qreal horizontalBarChartHeight(qsizetype bars, qreal rowHeight)
{
    return qreal(bars) * rowHeight;
}
