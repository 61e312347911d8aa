// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class GroupTally;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QTableWidget;
class QValueAxis;

// The distribution of raised hands as a horizontal bar chart (percent per option, correct options
// in green), with a small table that says the same for screen readers. Qt Charts stays in here.
class TallyChart : public QWidget
{
    Q_OBJECT
public:
    explicit TallyChart(QWidget *parent = nullptr);

    // labels: what names each option on screen ("A", "B", …), in the tally's option order.
    void setTally(const GroupTally &tally, const QStringList &labels);

    QList<double> values() const;   // the bar values, in option order
    QList<int> correctBars() const; // indexes drawn as correct
    QStringList categories() const; // the axis labels, in option order
    QTableWidget *table() const { return m_table; }
    QChartView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyDirection();

    QChart *m_chart;
    QChartView *m_view;
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QTableWidget *m_table;
};
