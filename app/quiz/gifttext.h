// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

// The text layer of the GIFT format: escapes, unescaped search and split, and the slugs used for
// question ids. The parser and writer (giftformat.cpp) are built on it.
namespace GiftText {
bool isEscapable(QChar c);
// Index of the first `what` at or after `from` that no backslash escapes; -1 when there is none.
int findUnescaped(QStringView text, QStringView what, int from = 0);
// Splits at every unescaped occurrence of one of `separators`; pieces keep no separator.
QList<std::pair<int, QStringView>> splitUnescaped(QStringView text, QStringView separators);
QString stripFormat(QString text);
// Raw GIFT text to plain text (layout line breaks become spaces, "\n" a real one), trimmed.
QString unescape(QStringView raw);
QString escape(const QString &text);
// Lowercase ASCII letters and digits joined by single hyphens; empty when nothing is left.
QString slugify(const QString &title);
} // namespace GiftText
