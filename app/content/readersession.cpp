// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/readersession.h"

#include "content/modulelibrary.h"
#include "content/progressstore.h"

#include <QFileInfo>

ReaderSession::ReaderSession(const ModuleLibrary &library, QSqlDatabase db, qint64 learnerId)
    : m_library(library), m_db(std::move(db)), m_learnerId(learnerId)
{
}

bool ReaderSession::open(const QString &moduleId, const QString &wantedLanguage)
{
    m_module = m_library.module(moduleId);
    if (!m_module)
        return false;
    m_wantedLanguage = wantedLanguage;
    m_language = m_module->languageFor(wantedLanguage);
    int start = 0;
    if (m_learnerId > 0) {
        const Result<ModuleProgress> progress = ProgressStore(m_db).progress(m_learnerId, moduleId);
        if (progress)
            start = qMax(0, indexOfPage(progress->lastPage));
    }
    m_page = -1;
    goTo(start); // a failed progress write must not stop reading; the next page tries again
    return true;
}

Status ReaderSession::goTo(int pageIndex)
{
    if (!m_module || pageIndex < 0 || pageIndex >= pageCount() || pageIndex == m_page)
        return {};
    m_page = pageIndex;
    if (m_learnerId <= 0)
        return {};
    return ProgressStore(m_db).recordPageSeen(m_learnerId, m_module->id, pageId(), pageCount());
}

QString ReaderSession::pageId() const
{
    return m_module ? m_module->pages.value(m_page) : QString();
}

QString ReaderSession::pageTitle() const
{
    return m_module ? m_module->pageTitle(m_language, m_page) : QString();
}

QString ReaderSession::markdown() const
{
    return m_module ? m_library.pageMarkdown(*m_module, m_language, pageId()) : QString();
}

QString ReaderSession::pageFolder() const
{
    return m_module ? QFileInfo(m_module->pagePath(m_language, pageId())).path() : QString();
}

int ReaderSession::indexOfPage(const QString &pageId) const
{
    return m_module ? int(m_module->pages.indexOf(pageId)) : -1;
}
