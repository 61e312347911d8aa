// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsscreen.h"

#include "core/languagemanager.h"
#include "core/settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

SettingsScreen::SettingsScreen(QWidget *parent)
    : Screen(parent), m_heading(new QLabel(this)), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addStretch();
    retranslate();
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
}
