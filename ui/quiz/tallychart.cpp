// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/tallychart.h"

#include "quiz/grouptally.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QTableWidget>
#include <QValueAxis>

#include <QVBoxLayout>
#include <algorithm>

namespace {
const QColor CorrectColor(0x2e, 0x7d,
                          0x32);           // green, darker than the usual to stay legible projected
const QColor OtherColor(0x9e, 0x9e, 0x9e); // grey
constexpr int AxisPointSize = 18;
constexpr int LabelPointSize = 18;
constexpr int TablePointSize = 11;

QFont sized(QFont font, int pointSize, bool bold = false)
{
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}
} // namespace

TallyChart::TallyChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_series(new QHorizontalBarSeries), m_set(new QBarSet(QString())),
      m_categoryAxis(new QBarCategoryAxis), m_valueAxis(new QValueAxis),
      m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("tallyChart"));
    m_chart->setAnimationOptions(QChart::NoAnimation); // a projector shows the result at once
    m_chart->legend()->hide(); // colours are explained by the ✓ on the axis and by the table
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setLocalizeNumbers(true);

    m_set->setColor(OtherColor);
    m_set->setBorderColor(OtherColor);
    m_set->setSelectedColor(CorrectColor);
    m_set->setLabelColor(QColor(0x11, 0x11, 0x11));
    m_set->setLabelFont(sized(font(), LabelPointSize, true));
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsPrecision(3); // 33.3, 100 (not 1e+02)
    m_series->setLabelsFormat(QStringLiteral("@value %"));
    m_series->setBarWidth(0.7);
    m_chart->addSeries(m_series);

    m_categoryAxis->setLabelsFont(sized(font(), AxisPointSize, true));
    m_valueAxis->setRange(0, 120); // room for the label of a 100 % bar
    m_valueAxis->setTickType(QValueAxis::TicksDynamic);
    m_valueAxis->setTickAnchor(0);
    m_valueAxis->setTickInterval(25);
    m_valueAxis->setLabelFormat(QStringLiteral("%d"));
    m_valueAxis->setLabelsVisible(false); // the bars carry their own values
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_valueAxis);
    applyDirection(); // places the option letters, on the left or on the right

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setMinimumHeight(200);

    m_table->setObjectName(QStringLiteral("tallyTable"));
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::TabFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setFont(sized(font(), TablePointSize));
    m_table->horizontalHeader()->setFont(sized(font(), TablePointSize, true));
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_table);
    retranslate();
}

void TallyChart::setTally(const GroupTally &tally, const QStringList &labels)
{
    // A horizontal bar series draws its first bar at the bottom: bars go in from the last option so
    // that A is at the top, in the same order as the options on screen.
    const QStringList ids = tally.optionIds();
    const int n = int(ids.size());
    QStringList categories;
    QList<int> correct;
    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    for (int i = n - 1; i >= 0; --i) {
        const QString label = labels.value(i, ids.at(i));
        // The check mark tells correct bars apart without relying on colour alone.
        categories.append(tally.isCorrect(ids.at(i)) ? tr("%1 ✓").arg(label) : label);
        if (tally.isCorrect(ids.at(i)))
            correct.append(n - 1 - i);
        m_set->append(tally.percent(ids.at(i)));
    }
    m_set->selectBars(correct);
    m_categoryAxis->setCategories(categories);

    m_table->setRowCount(int(ids.size()));
    const QLocale locale;
    for (int i = 0; i < ids.size(); ++i) {
        const QString id = ids.at(i);
        const QStringList cells = {labels.value(i, id), locale.toString(tally.count(id)),
                                   tr("%1 %").arg(locale.toString(tally.percent(id), 'f', 0)),
                                   tally.isCorrect(id) ? tr("Yes") : tr("No")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                               : Qt::AlignCenter);
            m_table->setItem(i, column, item);
        }
    }
    m_table->resizeRowsToContents();
    const int rows = m_table->verticalHeader()->length();
    m_table->setFixedHeight(m_table->horizontalHeader()->height() + rows +
                            2 * m_table->frameWidth());
}

QList<double> TallyChart::values() const
{
    QList<double> result;
    for (int i = m_set->count() - 1; i >= 0; --i)
        result.append(m_set->at(i));
    return result;
}

QList<int> TallyChart::correctBars() const
{
    QList<int> bars;
    for (int bar : m_set->selectedBars())
        bars.append(m_set->count() - 1 - bar);
    std::sort(bars.begin(), bars.end());
    return bars;
}

QStringList TallyChart::categories() const
{
    QStringList result = m_categoryAxis->categories();
    std::reverse(result.begin(), result.end());
    return result;
}

void TallyChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange)
        applyDirection();
    QWidget::changeEvent(event);
}

// Qt Charts does not mirror itself: right to left (Arabic), the option letters go on the right and
// the bars grow from right to left.
void TallyChart::applyDirection()
{
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const Qt::Alignment side = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    const bool attached = m_chart->axes().contains(m_categoryAxis);
    if (!attached || m_categoryAxis->alignment() != side) {
        if (attached) {
            m_series->detachAxis(m_categoryAxis);
            m_chart->removeAxis(m_categoryAxis); // hands the axis back: added again just below
        }
        m_chart->addAxis(m_categoryAxis, side);
        m_series->attachAxis(m_categoryAxis);
    }
    m_valueAxis->setReverse(rightToLeft);
}

void TallyChart::retranslate()
{
    m_view->setAccessibleName(tr("Chart: share of raised hands per option, in percent"));
    m_view->setAccessibleDescription(tr("The same figures are in the table below the chart."));
    m_table->setAccessibleName(tr("Raised hands per option"));
    m_table->setHorizontalHeaderLabels({tr("Option"), tr("Hands"), tr("Share"), tr("Correct")});
}
