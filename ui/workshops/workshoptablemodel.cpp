// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshoptablemodel.h"

#include "workshops/workshopperiod.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

void WorkshopTableModel::setWorkshops(QList<Workshop> workshops)
{
    beginResetModel();
    m_workshops = std::move(workshops);
    endResetModel();
}

void WorkshopTableModel::setModuleTitles(QHash<QString, QString> titles)
{
    beginResetModel();
    m_moduleTitles = std::move(titles);
    endResetModel();
}

int WorkshopTableModel::rowOf(qint64 workshopId) const
{
    for (int row = 0; row < m_workshops.size(); ++row)
        if (m_workshops.at(row).id == workshopId)
            return row;
    return -1;
}

int WorkshopTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workshops.size());
}

int WorkshopTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkshopTableModel::modulesText(const Workshop &workshop) const
{
    QStringList titles;
    for (const QString &id : workshop.modules)
        titles << m_moduleTitles.value(id, id); // a module since removed still shows its id
    return titles.join(QStringLiteral(", "));
}

QVariant WorkshopTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workshops.size())
        return {};
    const Workshop &w = m_workshops.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        // The day's name helps more than the number when planning a week.
        case DateColumn: return locale.toString(w.start.date(), QStringLiteral("ddd ") + WorkshopPeriod::shortDateFormat(locale));
        case TimeColumn:
            return tr("%1–%2").arg(locale.toString(w.start.time(), QLocale::ShortFormat),
                                   locale.toString(w.end().time(), QLocale::ShortFormat));
        case TitleColumn: return w.title;
        case SiteColumn: return w.siteName;
        case FacilitatorColumn: return w.facilitatorName;
        case ModulesColumn: return modulesText(w);
        case RegisteredColumn: return w.registered;
        case PresentColumn: return w.present;
        case CapacityColumn: return w.capacity > 0 ? QVariant(w.capacity) : QVariant(tr("no limit"));
        case StatusColumn:
            if (w.isCancelled())
                return tr("CANCELLED");
            return w.format == Workshop::Format::Individual ? tr("individual") : tr("collective");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn) {
        QString tip = w.place.isEmpty() ? w.title : tr("%1 — %2").arg(w.title, w.place);
        if (!w.notes.isEmpty())
            tip += QLatin1Char('\n') + w.notes;
        return tip;
    }
    if (role == Qt::FontRole && w.isCancelled()) {
        QFont font;
        font.setStrikeOut(index.column() != StatusColumn);
        font.setBold(index.column() == StatusColumn);
        return font;
    }
    if (role == Qt::ForegroundRole && w.isCancelled())
        return index.column() == StatusColumn ? QBrush(QColor(0xb0, 0x00, 0x20)) : QPalette().brush(QPalette::Disabled, QPalette::Text);
    // Full: the registered count turns red once it reaches the capacity.
    if (role == Qt::ForegroundRole && index.column() == RegisteredColumn && w.capacity > 0 && w.registered >= w.capacity)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && index.column() >= RegisteredColumn && index.column() <= CapacityColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return w.id;
    return {};
}

QVariant WorkshopTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case TimeColumn: return tr("Time");
    case TitleColumn: return tr("Title");
    case SiteColumn: return tr("Site");
    case FacilitatorColumn: return tr("Facilitator");
    case ModulesColumn: return tr("Modules");
    case RegisteredColumn: return tr("Registered");
    case PresentColumn: return tr("Present");
    case CapacityColumn: return tr("Capacity");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

void WorkshopTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_workshops.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
