// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/sitesdialog.h"

#include "sites/sitestore.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

SitesDialog::SitesDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this))
{
    setObjectName(QStringLiteral("sitesDialog"));
    setWindowTitle(tr("Sites"));
    auto *label = new QLabel(tr("&Sites where workshops take place:"), this);
    label->setBuddy(m_list);
    m_list->setAccessibleName(tr("Sites"));
    m_add->setAccessibleName(tr("Add a site"));
    m_edit->setAccessibleName(tr("Edit the site"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(m_add, &QPushButton::clicked, this, &SitesDialog::addSite);
    connect(m_edit, &QPushButton::clicked, this, &SitesDialog::editSite);
    connect(m_list, &QListWidget::itemActivated, this, &SitesDialog::editSite);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_edit->setEnabled(row >= 0); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    resize(440, 380);
}

void SitesDialog::reload(qint64 selectId)
{
    m_list->clear();
    const Result<QList<Site>> sites = SiteStore(m_database.connection()).all();
    if (!sites) {
        QMessageBox::warning(this, windowTitle(), sites.error());
        return;
    }
    for (const Site &site : *sites) {
        auto *item = new QListWidgetItem(site.address.isEmpty() ? site.name : tr("%1 — %2").arg(site.name, site.address), m_list);
        item->setData(Qt::UserRole, site.id);
        if (site.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_edit->setEnabled(m_list->currentItem());
}

void SitesDialog::addSite()
{
    runEditor(0);
}

void SitesDialog::editSite()
{
    if (const QListWidgetItem *item = m_list->currentItem())
        runEditor(item->data(Qt::UserRole).toLongLong());
}

bool SitesDialog::runEditor(qint64 siteId)
{
    SiteStore store(m_database.connection());
    Site site;
    if (siteId > 0) {
        const Result<Site> stored = store.get(siteId);
        if (!stored) {
            QMessageBox::warning(this, windowTitle(), stored.error());
            return false;
        }
        site = *stored;
    }
    QDialog editor(this);
    editor.setWindowTitle(siteId > 0 ? tr("Edit site") : tr("New site"));
    auto *name = new QLineEdit(site.name, &editor);
    name->setObjectName(QStringLiteral("siteNameEdit"));
    name->setAccessibleName(tr("Name"));
    auto *address = new QLineEdit(site.address, &editor);
    address->setObjectName(QStringLiteral("siteAddressEdit"));
    address->setAccessibleName(tr("Address"));
    auto *nameLabel = new QLabel(tr("&Name:"), &editor);
    nameLabel->setBuddy(name);
    auto *addressLabel = new QLabel(tr("A&ddress:"), &editor);
    addressLabel->setBuddy(address);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &editor);
    auto *form = new QFormLayout(&editor);
    form->addRow(nameLabel, name);
    form->addRow(addressLabel, address);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &editor, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &editor, &QDialog::reject);
    editor.resize(420, editor.sizeHint().height());
    while (editor.exec() == QDialog::Accepted) {
        site.name = name->text();
        site.address = address->text();
        if (site.id > 0) {
            if (Status status = store.update(site); !status) {
                QMessageBox::warning(&editor, editor.windowTitle(), status.error());
                continue;
            }
        } else {
            const Result<qint64> id = store.add(site);
            if (!id) {
                QMessageBox::warning(&editor, editor.windowTitle(), id.error());
                continue;
            }
            site.id = *id;
        }
        reload(site.id);
        return true;
    }
    return false;
}
