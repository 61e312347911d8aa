// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

// Who is using the program right now: a learner (whose reading and results are recorded) or a
// guest (nothing is recorded). Screens follow its changes.
class LearnerSession : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    qint64 learnerId() const { return m_learnerId; }
    QString displayName() const { return m_displayName; }
    bool isGuest() const { return m_learnerId <= 0; }

    void setLearner(qint64 id, const QString &displayName);
    void setGuest() { setLearner(0, {}); }

    // Learner mode: the computer is handed to a learner, who sees only their own lessons, quizzes
    // and progress until a staff member takes it back.
    bool isLearnerMode() const { return m_learnerMode; }
    void setLearnerMode(bool on);

signals:
    void changed();
    void learnerModeChanged(bool on);

private:
    qint64 m_learnerId = 0;
    QString m_displayName;
    bool m_learnerMode = false;
};
