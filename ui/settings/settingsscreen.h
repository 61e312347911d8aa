// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"

class QComboBox;
class QFormLayout;
class QLabel;

// Preferences: interface language (applied at once), and later site, facilitator, backups.
class SettingsScreen : public Screen
{
    Q_OBJECT
public:
    explicit SettingsScreen(QWidget *parent = nullptr);
    QString title() const override { return tr("Settings"); }

protected:
    void retranslate() override;

private:
    void chooseLanguage(int index);

    QLabel *m_heading;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};
