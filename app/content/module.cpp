// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/module.h"

QString localized(const LocalizedText &text, const QString &language)
{
    if (const auto it = text.constFind(language); it != text.cend() && !it->isEmpty())
        return *it;
    for (const char *fallback : {"fr", "en"}) {
        if (const auto it = text.constFind(QLatin1String(fallback)); it != text.cend() && !it->isEmpty())
            return *it;
    }
    return text.isEmpty() ? QString() : text.cbegin().value();
}

QString PackIssue::toString() const
{
    QString where = file;
    if (where.isEmpty())
        return message;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    return field.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                           : QStringLiteral("%1: %2: %3").arg(where, field, message);
}

QString Module::languageFor(const QString &wanted) const
{
    if (languages.contains(wanted))
        return wanted;
    if (languages.contains(QLatin1String("fr")))
        return QStringLiteral("fr");
    return languages.value(0, wanted);
}

QString Module::pagePath(const QString &language, const QString &pageId) const
{
    return QStringLiteral("%1/%2/%3.md").arg(rootPath, language, pageId);
}

QString Module::facilitatorPath(const QString &language) const
{
    return facilitatorFile.isEmpty() ? QString() : QStringLiteral("%1/%2/%3").arg(rootPath, language, facilitatorFile);
}

QString Module::pageTitle(const QString &language, int index) const
{
    const QStringList titles = pageTitles.value(language);
    return titles.value(index, pages.value(index));
}
