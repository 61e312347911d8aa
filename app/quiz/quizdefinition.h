// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/module.h"

#include <QList>
#include <QString>
#include <QStringList>

class JsonText;
class QJsonObject;

enum class QuestionType { Single, Multiple, TrueFalse, Ordering, Matching, Text, Numeric, SelfAssessment };

struct QuizOption
{
    QString id;
    LocalizedText text;
    bool correct = false;
    LocalizedText feedback;
};

struct MatchPair
{
    QString id;
    LocalizedText left;
    LocalizedText right;
};

// One question of a module's quiz.json (format: docs/content-format.md).
struct Question
{
    QString id;
    QuestionType type = QuestionType::Single;
    QStringList kinds; // pre, post, practice
    QString page;      // page to revisit
    LocalizedText prompt;
    LocalizedText explanation;
    QList<QuizOption> options;              // single, multiple, truefalse
    QList<QuizOption> items;                // ordering, in the correct order
    QList<MatchPair> pairs;                 // matching
    QHash<QString, QStringList> accepted;   // text
    double answer = 0;                      // numeric
    double tolerance = 0;                   // numeric

    bool isScored() const { return type != QuestionType::SelfAssessment; }
    bool isChoice() const;
};

struct QuizDefinition
{
    QList<Question> questions;
    int scoredCount() const;
};

namespace QuizFormat {
QString typeName(QuestionType type);
bool typeFromName(const QString &name, QuestionType *type);
QStringList typeNames();

// Reads quiz.json; structural faults are appended to issues (file name `file`, lines from json).
// languages: those the module declares, each prompt must exist in each; pages: the module's page ids.
QuizDefinition parse(const JsonText &json, const QString &file, const QStringList &languages,
                     const QStringList &pages, QList<PackIssue> *issues);
// The question as a quiz.json entry (the inverse of parse()).
QJsonObject toJson(const Question &question);
} // namespace QuizFormat
