// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The privacy notice a mediator shows or prints for learners (GDPR articles 13 and 14): who holds
// the data, what is collected and why, the legal basis, how long, the rights and where to complain.
// The text lives in resources/privacy/notice-<lang>.md; the organisation, its contact, the retention
// period and the version are filled in here. A learner's consent records the version they agreed to.
class PrivacyNotice
{
public:
    // The version of the wording. Change it whenever the notice's meaning changes, so that the consent
    // recorded afterwards names the new wording.
    static QString version() { return QStringLiteral("2026-11"); }
    static QStringList languages(); // those with a notice: fr, en

    struct Facts
    {
        QString organisation;
        QString contact;
        int retentionMonths = 24; // 0: kept until the person asks for erasure
    };
    static Facts fromSettings();

    // The notice in Markdown, with the facts filled in (a placeholder in the notice's own language
    // where the organisation has not given one yet). An unknown language gives the French notice.
    static QString markdown(const QString &language, const Facts &facts);
    // The first heading, e.g. "Vos données personnelles".
    static QString title(const QString &language);
};
