// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ModuleLibrary;
class PageBrowser;
class QLabel;
class QStackedLayout;
class QTextBrowser;
class ReaderSession;

// Full-screen presentation of a module, one page per screen in large type, driven by the keys a
// presentation clicker sends. With two screens, the facilitator's notes open on the laptop screen.
class ProjectorWindow : public QWidget
{
    Q_OBJECT
public:
    ProjectorWindow(const ModuleLibrary &library, const ReaderSession &session, QWidget *parent = nullptr);
    ~ProjectorWindow() override;

    void start();
    void showPage(int index);
    int pageIndex() const { return m_page; }
    bool isBlackedOut() const;
    QWidget *notesWindow() const { return m_notes; }

signals:
    void pageChanged(int index);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void step(int delta);
    void toggleBlack();
    void updateNotes();

    const ModuleLibrary &m_library;
    const ReaderSession &m_session;
    PageBrowser *m_browser;
    QWidget *m_black;
    QStackedLayout *m_stack;
    QWidget *m_notes = nullptr;
    QLabel *m_notesHeader = nullptr;
    QTextBrowser *m_notesText = nullptr;
    int m_page = -1;
};
