// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/pagebrowser.h"

#include <QCursor>
#include <QFileInfo>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QToolTip>
#include <QImage>

#include <algorithm>
#include <QLocale>
#include <QRegularExpression>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

PageBrowser::PageBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    connect(this, &QTextBrowser::anchorClicked, this, &PageBrowser::follow);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, &PageBrowser::hover);
}

void PageBrowser::showMarkdown(const QString &markdown, const QString &folder, const QString &language)
{
    m_direction = language.isEmpty() ? Qt::LayoutDirectionAuto : QLocale(language).textDirection();
    const QUrl base = folder.startsWith(QLatin1String(":/"))
                          ? QUrl(QStringLiteral("qrc") + folder + QLatin1Char('/'))
                          : QUrl::fromLocalFile(QFileInfo(folder).absoluteFilePath() + QLatin1Char('/'));
    document()->clear();
    document()->setBaseUrl(base);
    QFont font = document()->defaultFont();
    font.setPointSize(m_pointSize);
    document()->setDefaultFont(font);
    setMarkdown(m_direction == Qt::RightToLeft ? mirrorTables(markdown) : markdown);
    applyDirection();
    fitImages();
    verticalScrollBar()->setValue(0);
}

QString PageBrowser::mirrorTables(const QString &markdown)
{
    static const QRegularExpression cellSeparator(QStringLiteral("(?<!\\\\)\\|")); // a "|" not escaped as "\|"
    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QString row = line.trimmed();
        if (row.size() < 2 || !row.startsWith(QLatin1Char('|')) || !row.endsWith(QLatin1Char('|')))
            continue;
        QStringList cells = row.mid(1, row.size() - 2).split(cellSeparator);
        std::reverse(cells.begin(), cells.end());
        line = QLatin1Char('|') + cells.join(QLatin1Char('|')) + QLatin1Char('|');
    }
    return lines.join(QLatin1Char('\n'));
}

void PageBrowser::setPointSize(int points)
{
    m_pointSize = qBound(8, points, 72);
    QFont font = document()->defaultFont();
    font.setPointSize(m_pointSize);
    document()->setDefaultFont(font);
    fitImages();
}

bool PageBrowser::revealText(const QString &text)
{
    if (text.isEmpty())
        return false;
    QTextCursor found = document()->find(text);
    if (found.isNull())
        found = document()->find(text.section(QLatin1Char(' '), 0, 1)); // the first words, if the rest wraps differently
    if (found.isNull())
        return false;
    setTextCursor(found);
    ensureCursorVisible();
    return true;
}

void PageBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitImages();
}

void PageBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        applyDirection(); // the page keeps its own language's direction, whatever the interface's
}

// Every paragraph of a right-to-left page reads right to left, even one that starts with a Latin
// word ("AI", "CNIL"), so that its punctuation and alignment stay right; tables sit on the right.
void PageBrowser::applyDirection()
{
    QTextOption option = document()->defaultTextOption();
    if (option.textDirection() != m_direction) {
        option.setTextDirection(m_direction);
        document()->setDefaultTextOption(option);
    }
    if (m_direction != Qt::RightToLeft)
        return;
    const QList<QTextFrame *> frames = document()->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
            table->setFormat(format);
        }
    }
}

// Images keep their proportions but never overflow the page (a projector may be 1024 px wide).
void PageBrowser::fitImages()
{
    const int available = qMax(200, viewport()->width() - 40);
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QImage image = document()->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            if (image.isNull())
                continue;
            const qreal width = qMin<qreal>(image.width(), available);
            format.setWidth(width);
            format.setHeight(width * image.height() / qMax(1, image.width()));
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

void PageBrowser::follow(const QUrl &url)
{
    const QString scheme = url.scheme();
    const QString path = url.path();
    if (scheme == QLatin1String("glossary")) {
        emit glossaryLinkActivated(path);
        if (m_lookup)
            QToolTip::showText(QCursor::pos(), m_lookup(path), this);
    } else if (scheme == QLatin1String("module")) {
        emit moduleLinkActivated(path);
    } else if (scheme == QLatin1String("demo")) {
        emit demoLinkActivated(path);
    } else if (path.endsWith(QLatin1String(".md"))) {
        emit pageLinkActivated(QFileInfo(path).completeBaseName());
    } else if (!url.isRelative()) {
        // No network in a workshop: show the address so it can be noted down.
        QToolTip::showText(QCursor::pos(), url.toString(), this);
    }
}

void PageBrowser::hover(const QUrl &url)
{
    if (url.scheme() == QLatin1String("glossary") && m_lookup)
        QToolTip::showText(QCursor::pos(), m_lookup(url.path()), this);
    else if (!url.isEmpty() && !url.isRelative() && url.scheme() != QLatin1String("module")
             && url.scheme() != QLatin1String("demo"))
        QToolTip::showText(QCursor::pos(), url.toString(), this);
}
