// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class LearnerStore;
class QLineEdit;
class QListWidget;

// Chooses who is reading or answering: a learner (found by typing a few letters) or a guest.
class LearnerPickerDialog : public QDialog
{
    Q_OBJECT
public:
    LearnerPickerDialog(const LearnerStore &store, QWidget *parent = nullptr);

    qint64 learnerId() const { return m_learnerId; } // 0: guest
    QString displayName() const { return m_displayName; }

private:
    void refresh(const QString &text);
    void choose();

    const LearnerStore &m_store;
    QLineEdit *m_search;
    QListWidget *m_list;
    qint64 m_learnerId = 0;
    QString m_displayName;
};
