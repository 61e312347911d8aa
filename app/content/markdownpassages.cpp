// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/markdownpassages.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60)
        || (u >= 0x7B && u <= 0x7E);
}

// Index of the bracket closing the one at `open`, honouring nesting and escapes; -1 when none.
qsizetype closingBracket(QStringView text, qsizetype open, QChar opening, QChar closing)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            ++i;
        } else if (c == opening) {
            ++depth;
        } else if (c == closing && --depth == 0) {
            return i;
        }
    }
    return -1;
}

// Length of a link destination "(…)" or reference "[…]" starting at `at`; 0 when there is none.
qsizetype linkTail(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return 0;
    const QChar c = text[at];
    if (c != u'(' && c != u'[')
        return 0;
    const qsizetype close = closingBracket(text, at, c, c == u'(' ? u')' : u']');
    return close < 0 ? 0 : close - at + 1;
}

qsizetype runLength(QStringView text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && text[end] == text[at])
        ++end;
    return end - at;
}

enum Pattern { Heading, Rule, ListItem, Quote, TableSeparator, SetextUnderline };

const QRegularExpression &pattern(Pattern which)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral(R"(^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$)")),
        QRegularExpression(QStringLiteral(R"(^\s{0,3}([-*_])(?:\s*\1){2,}\s*$)")),
        QRegularExpression(QStringLiteral(R"(^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+(?:\[[ xX]\]\s+)?(.*))?$)")),
        QRegularExpression(QStringLiteral(R"(^\s{0,3}>\s?(.*)$)")),
        QRegularExpression(QStringLiteral(R"(^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$)")),
        QRegularExpression(QStringLiteral(R"(^\s{0,3}(?:=+|-+)\s*$)")),
    };
    return patterns[which];
}

// Collects the lines of the block being read and turns each finished block into a passage.
class PassageBuilder
{
public:
    QList<MarkdownPassage> passages;

    void line(QString text);
    void finish() { flush(false); }

private:
    void flush(bool heading);
    void append(const QString &plain, bool heading);
    void tableRow(const QString &text);

    QString m_pending;
    bool m_hardBreak = false;
    bool m_inFence = false;
    bool m_inComment = false;
    QString m_fence;
};

void PassageBuilder::append(const QString &plain, bool heading)
{
    MarkdownPassage passage;
    passage.heading = heading;
    passage.text.reserve(plain.size());
    for (const QChar c : plain) {
        if (c == u'\n') {
            passage.text = passage.text.trimmed() + QLatin1Char(' ');
            passage.breaks.append(passage.text.size());
        } else {
            passage.text += c;
        }
    }
    passage.text = passage.text.trimmed();
    if (!passage.text.isEmpty())
        passages.append(passage);
}

void PassageBuilder::flush(bool heading)
{
    if (!m_pending.trimmed().isEmpty())
        append(m_inFence ? m_pending : stripInlineMarkdown(m_pending), heading);
    m_pending.clear();
    m_hardBreak = false;
}

void PassageBuilder::tableRow(const QString &text)
{
    QStringList cells;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] == u'\\') {
            ++i;
        } else if (i == text.size() || text[i] == u'|') {
            cells.append(stripInlineMarkdown(QStringView(text).mid(start, i - start).trimmed()));
            start = i + 1;
        }
    }
    cells.removeAll(QString());
    // Each cell is its own block once rendered: mark the joins as breaks.
    append(cells.join(QStringLiteral(" ·\n")), false);
}

void PassageBuilder::line(QString text)
{
    if (m_inComment) {
        m_inComment = !text.contains(QLatin1String("-->"));
        return;
    }
    const QString trimmed = text.trimmed();
    if (m_inFence) {
        if (trimmed.startsWith(m_fence) && trimmed.count(m_fence.at(0)) == trimmed.size()) {
            flush(false);
            m_inFence = false;
        } else {
            m_pending += (m_pending.isEmpty() ? QString() : QStringLiteral("\n")) + text;
        }
        return;
    }
    if (trimmed.isEmpty())
        return flush(false);
    if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
        flush(false);
        m_inFence = true;
        m_fence = trimmed.left(3);
        return;
    }
    if (trimmed.startsWith(QLatin1String("<!--"))) {
        flush(false);
        m_inComment = !trimmed.contains(QLatin1String("-->"));
        return;
    }
    if (const auto quote = pattern(Quote).match(text); quote.hasMatch())
        return quote.captured(1).trimmed().isEmpty() ? flush(false) : line(quote.captured(1));
    if (const auto heading = pattern(Heading).match(text); heading.hasMatch()) {
        flush(false);
        m_pending = heading.captured(2);
        return flush(true);
    }
    if (!m_pending.isEmpty() && pattern(SetextUnderline).match(text).hasMatch())
        return flush(true);
    if (pattern(Rule).match(text).hasMatch())
        return flush(false);
    if (trimmed.startsWith(u'|')) {
        flush(false);
        if (!pattern(TableSeparator).match(trimmed).hasMatch())
            tableRow(trimmed.mid(1));
        return;
    }
    if (const auto item = pattern(ListItem).match(text); item.hasMatch()) {
        flush(false);
        text = item.captured(1);
    } else if (!m_pending.isEmpty()) {
        m_pending += m_hardBreak ? u'\n' : u' ';
    }
    // Two trailing spaces or a backslash end a line with a hard break.
    m_hardBreak = text.endsWith(QLatin1String("  ")) || text.endsWith(u'\\');
    QString content = text.trimmed();
    if (content.endsWith(u'\\'))
        content.chop(1);
    m_pending += content;
}

} // namespace

QString stripInlineMarkdown(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar(u' ');
        if (c == u'\\' && isAsciiPunctuation(next)) {
            out += next;
            ++i;
        } else if (c == u'`') {
            const qsizetype run = runLength(text, i);
            const qsizetype close = text.indexOf(text.mid(i, run), i + run);
            if (close < 0) {
                out += text.mid(i, run);
            } else {
                out += text.mid(i + run, close - i - run).trimmed();
                i = close;
            }
            i += run - 1;
        } else if ((c == u'!' && next == u'[') || c == u'[') {
            const qsizetype open = c == u'!' ? i + 1 : i;
            const qsizetype close = closingBracket(text, open, u'[', u']');
            const qsizetype tail = close < 0 ? 0 : linkTail(text, close + 1);
            if (tail == 0) {
                out += c;
                continue;
            }
            if (c == u'[') // a link shows its text; an image shows no text at all
                out += stripInlineMarkdown(text.mid(open + 1, close - open - 1));
            i = close + tail;
        } else if (c == u'<' && text.indexOf(u'>', i) > i + 1) {
            const qsizetype close = text.indexOf(u'>', i);
            const QStringView inner = text.mid(i + 1, close - i - 1);
            const bool autolink = inner.contains(QLatin1String("://"))
                || (inner.contains(u'@') && !inner.contains(u' '));
            const bool tag = inner.front().isLetter() || inner.front() == u'/';
            if (autolink) // an autolink shows its address
                out += inner;
            else if (tag && inner.startsWith(QLatin1String("br"), Qt::CaseInsensitive))
                out += u'\n';
            else if (!tag)
                out += c; // a plain '<'
            if (autolink || tag)
                i = close;
        } else if (c == u'*' || c == u'_' || (c == u'~' && next == u'~')) {
            const qsizetype run = runLength(text, i);
            const QChar before = i > 0 ? text[i - 1] : QChar(u' ');
            const QChar after = i + run < text.size() ? text[i + run] : QChar(u' ');
            // Emphasis markers vanish; a lone '*' between spaces or an '_' inside a word stays.
            const bool literal = (before.isSpace() && after.isSpace())
                || (c == u'_' && before.isLetterOrNumber() && after.isLetterOrNumber());
            if (literal)
                out += text.mid(i, run);
            i += run - 1;
        } else {
            out += c;
        }
    }
    return out;
}

QList<MarkdownPassage> markdownPassages(const QString &markdown)
{
    PassageBuilder builder;
    for (QString text : markdown.split(u'\n')) {
        if (text.endsWith(u'\r'))
            text.chop(1);
        builder.line(text);
    }
    builder.finish();
    return builder.passages;
}
