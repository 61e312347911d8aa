// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled curriculum: the ten lesson modules built into the program, checked one by one (a
// failure names the module) for completeness in French and English, quiz quality, images, glossary
// links and translated page titles. Any other language a module declares (Dutch, Arabic…) must be
// just as complete: every page, the guide, the quiz and glossary texts, the same links as the French
// pages, its own image variants, and the "translation — review welcome" note.
#include "testsupport.h"

#include "content/jsontext.h"
#include "content/modulelibrary.h"
#include "content/packloader.h"
#include "quiz/quizdefinition.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// Every bundled module is in French and English; other languages are optional but then complete.
const QStringList kRequired{QStringLiteral("fr"), QStringLiteral("en")};

// The word the title of the sources page holds, per language (languages not listed: not checked).
const QHash<QString, QString> kSourcesWord{{QStringLiteral("fr"), QStringLiteral("Sources")},
                                          {QStringLiteral("en"), QStringLiteral("Sources")},
                                          {QStringLiteral("nl"), QStringLiteral("Bronnen")},
                                          {QStringLiteral("ar"), QStringLiteral("المصادر")}};

// The note that marks a translation awaiting review, on the first page and in the guide.
const QHash<QString, QString> kReviewNote{{QStringLiteral("nl"), QStringLiteral("Vertaling — nalezing welkom.")},
                                         {QStringLiteral("ar"), QStringLiteral("ترجمة — نرحب بمراجعتها.")}};

QStringList expectedIds()
{
    return {QStringLiteral("what-is-ai"),       QStringLiteral("personal-data"),
            QStringLiteral("algorithmic-bias"), QStringLiteral("generative-ai"),
            QStringLiteral("disinformation"),   QStringLiteral("ai-work-guidance"),
            QStringLiteral("environment"),      QStringLiteral("online-safety"),
            QStringLiteral("ai-in-associations"), QStringLiteral("running-a-workshop")};
}

QString issuesText(const Module &module)
{
    QStringList lines;
    for (const PackIssue &issue : module.issues)
        lines << module.id + QStringLiteral(": ") + issue.toString();
    return lines.join(QLatin1Char('\n'));
}

// Targets of Markdown links in a page: images (![..](x)) when images is true, else plain links.
QStringList linkTargets(const QString &text, bool images)
{
    static const QRegularExpression link(QStringLiteral("(!?)\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));
    QStringList targets;
    auto matches = link.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.captured(1).isEmpty() != images)
            targets << match.captured(2);
    }
    return targets;
}

bool isSourcesPage(const QString &pageId, const QString &title, const QString &language)
{
    const QString word = kSourcesWord.value(language);
    return pageId.endsWith(QLatin1String("-sources")) && (word.isEmpty() || title.contains(word, Qt::CaseInsensitive));
}

// A page in one language shows that language's variant of an image (name.nl.svg) when there is one.
QString foreignImageVariant(const QString &target, const QString &language, const QString &pageDir)
{
    static const QRegularExpression variant(QStringLiteral("^(.*)\\.([a-z]{2})\\.(svg|png)$"));
    const QRegularExpressionMatch match = variant.match(target);
    if (!match.hasMatch() || match.captured(2) == language || !PackLoader::knownLanguages().contains(match.captured(2)))
        return {};
    const QString own = QStringLiteral("%1.%2.%3").arg(match.captured(1), language, match.captured(3));
    return QFileInfo::exists(pageDir + QLatin1Char('/') + own) ? own : QString();
}

} // namespace

class CurriculumTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        m_userDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_userDir->isValid());
        // The bundled packs; MEDIATELIER_CURRICULUM_ROOT may name a lessons folder instead (to check
        // edited packs, or a deliberately broken copy, without rebuilding).
        m_root = qEnvironmentVariable("MEDIATELIER_CURRICULUM_ROOT", QStringLiteral(":/lessons"));
        m_library = std::make_unique<ModuleLibrary>(m_root, m_userDir->path());
    }

    void tenModulesNoneBroken()
    {
        QStringList faults;
        for (const Module *broken : m_library->brokenModules())
            faults << issuesText(*broken);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const Module *module : m_library->modules())
            ids << module->id;
        for (const QString &id : expectedIds())
            QVERIFY2(ids.contains(id), qPrintable(QStringLiteral("module missing from the bundled library: ") + id));
        QCOMPARE(ids.size(), expectedIds().size());
    }

    void moduleDescription_data() { moduleRows(); }
    void moduleDescription()
    {
        const Module *module = fetchModule();
        QVERIFY2(module, "module missing or broken (its issues are printed above)");
        QVERIFY2(module->issues.isEmpty(), qPrintable(issuesText(*module)));
        for (const QString &language : kRequired)
            QVERIFY2(module->languages.contains(language), qPrintable(QStringLiteral("language not declared: ") + language));
        QVERIFY2(module->pages.size() >= 6 && module->pages.size() <= 10,
                 qPrintable(QStringLiteral("%1 pages, expected 6 to 10").arg(module->pages.size())));
        for (const QString &language : module->languages) {
            QVERIFY2(module->pageTitles.value(language).size() == module->pages.size(),
                     qPrintable(QStringLiteral("%1: %2 page titles for %3 pages")
                                    .arg(language).arg(module->pageTitles.value(language).size()).arg(module->pages.size())));
            const QString lastTitle = module->pageTitles.value(language).constLast();
            QVERIFY2(isSourcesPage(module->pages.constLast(), lastTitle, language),
                     qPrintable(QStringLiteral("the last page (%1, \"%2\") is not a sources page")
                                    .arg(module->pages.constLast(), lastTitle)));
            QVERIFY2(!module->objectives.value(language).isEmpty(), qPrintable(QStringLiteral("no objectives in ") + language));
            for (const QString &objective : module->objectives.value(language))
                QVERIFY2(!objective.trimmed().isEmpty(), qPrintable(QStringLiteral("an empty objective in ") + language));
        }
        QVERIFY2(module->durationMinutes >= 60 && module->durationMinutes <= 120,
                 qPrintable(QStringLiteral("duration %1 minutes, expected 60 to 120").arg(module->durationMinutes)));
    }

    void facilitatorGuide_data() { moduleRows(); }
    void facilitatorGuide()
    {
        const Module *module = fetchModule();
        QVERIFY2(module, "module missing or broken (its issues are printed above)");
        QVERIFY(!module->facilitatorFile.isEmpty());
        for (const QString &language : module->languages) {
            const QString guide = m_library->facilitatorMarkdown(*module, language);
            QVERIFY2(guide.size() > 1500, qPrintable(QStringLiteral("%1 facilitator guide has only %2 characters")
                                                          .arg(language).arg(guide.size())));
            const QString note = kReviewNote.value(language);
            if (note.isEmpty())
                continue;
            QVERIFY2(guide.contains(note), qPrintable(QStringLiteral("%1 facilitator guide lacks the note \"%2\"").arg(language, note)));
            const QString firstPage = m_library->pageMarkdown(*module, language, module->pages.constFirst());
            QVERIFY2(firstPage.left(firstPage.indexOf(QStringLiteral("\n## "))).contains(note),
                     qPrintable(QStringLiteral("%1/%2.md does not open with the note \"%3\"").arg(language, module->pages.constFirst(), note)));
        }
    }

    void quizQuality_data() { moduleRows(); }
    void quizQuality()
    {
        const Module *module = fetchModule();
        QVERIFY2(module, "module missing or broken (its issues are printed above)");
        QVERIFY(!module->quizFile.isEmpty());
        const QString text = PackLoader::readText(module->rootPath + QLatin1Char('/') + module->quizFile);
        QVERIFY2(!text.isEmpty(), "quiz file empty or unreadable");
        JsonText json;
        QVERIFY2(json.parse(text.toUtf8()), qPrintable(json.error()));
        QList<PackIssue> issues;
        const QuizDefinition quiz = QuizFormat::parse(json, module->quizFile, module->languages, module->pages, &issues);
        QStringList faults;
        for (const PackIssue &issue : issues)
            faults << issue.toString();
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(QLatin1Char('\n'))));

        QSet<int> scoredTypes;
        int selfCount = 0;
        for (const Question &question : quiz.questions) {
            const QString where = module->id + QLatin1Char('/') + question.id + QStringLiteral(": ");
            if (question.isScored())
                scoredTypes.insert(int(question.type));
            else
                ++selfCount;
            if (!question.page.isEmpty())
                QVERIFY2(module->pages.contains(question.page), qPrintable(where + QStringLiteral("unknown page ") + question.page));
            for (const QString &language : module->languages) {
                QVERIFY2(!question.prompt.value(language).trimmed().isEmpty(), qPrintable(where + QStringLiteral("no prompt in ") + language));
                if (question.isScored())
                    QVERIFY2(!question.explanation.value(language).trimmed().isEmpty(),
                             qPrintable(where + QStringLiteral("no explanation in ") + language));
                if (question.isChoice()) {
                    for (const QuizOption &option : question.options)
                        QVERIFY2(!option.feedback.value(language).trimmed().isEmpty(),
                                 qPrintable(where + QStringLiteral("option %1 has no feedback in %2").arg(option.id, language)));
                }
            }
        }
        QVERIFY2(quiz.scoredCount() >= 10, qPrintable(QStringLiteral("%1 scored questions, expected at least 10").arg(quiz.scoredCount())));
        QVERIFY2(scoredTypes.size() >= 3, qPrintable(QStringLiteral("%1 scored question types, expected at least 3").arg(scoredTypes.size())));
        QVERIFY2(selfCount >= 3 && selfCount <= 5, qPrintable(QStringLiteral("%1 self statements, expected 3 to 5").arg(selfCount)));
    }

    void imagesExist_data() { moduleRows(); }
    void imagesExist()
    {
        const Module *module = fetchModule();
        QVERIFY2(module, "module missing or broken (its issues are printed above)");
        int referenced = 0;
        for (const QString &language : module->languages) {
            for (const QString &page : module->pages) {
                const QString path = module->pagePath(language, page);
                for (const QString &target : linkTargets(PackLoader::readText(path), true)) {
                    ++referenced;
                    const QString resolved = QDir::cleanPath(QFileInfo(path).path() + QLatin1Char('/') + target);
                    QVERIFY2(resolved.startsWith(module->rootPath + QLatin1Char('/')) && QFileInfo::exists(resolved),
                             qPrintable(QStringLiteral("%1/%2: image not found: %3").arg(language, page, target)));
                    const QString own = foreignImageVariant(target, language, QFileInfo(path).path());
                    QVERIFY2(own.isEmpty(), qPrintable(QStringLiteral("%1/%2: shows %3 instead of %4").arg(language, page, target, own)));
                }
            }
        }
        QVERIFY2(referenced > 0, "no page shows an image");
        const QStringList svgs = QDir(module->rootPath + QStringLiteral("/images")).entryList({QStringLiteral("*.svg")}, QDir::Files);
        QVERIFY2(!svgs.isEmpty(), "no SVG in images/");
        for (const PackIssue &issue : module->issues)
            QVERIFY2(issue.field != QLatin1String("image"), qPrintable(issue.toString()));
    }

    void pageHeadingsAndLinks_data() { moduleRows(); }
    void pageHeadingsAndLinks()
    {
        const Module *module = fetchModule();
        QVERIFY2(module, "module missing or broken (its issues are printed above)");
        int differing = 0;
        for (int i = 0; i < module->pages.size(); ++i) {
            const QStringList frenchLinks = linkTargets(m_library->pageMarkdown(*module, QStringLiteral("fr"), module->pages.at(i)), false);
            for (const QString &language : module->languages) {
                const QString text = m_library->pageMarkdown(*module, language, module->pages.at(i));
                QVERIFY2(text.startsWith(QLatin1String("# ")),
                         qPrintable(QStringLiteral("%1/%2.md does not start with '# '").arg(language, module->pages.at(i))));
                if (!kRequired.contains(language))
                    QVERIFY2(linkTargets(text, false) == frenchLinks,
                             qPrintable(QStringLiteral("%1/%2.md: its links differ from the French page's").arg(language, module->pages.at(i))));
                for (const QString &target : linkTargets(text, false)) {
                    if (target.startsWith(QLatin1String("glossary:")))
                        QVERIFY2(m_library->glossaryEntry(target.mid(9)).has_value(),
                                 qPrintable(QStringLiteral("%1/%2.md: unknown glossary term %3").arg(language, module->pages.at(i), target)));
                }
            }
            if (module->pageTitle(QStringLiteral("fr"), i) != module->pageTitle(QStringLiteral("en"), i))
                ++differing;
        }
        QVERIFY2(differing * 2 >= module->pages.size(),
                 qPrintable(QStringLiteral("only %1 of %2 page titles differ between fr and en").arg(differing).arg(module->pages.size())));
    }

    void glossaryTerms()
    {
        QVERIFY2(m_library->glossary().size() >= 60,
                 qPrintable(QStringLiteral("%1 glossary terms, expected at least 60").arg(m_library->glossary().size())));
        for (const GlossaryEntry &entry : m_library->glossary()) {
            QStringList languages = kRequired;
            if (const Module *definer = m_library->module(entry.moduleId))
                languages = definer->languages; // a module in Dutch defines its terms in Dutch too
            for (const QString &language : languages) {
                QVERIFY2(!entry.term.value(language).trimmed().isEmpty(), qPrintable(entry.id + QStringLiteral(": no term in ") + language));
                QVERIFY2(!entry.definition.value(language).trimmed().isEmpty(),
                         qPrintable(entry.id + QStringLiteral(": no definition in ") + language));
            }
        }
        // The library keeps one entry per id, so a term defined twice would be hidden: count the
        // definitions in every module.json.
        QHash<QString, QStringList> definedBy;
        for (const QString &id : expectedIds()) {
            JsonText json;
            QVERIFY2(json.parse(PackLoader::readText(QStringLiteral("%1/%2/module.json").arg(m_root, id)).toUtf8()), qPrintable(id));
            for (const QJsonValue &entry : json.document().object().value(QLatin1String("glossary")).toArray())
                definedBy[entry.toObject().value(QLatin1String("id")).toString()] << id;
        }
        QStringList duplicates;
        for (auto it = definedBy.cbegin(); it != definedBy.cend(); ++it) {
            if (it.value().size() > 1)
                duplicates << it.key() + QStringLiteral(" (") + it.value().join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        QVERIFY2(duplicates.isEmpty(), qPrintable(QStringLiteral("glossary ids defined more than once: ") + duplicates.join(QStringLiteral("; "))));
        QCOMPARE(definedBy.size(), m_library->glossary().size());
    }

private:
    void moduleRows()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : expectedIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    const Module *fetchModule() const
    {
        QFETCH(QString, id);
        const Module *module = m_library->module(id);
        if (!module) {
            for (const Module *broken : m_library->brokenModules()) {
                if (broken->id == id)
                    qWarning().noquote() << issuesText(*broken);
            }
        }
        return module;
    }

    QString m_root;
    std::unique_ptr<QTemporaryDir> m_userDir;
    std::unique_ptr<ModuleLibrary> m_library;
};

QTEST_GUILESS_MAIN(CurriculumTest)
#include "tst_curriculum.moc"
