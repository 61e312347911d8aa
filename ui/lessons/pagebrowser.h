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
    // folder: the page's folder (a path or a ":/…" resource path). language: the page's own language,
    // which sets the text direction (an Arabic page reads right to left, a French one shown as a
    // fallback in the Arabic interface left to right); empty: each paragraph follows its first letter.
    void showMarkdown(const QString &markdown, const QString &folder, const QString &language = {});
    Qt::LayoutDirection textDirection() const { return m_direction; }
    // Qt lays a table's columns out from left to right whatever the text direction: for a right-to-
    // left page, each Markdown table row lists its cells from the last to the first instead.
    static QString mirrorTables(const QString &markdown);
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
    void changeEvent(QEvent *event) override;

private:
    void follow(const QUrl &url);
    void hover(const QUrl &url);
    void fitImages();
    void applyDirection();

    std::function<QString(const QString &)> m_lookup;
    int m_pointSize = 13;
    Qt::LayoutDirection m_direction = Qt::LayoutDirectionAuto;
};
