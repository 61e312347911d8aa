// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

#include <functional>

// Shows one lesson page rendered from Markdown. Images resolve relative to the page; links are
// sorted by kind (another page, a glossary term, a module, a demonstration) and handed on as
// signals; hovering a glossary term shows its definition.
class PageBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PageBrowser(QWidget *parent = nullptr);

    // Returns the translated "term — definition" text for a glossary id, or empty.
    void setGlossaryLookup(std::function<QString(const QString &)> lookup) { m_lookup = std::move(lookup); }
    // folder: the page's folder (a path or a ":/…" resource path).
    void showMarkdown(const QString &markdown, const QString &folder);
    void setPointSize(int points);
    int pointSize() const { return m_pointSize; }
    // Scrolls to and selects a passage; false when it is not on the page.
    bool revealText(const QString &text);

signals:
    void pageLinkActivated(const QString &pageId);
    void glossaryLinkActivated(const QString &termId);
    void moduleLinkActivated(const QString &moduleId);
    void demoLinkActivated(const QString &demo);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void follow(const QUrl &url);
    void hover(const QUrl &url);
    void fitImages();

    std::function<QString(const QString &)> m_lookup;
    int m_pointSize = 13;
};
