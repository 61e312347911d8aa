// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class Database;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The privacy part of the Settings screen: the retention period, the organisation and contact that
// the privacy notice names, and the privacy notice and log.
class PrivacySettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PrivacySettingsBox(Database &database, QWidget *parent = nullptr);

    QSpinBox *retentionMonths() const { return m_months; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Database &m_database;
    QLabel *m_monthsLabel;
    QSpinBox *m_months;
    QLabel *m_organisationLabel;
    QLineEdit *m_organisation;
    QLabel *m_contactLabel;
    QLineEdit *m_contact;
    QPushButton *m_notice;
    QPushButton *m_log;
};
