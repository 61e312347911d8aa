// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizreview.h"

#include "quiz/quizsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

QuizReview::QuizReview(QWidget *parent)
    : QWidget(parent), m_score(new QLabel(this)), m_confident(new QLabel(this)), m_questions(new QListWidget(this)),
      m_revisitLabel(new QLabel(this)), m_revisit(new QVBoxLayout), m_retry(new QPushButton(this)),
      m_back(new QPushButton(this))
{
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_score->setProperty("role", QStringLiteral("screenTitle"));
    m_confident->setWordWrap(true);
    m_confident->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_questions->setObjectName(QStringLiteral("reviewList"));
    m_questions->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("retryQuiz"));
    m_back->setObjectName(QStringLiteral("backToQuizzes"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_score);
    layout->addWidget(m_confident);
    layout->addWidget(m_questions, 1);
    layout->addWidget(m_revisitLabel);
    layout->addLayout(m_revisit);
    layout->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, &QuizReview::retryRequested);
    connect(m_back, &QPushButton::clicked, this, &QuizReview::backRequested);
}

QString QuizReview::scoreText() const
{
    return m_score->text();
}

void QuizReview::present(const QuizSession &session)
{
    const QString language = session.language();
    const Module &module = session.module();
    m_score->setText(session.maxScore() > 0
                         ? tr("You scored %1 out of %2 (%3 %)")
                               .arg(QLocale().toString(session.score(), 'g', 3))
                               .arg(session.maxScore())
                               .arg(qRound(session.percent()))
                         : tr("Thank you for your answers."));
    m_score->setAccessibleName(m_score->text());
    m_questions->clear();
    for (int i = 0; i < session.count(); ++i) {
        const Question &question = session.question(i);
        QString mark;
        if (!question.isScored())
            mark = tr("(your opinion)");
        else if (session.gradeAt(i).fullyCorrect())
            mark = tr("✓ right");
        else if (session.isAnswered(i) && session.gradeAt(i).credit > 0)
            mark = tr("◐ partly right");
        else
            mark = tr("✗ to review");
        m_questions->addItem(QStringLiteral("%1. %2 — %3").arg(i + 1).arg(localized(question.prompt, language), mark));
    }
    const int confident = int(session.confidentMistakes().size());
    m_confident->setText(confident > 0 ? tr("You were sure of %n answer(s) that were not right: read them again.", nullptr, confident)
                                       : QString());
    m_confident->setVisible(confident > 0);

    while (QLayoutItem *item = m_revisit->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList pages = session.pagesToRevisit();
    m_revisitLabel->setText(pages.isEmpty() ? QString() : tr("Pages to read again:"));
    m_revisitLabel->setVisible(!pages.isEmpty());
    for (const QString &page : pages) {
        const int index = int(module.pages.indexOf(page));
        auto *button = new QPushButton(tr("Read again: %1").arg(module.pageTitle(language, index)), this);
        button->setObjectName(QStringLiteral("revisit-") + page);
        connect(button, &QPushButton::clicked, this, [this, id = module.id, page] { emit lessonPageRequested(id, page); });
        m_revisit->addWidget(button);
    }
    m_retry->setText(tr("Try again"));
    m_back->setText(tr("← Quizzes"));
    m_questions->setAccessibleName(tr("Your answers"));
    m_retry->setFocus();
}
