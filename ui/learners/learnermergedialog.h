// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learners/learnerstore.h"

#include <QDialog>

class QRadioButton;

// Asks which of two records of the same person to keep before merging them; the other one's
// attendance and results move to the kept record and it is deleted.
class LearnerMergeDialog : public QDialog
{
    Q_OBJECT
public:
    LearnerMergeDialog(const Learner &first, const Learner &second, QWidget *parent = nullptr);

    qint64 keepId() const;
    qint64 removeId() const;

private:
    QString describe(const Learner &learner) const;

    Learner m_first;
    Learner m_second;
    QRadioButton *m_keepFirst;
    QRadioButton *m_keepSecond;
};
