// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// What a person answered to one question, whatever its type. Stored as JSON in quiz_answers.answer.
struct Answer
{
    QStringList choices;             // single, multiple, truefalse: chosen option ids
    QStringList order;               // ordering: item ids in the order given
    QHash<QString, QString> matches; // matching: pair id of the left item -> pair id of the right chosen
    QString text;                    // text
    double number = 0;               // numeric
    bool hasNumber = false;
    int scale = 0;                   // self-assessment: 1..5, 0 = not answered

    bool isEmpty() const;
    QString toJson() const;
    static Answer fromJson(const QString &json);
};

// The judgement on one answer.
struct Grade
{
    double credit = 0;     // 0..1 (partial credit for multiple choice and matching)
    bool scored = true;    // false for self-assessment statements
    bool fullyCorrect() const { return scored && credit >= 0.999; }
};
