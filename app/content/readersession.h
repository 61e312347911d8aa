// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/module.h"
#include "storage/result.h"

#include <QSqlDatabase>
#include <QString>

class ModuleLibrary;

// One person reading one module: which page, in which language, and what gets remembered. For a
// learner every page shown is recorded and reading resumes at the last page; a guest (learner id 0)
// reads without anything being stored.
class ReaderSession
{
public:
    ReaderSession(const ModuleLibrary &library, QSqlDatabase db, qint64 learnerId);

    // Opens the module at the learner's last page (or the first). Returns false for an unknown id.
    bool open(const QString &moduleId, const QString &wantedLanguage);
    Status goTo(int pageIndex);
    Status next() { return goTo(m_page + 1); }
    Status previous() { return goTo(m_page - 1); }

    const Module *module() const { return m_module; }
    QString language() const { return m_language; }
    bool isFallbackLanguage() const { return m_language != m_wantedLanguage; }
    int pageIndex() const { return m_page; }
    int pageCount() const { return m_module ? int(m_module->pages.size()) : 0; }
    QString pageId() const;
    QString pageTitle() const;
    QString markdown() const;
    QString pageFolder() const; // for resolving images
    int indexOfPage(const QString &pageId) const;
    qint64 learnerId() const { return m_learnerId; }

private:
    const ModuleLibrary &m_library;
    QSqlDatabase m_db;
    qint64 m_learnerId;
    const Module *m_module = nullptr;
    QString m_wantedLanguage;
    QString m_language;
    int m_page = 0;
};
