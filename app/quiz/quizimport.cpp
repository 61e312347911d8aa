// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizimport.h"

#include "content/filetree.h"
#include "content/modulelibrary.h"
#include "content/packloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuizImport", text);
}

// Every text of the question present in each language of the pack.
void fillLanguages(Question &q, const QString &from, const QStringList &languages)
{
    const auto fill = [&](LocalizedText &text) {
        if (!text.contains(from))
            return;
        for (const QString &language : languages)
            if (!text.contains(language))
                text.insert(language, text.value(from));
    };
    fill(q.prompt);
    fill(q.explanation);
    for (QuizOption &option : q.options) {
        fill(option.text);
        fill(option.feedback);
    }
    for (MatchPair &pair : q.pairs) {
        fill(pair.left);
        fill(pair.right);
    }
    if (q.accepted.contains(from))
        for (const QString &language : languages)
            if (!q.accepted.contains(language))
                q.accepted.insert(language, q.accepted.value(from));
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) > 0
           && file.commit();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(PackLoader::readText(path).toUtf8()).object();
}

// A new module that holds nothing but imported questions.
bool writeSkeleton(const QString &root, const QString &id, const QString &language, const QString &source)
{
    const QString title = tr("Imported questions: %1").arg(id);
    QJsonObject module{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), 1},
        {QStringLiteral("languages"), QJsonArray{language}},
        {QStringLiteral("title"), QJsonObject{{language, title}}},
        {QStringLiteral("summary"), QJsonObject{{language, tr("Questions imported from %1.").arg(QFileInfo(source).fileName())}}},
        {QStringLiteral("durationMinutes"), 30},
        {QStringLiteral("level"), QStringLiteral("beginner")},
        {QStringLiteral("objectives"), QJsonObject{{language, QJsonArray{tr("Answer the imported questions")}}}},
        {QStringLiteral("pages"), QJsonArray{QStringLiteral("01-questions")}},
        {QStringLiteral("quiz"), QStringLiteral("quiz.json")},
    };
    QFile page(root + QLatin1Char('/') + language + QStringLiteral("/01-questions.md"));
    return QDir().mkpath(root + QLatin1Char('/') + language) && page.open(QIODevice::WriteOnly)
           && page.write((QStringLiteral("# ") + title + QStringLiteral("\n\n")
                          + tr("This module holds questions imported from a GIFT file. Open Quizzes to answer them.")
                          + QLatin1Char('\n'))
                             .toUtf8())
                  > 0
           && writeJson(root + QStringLiteral("/module.json"), module)
           && writeJson(root + QStringLiteral("/quiz.json"), QJsonObject{{QStringLiteral("questions"), QJsonArray()}});
}

} // namespace

Result<QuizImport::Report> QuizImport::importGift(ModuleLibrary &library, const QString &file, const QString &moduleId,
                                                  const QString &language, bool dryRun)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!idPattern.match(moduleId).hasMatch())
        return Result<Report>::failure(tr("\"%1\" is not a valid module id (lowercase letters, digits and dashes).").arg(moduleId));
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Result<Report>::failure(tr("Cannot read %1.").arg(file));
    const GiftFormat::ParseResult parsed = GiftFormat::parse(QString::fromUtf8(in.readAll()), language, QStringLiteral("gift"));
    if (!parsed.ok())
        return Result<Report>::failure(tr("%1:%2: %3 Nothing was imported.").arg(file).arg(parsed.errorLine).arg(parsed.error));

    Report report{moduleId, int(parsed.questions.size()), parsed.skipped, parsed.categories, false};
    const Module *existing = library.module(moduleId);
    report.createdModule = existing == nullptr;
    if (dryRun || parsed.questions.isEmpty())
        return report;

    QTemporaryDir staging;
    const QString root = staging.filePath(moduleId);
    if (existing ? !copyTree(existing->rootPath, root) : !writeSkeleton(root, moduleId, language, file))
        return Result<Report>::failure(tr("Cannot prepare the module %1 for the import.").arg(moduleId));

    QJsonObject module = readJson(root + QStringLiteral("/module.json"));
    if (existing && existing->origin == Module::Origin::Bundled)
        module.insert(QStringLiteral("version"), existing->version + 1); // the user copy takes over
    if (module.value(QStringLiteral("quiz")).toString().isEmpty())
        module.insert(QStringLiteral("quiz"), QStringLiteral("quiz.json"));
    const QString quizPath = root + QLatin1Char('/') + module.value(QStringLiteral("quiz")).toString();
    QJsonObject quiz = readJson(quizPath);
    QJsonArray questions = quiz.value(QStringLiteral("questions")).toArray();
    QSet<QString> ids;
    for (const QJsonValue &value : std::as_const(questions))
        ids.insert(value.toObject().value(QStringLiteral("id")).toString());
    QStringList languages;
    for (const QJsonValue &value : module.value(QStringLiteral("languages")).toArray())
        languages << value.toString();

    for (Question question : parsed.questions) {
        QString id = question.id;
        for (int n = 2; ids.contains(id); ++n)
            id = QStringLiteral("%1-%2").arg(question.id).arg(n);
        question.id = id;
        ids.insert(id);
        fillLanguages(question, language, languages);
        questions.append(QuizFormat::toJson(question));
    }
    quiz.insert(QStringLiteral("questions"), questions);
    if (!writeJson(quizPath, quiz) || !writeJson(root + QStringLiteral("/module.json"), module))
        return Result<Report>::failure(tr("Cannot write the questions of %1.").arg(moduleId));
    const Result<QString> added = library.addPack(root);
    if (!added)
        return added.status();
    return report;
}

Status QuizImport::exportGift(const ModuleLibrary &library, const QString &moduleId, const QString &language,
                              const QString &file, int *skipped)
{
    const Module *module = library.module(moduleId);
    if (!module)
        return Status::failure(tr("There is no module \"%1\".").arg(moduleId));
    const QString text = GiftFormat::write(library.quiz(*module).questions, module->languageFor(language), skipped);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0 || !out.commit())
        return Status::failure(tr("Cannot write %1.").arg(file));
    return {};
}
