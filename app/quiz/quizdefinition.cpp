// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizdefinition.h"

#include "content/jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QuizFormat", text);
}

const QList<std::pair<QuestionType, QLatin1String>> &typeTable()
{
    static const QList<std::pair<QuestionType, QLatin1String>> table = {
        {QuestionType::Single, QLatin1String("single")},       {QuestionType::Multiple, QLatin1String("multiple")},
        {QuestionType::TrueFalse, QLatin1String("truefalse")}, {QuestionType::Ordering, QLatin1String("ordering")},
        {QuestionType::Matching, QLatin1String("matching")},   {QuestionType::Text, QLatin1String("text")},
        {QuestionType::Numeric, QLatin1String("numeric")},     {QuestionType::SelfAssessment, QLatin1String("self")},
    };
    return table;
}

LocalizedText readText(const QJsonValue &value)
{
    LocalizedText text;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        text.insert(it.key(), it.value().toString());
    return text;
}

// Collects faults of one question with the line of its id (or of its n-th "prompt" key).
class QuestionChecker
{
    Q_DECLARE_TR_FUNCTIONS(QuizFormat)
public:
    QuestionChecker(const JsonText &json, const QString &file, int index, const QString &id, int occurrence,
                    QList<PackIssue> *issues)
        : m_file(file), m_index(index), m_issues(issues)
    {
        m_line = id.isEmpty() ? json.lineOfKey(QStringLiteral("prompt"), index) : json.lineOfString(id, occurrence);
    }
    void fault(const QString &field, const QString &message)
    {
        m_issues->append({m_file, m_line, QStringLiteral("questions[%1]%2").arg(m_index).arg(field), message});
    }
    void requireLanguages(const LocalizedText &text, const QStringList &languages, const QString &field)
    {
        for (const QString &language : languages)
            if (text.value(language).trimmed().isEmpty())
                fault(field, tr("missing text in language '%1'").arg(language));
    }

private:
    QString m_file;
    int m_index;
    int m_line = 0;
    QList<PackIssue> *m_issues;
};

QList<QuizOption> readOptions(const QJsonArray &array)
{
    QList<QuizOption> options;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        options.append({object.value(QLatin1String("id")).toString(), readText(object.value(QLatin1String("text"))),
                        object.value(QLatin1String("correct")).toBool(), readText(object.value(QLatin1String("feedback")))});
    }
    return options;
}

} // namespace

bool Question::isChoice() const
{
    return type == QuestionType::Single || type == QuestionType::Multiple || type == QuestionType::TrueFalse;
}

int QuizDefinition::scoredCount() const
{
    return int(std::count_if(questions.cbegin(), questions.cend(), [](const Question &q) { return q.isScored(); }));
}

QString QuizFormat::typeName(QuestionType type)
{
    for (const auto &[value, name] : typeTable())
        if (value == type)
            return name;
    return {};
}

bool QuizFormat::typeFromName(const QString &name, QuestionType *type)
{
    for (const auto &[value, typeName] : typeTable()) {
        if (name == typeName) {
            *type = value;
            return true;
        }
    }
    return false;
}

QStringList QuizFormat::typeNames()
{
    QStringList names;
    for (const auto &entry : typeTable())
        names << entry.second;
    return names;
}

QuizDefinition QuizFormat::parse(const JsonText &json, const QString &file, const QStringList &languages,
                                 const QStringList &pages, QList<PackIssue> *issues)
{
    QuizDefinition quiz;
    const QJsonValue questions = json.document().object().value(QLatin1String("questions"));
    if (!questions.isArray()) {
        issues->append({file, json.lineOfKey(QStringLiteral("questions")), QStringLiteral("questions"),
                        tr("a list of questions is required")});
        return quiz;
    }
    QHash<QString, int> seen; // id -> times met so far
    const QJsonArray array = questions.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        Question q;
        q.id = object.value(QLatin1String("id")).toString();
        QuestionChecker check(json, file, i, q.id, seen.value(q.id), issues);
        if (q.id.isEmpty())
            check.fault(QStringLiteral(".id"), tr("every question needs an id"));
        else if (seen.contains(q.id))
            check.fault(QStringLiteral(".id"), tr("duplicate question id '%1'").arg(q.id));
        seen[q.id] += 1;

        const QString typeText = object.value(QLatin1String("type")).toString();
        if (!typeFromName(typeText, &q.type)) {
            check.fault(QStringLiteral(".type"), tr("unknown question type '%1' (expected one of: %2)")
                                                      .arg(typeText, typeNames().join(QStringLiteral(", "))));
            continue;
        }
        for (const QJsonValue &kind : object.value(QLatin1String("kinds")).toArray()) {
            q.kinds << kind.toString();
            if (!QStringList{QStringLiteral("pre"), QStringLiteral("post"), QStringLiteral("practice")}.contains(kind.toString()))
                check.fault(QStringLiteral(".kinds"), tr("unknown quiz kind '%1' (expected pre, post or practice)").arg(kind.toString()));
        }
        q.page = object.value(QLatin1String("page")).toString();
        if (!q.page.isEmpty() && !pages.contains(q.page))
            check.fault(QStringLiteral(".page"), tr("page '%1' is not in the module's page list").arg(q.page));
        q.prompt = readText(object.value(QLatin1String("prompt")));
        q.explanation = readText(object.value(QLatin1String("explanation")));
        check.requireLanguages(q.prompt, languages, QStringLiteral(".prompt"));

        switch (q.type) {
        case QuestionType::Single:
        case QuestionType::Multiple:
        case QuestionType::TrueFalse: {
            q.options = readOptions(object.value(QLatin1String("options")).toArray());
            const auto correct = std::count_if(q.options.cbegin(), q.options.cend(), [](const QuizOption &o) { return o.correct; });
            if (q.options.size() < 2)
                check.fault(QStringLiteral(".options"), tr("at least two options are required"));
            if (q.type != QuestionType::Multiple && correct != 1)
                check.fault(QStringLiteral(".options"), tr("exactly one option must be correct"));
            if (q.type == QuestionType::Multiple && correct < 1)
                check.fault(QStringLiteral(".options"), tr("at least one option must be correct"));
            QSet<QString> optionIds;
            for (int o = 0; o < q.options.size(); ++o) {
                const QuizOption &option = q.options.at(o);
                if (option.id.isEmpty() || optionIds.contains(option.id))
                    check.fault(QStringLiteral(".options[%1].id").arg(o), tr("option ids must be present and unique"));
                optionIds.insert(option.id);
                if (q.type != QuestionType::TrueFalse)
                    check.requireLanguages(option.text, languages, QStringLiteral(".options[%1].text").arg(o));
            }
            if (q.type == QuestionType::TrueFalse && optionIds != QSet<QString>{QStringLiteral("true"), QStringLiteral("false")})
                check.fault(QStringLiteral(".options"), tr("a true/false question has exactly the options 'true' and 'false'"));
            break;
        }
        case QuestionType::Ordering:
            q.items = readOptions(object.value(QLatin1String("items")).toArray());
            if (q.items.size() < 2)
                check.fault(QStringLiteral(".items"), tr("at least two items are required"));
            for (int o = 0; o < q.items.size(); ++o)
                check.requireLanguages(q.items.at(o).text, languages, QStringLiteral(".items[%1].text").arg(o));
            break;
        case QuestionType::Matching:
            for (const QJsonValue &value : object.value(QLatin1String("pairs")).toArray()) {
                const QJsonObject pair = value.toObject();
                q.pairs.append({pair.value(QLatin1String("id")).toString(), readText(pair.value(QLatin1String("left"))),
                                readText(pair.value(QLatin1String("right")))});
            }
            if (q.pairs.size() < 2)
                check.fault(QStringLiteral(".pairs"), tr("at least two pairs are required"));
            break;
        case QuestionType::Text: {
            const QJsonObject accepted = object.value(QLatin1String("accepted")).toObject();
            for (auto it = accepted.begin(); it != accepted.end(); ++it)
                for (const QJsonValue &answer : it.value().toArray())
                    q.accepted[it.key()] << answer.toString();
            for (const QString &language : languages)
                if (q.accepted.value(language).isEmpty())
                    check.fault(QStringLiteral(".accepted"), tr("no accepted answer in language '%1'").arg(language));
            break;
        }
        case QuestionType::Numeric:
            if (!object.value(QLatin1String("answer")).isDouble())
                check.fault(QStringLiteral(".answer"), tr("a numeric question needs a number as answer"));
            q.answer = object.value(QLatin1String("answer")).toDouble();
            q.tolerance = object.value(QLatin1String("tolerance")).toDouble(0);
            if (q.tolerance < 0)
                check.fault(QStringLiteral(".tolerance"), tr("the tolerance cannot be negative"));
            break;
        case QuestionType::SelfAssessment:
            break;
        }
        quiz.questions.append(q);
    }
    return quiz;
}

namespace {

QJsonObject textToJson(const LocalizedText &text)
{
    QJsonObject json;
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QJsonArray optionsToJson(const QList<QuizOption> &options, bool withCorrect)
{
    QJsonArray array;
    for (const QuizOption &option : options) {
        QJsonObject json{{QStringLiteral("id"), option.id}};
        if (!option.text.isEmpty())
            json.insert(QStringLiteral("text"), textToJson(option.text));
        if (withCorrect)
            json.insert(QStringLiteral("correct"), option.correct);
        if (!option.feedback.isEmpty())
            json.insert(QStringLiteral("feedback"), textToJson(option.feedback));
        array.append(json);
    }
    return array;
}

} // namespace

QJsonObject QuizFormat::toJson(const Question &q)
{
    QJsonObject json{{QStringLiteral("id"), q.id}, {QStringLiteral("type"), typeName(q.type)},
                     {QStringLiteral("prompt"), textToJson(q.prompt)}};
    if (!q.kinds.isEmpty())
        json.insert(QStringLiteral("kinds"), QJsonArray::fromStringList(q.kinds));
    if (!q.page.isEmpty())
        json.insert(QStringLiteral("page"), q.page);
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse:
        json.insert(QStringLiteral("options"), optionsToJson(q.options, true));
        break;
    case QuestionType::Ordering:
        json.insert(QStringLiteral("items"), optionsToJson(q.items, false));
        break;
    case QuestionType::Matching: {
        QJsonArray pairs;
        for (const MatchPair &pair : q.pairs)
            pairs.append(QJsonObject{{QStringLiteral("id"), pair.id}, {QStringLiteral("left"), textToJson(pair.left)},
                                     {QStringLiteral("right"), textToJson(pair.right)}});
        json.insert(QStringLiteral("pairs"), pairs);
        break;
    }
    case QuestionType::Text: {
        QJsonObject accepted;
        for (auto it = q.accepted.cbegin(); it != q.accepted.cend(); ++it)
            accepted.insert(it.key(), QJsonArray::fromStringList(it.value()));
        json.insert(QStringLiteral("accepted"), accepted);
        break;
    }
    case QuestionType::Numeric:
        json.insert(QStringLiteral("answer"), q.answer);
        json.insert(QStringLiteral("tolerance"), q.tolerance);
        break;
    case QuestionType::SelfAssessment:
        break;
    }
    if (!q.explanation.isEmpty())
        json.insert(QStringLiteral("explanation"), textToJson(q.explanation));
    return json;
}
