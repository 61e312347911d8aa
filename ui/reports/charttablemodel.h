// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

// The small table behind one dashboard chart: a label per row (a period, a module, a site…) then
// numeric columns. The chart draws it and the table view shows the same rows, for people who
// cannot see the chart.
class ChartTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Format { Count, Decimal, Percent };
    struct Column
    {
        QString title;
        Format format = Format::Count;
        QColor color = {}; // a hint for the chart; invalid: the chart theme's
    };
    struct Row
    {
        QString label;
        QList<double> values; // one per column
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `labelTitle` heads the label column (column 0); value column i is model column i + 1.
    void setContent(const QString &labelTitle, const QList<Column> &columns, const QList<Row> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Typed access for the charts: value column `column` (0 = first value column).
    int valueColumnCount() const { return int(m_columns.size()); }
    QString label(int row) const { return m_rows.at(row).label; }
    double value(int row, int column) const { return m_rows.at(row).values.value(column); }
    const Column &column(int column) const { return m_columns.at(column); }

private:
    QString m_labelTitle;
    QList<Column> m_columns;
    QList<Row> m_rows;
};
