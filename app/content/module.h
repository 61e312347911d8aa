// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A text given in several languages ("fr" -> "…", "en" -> "…").
using LocalizedText = QHash<QString, QString>;

// Picks the text in the wanted language, else in the first available of the fallbacks.
QString localized(const LocalizedText &text, const QString &language);

struct GlossaryEntry
{
    QString id;
    QString moduleId; // the module that defines it
    LocalizedText term;
    LocalizedText definition;
};

// One fault found in a content pack: where it is and what is wrong (translated).
struct PackIssue
{
    QString file;  // path relative to the pack folder, e.g. "fr/02-data.md"
    int line = 0;  // 1-based; 0 when the fault has no line
    QString field; // e.g. "pages[2]", "questions[3].type"
    QString message;
    QString toString() const; // "file:line: field: message"
};

// A lesson module as loaded from its pack.
struct Module
{
    enum class Origin { Bundled, User };

    QString id;
    int version = 0;
    int order = 1000; // place in the catalogue (optional; then by title)
    QStringList languages;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText audience;
    QHash<QString, QStringList> objectives;
    int durationMinutes = 0;
    QString level; // beginner | intermediate | advanced
    QStringList pages;                        // page ids, in order
    QHash<QString, QStringList> pageTitles;   // language -> titles, same order as pages
    QString quizFile;
    QString facilitatorFile;
    QList<GlossaryEntry> glossary;
    int questionCount = 0;

    Origin origin = Origin::Bundled;
    QString rootPath; // folder, or ":/lessons/<id>" for bundled packs
    QList<PackIssue> issues; // empty when the pack is sound
    bool isBroken() const { return !issues.isEmpty(); }

    // The language to show for the wanted one: itself when the pack has it, else French, else the first.
    QString languageFor(const QString &wanted) const;
    QString pagePath(const QString &language, const QString &pageId) const;
    QString facilitatorPath(const QString &language) const;
    QString pageTitle(const QString &language, int index) const;
};
