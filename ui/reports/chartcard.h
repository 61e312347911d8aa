// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>

class ChartTableModel;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;

// One dashboard chart: a Qt Charts view drawn from a ChartTableModel, a "Table" toggle showing the
// same model in a table (the accessible alternative) and "Save as PNG…". Qt Charts stays behind
// this widget, so that it can be swapped for another chart library later.
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { StackedBars, Bars, HorizontalBars, Line, Pie };

    ChartCard(Kind kind, ChartTableModel *model, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // The value columns drawn (0 = the first value column); the table shows every column.
    void setChartColumns(const QList<int> &columns);
    // Value axis from 0 to 100 (percentages) instead of 0 to the largest value.
    void setPercentAxis(bool percent);

    ChartTableModel *model() const { return m_model; }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QTableView *tableView() const { return m_table; }

    bool showsTable() const;
    void showTable(bool table);
    // Writes the chart as a PNG image; false (nothing kept) when the file cannot be written.
    bool savePng(const QString &path);

signals:
    // After "Save as PNG…": what happened, for the status line (translated).
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void chooseFile();
    QList<int> drawnColumns() const;

    Kind m_kind;
    ChartTableModel *m_model;
    QList<int> m_columns;
    bool m_percentAxis = false;
    QLabel *m_title;
    QToolButton *m_tableToggle;
    QToolButton *m_save;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QTableView *m_table;
};
