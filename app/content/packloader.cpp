// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/packloader.h"

#include "content/jsontext.h"
#include "quiz/quizdefinition.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackLoader", text);
}

LocalizedText readText(const QJsonValue &value)
{
    LocalizedText text;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        text.insert(it.key(), it.value().toString());
    return text;
}

// Checks module.json and fills the module's description.
class ModuleJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(PackLoader)
public:
    ModuleJsonReader(const JsonText &json, Module &module) : m_json(json), m_module(module) {}

    void read()
    {
        const QJsonObject root = m_json.document().object();
        m_module.id = root.value(QLatin1String("id")).toString();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!idPattern.match(m_module.id).hasMatch())
            fault(QStringLiteral("id"), tr("the id must be lowercase letters, digits and dashes"));
        m_module.version = root.value(QLatin1String("version")).toInt(0);
        m_module.order = root.value(QLatin1String("order")).toInt(1000);
        if (m_module.version < 1)
            fault(QStringLiteral("version"), tr("the version must be a whole number of at least 1"));
        for (const QJsonValue &language : root.value(QLatin1String("languages")).toArray())
            m_module.languages << language.toString();
        if (m_module.languages.isEmpty())
            fault(QStringLiteral("languages"), tr("at least one language is required"));
        for (const QString &language : std::as_const(m_module.languages))
            if (!PackLoader::knownLanguages().contains(language))
                fault(QStringLiteral("languages"), tr("unknown language '%1'").arg(language));

        m_module.title = requireText(root, QStringLiteral("title"));
        m_module.summary = requireText(root, QStringLiteral("summary"));
        m_module.audience = readText(root.value(QLatin1String("audience")));
        const QJsonObject objectives = root.value(QLatin1String("objectives")).toObject();
        for (const QString &language : std::as_const(m_module.languages)) {
            for (const QJsonValue &objective : objectives.value(language).toArray())
                m_module.objectives[language] << objective.toString();
            if (m_module.objectives.value(language).isEmpty())
                fault(QStringLiteral("objectives"), tr("no learning objective in language '%1'").arg(language));
        }
        m_module.durationMinutes = root.value(QLatin1String("durationMinutes")).toInt(0);
        if (m_module.durationMinutes < 15 || m_module.durationMinutes > 480)
            fault(QStringLiteral("durationMinutes"), tr("the duration must be between 15 and 480 minutes"));
        m_module.level = root.value(QLatin1String("level")).toString();
        if (!QStringList{QStringLiteral("beginner"), QStringLiteral("intermediate"), QStringLiteral("advanced")}.contains(m_module.level))
            fault(QStringLiteral("level"), tr("the level must be beginner, intermediate or advanced"));

        QSet<QString> pages;
        for (const QJsonValue &page : root.value(QLatin1String("pages")).toArray()) {
            if (pages.contains(page.toString()))
                fault(QStringLiteral("pages"), tr("page '%1' is listed twice").arg(page.toString()));
            pages.insert(page.toString());
            m_module.pages << page.toString();
        }
        if (m_module.pages.isEmpty())
            fault(QStringLiteral("pages"), tr("at least one page is required"));
        m_module.quizFile = root.value(QLatin1String("quiz")).toString();
        m_module.facilitatorFile = root.value(QLatin1String("facilitator")).toString();

        const QJsonArray glossary = root.value(QLatin1String("glossary")).toArray();
        QSet<QString> termIds;
        for (int i = 0; i < glossary.size(); ++i) {
            const QJsonObject entry = glossary.at(i).toObject();
            GlossaryEntry term{entry.value(QLatin1String("id")).toString(), m_module.id,
                               readText(entry.value(QLatin1String("term"))), readText(entry.value(QLatin1String("definition")))};
            const QString field = QStringLiteral("glossary[%1]").arg(i);
            const int line = term.id.isEmpty() ? m_json.lineOfKey(QStringLiteral("glossary")) : m_json.lineOfString(term.id);
            if (term.id.isEmpty() || termIds.contains(term.id))
                m_issues.append({QStringLiteral("module.json"), line, field, tr("glossary ids must be present and unique")});
            termIds.insert(term.id);
            for (const QString &language : std::as_const(m_module.languages))
                if (term.term.value(language).isEmpty() || term.definition.value(language).isEmpty())
                    m_issues.append({QStringLiteral("module.json"), line, field,
                                     tr("term or definition missing in language '%1'").arg(language)});
            m_module.glossary.append(term);
        }
    }

    QList<PackIssue> m_issues;

private:
    LocalizedText requireText(const QJsonObject &root, const QString &key)
    {
        const LocalizedText text = readText(root.value(key));
        for (const QString &language : std::as_const(m_module.languages))
            if (text.value(language).trimmed().isEmpty())
                fault(key, tr("missing text in language '%1'").arg(language));
        return text;
    }
    void fault(const QString &field, const QString &message)
    {
        m_issues.append({QStringLiteral("module.json"), m_json.lineOfKey(field), field, message});
    }

    const JsonText &m_json;
    Module &m_module;
};

// Checks one Markdown page's images and links; records outside references for the library.
void scanPage(const QString &root, const QString &relativeFile, const QString &text, const Module &module,
              QList<PackIssue> *issues, QList<PackReference> *references)
{
    static const QRegularExpression link(QStringLiteral(R"((!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\))"));
    const QString folder = QFileInfo(relativeFile).path();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int number = 0; number < lines.size(); ++number) {
        auto matches = link.globalMatch(lines.at(number));
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            const bool image = !match.captured(1).isEmpty();
            const QString target = match.captured(2);
            const int line = number + 1;
            if (image) {
                const QString resolved = QDir::cleanPath(folder + QLatin1Char('/') + target);
                if (resolved.startsWith(QLatin1String("..")) || !QFileInfo::exists(root + QLatin1Char('/') + resolved))
                    issues->append({relativeFile, line, QStringLiteral("image"), QCoreApplication::translate("PackLoader", "image not found: %1").arg(target)});
            } else if (target.startsWith(QLatin1String("glossary:"))) {
                references->append({PackReference::Kind::Glossary, target.mid(9), relativeFile, line});
            } else if (target.startsWith(QLatin1String("module:"))) {
                references->append({PackReference::Kind::Module, target.mid(7), relativeFile, line});
            } else if (target.startsWith(QLatin1String("demo:"))) {
                if (!PackLoader::knownDemos().contains(target.mid(5)))
                    issues->append({relativeFile, line, QStringLiteral("link"), QCoreApplication::translate("PackLoader", "unknown demonstration: %1").arg(target)});
            } else if (target.contains(QLatin1String("://")) || target.startsWith(QLatin1String("mailto:"))
                       || target.startsWith(QLatin1Char('#'))) {
                continue;
            } else {
                const QString pageId = QFileInfo(target.section(QLatin1Char('#'), 0, 0)).completeBaseName();
                if (!target.section(QLatin1Char('#'), 0, 0).endsWith(QLatin1String(".md")) || !module.pages.contains(pageId))
                    issues->append({relativeFile, line, QStringLiteral("link"), QCoreApplication::translate("PackLoader", "link to a page that is not in the module: %1").arg(target)});
            }
        }
    }
}

QString firstHeading(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    }
    return {};
}

} // namespace

QStringList PackLoader::knownDemos()
{
    return {QStringLiteral("teach-the-machine"), QStringLiteral("cv-screening"), QStringLiteral("chatbot"),
            QStringLiteral("similar-words")};
}

QStringList PackLoader::knownLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("ar")};
}

QString PackLoader::readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool PackLoader::readManifest(const QByteArray &bytes, Module *module, JsonText *json)
{
    if (!json->parse(bytes)) {
        module->issues.append({QStringLiteral("module.json"), json->errorLine(), {}, tr("invalid JSON: %1").arg(json->error())});
        return false;
    }
    ModuleJsonReader reader(*json, *module);
    reader.read();
    module->issues += reader.m_issues;
    return true;
}

PackLoader::Loaded PackLoader::load(const QString &root, Module::Origin origin)
{
    Loaded loaded;
    Module &module = loaded.module;
    module.origin = origin;
    module.rootPath = root;
    module.id = QFileInfo(root).fileName();
    QList<PackIssue> &issues = module.issues;

    QFile file(root + QStringLiteral("/module.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        issues.append({QStringLiteral("module.json"), 0, {}, tr("module.json is missing")});
        return loaded;
    }
    JsonText json;
    if (!readManifest(file.readAll(), &module, &json))
        return loaded;
    if (origin == Module::Origin::Bundled && module.id != QFileInfo(root).fileName())
        issues.append({QStringLiteral("module.json"), json.lineOfKey(QStringLiteral("id")), QStringLiteral("id"),
                       tr("the id '%1' differs from the folder name '%2'").arg(module.id, QFileInfo(root).fileName())});

    for (const QString &language : std::as_const(module.languages)) {
        if (!QFileInfo(root + QLatin1Char('/') + language).isDir()) {
            issues.append({QStringLiteral("module.json"), json.lineOfKey(QStringLiteral("languages")), QStringLiteral("languages"),
                           tr("language '%1' is declared but its pages are absent (no %1/ folder)").arg(language)});
            continue;
        }
        QStringList titles;
        for (int i = 0; i < module.pages.size(); ++i) {
            const QString relative = language + QLatin1Char('/') + module.pages.at(i) + QStringLiteral(".md");
            if (!QFileInfo::exists(root + QLatin1Char('/') + relative)) {
                issues.append({QStringLiteral("module.json"), json.lineOfString(module.pages.at(i)),
                               QStringLiteral("pages[%1]").arg(i), tr("page listed but missing: %1").arg(relative)});
                titles << module.pages.at(i);
                continue;
            }
            const QString text = readText(root + QLatin1Char('/') + relative);
            const QString heading = firstHeading(text);
            if (heading.isEmpty())
                issues.append({relative, 1, QStringLiteral("heading"), tr("a page starts with a '# ' heading, its title")});
            titles << (heading.isEmpty() ? module.pages.at(i) : heading);
            scanPage(root, relative, text, module, &issues, &loaded.references);
        }
        module.pageTitles.insert(language, titles);
        if (!module.facilitatorFile.isEmpty() && !QFileInfo::exists(module.facilitatorPath(language)))
            issues.append({QStringLiteral("module.json"), json.lineOfKey(QStringLiteral("facilitator")), QStringLiteral("facilitator"),
                           tr("facilitator guide missing: %1/%2").arg(language, module.facilitatorFile)});
    }

    if (!module.quizFile.isEmpty()) {
        QFile quizFile(root + QLatin1Char('/') + module.quizFile);
        JsonText quizJson;
        if (!quizFile.open(QIODevice::ReadOnly))
            issues.append({QStringLiteral("module.json"), json.lineOfKey(QStringLiteral("quiz")), QStringLiteral("quiz"),
                           tr("quiz file missing: %1").arg(module.quizFile)});
        else if (!quizJson.parse(quizFile.readAll()))
            issues.append({module.quizFile, quizJson.errorLine(), {}, tr("invalid JSON: %1").arg(quizJson.error())});
        else
            module.questionCount = int(QuizFormat::parse(quizJson, module.quizFile, module.languages, module.pages, &issues)
                                           .questions.size());
    }
    return loaded;
}
