// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/gifttext.h"

#include <QRegularExpression>

namespace GiftText {

// Characters a backslash takes the special meaning from. Moodle escapes ~ = # { } : and the
// backslash; we also accept \- (to write "->" outside a matching question), \% (an answer starting
// with a weight-like text) and \[ (a prompt starting with a format-like text).
bool isEscapable(QChar c)
{
    return QStringView(u"~=#{}:\\-%[").contains(c);
}

// Index of the first `what` at or after `from` that no backslash escapes; -1 when there is none.
int findUnescaped(QStringView text, QStringView what, int from)
{
    for (int i = from; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (text.mid(i).startsWith(what))
            return i;
    }
    return -1;
}

// Splits at every unescaped occurrence of one of `separators`; pieces keep no separator.
QList<std::pair<int, QStringView>> splitUnescaped(QStringView text, QStringView separators)
{
    QList<std::pair<int, QStringView>> pieces;
    int start = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\')) {
            ++i;
        } else if (separators.contains(text[i])) {
            pieces.append({start, text.mid(start, i - start)});
            start = i + 1;
        }
    }
    pieces.append({start, text.mid(start)});
    return pieces;
}

QString stripFormat(QString text)
{
    static const QRegularExpression format(
        QStringLiteral("^\\[(html|moodle|markdown|plain)\\]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return text.remove(format);
}

// Raw GIFT text to plain text: line breaks in the file are layout (one space), "\n" is a real one;
// a leading [html], [moodle], [markdown] or [plain] is dropped: we keep the text as written.
// Trimmed like write() trims, so that an answer "\n" is empty (it exported as "=", found by fuzzing).
QString unescape(QStringView raw)
{
    static const QRegularExpression layoutBreak(QStringLiteral("\\s*\\n\\s*"));
    const QString text =
        stripFormat(raw.trimmed().toString().replace(layoutBreak, QStringLiteral(" ")));
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (text[i] == u'\\' && (next == u'n' || isEscapable(next)))
            out += text[++i] == u'n' ? QChar(u'\n') : next;
        else
            out += text[i];
    }
    return out.trimmed();
}

QString escape(const QString &text)
{
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (QStringView(u"~=#{}:\\").contains(c) ||
            (c == u'-' && text.mid(i + 1).startsWith(u'>')) || (i == 0 && (c == u'%' || c == u'[')))
            out += u'\\';
        if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c != u'\r')
            out += c;
    }
    return out;
}

// Lowercase ASCII letters and digits joined by single hyphens; empty when nothing is left.
QString slugify(const QString &title)
{
    QString slug;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.isMark())
            continue;
        const QChar lower = c.toLower();
        if (lower.unicode() < 128 && lower.isLetterOrNumber())
            slug += lower;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    slug.chop(slug.endsWith(u'-') ? 1 : 0);
    return slug.size() <= 64 ? slug : QString();
}

} // namespace GiftText
