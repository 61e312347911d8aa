// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshops/workshop.h"

#include <QAbstractTableModel>
#include <QHash>

// The rows of the Workshops screen: one workshop each, dates in the locale's format, cancelled
// workshops marked.
class WorkshopTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TimeColumn, TitleColumn, SiteColumn, FacilitatorColumn, ModulesColumn,
                  RegisteredColumn, PresentColumn, CapacityColumn, StatusColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setWorkshops(QList<Workshop> workshops);
    // Module id -> title in the interface language, for the Modules column.
    void setModuleTitles(QHash<QString, QString> titles);
    const Workshop &workshop(int row) const { return m_workshops.at(row); }
    int rowOf(qint64 workshopId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers and cells are translated at display time; the view asks again on a language change.
    void retranslate();

private:
    QString modulesText(const Workshop &workshop) const;

    QList<Workshop> m_workshops;
    QHash<QString, QString> m_moduleTitles;
};
