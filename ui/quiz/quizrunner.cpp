// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizrunner.h"

#include "quiz/answereditor.h"
#include "quiz/quizsession.h"
#include "quiz/scoring.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

// The expected answer in words, for the types where ticking the right options is not enough.
QString correctAnswerText(const Question &question, const QString &language)
{
    QStringList parts;
    switch (question.type) {
    case QuestionType::Ordering:
        for (const QuizOption &item : question.items)
            parts << localized(item.text, language);
        return parts.join(QStringLiteral(" → "));
    case QuestionType::Matching:
        for (const MatchPair &pair : question.pairs)
            parts << QStringLiteral("%1 = %2").arg(localized(pair.left, language), localized(pair.right, language));
        return parts.join(QStringLiteral(" ; "));
    case QuestionType::Text:
        return question.accepted.value(language).value(0);
    case QuestionType::Numeric:
        return question.tolerance > 0
                   ? QStringLiteral("%1 (± %2)").arg(QLocale().toString(question.answer), QLocale().toString(question.tolerance))
                   : QLocale().toString(question.answer);
    default:
        return {};
    }
}

} // namespace

QuizRunner::QuizRunner(QWidget *parent)
    : QWidget(parent), m_position(new QLabel(this)), m_progress(new QProgressBar(this)), m_prompt(new QLabel(this)),
      m_editorArea(new QVBoxLayout), m_confidenceRow(new QWidget(this)), m_confidenceLabel(new QLabel(m_confidenceRow)),
      m_sure(new QRadioButton(m_confidenceRow)), m_notSure(new QRadioButton(m_confidenceRow)),
      m_confidence(new QButtonGroup(this)), m_feedback(new QLabel(this)), m_previous(new QPushButton(this)),
      m_next(new QPushButton(this))
{
    m_prompt->setObjectName(QStringLiteral("questionPrompt"));
    m_prompt->setWordWrap(true);
    // Large type: learners with low vision, and a quiz is often answered on a shared screen.
    QFont large = font();
    large.setPointSizeF(qMax<qreal>(14, large.pointSizeF() * 1.4));
    setFont(large);
    QFont big = large;
    big.setPointSizeF(large.pointSizeF() * 1.4);
    big.setBold(true);
    m_prompt->setFont(big);
    m_progress->setTextVisible(false);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->hide();
    m_next->setObjectName(QStringLiteral("quizNext"));
    m_previous->setObjectName(QStringLiteral("quizPrevious"));
    m_confidence->addButton(m_sure, 1);
    m_confidence->addButton(m_notSure, 0);
    auto *confidence = new QHBoxLayout(m_confidenceRow);
    confidence->setContentsMargins(0, 0, 0, 0);
    confidence->addWidget(m_confidenceLabel);
    confidence->addWidget(m_sure);
    confidence->addWidget(m_notSure);
    confidence->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch();
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_position);
    layout->addWidget(m_progress);
    layout->addSpacing(12);
    layout->addWidget(m_prompt);
    layout->addLayout(m_editorArea, 1);
    layout->addWidget(m_confidenceRow);
    layout->addWidget(m_feedback);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, this, &QuizRunner::primaryAction);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_index > 0)
            showQuestion(m_index - 1);
    });
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter})
        new QShortcut(QKeySequence(key), this, [this] { m_next->click(); }, Qt::WidgetWithChildrenShortcut);
    retranslate();
}

QuizRunner::~QuizRunner() = default;

std::unique_ptr<QuizSession> QuizRunner::takeSession()
{
    return std::move(m_session);
}

void QuizRunner::start(std::unique_ptr<QuizSession> session, bool immediateFeedback, bool askConfidence)
{
    m_session = std::move(session);
    m_immediate = immediateFeedback;
    m_askConfidence = askConfidence;
    m_progress->setRange(0, m_session->count());
    showQuestion(qMin(m_session->firstUnanswered(), m_session->count() - 1));
}

void QuizRunner::showQuestion(int index)
{
    m_index = index;
    m_checked = false;
    const Question &question = m_session->question(index);
    delete m_editor;
    m_editor = AnswerEditor::create(question, m_session->displayOrder(index), m_session->language(), this);
    m_editorArea->addWidget(m_editor);
    m_editor->show(); // now, not at the next event loop pass: focus and shortcuts need it visible
    if (m_session->isAnswered(index))
        m_editor->setAnswer(m_session->answerAt(index));
    m_prompt->setText(localized(question.prompt, m_session->language()));
    m_editor->setAccessibleDescription(m_prompt->text());
    m_confidenceRow->setVisible(m_askConfidence && question.isScored());
    m_confidence->setExclusive(false);
    m_sure->setChecked(m_session->confidenceAt(index) == 1);
    m_notSure->setChecked(m_session->confidenceAt(index) == 0);
    m_confidence->setExclusive(true);
    m_feedback->hide();
    m_previous->setEnabled(index > 0);
    m_progress->setValue(index);
    retranslate();
    m_editor->setFocus();
    if (QWidget *first = m_editor->nextInFocusChain(); first && m_editor->isAncestorOf(first))
        first->setFocus();
}

bool QuizRunner::saveCurrent()
{
    const int confidence = m_confidenceRow->isVisible() ? m_confidence->checkedId() : -1;
    if (Status status = m_session->answer(m_index, m_editor->answer(), confidence); !status) {
        emit errorOccurred(status.error());
        return false;
    }
    return true;
}

void QuizRunner::primaryAction()
{
    const bool last = m_index + 1 >= m_session->count();
    if (m_immediate && !m_checked && m_session->question(m_index).isScored()) {
        if (!saveCurrent())
            return;
        showFeedback();
        return;
    }
    if (!m_checked && !saveCurrent())
        return;
    if (!last) {
        showQuestion(m_index + 1);
        return;
    }
    if (Status status = m_session->finish(); !status) {
        emit errorOccurred(status.error());
        return;
    }
    emit finished();
}

void QuizRunner::showFeedback()
{
    m_checked = true;
    const Question &question = m_session->question(m_index);
    const QString language = m_session->language();
    const Grade grade = m_session->gradeAt(m_index);
    QString verdict;
    if (grade.fullyCorrect())
        verdict = tr("<b style='color:#1b6e20'>Right!</b>");
    else if (grade.credit > 0)
        verdict = tr("<b style='color:#8a5a00'>Partly right.</b>");
    else
        verdict = tr("<b style='color:#8a1c1c'>Not quite.</b>");
    if (!grade.fullyCorrect() && m_session->confidenceAt(m_index) == 1)
        verdict += QLatin1Char(' ') + tr("You were sure: this is worth reading again.");
    QStringList parts{verdict};
    for (const QString &feedback : Scoring::feedbackFor(question, m_session->answerAt(m_index), language))
        parts << feedback.toHtmlEscaped();
    if (!grade.fullyCorrect()) {
        const QString expected = correctAnswerText(question, language);
        if (!expected.isEmpty())
            parts << tr("The right answer: %1").arg(expected.toHtmlEscaped());
    }
    const QString explanation = localized(question.explanation, language);
    if (!explanation.isEmpty())
        parts << explanation.toHtmlEscaped();
    m_feedback->setText(parts.join(QStringLiteral("<br>")));
    m_feedback->setAccessibleName(m_feedback->text());
    m_feedback->show();
    m_editor->setLocked(true);
    m_editor->revealCorrect();
    retranslate();
    m_next->setFocus();
}

void QuizRunner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuizRunner::retranslate()
{
    m_previous->setText(tr("← Previous"));
    m_confidenceLabel->setText(tr("Are you sure of your answer?"));
    m_sure->setText(tr("I am &sure"));
    m_notSure->setText(tr("I am &not sure"));
    if (!m_session)
        return;
    m_position->setText(tr("Question %1 of %2").arg(m_index + 1).arg(m_session->count()));
    m_progress->setAccessibleName(m_position->text());
    const bool last = m_index + 1 >= m_session->count();
    if (m_immediate && !m_checked && m_session->question(m_index).isScored())
        m_next->setText(tr("Check my answer (Enter)"));
    else
        m_next->setText(last ? tr("Finish (Enter)") : tr("Next (Enter) →"));
}
