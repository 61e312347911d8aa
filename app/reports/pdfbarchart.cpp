// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/pdfbarchart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

void paintHorizontalBarChart(QPainter &painter, const QRectF &area, const QList<ChartBar> &bars, qreal rowHeight, const QColor &color,
                             double largest)
{
    if (bars.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal gap = metrics.averageCharWidth();
    qreal labelWidth = 0;
    qreal valueWidth = 0;
    const bool scaleGiven = largest > 0;
    for (const ChartBar &bar : bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(bar.valueText));
        if (!scaleGiven)
            largest = std::max(largest, bar.value);
    }
    labelWidth = std::min(labelWidth, area.width() * 0.4);
    const qreal barsLeft = area.left() + labelWidth + gap;
    const qreal barsWidth = std::max<qreal>(0, area.width() - labelWidth - valueWidth - 2 * gap);
    const qreal thickness = rowHeight * 0.62;
    // Right to left (the painter's direction, set from the language), the chart is drawn mirrored:
    // labels on the right, bars growing leftwards. mirror() maps a left-to-right x to its place.
    const bool rightToLeft = painter.layoutDirection() == Qt::RightToLeft;
    const auto mirror = [&](qreal x, qreal width) { return rightToLeft ? area.left() + area.right() - x - width : x; };

    painter.save();
    qreal top = area.top();
    for (const ChartBar &bar : bars) {
        const qreal baseline = top + (rowHeight - metrics.height()) / 2 + metrics.ascent();
        painter.setPen(Qt::black);
        const QString label = metrics.elidedText(bar.label, Qt::ElideRight, labelWidth);
        painter.drawText(QPointF(mirror(area.left(), metrics.horizontalAdvance(label)), baseline), label);
        const qreal length = largest > 0 && bar.value > 0 ? barsWidth * bar.value / largest : 0;
        if (length > 0)
            painter.fillRect(QRectF(mirror(barsLeft, length), top + (rowHeight - thickness) / 2, length, thickness), color);
        painter.drawText(QPointF(mirror(barsLeft + length + gap / 2, metrics.horizontalAdvance(bar.valueText)), baseline),
                         bar.valueText);
        top += rowHeight;
    }
    // The axis the bars start from.
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), std::max<qreal>(1, rowHeight / 30)));
    const qreal axis = mirror(barsLeft, 0);
    painter.drawLine(QPointF(axis, area.top()), QPointF(axis, top));
    painter.restore();
}
