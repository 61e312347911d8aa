// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a content pack's quiz.json, parsed and checked as PackLoader::load() does; then each
// question written back as JSON (the quiz editor's save) and the quiz exported as GIFT.
#include "fuzzsupport.h"

#include "content/jsontext.h"
#include "quiz/giftformat.h"
#include "quiz/quizdefinition.h"

#include <QJsonArray>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzSupport::bytes(data, size);
    JsonText json;
    if (!json.parse(bytes))
        return 0;
    const QStringList languages = {QStringLiteral("fr"), QStringLiteral("en")};
    const QStringList pages = {QStringLiteral("01-intro"), QStringLiteral("02-data")};
    QList<PackIssue> issues;
    const QuizDefinition quiz = QuizFormat::parse(json, QStringLiteral("quiz.json"), languages, pages, &issues);
    const int lines = int(bytes.count('\n')) + 1;
    for (const PackIssue &issue : std::as_const(issues))
        if (issue.line < 0 || issue.line > lines || issue.message.isEmpty())
            FuzzSupport::violated("quiz issue outside the file or without a message", bytes);
    quiz.scoredCount();

    // toJson() is parse()'s inverse: the same questions come back, in the same order.
    QJsonArray array;
    for (const Question &question : quiz.questions)
        array.append(QuizFormat::toJson(question));
    JsonText again;
    if (!again.parse(QJsonDocument(QJsonObject{{QStringLiteral("questions"), array}}).toJson()))
        FuzzSupport::violated("toJson() wrote invalid JSON", bytes);
    QList<PackIssue> ignored;
    const QuizDefinition back = QuizFormat::parse(again, QStringLiteral("quiz.json"), languages, pages, &ignored);
    if (back.questions.size() != quiz.questions.size())
        FuzzSupport::violated("toJson() then parse() changed the number of questions", bytes);
    for (qsizetype i = 0; i < back.questions.size(); ++i)
        if (back.questions[i].id != quiz.questions[i].id || back.questions[i].type != quiz.questions[i].type)
            FuzzSupport::violated("toJson() then parse() changed a question", bytes);

    // The GIFT export of whatever a pack holds reads back without a syntax error.
    for (const QString &language : languages) {
        int skipped = 0;
        const QString gift = GiftFormat::write(quiz.questions, language, &skipped);
        const GiftFormat::ParseResult read = GiftFormat::parse(gift, language, QStringLiteral("q"));
        if (!read.ok())
            FuzzSupport::violated("the GIFT export does not read back",
                                  QStringLiteral("line %1: %2\n%3").arg(read.errorLine).arg(read.error, gift).toUtf8());
    }
    return 0;
}
