// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/privacysettingsbox.h"

#include "core/settings.h"
#include "privacy/privacylogdialog.h"
#include "privacy/privacynoticedialog.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

PrivacySettingsBox::PrivacySettingsBox(Database &database, QWidget *parent)
    : QGroupBox(parent), m_database(database), m_monthsLabel(new QLabel(this)), m_months(new QSpinBox(this)),
      m_organisationLabel(new QLabel(this)), m_organisation(new QLineEdit(this)), m_contactLabel(new QLabel(this)),
      m_contact(new QLineEdit(this)), m_notice(new QPushButton(this)), m_log(new QPushButton(this))
{
    setObjectName(QStringLiteral("privacySettings"));
    m_months->setObjectName(QStringLiteral("retentionMonths"));
    m_months->setRange(0, 240);
    m_months->setValue(Settings::retentionMonths());
    m_monthsLabel->setBuddy(m_months);
    m_organisation->setObjectName(QStringLiteral("organisationName"));
    m_organisation->setText(Settings::organisationName());
    m_organisationLabel->setBuddy(m_organisation);
    m_contact->setObjectName(QStringLiteral("organisationContact"));
    m_contact->setText(Settings::organisationContact());
    m_contactLabel->setBuddy(m_contact);
    m_notice->setObjectName(QStringLiteral("privacyNoticeButton"));
    m_log->setObjectName(QStringLiteral("privacyLogButton"));

    auto *form = new QFormLayout(this);
    form->addRow(m_monthsLabel, m_months);
    form->addRow(m_organisationLabel, m_organisation);
    form->addRow(m_contactLabel, m_contact);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_notice);
    buttons->addWidget(m_log);
    buttons->addStretch();
    form->addRow(QString(), buttons);

    connect(m_months, &QSpinBox::valueChanged, this, [](int months) { Settings::setRetentionMonths(months); });
    connect(m_organisation, &QLineEdit::textChanged, this, [](const QString &text) { Settings::setOrganisationName(text); });
    connect(m_contact, &QLineEdit::textChanged, this, [](const QString &text) { Settings::setOrganisationContact(text); });
    connect(m_notice, &QPushButton::clicked, this, [this] { PrivacyNoticeDialog::open(window()); });
    connect(m_log, &QPushButton::clicked, this, [this] {
        PrivacyLogDialog dialog(m_database, window());
        dialog.exec();
    });
    retranslate();
}

void PrivacySettingsBox::retranslate()
{
    setTitle(tr("Privacy"));
    m_monthsLabel->setText(tr("Anonymise learners &inactive for:"));
    m_months->setSuffix(tr(" months"));
    m_months->setSpecialValueText(tr("never"));
    m_months->setAccessibleName(tr("Months of inactivity before anonymisation (0: never)"));
    m_months->setToolTip(tr("At start, Mediatelier lists the learners inactive for this long and offers to anonymise them."));
    m_organisationLabel->setText(tr("&Organisation (in the privacy notice):"));
    m_organisation->setPlaceholderText(tr("e.g. Espace public numérique de Saint-Gilles"));
    m_contactLabel->setText(tr("C&ontact for privacy requests:"));
    m_contact->setPlaceholderText(tr("address, phone or e-mail"));
    m_notice->setText(tr("Privacy &notice…"));
    m_log->setText(tr("Privacy lo&g…"));
}

void PrivacySettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}
