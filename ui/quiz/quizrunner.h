// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class AnswerEditor;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QVBoxLayout;
class QuizSession;

// Takes a quiz, one question per screen: large controls, progress, optional "how sure are you",
// feedback at once or at the end. Enter goes on; every control is reachable with Tab.
class QuizRunner : public QWidget
{
    Q_OBJECT
public:
    explicit QuizRunner(QWidget *parent = nullptr);
    ~QuizRunner() override;

    void start(std::unique_ptr<QuizSession> session, bool immediateFeedback, bool askConfidence);
    QuizSession *session() const { return m_session.get(); }
    int currentIndex() const { return m_index; }
    std::unique_ptr<QuizSession> takeSession();

signals:
    void finished();
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showQuestion(int index);
    void primaryAction();
    bool saveCurrent();
    void showFeedback();
    void retranslate();

    std::unique_ptr<QuizSession> m_session;
    bool m_immediate = true;
    bool m_askConfidence = false;
    bool m_checked = false; // feedback shown for the current question
    int m_index = 0;
    QLabel *m_position;
    QProgressBar *m_progress;
    QLabel *m_prompt;
    QVBoxLayout *m_editorArea;
    AnswerEditor *m_editor = nullptr;
    QWidget *m_confidenceRow;
    QLabel *m_confidenceLabel;
    QRadioButton *m_sure;
    QRadioButton *m_notSure;
    QButtonGroup *m_confidence;
    QLabel *m_feedback;
    QPushButton *m_previous;
    QPushButton *m_next;
};
