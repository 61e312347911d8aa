// SPDX-License-Identifier: GPL-3.0-or-later
// Content packs: loading, every broken-pack case with its message, zip import (including a
// malicious archive), user packs overriding and being removed, the modules commands.
#include "testsupport.h"

#include "content/filetree.h"
#include "content/modulelibrary.h"
#include "content/packarchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

namespace {

// Writes a zip whose entries are exactly the given names (even hostile ones) with the given bytes.
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    QList<QByteArray> keep; // libzip reads the buffers at close time
    for (const auto &[name, bytes] : entries) {
        keep.append(bytes);
        zip_source_t *source = zip_source_buffer(archive, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
        if (zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

QList<std::pair<QString, QByteArray>> packEntries(const QString &root, const QString &prefix)
{
    QList<std::pair<QString, QByteArray>> entries;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile in(file);
        in.open(QIODevice::ReadOnly);
        entries.append({prefix + QDir(root).relativeFilePath(file), in.readAll()});
    }
    return entries;
}

QStringList messages(const Module &module)
{
    QStringList list;
    for (const PackIssue &issue : module.issues)
        list << issue.toString();
    return list;
}

} // namespace

class ContentTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolate(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_bundled = m_dir->filePath(QStringLiteral("bundled"));
        m_user = m_dir->filePath(QStringLiteral("user"));
        QVERIFY(copyTree(TestSupport::fixture(QStringLiteral("packs")), m_bundled));
    }

    void samplePacksLoadCompletely()
    {
        const ModuleLibrary library(m_bundled, m_user);
        for (const Module *broken : library.brokenModules())
            QFAIL(qPrintable(messages(*broken).join(QLatin1Char('\n'))));
        const Module *basics = library.module(QStringLiteral("sample-basics"));
        QVERIFY(basics);
        QCOMPARE(basics->pages.size(), 3);
        QCOMPARE(basics->pageTitle(QStringLiteral("fr"), 1), QStringLiteral("Un tableau"));
        QCOMPARE(basics->questionCount, 3);
        QCOMPARE(basics->durationMinutes, 60);
        QCOMPARE(library.glossaryEntry(QStringLiteral("sample-term"))->term.value(QStringLiteral("en")), QStringLiteral("sample term"));
        QCOMPARE(library.modules(QStringLiteral("en")).size(), 2);
        QCOMPARE(library.module(QStringLiteral("sample-english"))->languageFor(QStringLiteral("fr")), QStringLiteral("en"));
    }

    void brokenPack_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad json") << "json" << "module.json:4: invalid JSON";
        QTest::newRow("page missing") << "page" << "module.json:11: pages[1]: page listed but missing: en/02-table.md";
        QTest::newRow("image missing") << "image" << "fr/01-welcome.md:5: image: image not found: ../images/diagram.svg";
        QTest::newRow("unknown type") << "type" << "quiz.json:3: questions[0].type: unknown question type 'essay'";
        QTest::newRow("duplicate id") << "duplicate" << "quiz.json:12: questions[1].id: duplicate question id 's-01'";
        QTest::newRow("language absent") << "language" << "module.json:4: languages: language 'nl' is declared but its pages are absent (no nl/ folder)";
        QTest::newRow("unknown glossary term") << "glossary" << "fr/01-welcome.md:3: link: unknown glossary term: no-such-term";
        QTest::newRow("link to missing page") << "link" << "en/01-welcome.md:7: link: link to a page that is not in the module: 09-nowhere.md";
    }

    void brokenPack()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, expected);
        const QString pack = m_bundled + QStringLiteral("/sample-basics");
        if (mutation == QLatin1String("json"))
            replaceIn(pack + QStringLiteral("/module.json"), QStringLiteral("\"languages\": [\"fr\", \"en\"],"), QStringLiteral("\"languages\": [\"fr\", \"en\",,],"));
        else if (mutation == QLatin1String("page"))
            QVERIFY(QFile::remove(pack + QStringLiteral("/en/02-table.md")));
        else if (mutation == QLatin1String("image"))
            QVERIFY(QFile::remove(pack + QStringLiteral("/images/diagram.svg")));
        else if (mutation == QLatin1String("type"))
            replaceIn(pack + QStringLiteral("/quiz.json"), QStringLiteral("\"type\": \"single\""), QStringLiteral("\"type\": \"essay\""));
        else if (mutation == QLatin1String("duplicate"))
            replaceIn(pack + QStringLiteral("/quiz.json"), QStringLiteral("\"id\": \"s-02\""), QStringLiteral("\"id\": \"s-01\""));
        else if (mutation == QLatin1String("language"))
            replaceIn(pack + QStringLiteral("/module.json"), QStringLiteral("[\"fr\", \"en\"]"), QStringLiteral("[\"fr\", \"en\", \"nl\"]"));
        else if (mutation == QLatin1String("glossary"))
            replaceIn(pack + QStringLiteral("/fr/01-welcome.md"), QStringLiteral("glossary:sample-term"), QStringLiteral("glossary:no-such-term"));
        else if (mutation == QLatin1String("link"))
            replaceIn(pack + QStringLiteral("/en/01-welcome.md"), QStringLiteral("02-table.md"), QStringLiteral("09-nowhere.md"));

        const ModuleLibrary library(m_bundled, m_user);
        QCOMPARE(library.brokenModules().size(), 1);
        const QStringList found = messages(*library.brokenModules().first());
        QVERIFY2(std::any_of(found.cbegin(), found.cend(), [&](const QString &m) { return m.startsWith(expected); }),
                 qPrintable(found.join(QLatin1Char('\n'))));
        // The other pack still loads, and the broken one is not offered for reading.
        QVERIFY(library.module(QStringLiteral("sample-english")));
        QVERIFY(!library.module(QStringLiteral("sample-basics")));

        // The command line reports the same fault and exits with 3.
        QString out, err;
        QCOMPARE(TestSupport::cli({QStringLiteral("modules"), QStringLiteral("validate"), pack}, &out, &err), 3);
        QVERIFY2(err.contains(expected), qPrintable(err));
    }

    void zipImportInstallsAPack()
    {
        const QString zip = m_dir->filePath(QStringLiteral("pack.zip"));
        QVERIFY(writeZip(zip, packEntries(m_bundled + QStringLiteral("/sample-basics"), QStringLiteral("sample-basics/"))));
        QDir(m_bundled + QStringLiteral("/sample-basics")).removeRecursively();
        ModuleLibrary library(m_bundled, m_user);
        QVERIFY(!library.module(QStringLiteral("sample-basics")));
        const Result<QString> added = library.addPack(zip);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(*added, QStringLiteral("sample-basics"));
        QCOMPARE(library.module(QStringLiteral("sample-basics"))->origin, Module::Origin::User);
        QVERIFY(QFile::exists(m_user + QStringLiteral("/sample-basics/fr/02-table.md")));
        // Survives a reload from disk.
        QVERIFY(ModuleLibrary(m_bundled, m_user).module(QStringLiteral("sample-basics")));
    }

    void maliciousZipIsRefusedAndWritesNothing_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("parent") << "../../escaped.txt";
        QTest::newRow("nested parent") << "pack/fr/../../../escaped.txt";
        QTest::newRow("absolute") << "/tmp/escaped.txt";
        QTest::newRow("backslash") << "..\\escaped.txt";
    }

    void maliciousZipIsRefusedAndWritesNothing()
    {
        QFETCH(QString, entry);
        const QString zip = m_dir->filePath(QStringLiteral("evil.zip"));
        auto entries = packEntries(m_bundled + QStringLiteral("/sample-basics"), QStringLiteral("pack/"));
        entries.append({entry, QByteArray("owned")});
        QVERIFY(writeZip(zip, entries));
        const QString unpackTo = m_dir->filePath(QStringLiteral("unpack/inner"));
        QVERIFY(QDir().mkpath(unpackTo));
        const Status status = PackArchive::extract(zip, unpackTo);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("outside the pack folder")), qPrintable(status.error()));
        QVERIFY(QDir(unpackTo).isEmpty());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("escaped.txt"))));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("unpack/escaped.txt"))));

        ModuleLibrary library(m_bundled, m_user);
        QVERIFY(!library.addPack(zip).ok());
        QVERIFY(!QDir(m_user).exists() || QDir(m_user).isEmpty());
    }

    void notAZipIsRefused()
    {
        const QString fake = m_dir->filePath(QStringLiteral("fake.zip"));
        QVERIFY(TestSupport::writeFile(fake, QByteArray("PK but not really")));
        ModuleLibrary library(m_bundled, m_user);
        const Result<QString> added = library.addPack(fake);
        QVERIFY(!added.ok());
        QVERIFY(added.error().contains(fake));
    }

    void brokenPackIsNotAdded()
    {
        const QString source = m_dir->filePath(QStringLiteral("incoming/sample-basics"));
        QVERIFY(copyTree(m_bundled + QStringLiteral("/sample-basics"), source));
        QVERIFY(QFile::remove(source + QStringLiteral("/fr/02-table.md")));
        replaceIn(source + QStringLiteral("/module.json"), QStringLiteral("\"version\": 1"), QStringLiteral("\"version\": 2"));
        ModuleLibrary library(m_bundled, m_user);
        const Result<QString> added = library.addPack(source);
        QVERIFY(!added.ok());
        QVERIFY2(added.error().contains(QStringLiteral("page listed but missing: fr/02-table.md")), qPrintable(added.error()));
        QCOMPARE(library.module(QStringLiteral("sample-basics"))->origin, Module::Origin::Bundled);
    }

    void userPackOverridesOnlyWithAHigherVersionAndCanBeRemoved()
    {
        const QString source = m_dir->filePath(QStringLiteral("incoming/sample-basics"));
        QVERIFY(copyTree(m_bundled + QStringLiteral("/sample-basics"), source));
        ModuleLibrary library(m_bundled, m_user);
        // Same version: refused, the bundled one stays.
        QVERIFY(!library.addPack(source).ok());
        replaceIn(source + QStringLiteral("/module.json"), QStringLiteral("\"version\": 1"), QStringLiteral("\"version\": 3"));
        replaceIn(source + QStringLiteral("/en/02-table.md"), QStringLiteral("# A table"), QStringLiteral("# A newer table"));
        QVERIFY(library.addPack(source).ok());
        const Module *module = library.module(QStringLiteral("sample-basics"));
        QCOMPARE(module->version, 3);
        QCOMPARE(module->origin, Module::Origin::User);
        QCOMPARE(module->pageTitle(QStringLiteral("en"), 1), QStringLiteral("A newer table"));

        QString out;
        QCOMPARE(TestSupport::cli({QStringLiteral("modules"), QStringLiteral("remove"), QStringLiteral("sample-english")}, &out), 3);
        QVERIFY(library.removePack(QStringLiteral("sample-basics")).ok());
        QCOMPARE(library.module(QStringLiteral("sample-basics"))->version, 1);
        QCOMPARE(library.module(QStringLiteral("sample-basics"))->origin, Module::Origin::Bundled);
        QVERIFY(!library.removePack(QStringLiteral("sample-basics")).ok()); // bundled: cannot be removed
    }

    void brokenUserPackIsListedWithItsError()
    {
        QVERIFY(copyTree(m_bundled + QStringLiteral("/sample-english"), m_user + QStringLiteral("/sample-english")));
        TestSupport::writeFile(m_user + QStringLiteral("/sample-english/module.json"), QByteArray("{ \"id\": \"sample-english\",\n  oops }"));
        const ModuleLibrary library(m_bundled, m_user);
        QCOMPARE(library.brokenModules().size(), 1);
        QCOMPARE(library.brokenModules().first()->origin, Module::Origin::User);
        QVERIFY(messages(*library.brokenModules().first()).first().startsWith(QStringLiteral("module.json:2: invalid JSON")));
        QVERIFY(library.module(QStringLiteral("sample-english"))); // the bundled one is still there
    }

    void cliListsTheBundledModules()
    {
        QString out;
        QCOMPARE(TestSupport::cli({QStringLiteral("modules"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, &out), 0);
        const QJsonArray modules = QJsonDocument::fromJson(out.toUtf8()).array();
        QVERIFY(!modules.isEmpty());
        for (const QJsonValue &value : modules) {
            const QJsonObject module = value.toObject();
            QVERIFY(module.contains(QStringLiteral("id")));
            QVERIFY(module.value(QStringLiteral("pages")).toInt() > 0);
            QVERIFY(module.value(QStringLiteral("languages")).toArray().contains(QStringLiteral("fr")));
        }
    }

private:
    void replaceIn(const QString &path, const QString &from, const QString &to)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(from, to);
        QVERIFY(TestSupport::writeFile(path, text.toUtf8()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bundled;
    QString m_user;
};

QTEST_GUILESS_MAIN(ContentTest)
#include "tst_content.moc"
