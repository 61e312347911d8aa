// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/answer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool Answer::isEmpty() const
{
    return choices.isEmpty() && order.isEmpty() && matches.isEmpty() && text.trimmed().isEmpty() && !hasNumber
           && scale == 0;
}

QString Answer::toJson() const
{
    QJsonObject json;
    if (!choices.isEmpty())
        json.insert(QStringLiteral("choices"), QJsonArray::fromStringList(choices));
    if (!order.isEmpty())
        json.insert(QStringLiteral("order"), QJsonArray::fromStringList(order));
    if (!matches.isEmpty()) {
        QJsonObject pairs;
        for (auto it = matches.cbegin(); it != matches.cend(); ++it)
            pairs.insert(it.key(), it.value());
        json.insert(QStringLiteral("matches"), pairs);
    }
    if (!text.isEmpty())
        json.insert(QStringLiteral("text"), text);
    if (hasNumber)
        json.insert(QStringLiteral("number"), number);
    if (scale > 0)
        json.insert(QStringLiteral("scale"), scale);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Answer Answer::fromJson(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    Answer answer;
    for (const QJsonValue &value : json.value(QLatin1String("choices")).toArray())
        answer.choices << value.toString();
    for (const QJsonValue &value : json.value(QLatin1String("order")).toArray())
        answer.order << value.toString();
    const QJsonObject matches = json.value(QLatin1String("matches")).toObject();
    for (auto it = matches.begin(); it != matches.end(); ++it)
        answer.matches.insert(it.key(), it.value().toString());
    answer.text = json.value(QLatin1String("text")).toString();
    answer.hasNumber = json.contains(QLatin1String("number"));
    answer.number = json.value(QLatin1String("number")).toDouble();
    answer.scale = json.value(QLatin1String("scale")).toInt();
    return answer;
}
