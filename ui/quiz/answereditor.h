// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/answer.h"

#include <QWidget>

struct Question;

// The controls to answer one question, one subclass per kind of question. Large, and usable with
// the keyboard alone (Tab, arrows, Space).
class AnswerEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // displayOrder: the shuffled ids from QuizSession::displayOrder().
    static AnswerEditor *create(const Question &question, const QStringList &displayOrder, const QString &language,
                                QWidget *parent);

    virtual Answer answer() const = 0;
    virtual void setAnswer(const Answer &answer) = 0;
    virtual void setLocked(bool locked) { setEnabled(!locked); }
    // Shows which options were right once feedback is given (choice questions).
    virtual void revealCorrect() {}

signals:
    void changed();
};
