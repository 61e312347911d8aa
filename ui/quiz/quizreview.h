// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;
class QuizSession;

// The end of a quiz: the score, each question right or not, the confident mistakes, the lesson
// pages to read again, and "try again".
class QuizReview : public QWidget
{
    Q_OBJECT
public:
    explicit QuizReview(QWidget *parent = nullptr);

    void present(const QuizSession &session);
    QString scoreText() const;

signals:
    void retryRequested();
    void backRequested();
    void lessonPageRequested(const QString &moduleId, const QString &pageId);

private:
    QLabel *m_score;
    QLabel *m_confident;
    QListWidget *m_questions;
    QLabel *m_revisitLabel;
    QVBoxLayout *m_revisit;
    QPushButton *m_retry;
    QPushButton *m_back;
};
