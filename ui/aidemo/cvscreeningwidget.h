// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aidemo/cvscreening.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

// "The CV screener" on a projector: the share of each group the screener shortlists as two big
// bars, their ratio against the four-fifths rule, and checkboxes that retrain the screener with or
// without the group and its proxies (postcode, career gaps), plus what the law asks of such tools.
class CvScreeningWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CvScreeningWidget(const QString &language, QWidget *parent = nullptr);

    SelectionOutcome outcome() const { return m_outcome; }
    QString ratioText() const;

public slots:
    void reset();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retrain();
    void retranslate();
    void refresh();
    QString weightsText() const;

    QString m_language;
    CvScreening m_demo;
    SelectionOutcome m_outcome;
    ScreenerWeights m_weights;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_labelA;
    QLabel *m_labelB;
    QProgressBar *m_barA;
    QProgressBar *m_barB;
    QLabel *m_ratio;
    QLabel *m_past;
    QLabel *m_weightsLabel;
    QCheckBox *m_useGroup;
    QCheckBox *m_usePostcode;
    QCheckBox *m_useGap;
    QPushButton *m_resetButton;
    QLabel *m_showsTitle;
    QLabel *m_shows;
    QLabel *m_simplifiesTitle;
    QLabel *m_simplifies;
    QLabel *m_lawTitle;
    QLabel *m_law;
};
