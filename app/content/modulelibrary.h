// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/module.h"
#include "content/searchindex.h"
#include "quiz/quizdefinition.h"
#include "storage/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Every lesson module the program knows: the packs built in (":/lessons") and those a mediator
// added (the user content folder). A user pack with the same id and a higher version replaces the
// bundled one; a broken pack is listed with its faults and the others still load.
class ModuleLibrary
{
public:
    explicit ModuleLibrary(QString bundledRoot = QStringLiteral(":/lessons"), QString userRoot = defaultUserRoot());

    static QString defaultUserRoot();

    // Loads (again) every pack, checks links between packs, builds the search index.
    void reload();

    // Usable modules in curriculum order (module.json "order"), then by title in the language given.
    QList<const Module *> modules(const QString &language = QStringLiteral("fr")) const;
    QList<const Module *> brokenModules() const;
    const Module *module(const QString &id) const; // usable modules only
    std::optional<GlossaryEntry> glossaryEntry(const QString &id) const;
    QList<GlossaryEntry> glossary() const;

    // Validates packs at the given folders or .zip files against this library (glossary and module
    // links may point into it) without installing them.
    QList<Module> validate(const QStringList &paths) const;
    // Copies a valid pack from a folder or a .zip into the user folder; returns its id.
    Result<QString> addPack(const QString &path);
    // Removes a user pack (bundled packs cannot be removed).
    Status removePack(const QString &id);

    QString pageMarkdown(const Module &module, const QString &language, const QString &pageId) const;
    QString facilitatorMarkdown(const Module &module, const QString &language) const;
    // The module's quiz (empty when it has none).
    QuizDefinition quiz(const Module &module) const;

    const SearchIndex &searchIndex() const { return m_index; }
    QList<SearchHit> search(const QString &query, const QString &language, int limit = 20) const;

    QString userRoot() const { return m_userRoot; }

private:
    struct Prepared; // a pack unpacked into a temporary folder, ready to validate
    std::optional<Prepared> prepare(const QString &path, QString *error) const;
    void checkReferences(Module &module, const QList<struct PackReference> &references,
                         const QHash<QString, GlossaryEntry> &glossary, const QStringList &moduleIds) const;
    void buildIndex();

    QString m_bundledRoot;
    QString m_userRoot;
    QList<Module> m_modules; // usable and broken
    QHash<QString, GlossaryEntry> m_glossary;
    SearchIndex m_index;
};
