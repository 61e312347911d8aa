// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The made-up names, places and titles of the demo network (DemoDataGenerator): Brussels communes
// and French cities with their postcodes, first and last names as diverse as the people who come.
namespace DemoVocabulary {

struct Place
{
    QString name;         // "Schaerbeek", "Lyon"
    QStringList postcodes; // of the place itself; the first is the site's own
    bool brussels = false;
};

const QList<Place> &places();
const QStringList &firstNames();
const QStringList &lastNames();
// A workshop title for a module id, in French.
QString workshopTitle(const QString &moduleId);

} // namespace DemoVocabulary
