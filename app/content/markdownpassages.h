// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One searchable block of a Markdown page as a reader sees it: a heading, a paragraph, a list
// item or a table row, with the Markdown syntax stripped.
struct MarkdownPassage
{
    QString text;
    // Offsets in text where a new rendered block starts (table cells, hard line breaks, code
    // lines): a verbatim run of text that crosses one is not findable on the rendered page.
    QList<qsizetype> breaks;
    bool heading = false;
};

// Splits a CommonMark page into passages; images, link targets and emphasis markers are dropped.
QList<MarkdownPassage> markdownPassages(const QString &markdown);

// The text Qt's Markdown reader shows for one inline run: "[le **RGPD**](glossary:gdpr)" -> "le RGPD".
// A '\n' in the input (a hard break) is kept.
QString stripInlineMarkdown(QStringView text);
