// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonreader.h"

#include "content/modulelibrary.h"
#include "content/readersession.h"
#include "core/languagemanager.h"
#include "core/settings.h"
#include "lessons/facilitatorguidedialog.h"
#include "lessons/pagebrowser.h"
#include "lessons/projectorwindow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

LessonReader::LessonReader(const ModuleLibrary &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_title(new QLabel(this)), m_notice(new QLabel(this)),
      m_contents(new QListWidget(this)), m_browser(new PageBrowser(this)), m_glossaryPanel(new QLabel(this)),
      m_position(new QLabel(this)), m_back(new QPushButton(this)), m_previous(new QPushButton(this)),
      m_next(new QPushButton(this)), m_smaller(new QPushButton(this)), m_larger(new QPushButton(this)),
      m_guide(new QPushButton(this)), m_project(new QPushButton(this))
{
    m_title->setProperty("role", QStringLiteral("screenTitle"));
    m_title->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("languageNotice"));
    m_notice->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400; padding: 6px;"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_contents->setObjectName(QStringLiteral("tableOfContents"));
    m_contents->setMaximumWidth(280);
    m_contents->setWordWrap(true);
    m_browser->setObjectName(QStringLiteral("pageBrowser"));
    m_browser->setPointSize(Settings::readerFontSize());
    m_browser->setGlossaryLookup([this](const QString &id) { return glossaryText(id); });
    m_glossaryPanel->setObjectName(QStringLiteral("glossaryPanel"));
    m_glossaryPanel->setWordWrap(true);
    m_glossaryPanel->setStyleSheet(QStringLiteral("background: #e8f0fa; color: #10243f; padding: 8px;"));
    m_glossaryPanel->hide();
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next->setObjectName(QStringLiteral("nextPage"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    top->addWidget(m_smaller);
    top->addWidget(m_larger);
    top->addWidget(m_guide);
    top->addWidget(m_project);

    auto *pageColumn = new QVBoxLayout;
    pageColumn->addWidget(m_browser, 1);
    pageColumn->addWidget(m_glossaryPanel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_previous);
    bottom->addStretch();
    bottom->addWidget(m_position);
    bottom->addStretch();
    bottom->addWidget(m_next);
    pageColumn->addLayout(bottom);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_contents);
    middle->addLayout(pageColumn, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addLayout(middle, 1);

    connect(m_back, &QPushButton::clicked, this, &LessonReader::backRequested);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_session->pageIndex() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_session->pageIndex() + 1); });
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_session && row >= 0 && row != m_session->pageIndex())
            showPage(row);
    });
    auto resize = [this](int delta) {
        m_browser->setPointSize(m_browser->pointSize() + delta);
        Settings::setReaderFontSize(m_browser->pointSize());
    };
    connect(m_smaller, &QPushButton::clicked, this, [resize] { resize(-2); });
    connect(m_larger, &QPushButton::clicked, this, [resize] { resize(+2); });
    connect(m_guide, &QPushButton::clicked, this, &LessonReader::showFacilitatorGuide);
    connect(m_project, &QPushButton::clicked, this, &LessonReader::startProjector);
    connect(m_browser, &PageBrowser::pageLinkActivated, this, [this](const QString &pageId) {
        showPage(m_session->indexOfPage(pageId));
    });
    connect(m_browser, &PageBrowser::glossaryLinkActivated, this, &LessonReader::showGlossary);
    connect(m_browser, &PageBrowser::moduleLinkActivated, this, &LessonReader::moduleRequested);
    connect(m_browser, &PageBrowser::demoLinkActivated, this, &LessonReader::demoRequested);

    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this, [this] { m_next->click(); });
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this, [this] { m_previous->click(); });
    new QShortcut(QKeySequence::ZoomIn, this, [this] { m_larger->click(); });
    new QShortcut(QKeySequence::ZoomOut, this, [this] { m_smaller->click(); });
    new QShortcut(QKeySequence(Qt::Key_F5), this, [this] { startProjector(); });
    retranslate();
}

LessonReader::~LessonReader()
{
    delete m_projector;
}

bool LessonReader::openModule(const QSqlDatabase &db, qint64 learnerId, const QString &moduleId, const QString &language)
{
    auto session = std::make_unique<ReaderSession>(m_library, db, learnerId);
    if (!session->open(moduleId, language))
        return false;
    m_session = std::move(session);
    m_glossaryPanel->hide();
    refresh();
    return true;
}

void LessonReader::showPage(int index)
{
    if (!m_session || index < 0 || index >= m_session->pageCount())
        return;
    if (Status status = m_session->goTo(index); !status)
        emit errorOccurred(status.error());
    m_glossaryPanel->hide();
    refresh();
}

void LessonReader::showPassage(const QString &pageId, const QString &text)
{
    showPage(m_session->indexOfPage(pageId));
    m_browser->revealText(text);
}

void LessonReader::refresh()
{
    if (!m_session)
        return;
    const Module *module = m_session->module();
    const QString language = m_session->language();
    m_title->setText(localized(module->title, language));
    m_notice->setVisible(m_session->isFallbackLanguage());
    {
        const QSignalBlocker blocker(m_contents);
        m_contents->clear();
        for (int i = 0; i < m_session->pageCount(); ++i)
            m_contents->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(module->pageTitle(language, i)));
        m_contents->setCurrentRow(m_session->pageIndex());
    }
    m_browser->showMarkdown(m_session->markdown(), m_session->pageFolder(), language);
    m_previous->setEnabled(m_session->pageIndex() > 0);
    m_next->setEnabled(m_session->pageIndex() + 1 < m_session->pageCount());
    m_guide->setEnabled(!module->facilitatorFile.isEmpty());
    retranslate();
    if (m_projector)
        m_projector->showPage(m_session->pageIndex());
}

QString LessonReader::glossaryText(const QString &termId) const
{
    const std::optional<GlossaryEntry> entry = m_library.glossaryEntry(termId);
    if (!entry)
        return {};
    const QString language = m_session ? m_session->language() : LanguageManager::instance()->current();
    return tr("%1: %2").arg(localized(entry->term, language), localized(entry->definition, language));
}

void LessonReader::showGlossary(const QString &termId)
{
    const QString text = glossaryText(termId);
    m_glossaryPanel->setText(text);
    m_glossaryPanel->setAccessibleName(text);
    m_glossaryPanel->setVisible(!text.isEmpty());
}

void LessonReader::startProjector()
{
    if (!m_session)
        return;
    if (!m_projector) {
        m_projector = new ProjectorWindow(m_library, *m_session);
        connect(m_projector, &ProjectorWindow::pageChanged, this, [this](int index) {
            if (m_session->pageIndex() != index)
                showPage(index);
        });
        connect(m_projector, &ProjectorWindow::closed, this, [this] {
            m_projector->deleteLater();
            m_projector = nullptr;
        });
    }
    m_projector->start();
}

void LessonReader::showFacilitatorGuide()
{
    if (!m_session)
        return;
    FacilitatorGuideDialog dialog(m_library, *m_session->module(), m_session->language(), this);
    dialog.exec();
}

void LessonReader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LessonReader::retranslate()
{
    m_back->setText(tr("← Modules"));
    m_back->setAccessibleName(tr("Back to the list of modules"));
    m_previous->setText(tr("← Previous"));
    m_next->setText(tr("Next →"));
    m_smaller->setText(tr("A−"));
    m_smaller->setAccessibleName(tr("Smaller text"));
    m_smaller->setToolTip(tr("Smaller text (Ctrl+-)"));
    m_larger->setText(tr("A+"));
    m_larger->setAccessibleName(tr("Larger text"));
    m_larger->setToolTip(tr("Larger text (Ctrl++)"));
    m_guide->setText(tr("Facilitator guide"));
    m_project->setText(tr("Projector (F5)"));
    m_contents->setAccessibleName(tr("Table of contents"));
    m_browser->setAccessibleName(tr("Lesson page"));
    if (m_session) {
        m_position->setText(tr("Page %1 of %2").arg(m_session->pageIndex() + 1).arg(m_session->pageCount()));
        m_notice->setText(tr("This module is not available in your language; it is shown in %1.")
                              .arg(LanguageManager::nativeName(m_session->language())));
    }
}
