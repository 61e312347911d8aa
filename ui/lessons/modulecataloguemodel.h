// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/progressstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class ModuleLibrary;
struct Module;

// The catalogue of usable modules, with the current learner's progress, for the Lessons screen.
class ModuleCatalogueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Duration, Level, Languages, Progress, ColumnCount };
    enum Role { ModuleIdRole = Qt::UserRole + 1, SummaryRole };

    explicit ModuleCatalogueModel(const ModuleLibrary &library, QObject *parent = nullptr);

    // Reloads from the library, in the given interface language, with the learner's progress
    // (empty for a guest).
    void reload(const QString &language, const QHash<QString, ModuleProgress> &progress);
    const Module *moduleAt(int row) const { return m_modules.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString progressText(const Module &module) const;

    const ModuleLibrary &m_library;
    QString m_language;
    QList<const Module *> m_modules;
    QHash<QString, ModuleProgress> m_progress;
};
