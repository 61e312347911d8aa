// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aidemo/teachthemachine.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

// "Teach the machine" on a projector: the group labels messages one by one (keys S and N), the
// naive Bayes classifier learns live, guesses the next message with its confidence and the words
// that weighed most, and its accuracy on held-out messages falls when labels are mixed up.
class TeachTheMachineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TeachTheMachineWidget(const QString &language, QWidget *parent = nullptr);

    // The message on screen with its true label; an empty text once every message is labelled.
    LabelledMessage currentExample() const;
    bool hasPrediction() const { return m_machine.canPredict() && labelledCount() >= MinLabels; }
    // The machine's guess for the message on screen (an even guess while it cannot predict).
    ScamPrediction currentPrediction() const;
    double heldOutAccuracy() const { return m_machine.accuracy(m_heldOut); }
    int labelledCount() const { return int(m_given.size()); }
    int mixedUpCount() const;

public slots:
    void labelCurrent(bool scam);
    void mixUpLabels();  // flips 30 % of the labels given so far (seeded)
    void labelTheRest(); // the group's patience is limited: label the rest correctly
    void reset();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The machine guesses only after a few labels: with one or two it would say nonsense.
    static constexpr int MinLabels = 4;
    static constexpr quint32 Seed = 1;

    void retrain();
    void retranslate();
    void refresh();
    QString reasonsText(const ScamPrediction &prediction) const;

    QString m_language;
    QList<LabelledMessage> m_pool;    // the messages the group labels, with their true labels
    QList<LabelledMessage> m_heldOut; // never shown while teaching: the accuracy test
    QList<LabelledMessage> m_given;   // what the group taught, possibly wrong
    QList<bool> m_mixedUp;            // per given label: flipped by "mix up"
    int m_mixRounds = 0;
    TeachTheMachine m_machine;

    QLabel *m_title;
    QLabel *m_counter;
    QLabel *m_message;
    QLabel *m_prediction;
    QLabel *m_reasons;
    QLabel *m_accuracy;
    QLabel *m_taught;
    QPushButton *m_scamButton;
    QPushButton *m_notScamButton;
    QPushButton *m_mixButton;
    QPushButton *m_restButton;
    QPushButton *m_resetButton;
    QLabel *m_showsTitle;
    QLabel *m_shows;
    QLabel *m_simplifiesTitle;
    QLabel *m_simplifies;
};
