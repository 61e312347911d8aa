// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quiz/grouptally.h"

#include <QList>
#include <QWidget>

class ModuleLibrary;
class QKeyEvent;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;
class TallyChart;

// A module's quiz asked to a whole room: one choice question per screen in very large type, the
// facilitator types the number of raised hands per option, then reveals the distribution and the
// answer. Nothing about people is shown or kept: counts live in memory while the window is open.
class GroupModeWindow : public QWidget
{
    Q_OBJECT
public:
    GroupModeWindow(const ModuleLibrary &library, const QString &moduleId, const QString &language,
                    QWidget *parent = nullptr);

    void start(); // full screen, on the projector when there are two screens

    int questionCount() const { return int(m_tallies.size()); }
    int questionIndex() const { return m_index; }
    void showQuestion(int index);
    const GroupTally &tally(int index) const { return m_tallies.at(index); }
    bool isRevealed() const;
    void setRevealed(bool revealed);
    TallyChart *chart() const { return m_chart; }
    static QString optionLabel(int index); // A, B, C…

signals:
    void questionChanged(int index);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // One option on screen: its letter, its text, the hands counted and −/+ for the mouse.
    struct OptionRow
    {
        QLabel *letter;
        QLabel *text;
        QToolButton *less;
        QSpinBox *hands;
        QToolButton *more;
    };

    void buildLayout();
    OptionRow &row(int index);
    bool handleKey(QKeyEvent *event, QWidget *target);
    void step(int delta);
    void countChanged(int row, int value);
    void refresh();
    void refreshReveal();
    void retranslate();
    void retranslateRow(int index);
    QString optionText(const QuizOption &option) const;

    QString m_language; // the content language
    QString m_moduleTitle;
    QList<GroupTally> m_tallies;
    QList<bool> m_revealed;
    int m_index = -1;

    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_optionsBox = nullptr;
    QList<OptionRow> m_rows;
    QWidget *m_resultBox = nullptr; // answer, feedback, explanation: scrolls when too long
    QWidget *m_chartBox = nullptr;
    QGridLayout *m_middle = nullptr;
    QLabel *m_share = nullptr;
    TallyChart *m_chart = nullptr;
    QLabel *m_answer = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
};
