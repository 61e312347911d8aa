// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/demovocabulary.h"

#include <QHash>

namespace {

QStringList range(int first, int last, int step = 1)
{
    QStringList codes;
    for (int code = first; code <= last; code += step)
        codes.append(QString::number(code));
    return codes;
}

} // namespace

const QList<DemoVocabulary::Place> &DemoVocabulary::places()
{
    // Brussels' own postcodes, each commune's first; every Brussels site also draws people from
    // the others (people cross communes for a workshop).
    static const QList<Place> list = [] {
        const QStringList brussels = {QStringLiteral("1000"), QStringLiteral("1020"), QStringLiteral("1030"), QStringLiteral("1040"),
                                      QStringLiteral("1050"), QStringLiteral("1060"), QStringLiteral("1070"), QStringLiteral("1080"),
                                      QStringLiteral("1081"), QStringLiteral("1082"), QStringLiteral("1083"), QStringLiteral("1090"),
                                      QStringLiteral("1120"), QStringLiteral("1130"), QStringLiteral("1140"), QStringLiteral("1150"),
                                      QStringLiteral("1160"), QStringLiteral("1170"), QStringLiteral("1180"), QStringLiteral("1190"),
                                      QStringLiteral("1200"), QStringLiteral("1210")};
        const QList<QPair<const char *, const char *>> communes = {
            {"Bruxelles", "1000"}, {"Schaerbeek", "1030"}, {"Molenbeek-Saint-Jean", "1080"}, {"Anderlecht", "1070"},
            {"Saint-Gilles", "1060"}, {"Ixelles", "1050"}, {"Etterbeek", "1040"}, {"Forest", "1190"}, {"Jette", "1090"},
            {"Evere", "1140"}, {"Saint-Josse-ten-Noode", "1210"}, {"Koekelberg", "1081"}, {"Uccle", "1180"},
            {"Laeken", "1020"}, {"Woluwe-Saint-Lambert", "1200"}, {"Auderghem", "1160"}, {"Ganshoren", "1083"},
            {"Berchem-Sainte-Agathe", "1082"}, {"Watermael-Boitsfort", "1170"}, {"Woluwe-Saint-Pierre", "1150"},
            {"Neder-Over-Heembeek", "1120"}, {"Haren", "1130"}};
        const QList<Place> french = {
            {QStringLiteral("Paris"), range(75001, 75020), false},
            {QStringLiteral("Lyon"), range(69001, 69009), false},
            {QStringLiteral("Marseille"), range(13001, 13016), false},
            {QStringLiteral("Lille"), {QStringLiteral("59000"), QStringLiteral("59160"), QStringLiteral("59260"), QStringLiteral("59800")}, false},
            {QStringLiteral("Roubaix"), {QStringLiteral("59100")}, false},
            {QStringLiteral("Toulouse"), range(31000, 31500, 100), false},
            {QStringLiteral("Nantes"), range(44000, 44300, 100), false},
            {QStringLiteral("Bordeaux"), range(33000, 33300, 100), false},
            {QStringLiteral("Strasbourg"), range(67000, 67200, 100), false},
            {QStringLiteral("Saint-Denis"), {QStringLiteral("93200"), QStringLiteral("93210")}, false},
            {QStringLiteral("Montpellier"), range(34000, 34090, 10), false},
            {QStringLiteral("Rennes"), range(35000, 35200, 100), false},
            {QStringLiteral("Grenoble"), range(38000, 38100, 100), false},
            {QStringLiteral("Villeurbanne"), {QStringLiteral("69100")}, false},
            {QStringLiteral("Clermont-Ferrand"), {QStringLiteral("63000"), QStringLiteral("63100")}, false},
        };
        QList<Place> all;
        // Alternate Brussels and France so that a small network has both.
        for (qsizetype i = 0; i < qMax(communes.size(), french.size()); ++i) {
            if (i < communes.size()) {
                QStringList codes = brussels;
                const QString own = QString::fromLatin1(communes.at(i).second);
                codes.removeAll(own);
                codes.prepend(own);
                all.append({QString::fromUtf8(communes.at(i).first), codes, true});
            }
            if (i < french.size())
                all.append(french.at(i));
        }
        return all;
    }();
    return list;
}

const QStringList &DemoVocabulary::firstNames()
{
    static const QStringList names = QString::fromUtf8(
        "Aïcha Fatima Mohamed Youssef Nadia Karim Samira Rachid Leïla Omar Malika Hassan Zineb Said Khadija Mehdi "
        "Marie Jean Françoise Michel Monique Pierre Nicole André Josiane Jacques Chantal Bernard Sylvie Patrick "
        "Mariam Mamadou Aminata Ibrahima Fatoumata Moussa Awa Abdoulaye Kadiatou Ousmane Grâce Jean-Baptiste Chantal "
        "Ana José Maria Manuel Ioana Andrei Elena Mihai Agnieszka Piotr Ayşe Mehmet Fatma Ahmet Emine "
        "Léa Hugo Inès Lucas Chloé Noah Jade Louis Zoé Adam Lina Nathan Sarah Rayan Yasmine Ilyes "
        "Griet Jan Annelies Pieter Mieke Koen Hélène Gérard Ginette Raymond Yvette Marcel Odette Émile")
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return names;
}

const QStringList &DemoVocabulary::lastNames()
{
    static const QStringList names = QString::fromUtf8(
        "Benali El Amrani Diallo Traoré Dubois Lefèvre Janssens Peeters Maes Martin Bernard Petit Durand Leroy "
        "Moreau Lambert Dupont Claes Willems Yılmaz Kaya Popescu Nowak Kowalski Silva Santos Ferreira Mbuyi "
        "Kabila Ndiaye Sow Camara Haddad Khalil Mansour Bouzid Cherif Ouedraogo Kone Fontaine Girard Mercier "
        "Rousseau Vincent Fournier Morel Chevalier Garnier Faure André Van den Berghe De Smet Jacobs Hermans")
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return names;
}

QString DemoVocabulary::workshopTitle(const QString &moduleId)
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("what-is-ai"), QString::fromUtf8("C’est quoi, l’intelligence artificielle ?")},
        {QStringLiteral("personal-data"), QString::fromUtf8("Mes données personnelles")},
        {QStringLiteral("algorithmic-bias"), QString::fromUtf8("Les biais des algorithmes")},
        {QStringLiteral("generative-ai"), QString::fromUtf8("ChatGPT et les IA génératives")},
        {QStringLiteral("disinformation"), QString::fromUtf8("Vrai ou faux ? La désinformation")},
        {QStringLiteral("online-safety"), QString::fromUtf8("Se protéger en ligne")},
        {QStringLiteral("ai-work-guidance"), QString::fromUtf8("L’IA, l’emploi et la recherche d’emploi")},
        {QStringLiteral("environment"), QString::fromUtf8("Le numérique et l’environnement")},
        {QStringLiteral("ai-in-associations"), QString::fromUtf8("L’IA dans les associations")},
        {QStringLiteral("running-a-workshop"), QString::fromUtf8("Animer un atelier sur l’IA")},
    };
    return titles.value(moduleId, moduleId);
}
