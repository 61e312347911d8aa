// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/modulecataloguemodel.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"

ModuleCatalogueModel::ModuleCatalogueModel(const ModuleLibrary &library, QObject *parent)
    : QAbstractTableModel(parent), m_library(library)
{
}

void ModuleCatalogueModel::reload(const QString &language, const QHash<QString, ModuleProgress> &progress)
{
    beginResetModel();
    m_language = language;
    m_modules = m_library.modules(language);
    m_progress = progress;
    endResetModel();
}

int ModuleCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size());
}

int ModuleCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModuleCatalogueModel::progressText(const Module &module) const
{
    const auto it = m_progress.constFind(module.id);
    if (it == m_progress.cend() || it->pagesSeen == 0)
        return tr("Not started");
    if (it->completed)
        return tr("Completed");
    return tr("%1 of %2 pages").arg(it->pagesSeen).arg(module.pages.size());
}

QVariant ModuleCatalogueModel::data(const QModelIndex &index, int role) const
{
    const Module *module = moduleAt(index.row());
    if (!module)
        return {};
    if (role == ModuleIdRole)
        return module->id;
    if (role == SummaryRole || role == Qt::ToolTipRole)
        return localized(module->summary, m_language);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Title:
        return localized(module->title, m_language);
    case Duration:
        return tr("%n min", nullptr, module->durationMinutes);
    case Level:
        if (module->level == QLatin1String("beginner"))
            return tr("Beginner");
        if (module->level == QLatin1String("intermediate"))
            return tr("Intermediate");
        return tr("Advanced");
    case Languages: {
        QStringList names;
        for (const QString &code : module->languages)
            names << LanguageManager::nativeName(code);
        return names.join(QStringLiteral(", "));
    }
    case Progress:
        return progressText(*module);
    }
    return {};
}

QVariant ModuleCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Module");
    case Duration: return tr("Duration");
    case Level: return tr("Level");
    case Languages: return tr("Languages");
    case Progress: return tr("Your progress");
    }
    return {};
}
