// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopeditdialog.h"

#include "storage/database.h"
#include "workshops/workshopstore.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

QList<Site> workshopDialogSites(Database &database)
{
    const Result<QList<Site>> sites = SiteStore(database.connection()).all();
    return sites ? *sites : QList<Site>{};
}

QList<Facilitator> workshopDialogFacilitators(Database &database)
{
    const Result<QList<Facilitator>> facilitators = FacilitatorStore(database.connection()).list(true);
    return facilitators ? *facilitators : QList<Facilitator>{};
}

WorkshopEditDialog::WorkshopEditDialog(Database &database, const QList<WorkshopForm::ModuleChoice> &modules,
                                       const Workshop &workshop, QWidget *parent)
    : QDialog(parent), m_database(database),
      m_form(new WorkshopForm(workshopDialogSites(database), workshopDialogFacilitators(database), modules, this)),
      m_workshopId(workshop.id)
{
    setObjectName(QStringLiteral("workshopEditDialog"));
    setWindowTitle(workshop.id > 0 ? tr("Edit workshop") : tr("New workshop"));
    m_form->setWorkshop(workshop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkshopEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->titleEdit()->setFocus();
    resize(560, sizeHint().height());
}

void WorkshopEditDialog::accept()
{
    const Workshop workshop = m_form->workshop();
    WorkshopStore store(m_database.connection());
    if (workshop.id > 0) {
        if (Status status = store.update(workshop); !status) {
            QMessageBox::warning(this, windowTitle(), status.error());
            return;
        }
    } else {
        const Result<qint64> id = store.add(workshop);
        if (!id) {
            QMessageBox::warning(this, windowTitle(), id.error());
            return;
        }
        m_workshopId = *id;
    }
    QDialog::accept();
}
