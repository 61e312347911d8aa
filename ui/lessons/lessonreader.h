// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class ModuleLibrary;
class PageBrowser;
class QLabel;
class QListWidget;
class QPushButton;
class QSqlDatabase;
class ReaderSession;
class ProjectorWindow;

// Reads one module: the page, its table of contents, previous/next, text size, the facilitator
// guide and projector mode. Progress is recorded through a ReaderSession (never for a guest).
class LessonReader : public QWidget
{
    Q_OBJECT
public:
    LessonReader(const ModuleLibrary &library, QWidget *parent = nullptr);
    ~LessonReader() override;

    // Opens a module for a learner (0: guest) in the wanted language; resumes at the last page read.
    bool openModule(const QSqlDatabase &db, qint64 learnerId, const QString &moduleId, const QString &language);
    void showPage(int index);
    // Opens a page and highlights a passage (from a search hit).
    void showPassage(const QString &pageId, const QString &text);

    ReaderSession *session() const { return m_session.get(); }
    PageBrowser *browser() const { return m_browser; }
    ProjectorWindow *projector() const { return m_projector; }

signals:
    void backRequested();
    void moduleRequested(const QString &moduleId);
    void demoRequested(const QString &demo);
    void errorOccurred(const QString &message);

public slots:
    void startProjector();
    void showFacilitatorGuide();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void showGlossary(const QString &termId);
    QString glossaryText(const QString &termId) const;

    const ModuleLibrary &m_library;
    std::unique_ptr<ReaderSession> m_session;
    QLabel *m_title;
    QLabel *m_notice;
    QListWidget *m_contents;
    PageBrowser *m_browser;
    QLabel *m_glossaryPanel;
    QLabel *m_position;
    QPushButton *m_back;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_smaller;
    QPushButton *m_larger;
    QPushButton *m_guide;
    QPushButton *m_project;
    ProjectorWindow *m_projector = nullptr;
};
