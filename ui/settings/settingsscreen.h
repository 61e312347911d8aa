// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"

class Database;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;
class StaffAccountsPanel;
class StaffSession;

// Preferences: interface language (applied at once); the current site and facilitator, defaults
// of new workshops, with the lists of sites and facilitators; later backups.
class SettingsScreen : public Screen
{
    Q_OBJECT
public:
    // Without a database only the language is shown.
    explicit SettingsScreen(QWidget *parent = nullptr);
    explicit SettingsScreen(Database &database, QWidget *parent = nullptr);
    QString title() const override { return tr("Settings"); }
    void activate() override;
    // Adds the "Staff accounts" section, which follows who is signed in (coordinators see it all).
    void showStaffAccounts(StaffSession &staff);
    StaffAccountsPanel *staffAccounts() const { return m_staffAccounts; }

signals:
    void inactivityChanged(int minutes);

public slots:
    void editSites();
    void editFacilitators();

protected:
    void retranslate() override;

private:
    void build();
    void chooseLanguage(int index);
    void reloadSitesAndFacilitators();

    Database *m_database = nullptr;
    QLabel *m_heading;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_siteLabel = nullptr;
    QComboBox *m_site = nullptr;
    QPushButton *m_sites = nullptr;
    QLabel *m_facilitatorLabel = nullptr;
    QComboBox *m_facilitator = nullptr;
    QPushButton *m_facilitators = nullptr;
    QLabel *m_hint = nullptr;
    StaffAccountsPanel *m_staffAccounts = nullptr;
    QVBoxLayout *m_column = nullptr; // the scrolled settings, below the title
};
