// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/staffaccounts.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class StaffSession;

// Creates a staff account or sets its password, through StaffAccounts: the first coordinator at
// first start, a new account or a password reset by a coordinator, one's own password change.
// The dialog stays open with the store's message while the input is refused.
class StaffAccountDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { FirstCoordinator, Add, Reset, ChangeOwn };

    // Reset and ChangeOwn act on `account`; the others ignore it.
    StaffAccountDialog(Mode mode, const QSqlDatabase &db, const StaffAccount &account = {}, QWidget *parent = nullptr);
    // The account created or changed, once accepted.
    qint64 accountId() const { return m_accountId; }

    // When the database has no active coordinator, asks for one (before the window, or before a
    // file switch) and signs them in. Returns false when the person cancelled. A computer that had
    // the shared learner-mode password of earlier versions asks for it once, then forgets it.
    static bool ensureCoordinator(QWidget *parent, const QSqlDatabase &db, StaffSession &staff);

private:
    QLineEdit *addSecretField(const QString &objectName, const QString &accessibleName);
    void updateHint();
    void save();
    bool legacyPasswordAccepted();

    Mode m_mode;
    QSqlDatabase m_db;
    StaffAccount m_account;
    QByteArray m_legacyHash;
    int m_legacyFailures = 0;
    QElapsedTimer m_sinceLegacyFailure;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_legacy = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint;
    QLabel *m_message;
    qint64 m_accountId = 0;
};
