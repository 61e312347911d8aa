// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnertablemodel.h"

#include "learners/learnerfields.h"

#include <QLocale>

void LearnerTableModel::setLearners(QList<Learner> learners)
{
    beginResetModel();
    m_learners = std::move(learners);
    endResetModel();
}

int LearnerTableModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_learners.size(); ++i) {
        if (m_learners.at(i).id == id)
            return int(i);
    }
    return -1;
}

QVariant LearnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_learners.size())
        return {};
    const Learner &l = m_learners.at(index.row());
    if (role == Qt::UserRole)
        return l.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DisplayName: return l.displayName;
    case FullName: return l.fullName();
    case Postcode: return l.postcode;
    case AgeBand: return l.ageBand.isEmpty() ? QString() : LearnerFields::ageBandLabel(l.ageBand);
    case LastAttendance:
        return l.lastAttendance.isValid() ? QLocale().toString(l.lastAttendance.date(), QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant LearnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DisplayName: return tr("Display name");
    case FullName: return tr("Full name");
    case Postcode: return tr("Postcode");
    case AgeBand: return tr("Age band");
    case LastAttendance: return tr("Last attended");
    }
    return {};
}
