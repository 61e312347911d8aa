// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/facilitatorsdialog.h"

#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

FacilitatorsDialog::FacilitatorsDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_list(new QListWidget(this)), m_showInactive(new QCheckBox(tr("Show &inactive"), this)),
      m_add(new QPushButton(tr("&Add…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)), m_toggle(new QPushButton(this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("facilitatorsDialog"));
    setWindowTitle(tr("Facilitators"));
    auto *label = new QLabel(tr("&Facilitators who lead workshops:"), this);
    label->setBuddy(m_list);
    m_list->setAccessibleName(tr("Facilitators"));
    m_showInactive->setChecked(true);
    m_add->setAccessibleName(tr("Add a facilitator"));
    m_edit->setAccessibleName(tr("Edit the facilitator"));
    m_remove->setAccessibleName(tr("Remove the facilitator"));
    m_remove->setToolTip(tr("A facilitator who led workshops is deactivated instead, so that past workshops keep their name."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_toggle, m_remove})
        row->addWidget(button);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_showInactive);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, &FacilitatorsDialog::addFacilitator);
    connect(m_edit, &QPushButton::clicked, this, &FacilitatorsDialog::editFacilitator);
    connect(m_toggle, &QPushButton::clicked, this, &FacilitatorsDialog::toggleActive);
    connect(m_remove, &QPushButton::clicked, this, &FacilitatorsDialog::removeFacilitator);
    connect(m_list, &QListWidget::itemActivated, this, &FacilitatorsDialog::editFacilitator);
    connect(m_list, &QListWidget::currentRowChanged, this, &FacilitatorsDialog::updateButtons);
    connect(m_showInactive, &QCheckBox::toggled, this, [this] { reload(currentId()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(520, 420);
}

qint64 FacilitatorsDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void FacilitatorsDialog::reload(qint64 selectId)
{
    m_list->clear();
    const Result<QList<Facilitator>> facilitators = FacilitatorStore(m_database.connection()).list(m_showInactive->isChecked());
    if (!facilitators) {
        QMessageBox::warning(this, windowTitle(), facilitators.error());
        return;
    }
    for (const Facilitator &f : *facilitators) {
        auto *item = new QListWidgetItem(f.active ? f.displayName : tr("%1 (inactive)").arg(f.displayName), m_list);
        item->setData(Qt::UserRole, f.id);
        item->setData(Qt::UserRole + 1, f.active);
        if (!f.active)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (f.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void FacilitatorsDialog::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    const bool active = item && item->data(Qt::UserRole + 1).toBool();
    for (QPushButton *button : {m_edit, m_toggle, m_remove})
        button->setEnabled(item);
    m_toggle->setText(item && !active ? tr("Rea&ctivate") : tr("&Deactivate"));
    m_toggle->setAccessibleName(item && !active ? tr("Reactivate the facilitator") : tr("Deactivate the facilitator"));
}

void FacilitatorsDialog::addFacilitator()
{
    runEditor(0);
}

void FacilitatorsDialog::editFacilitator()
{
    if (const qint64 id = currentId())
        runEditor(id);
}

void FacilitatorsDialog::toggleActive()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const bool active = m_list->currentItem()->data(Qt::UserRole + 1).toBool();
    if (Status status = FacilitatorStore(m_database.connection()).setActive(id, !active); !status)
        QMessageBox::warning(this, windowTitle(), status.error());
    reload(id);
}

void FacilitatorsDialog::removeFacilitator()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString name = m_list->currentItem()->text();
    if (QMessageBox::question(this, tr("Remove facilitator"), tr("Remove %1 from the list?").arg(name), QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const Result<FacilitatorStore::Removal> removal = FacilitatorStore(m_database.connection()).remove(id);
    if (!removal) {
        QMessageBox::warning(this, windowTitle(), removal.error());
        return;
    }
    if (*removal == FacilitatorStore::Removal::Deactivated)
        QMessageBox::information(this, tr("Remove facilitator"),
                                 tr("%1 led workshops, so they were deactivated rather than removed: past workshops keep their name.")
                                     .arg(name));
    reload(id);
}

bool FacilitatorsDialog::runEditor(qint64 facilitatorId)
{
    FacilitatorStore store(m_database.connection());
    Facilitator facilitator;
    if (facilitatorId > 0) {
        const Result<Facilitator> stored = store.get(facilitatorId);
        if (!stored) {
            QMessageBox::warning(this, windowTitle(), stored.error());
            return false;
        }
        facilitator = *stored;
    }
    QDialog editor(this);
    editor.setWindowTitle(facilitatorId > 0 ? tr("Edit facilitator") : tr("New facilitator"));
    auto *name = new QLineEdit(facilitator.displayName, &editor);
    name->setObjectName(QStringLiteral("facilitatorNameEdit"));
    name->setAccessibleName(tr("Name"));
    auto *email = new QLineEdit(facilitator.email, &editor);
    email->setObjectName(QStringLiteral("facilitatorEmailEdit"));
    email->setAccessibleName(tr("E-mail"));
    auto *site = new QComboBox(&editor);
    site->setAccessibleName(tr("Home site"));
    site->addItem(tr("No site"), 0);
    if (const Result<QList<Site>> sites = SiteStore(m_database.connection()).all())
        for (const Site &s : *sites)
            site->addItem(s.name, s.id);
    site->setCurrentIndex(qMax(0, site->findData(facilitator.siteId)));
    auto *nameLabel = new QLabel(tr("&Name:"), &editor);
    nameLabel->setBuddy(name);
    auto *emailLabel = new QLabel(tr("E-&mail (optional):"), &editor);
    emailLabel->setBuddy(email);
    auto *siteLabel = new QLabel(tr("&Home site:"), &editor);
    siteLabel->setBuddy(site);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &editor);
    auto *form = new QFormLayout(&editor);
    form->addRow(nameLabel, name);
    form->addRow(emailLabel, email);
    form->addRow(siteLabel, site);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &editor, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &editor, &QDialog::reject);
    editor.resize(420, editor.sizeHint().height());
    while (editor.exec() == QDialog::Accepted) {
        facilitator.displayName = name->text();
        facilitator.email = email->text();
        facilitator.siteId = site->currentData().toLongLong();
        if (facilitator.id > 0) {
            if (Status status = store.update(facilitator); !status) {
                QMessageBox::warning(&editor, editor.windowTitle(), status.error());
                continue;
            }
        } else {
            const Result<qint64> id = store.add(facilitator);
            if (!id) {
                QMessageBox::warning(&editor, editor.windowTitle(), id.error());
                continue;
            }
            facilitator.id = *id;
        }
        reload(facilitator.id);
        return true;
    }
    return false;
}
