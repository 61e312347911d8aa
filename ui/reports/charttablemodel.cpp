// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/charttablemodel.h"

#include <QLocale>

void ChartTableModel::setContent(const QString &labelTitle, const QList<Column> &columns, const QList<Row> &rows)
{
    beginResetModel();
    m_labelTitle = labelTitle;
    m_columns = columns;
    m_rows = rows;
    endResetModel();
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::AccessibleTextRole ? QVariant(row.label) : QVariant();
    const double value = row.values.value(index.column() - 1);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QLocale locale;
        switch (m_columns.at(index.column() - 1).format) {
        case Format::Count:
            return locale.toString(qRound64(value));
        case Format::Decimal:
            return locale.toString(value, 'f', 1);
        case Format::Percent:
            return tr("%1 %").arg(locale.toString(value, 'f', 1));
        }
        return {};
    }
    case Qt::UserRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? m_labelTitle : m_columns.value(section - 1).title;
}
