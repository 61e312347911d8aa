// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/privacynotice.h"

#include "core/settings.h"

#include <QFile>
#include <QHash>

namespace {

// What the notice says where a fact is missing. These belong to the notice's text, in its own
// language whatever the interface language, so they sit beside it rather than in the translations.
struct Wording
{
    const char *organisation;
    const char *contact;
    const char *months;   // %1: the number of months
    const char *unlimited;
};

const QHash<QString, Wording> &wordings()
{
    static const QHash<QString, Wording> table = {
        {QStringLiteral("fr"),
         {"[nom de l'espace numérique]",
          "[adresse, téléphone ou e-mail de l'espace numérique : à compléter dans Mediatelier, Paramètres → Vie privée]",
          "pendant %1 mois après votre dernière venue", "jusqu'à ce que vous demandiez leur effacement"}},
        {QStringLiteral("en"),
         {"[name of the digital space]",
          "[address, phone or e-mail of the digital space: to be filled in in Mediatelier, Settings → Privacy]",
          "for %1 months after your last visit", "until you ask us to erase them"}},
        {QStringLiteral("nl"),
         {"[naam van de computerruimte]",
          "[adres, telefoon of e-mail van de computerruimte: in te vullen in Mediatelier, Instellingen → Privacy]",
          "tot %1 maanden na je laatste bezoek", "tot je vraagt om ze te wissen"}},
    };
    return table;
}

QString noticeLanguage(const QString &language)
{
    return wordings().contains(language) ? language : QStringLiteral("fr");
}

// Text typed in the settings must not turn into Markdown emphasis, links or headings.
QString escapeMarkdown(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

QStringList PrivacyNotice::languages()
{
    return {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("nl")};
}

PrivacyNotice::Facts PrivacyNotice::fromSettings()
{
    return {Settings::organisationName(), Settings::organisationContact(), Settings::retentionMonths()};
}

QString PrivacyNotice::markdown(const QString &language, const Facts &facts)
{
    const QString lang = noticeLanguage(language);
    QFile file(QStringLiteral(":/privacy/notice-%1.md").arg(lang));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Wording &w = wordings()[lang];
    QString text = QString::fromUtf8(file.readAll());
    const QString organisation = facts.organisation.trimmed();
    const QString contact = facts.contact.trimmed();
    text.replace(QLatin1String("{organisation}"), organisation.isEmpty() ? QString::fromUtf8(w.organisation) : escapeMarkdown(organisation));
    text.replace(QLatin1String("{contact}"), contact.isEmpty() ? QString::fromUtf8(w.contact) : escapeMarkdown(contact));
    text.replace(QLatin1String("{retention}"), facts.retentionMonths > 0
                                                   ? QString::fromUtf8(w.months).arg(facts.retentionMonths)
                                                   : QString::fromUtf8(w.unlimited));
    text.replace(QLatin1String("{version}"), version());
    return text;
}

QString PrivacyNotice::title(const QString &language)
{
    const QString text = markdown(language, {});
    const QString first = text.section(QLatin1Char('\n'), 0, 0);
    return first.startsWith(QLatin1String("# ")) ? first.mid(2).trimmed() : first.trimmed();
}
