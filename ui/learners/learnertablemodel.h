// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learners/learnerstore.h"

#include <QAbstractTableModel>

// The rows of the Learners screen: display name, full name, postcode, age band, last attendance.
class LearnerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DisplayName, FullName, Postcode, AgeBand, LastAttendance, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setLearners(QList<Learner> learners);
    const Learner &learner(int row) const { return m_learners.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_learners.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column titles follow the language: the screen calls this on a language change.
    void retranslate() { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

private:
    QList<Learner> m_learners;
};
