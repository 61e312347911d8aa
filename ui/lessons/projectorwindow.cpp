// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/projectorwindow.h"

#include "content/modulelibrary.h"
#include "content/readersession.h"
#include "lessons/pagebrowser.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QStackedLayout>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextOption>
#include <QVBoxLayout>

namespace {
constexpr int ProjectorPointSize = 30;
}

ProjectorWindow::ProjectorWindow(const ModuleLibrary &library, const ReaderSession &session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_library(library), m_session(session), m_browser(new PageBrowser(this)),
      m_black(new QWidget(this)), m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("projectorWindow"));
    setWindowTitle(tr("Mediatelier — projector"));
    setAccessibleName(tr("Projected lesson page"));
    setStyleSheet(QStringLiteral("QTextBrowser { background: white; color: #111; border: none; padding: 24px; }"));
    m_browser->setFocusPolicy(Qt::NoFocus); // the window takes every key, even from clickers
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_browser->setPointSize(ProjectorPointSize);
    m_black->setAutoFillBackground(true);
    QPalette black = m_black->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_black->setPalette(black);
    m_black->setObjectName(QStringLiteral("blackScreen"));
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_black);
    setFocusPolicy(Qt::StrongFocus);

    // A second screen: the lesson goes to the projector, the notes stay on the laptop.
    if (QGuiApplication::screens().size() > 1) {
        m_notes = new QWidget(nullptr, Qt::Window);
        m_notes->setWindowTitle(tr("Mediatelier — facilitator notes"));
        m_notesHeader = new QLabel(m_notes);
        m_notesHeader->setWordWrap(true);
        m_notesText = new QTextBrowser(m_notes);
        auto *layout = new QVBoxLayout(m_notes);
        layout->addWidget(m_notesHeader);
        layout->addWidget(m_notesText, 1);
        const Module *module = m_session.module();
        QTextOption direction = m_notesText->document()->defaultTextOption(); // Arabic notes read right to left
        direction.setTextDirection(QLocale(m_session.language()).textDirection());
        m_notesText->document()->setDefaultTextOption(direction);
        const QString notes = m_library.facilitatorMarkdown(*module, m_session.language());
        m_notesText->setMarkdown(direction.textDirection() == Qt::RightToLeft ? PageBrowser::mirrorTables(notes) : notes);
    }
    showPage(m_session.pageIndex());
}

ProjectorWindow::~ProjectorWindow()
{
    delete m_notes;
}

void ProjectorWindow::start()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        QScreen *projector = screens.at(1) == QGuiApplication::primaryScreen() ? screens.at(0) : screens.at(1);
        setScreen(projector);
        move(projector->geometry().topLeft());
        m_notes->setScreen(QGuiApplication::primaryScreen());
        m_notes->resize(800, 600);
        m_notes->show();
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void ProjectorWindow::showPage(int index)
{
    if (index < 0 || index >= m_session.pageCount())
        return;
    m_page = index;
    const Module *module = m_session.module();
    const QString language = m_session.language();
    m_browser->showMarkdown(m_library.pageMarkdown(*module, language, module->pages.at(index)),
                            QFileInfo(module->pagePath(language, module->pages.at(index))).path(), language);
    m_stack->setCurrentWidget(m_browser);
    updateNotes();
}

bool ProjectorWindow::isBlackedOut() const
{
    return m_stack->currentWidget() == m_black;
}

void ProjectorWindow::step(int delta)
{
    const int target = m_page + delta;
    if (target < 0 || target >= m_session.pageCount())
        return;
    showPage(target);
    emit pageChanged(target);
}

void ProjectorWindow::toggleBlack()
{
    m_stack->setCurrentWidget(isBlackedOut() ? static_cast<QWidget *>(m_browser) : m_black);
}

void ProjectorWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        step(+1);
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        step(-1);
        break;
    case Qt::Key_Home:
        step(-m_page);
        break;
    case Qt::Key_End:
        step(m_session.pageCount() - 1 - m_page);
        break;
    case Qt::Key_B:
    case Qt::Key_Period: // clickers send "." for the black-screen button
        toggleBlack();
        break;
    case Qt::Key_Plus:
        m_browser->setPointSize(m_browser->pointSize() + 2);
        break;
    case Qt::Key_Minus:
        m_browser->setPointSize(m_browser->pointSize() - 2);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ProjectorWindow::closeEvent(QCloseEvent *event)
{
    if (m_notes)
        m_notes->hide();
    emit closed();
    QWidget::closeEvent(event);
}

void ProjectorWindow::updateNotes()
{
    if (!m_notes)
        return;
    const Module *module = m_session.module();
    const QString language = m_session.language();
    QString header = tr("Page %1 of %2: %3").arg(m_page + 1).arg(m_session.pageCount()).arg(module->pageTitle(language, m_page));
    if (m_page + 1 < m_session.pageCount())
        header += QLatin1Char('\n') + tr("Next: %1").arg(module->pageTitle(language, m_page + 1));
    m_notesHeader->setText(header);
}
