// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/staffsignindialog.h"

#include "core/settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

StaffSignInDialog::StaffSignInDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("staffSignInDialog"));
    setWindowTitle(tr("Staff sign-in"));
    m_login->setObjectName(QStringLiteral("staffLogin"));
    m_login->setAccessibleName(tr("Login"));
    m_login->setText(Settings::lastStaffLogin());
    m_password->setObjectName(QStringLiteral("staffPassword"));
    m_password->setAccessibleName(tr("Password or PIN"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("staffSignInMessage"));
    m_message->setWordWrap(true);
    m_message->setProperty("role", QStringLiteral("error"));

    auto *intro = new QLabel(tr("Only staff members can leave learner mode. Sign in with your own login."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password or PIN:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffSignInDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_login->text().isEmpty())
        m_password->setFocus();
    resize(440, layout->totalHeightForWidth(440)); // wrapped labels: the height that fits this width
}

void StaffSignInDialog::check()
{
    const Result<StaffSignIn> answer = StaffAccounts(m_db).signIn(m_login->text(), m_password->text());
    m_password->clear();
    if (!answer) {
        m_message->setText(answer.error());
        return;
    }
    if (!answer->ok()) {
        m_message->setText(answer->message);
        m_password->setFocus();
        return;
    }
    m_account = answer->account;
    Settings::setLastStaffLogin(m_account.login);
    accept();
}
