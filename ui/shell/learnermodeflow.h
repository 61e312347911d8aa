// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class LearnerSession;
class QLabel;
class QLineEdit;
class QSqlDatabase;

// Handing the computer to a learner and taking it back. Entering asks the learner to type their
// name or personal code (or to continue as a guest); leaving asks for the staff password, which is
// chosen the first time.
namespace LearnerModeFlow {
bool enter(QWidget *parent, const QSqlDatabase &db, LearnerSession &session);
bool leave(QWidget *parent, LearnerSession &session);
} // namespace LearnerModeFlow

// "Who are you?": a name or a personal code, typed; never a list of other people's names.
class LearnerSignInDialog : public QDialog
{
    Q_OBJECT
public:
    LearnerSignInDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    qint64 learnerId() const { return m_learnerId; }
    QString displayName() const { return m_displayName; }

private:
    void identify();

    QSqlDatabase m_db;
    QLineEdit *m_name;
    QLabel *m_message;
    qint64 m_learnerId = 0;
    QString m_displayName;
};

// Asks for the staff password, or has it chosen (twice, at least 8 characters) the first time.
class StaffPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Choose, Check };
    StaffPasswordDialog(Mode mode, QWidget *parent = nullptr);
    QString password() const;

private:
    void check();

    Mode m_mode;
    QLineEdit *m_password;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message;
};
