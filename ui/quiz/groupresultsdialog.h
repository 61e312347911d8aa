// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class ModuleLibrary;
class QComboBox;
class QLabel;
class QTableWidget;

// A workshop's quiz results as a group: the average, how scores spread, and the success rate per
// question (lowest first), to show the facilitator what to explain again. No names.
class GroupResultsDialog : public QDialog
{
    Q_OBJECT
public:
    GroupResultsDialog(const QSqlDatabase &db, const ModuleLibrary &library, const QString &language,
                       QWidget *parent = nullptr);

    bool selectWorkshop(qint64 workshopId);
    QString summaryText() const;
    QTableWidget *questionTable() const { return m_questions; }

private:
    void fillModules();
    void refresh();

    QSqlDatabase m_db;
    const ModuleLibrary &m_library;
    QString m_language;
    QComboBox *m_workshop;
    QComboBox *m_module;
    QComboBox *m_kind;
    QLabel *m_summary;
    QTableWidget *m_distribution;
    QTableWidget *m_questions;
};
