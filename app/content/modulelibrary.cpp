// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/modulelibrary.h"

#include "content/filetree.h"
#include "content/jsontext.h"
#include "content/packarchive.h"
#include "content/packloader.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ModuleLibrary", text);
}

QList<PackLoader::Loaded> loadFolder(const QString &root, Module::Origin origin)
{
    QList<PackLoader::Loaded> packs;
    const QDir folder(root);
    const QStringList names = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names)
        packs.append(PackLoader::load(folder.filePath(name), origin));
    return packs;
}

} // namespace

struct ModuleLibrary::Prepared
{
    std::shared_ptr<QTemporaryDir> unpacked; // set for archives
    QString root;
};

ModuleLibrary::ModuleLibrary(QString bundledRoot, QString userRoot)
    : m_bundledRoot(std::move(bundledRoot)), m_userRoot(std::move(userRoot))
{
    reload();
}

QString ModuleLibrary::defaultUserRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/modules");
}

void ModuleLibrary::reload()
{
    m_modules.clear();
    m_glossary.clear();
    QList<PackLoader::Loaded> packs = loadFolder(m_bundledRoot, Module::Origin::Bundled);

    // User packs replace bundled ones of the same id only with a higher version.
    for (PackLoader::Loaded &user : loadFolder(m_userRoot, Module::Origin::User)) {
        auto same = std::find_if(packs.begin(), packs.end(), [&](const PackLoader::Loaded &p) {
            return p.module.id == user.module.id && !p.module.isBroken();
        });
        if (same != packs.end() && !user.module.isBroken()) {
            if (user.module.version > same->module.version)
                *same = std::move(user);
            continue;
        }
        packs.append(std::move(user));
    }

    // Terms of a pack broken elsewhere still explain themselves: one fault does not break every
    // module that links to its glossary.
    QStringList ids;
    for (const PackLoader::Loaded &pack : std::as_const(packs)) {
        if (!pack.module.isBroken())
            ids << pack.module.id;
        for (const GlossaryEntry &entry : pack.module.glossary)
            m_glossary.insert(entry.id, entry);
    }
    for (PackLoader::Loaded &pack : packs) {
        checkReferences(pack.module, pack.references, m_glossary, ids);
        m_modules.append(std::move(pack.module));
    }
    buildIndex();
}

void ModuleLibrary::checkReferences(Module &module, const QList<PackReference> &references,
                                    const QHash<QString, GlossaryEntry> &glossary, const QStringList &moduleIds) const
{
    for (const PackReference &reference : references) {
        if (reference.kind == PackReference::Kind::Glossary && !glossary.contains(reference.target))
            module.issues.append({reference.file, reference.line, QStringLiteral("link"),
                                  tr("unknown glossary term: %1").arg(reference.target)});
        if (reference.kind == PackReference::Kind::Module && !moduleIds.contains(reference.target)
            && reference.target != module.id)
            module.issues.append({reference.file, reference.line, QStringLiteral("link"),
                                  tr("unknown module: %1").arg(reference.target)});
    }
}

void ModuleLibrary::buildIndex()
{
    m_index.clear();
    for (const Module &module : std::as_const(m_modules)) {
        if (module.isBroken())
            continue;
        for (const QString &language : module.languages)
            for (int i = 0; i < module.pages.size(); ++i)
                m_index.addDocument({module.id, language, module.pages.at(i), module.pageTitle(language, i),
                                     pageMarkdown(module, language, module.pages.at(i))});
    }
    m_index.finalize();
}

QList<const Module *> ModuleLibrary::modules(const QString &language) const
{
    QList<const Module *> usable;
    for (const Module &module : m_modules)
        if (!module.isBroken())
            usable << &module;
    QCollator collator{QLocale(language)};
    std::sort(usable.begin(), usable.end(), [&](const Module *a, const Module *b) {
        if (a->order != b->order)
            return a->order < b->order;
        return collator.compare(localized(a->title, language), localized(b->title, language)) < 0;
    });
    return usable;
}

QList<const Module *> ModuleLibrary::brokenModules() const
{
    QList<const Module *> broken;
    for (const Module &module : m_modules)
        if (module.isBroken())
            broken << &module;
    return broken;
}

const Module *ModuleLibrary::module(const QString &id) const
{
    for (const Module &module : m_modules)
        if (module.id == id && !module.isBroken())
            return &module;
    return nullptr;
}

std::optional<GlossaryEntry> ModuleLibrary::glossaryEntry(const QString &id) const
{
    const auto it = m_glossary.constFind(id);
    if (it == m_glossary.cend())
        return std::nullopt;
    return *it;
}

QList<GlossaryEntry> ModuleLibrary::glossary() const
{
    return m_glossary.values();
}

std::optional<ModuleLibrary::Prepared> ModuleLibrary::prepare(const QString &path, QString *error) const
{
    const QFileInfo info(path);
    if (info.isDir())
        return Prepared{nullptr, info.absoluteFilePath()};
    if (!info.isFile()) {
        *error = tr("%1 does not exist.").arg(path);
        return std::nullopt;
    }
    auto unpacked = std::make_shared<QTemporaryDir>();
    if (!unpacked->isValid()) {
        *error = tr("Cannot create a temporary folder to unpack %1.").arg(path);
        return std::nullopt;
    }
    if (Status status = PackArchive::extract(path, unpacked->path()); !status) {
        *error = status.error();
        return std::nullopt;
    }
    // The pack is at the root of the archive, or in its single top-level folder.
    QString root = unpacked->path();
    if (!QFileInfo::exists(root + QStringLiteral("/module.json"))) {
        const QStringList folders = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (folders.size() == 1)
            root += QLatin1Char('/') + folders.first();
    }
    return Prepared{unpacked, root};
}

QList<Module> ModuleLibrary::validate(const QStringList &paths) const
{
    QList<Module> results;
    for (const QString &path : paths) {
        QString error;
        const std::optional<Prepared> prepared = prepare(path, &error);
        if (!prepared) {
            Module failed;
            failed.id = QFileInfo(path).fileName();
            failed.rootPath = path;
            failed.issues.append({QString(), 0, {}, error});
            results.append(failed);
            continue;
        }
        PackLoader::Loaded loaded = PackLoader::load(prepared->root, Module::Origin::User);
        QHash<QString, GlossaryEntry> glossary = m_glossary;
        for (const GlossaryEntry &entry : loaded.module.glossary)
            glossary.insert(entry.id, entry);
        QStringList ids;
        for (const Module &module : m_modules)
            ids << module.id;
        checkReferences(loaded.module, loaded.references, glossary, ids);
        loaded.module.rootPath = path;
        results.append(loaded.module);
    }
    return results;
}

Result<QString> ModuleLibrary::addPack(const QString &path)
{
    QString error;
    const std::optional<Prepared> prepared = prepare(path, &error);
    if (!prepared)
        return Result<QString>::failure(error);
    PackLoader::Loaded loaded = PackLoader::load(prepared->root, Module::Origin::User);
    if (loaded.module.isBroken()) {
        QStringList faults;
        for (const PackIssue &issue : std::as_const(loaded.module.issues))
            faults << issue.toString();
        return Result<QString>::failure(tr("This module has faults and was not added:\n%1").arg(faults.mid(0, 10).join(QLatin1Char('\n'))));
    }
    const QString id = loaded.module.id;
    if (const Module *existing = module(id); existing && existing->origin == Module::Origin::Bundled
                                             && existing->version >= loaded.module.version)
        return Result<QString>::failure(tr("The built-in module \"%1\" is already at version %2; a pack must have a higher version to replace it.")
                                            .arg(id)
                                            .arg(existing->version));

    // Copy beside the final place, then swap, so a failed copy never leaves half a pack.
    const QString target = m_userRoot + QLatin1Char('/') + id;
    const QString staging = target + QStringLiteral(".new");
    QDir(staging).removeRecursively();
    if (!copyTree(prepared->root, staging)) {
        QDir(staging).removeRecursively();
        return Result<QString>::failure(tr("Cannot copy the module into %1.").arg(m_userRoot));
    }
    QDir(target).removeRecursively();
    if (!QDir().rename(staging, target))
        return Result<QString>::failure(tr("Cannot install the module into %1.").arg(target));
    reload();
    return id;
}

Status ModuleLibrary::removePack(const QString &id)
{
    const QString target = m_userRoot + QLatin1Char('/') + id;
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || !QFileInfo(target).isDir())
        return Status::failure(tr("There is no added module \"%1\" (built-in modules cannot be removed).").arg(id));
    if (!QDir(target).removeRecursively())
        return Status::failure(tr("Cannot remove %1.").arg(target));
    reload();
    return {};
}

QString ModuleLibrary::pageMarkdown(const Module &module, const QString &language, const QString &pageId) const
{
    return PackLoader::readText(module.pagePath(language, pageId));
}

QString ModuleLibrary::facilitatorMarkdown(const Module &module, const QString &language) const
{
    return PackLoader::readText(module.facilitatorPath(language));
}

QuizDefinition ModuleLibrary::quiz(const Module &module) const
{
    if (module.quizFile.isEmpty())
        return {};
    JsonText json;
    if (!json.parse(PackLoader::readText(module.rootPath + QLatin1Char('/') + module.quizFile).toUtf8()))
        return {};
    QList<PackIssue> ignored; // the pack was validated when it was loaded
    return QuizFormat::parse(json, module.quizFile, module.languages, module.pages, &ignored);
}

QList<SearchHit> ModuleLibrary::search(const QString &query, const QString &language, int limit) const
{
    return m_index.search(query, language, limit);
}
