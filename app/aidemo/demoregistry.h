// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// The four offline AI demonstrations by id (the names used in `demo:` links of lessons and by
// `mediatelier-cli ai-demo`), with their titles and the key figures a facilitator prepares with.
namespace DemoRegistry {

struct Demo
{
    QString id;            // teach-the-machine, cv-screening, chatbot, similar-words
    const char *title;     // translated at display time in the "DemoRegistry" context
    const char *summary;   // idem
    std::function<QJsonObject(quint32 seed, const QString &language)> keyFigures;
};

const QList<Demo> &demos();
const Demo *find(const QString &id);
QString title(const Demo &demo);
QString summary(const Demo &demo);

} // namespace DemoRegistry
