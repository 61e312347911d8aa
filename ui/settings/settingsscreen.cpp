// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsscreen.h"

#include "accounts/staffaccountspanel.h"
#include "core/languagemanager.h"
#include "core/settings.h"
#include "privacy/privacysettingsbox.h"
#include "sites/facilitatorsdialog.h"
#include "sites/facilitatorstore.h"
#include "sites/sitesdialog.h"
#include "sites/sitestore.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SettingsScreen::SettingsScreen(QWidget *parent)
    : Screen(parent), m_heading(new QLabel(this)), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this))
{
    build();
}

SettingsScreen::SettingsScreen(Database &database, QWidget *parent)
    : Screen(parent), m_database(&database), m_heading(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this))
{
    build();
}

void SettingsScreen::build()
{
    m_heading->setProperty("role", QStringLiteral("screenTitle"));
    m_heading->setObjectName(QStringLiteral("screenTitle"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : LanguageManager::available())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(LanguageManager::instance()->current()));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, &SettingsScreen::chooseLanguage);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    if (m_database) {
        m_siteLabel = new QLabel(this);
        m_site = new QComboBox(this);
        m_site->setObjectName(QStringLiteral("currentSiteCombo"));
        m_siteLabel->setBuddy(m_site);
        m_sites = new QPushButton(this);
        m_sites->setObjectName(QStringLiteral("sitesButton"));
        m_facilitatorLabel = new QLabel(this);
        m_facilitator = new QComboBox(this);
        m_facilitator->setObjectName(QStringLiteral("currentFacilitatorCombo"));
        m_facilitatorLabel->setBuddy(m_facilitator);
        m_facilitators = new QPushButton(this);
        m_facilitators->setObjectName(QStringLiteral("facilitatorsButton"));
        m_hint = new QLabel(this);
        m_hint->setWordWrap(true);
        auto *siteRow = new QHBoxLayout;
        siteRow->addWidget(m_site, 1);
        siteRow->addWidget(m_sites);
        auto *facilitatorRow = new QHBoxLayout;
        facilitatorRow->addWidget(m_facilitator, 1);
        facilitatorRow->addWidget(m_facilitators);
        form->addRow(m_siteLabel, siteRow);
        form->addRow(m_facilitatorLabel, facilitatorRow);
        form->addRow(QString(), m_hint);
        connect(m_site, &QComboBox::activated, this, [this] { Settings::setCurrentSiteId(m_site->currentData().toLongLong()); });
        connect(m_facilitator, &QComboBox::activated, this,
                [this] { Settings::setCurrentFacilitatorId(m_facilitator->currentData().toLongLong()); });
        connect(m_sites, &QPushButton::clicked, this, &SettingsScreen::editSites);
        connect(m_facilitators, &QPushButton::clicked, this, &SettingsScreen::editFacilitators);
    }
    // The settings grow with the staff panel and the privacy box: they scroll below the title, so
    // that the screen still fits a 1280×720 projector at any zoom.
    auto *content = new QWidget(this);
    m_column = new QVBoxLayout(content);
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->addLayout(form);
    if (m_database)
        m_column->addWidget(new PrivacySettingsBox(*m_database, content));
    m_column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    retranslate();
}

void SettingsScreen::showStaffAccounts(StaffSession &staff)
{
    if (!m_database || m_staffAccounts)
        return;
    m_staffAccounts = new StaffAccountsPanel(*m_database, staff, this);
    connect(m_staffAccounts, &StaffAccountsPanel::inactivityChanged, this, &SettingsScreen::inactivityChanged);
    m_column->insertWidget(m_column->count() - 1, m_staffAccounts); // above the closing stretch
}

void SettingsScreen::activate()
{
    reloadSitesAndFacilitators();
}

void SettingsScreen::reloadSitesAndFacilitators()
{
    if (!m_database)
        return;
    // The settings keep an id; in another database file that id may not exist: show "none" then.
    m_site->clear();
    m_site->addItem(tr("No site"), 0);
    if (const Result<QList<Site>> sites = SiteStore(m_database->connection()).all())
        for (const Site &site : *sites)
            m_site->addItem(site.name, site.id);
    m_site->setCurrentIndex(qMax(0, m_site->findData(Settings::currentSiteId())));
    m_facilitator->clear();
    m_facilitator->addItem(tr("No facilitator"), 0);
    if (const Result<QList<Facilitator>> facilitators = FacilitatorStore(m_database->connection()).list(false))
        for (const Facilitator &f : *facilitators)
            m_facilitator->addItem(f.displayName, f.id);
    m_facilitator->setCurrentIndex(qMax(0, m_facilitator->findData(Settings::currentFacilitatorId())));
}

void SettingsScreen::editSites()
{
    SitesDialog dialog(*m_database, this);
    dialog.exec();
    reloadSitesAndFacilitators();
}

void SettingsScreen::editFacilitators()
{
    FacilitatorsDialog dialog(*m_database, this);
    dialog.exec();
    reloadSitesAndFacilitators();
}

void SettingsScreen::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (LanguageManager::instance()->setLanguage(code))
        Settings::setLanguage(code);
}

void SettingsScreen::retranslate()
{
    m_heading->setText(title());
    m_languageLabel->setText(tr("Interface &language:"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->setCurrentIndex(m_language->findData(LanguageManager::instance()->current()));
    if (!m_database)
        return;
    m_siteLabel->setText(tr("Current &site:"));
    m_site->setAccessibleName(tr("Current site"));
    m_sites->setText(tr("S&ites…"));
    m_sites->setAccessibleName(tr("Manage sites"));
    m_facilitatorLabel->setText(tr("Current &facilitator:"));
    m_facilitator->setAccessibleName(tr("Current facilitator"));
    m_facilitators->setText(tr("F&acilitators…"));
    m_facilitators->setAccessibleName(tr("Manage facilitators"));
    m_hint->setText(tr("New workshops start with the current site and facilitator."));
    reloadSitesAndFacilitators();
}
