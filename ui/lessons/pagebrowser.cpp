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

PageBrowser::PageBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    connect(this, &QTextBrowser::anchorClicked, this, &PageBrowser::follow);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, &PageBrowser::hover);
}

void PageBrowser::showMarkdown(const QString &markdown, const QString &folder)
{
    const QUrl base = folder.startsWith(QLatin1String(":/"))
                          ? QUrl(QStringLiteral("qrc") + folder + QLatin1Char('/'))
                          : QUrl::fromLocalFile(QFileInfo(folder).absoluteFilePath() + QLatin1Char('/'));
    document()->clear();
    document()->setBaseUrl(base);
    QFont font = document()->defaultFont();
    font.setPointSize(m_pointSize);
    document()->setDefaultFont(font);
    setMarkdown(markdown);
    fitImages();
    verticalScrollBar()->setValue(0);
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
