// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnersession.h"

void LearnerSession::setLearner(qint64 id, const QString &displayName)
{
    if (id == m_learnerId && displayName == m_displayName)
        return;
    m_learnerId = id;
    m_displayName = displayName;
    emit changed();
}

void LearnerSession::setLearnerMode(bool on)
{
    if (on == m_learnerMode)
        return;
    m_learnerMode = on;
    emit learnerModeChanged(on);
}
