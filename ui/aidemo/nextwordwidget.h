// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aidemo/nextword.h"

#include <QRandomGenerator>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QVBoxLayout;

// "How a chatbot writes", for a projector: the group types the start of a sentence, the model adds
// one word at a time and shows the words it hesitated between, with their chances as bars.
class NextWordWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr quint32 DefaultSeed = 2026;
    static constexpr int CandidatesShown = 8;

    explicit NextWordWidget(const QString &language, QWidget *parent = nullptr);

    QString text() const;
    double temperature() const;
    void setTemperature(double temperature);
    int candidateRows() const; // bars currently on screen

public slots:
    void nextWord();
    void writeWords(int count = 20);
    void reset();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStep(const NextWord::Step &step);
    void clearCandidates();
    void retranslate();
    void updateTemperatureHelp();
    void updateWritten();

    QString m_language;
    NextWord m_model;
    QRandomGenerator m_random;
    QLabel *m_title;
    QLabel *m_promptLabel;
    QLineEdit *m_prompt;
    QPushButton *m_next;
    QPushButton *m_write;
    QPushButton *m_reset;
    QLabel *m_written; // the whole text, wrapped, the model's words in colour
    QLabel *m_temperatureLabel;
    QSlider *m_temperature;
    QLabel *m_temperatureHelp;
    QLabel *m_candidatesTitle;
    QLabel *m_contextNote;
    QVBoxLayout *m_candidates;
    QLabel *m_warning;
    QLabel *m_showsTitle;
    QLabel *m_shows;
    QLabel *m_simplifiesTitle;
    QLabel *m_simplifies;
    NextWord::Step m_lastStep;
    QStringList m_lastContext;
    int m_typedTokens = 0; // tokens the group typed; those after it were written by the model
};
