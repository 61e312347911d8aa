// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshops/workshopform.h"

#include <QDialog>

class Database;

// Creates or edits one workshop; stays open with the message when the store refuses the input,
// so nothing typed is lost.
class WorkshopEditDialog : public QDialog
{
    Q_OBJECT
public:
    // A workshop with id 0 is created, any other is updated.
    WorkshopEditDialog(Database &database, const QList<WorkshopForm::ModuleChoice> &modules, const Workshop &workshop,
                       QWidget *parent = nullptr);

    WorkshopForm *form() const { return m_form; }
    qint64 workshopId() const { return m_workshopId; } // after acceptance

    void accept() override;

private:
    Database &m_database;
    WorkshopForm *m_form;
    qint64 m_workshopId;
};

// Lists for the workshop dialogs, read from the stores (empty lists on a storage error: the
// dialog then offers "none", and saving reports the error).
QList<Site> workshopDialogSites(Database &database);
QList<Facilitator> workshopDialogFacilitators(Database &database);
