// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshops/workshopform.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;
class WorkshopSeries;

// Plans a series in one step: the fields of the first session, how often it repeats and how many
// sessions, with the dates shown before anything is saved.
class WorkshopSeriesDialog : public QDialog
{
    Q_OBJECT
public:
    WorkshopSeriesDialog(Database &database, const QList<WorkshopForm::ModuleChoice> &modules, const Workshop &first,
                         QWidget *parent = nullptr);

    WorkshopForm *form() const { return m_form; }
    QSpinBox *countSpin() const { return m_count; }
    QList<qint64> workshopIds() const { return m_ids; } // after acceptance
    WorkshopSeries series() const;

    void accept() override;

private:
    void updatePreview();

    Database &m_database;
    WorkshopForm *m_form;
    QComboBox *m_repeat;
    QSpinBox *m_interval;
    QSpinBox *m_count;
    QListWidget *m_preview;
    QList<qint64> m_ids;
};
