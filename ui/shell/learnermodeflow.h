// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class LearnerSession;
class QLabel;
class QLineEdit;
class QSqlDatabase;
class StaffSession;

// Handing the computer to a learner and taking it back. Learner mode and "no staff member signed
// in" go together: entering it signs the staff member out, and only a staff login and password
// (StaffAccounts, with its growing delay) leave it.
namespace LearnerModeFlow {
// The learner types their name or personal code (or goes on as a guest). A file without any
// coordinator first asks for one, so that there is always a way back.
bool enter(QWidget *parent, const QSqlDatabase &db, LearnerSession &learner, StaffSession &staff);
// In learner mode: the next learner says who they are, without staff.
bool identify(QWidget *parent, const QSqlDatabase &db, LearnerSession &learner);
// A staff sign-in; a file without any coordinator asks for the first one instead.
bool leave(QWidget *parent, const QSqlDatabase &db, LearnerSession &learner, StaffSession &staff);
// At once, without a question (Sign out, inactivity): learner mode as a guest, nobody signed in,
// every window but `keep` closed (check-in, dialogs: they may show names).
void lock(QWidget *keep, LearnerSession &learner, StaffSession &staff);
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
