// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/staffaccountdialog.h"

#include "core/settings.h"
#include "privacy/passwordhash.h"
#include "privacy/staffsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

StaffAccountDialog::StaffAccountDialog(Mode mode, const QSqlDatabase &db, const StaffAccount &account, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_db(db), m_account(account), m_hint(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("staffAccountDialog"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (mode == Mode::FirstCoordinator || mode == Mode::Add) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("accountName"));
        m_name->setAccessibleName(tr("Name"));
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("accountLogin"));
        m_login->setAccessibleName(tr("Login"));
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Login:"), m_login);
    }
    if (mode == Mode::Add) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("accountRole"));
        m_role->setAccessibleName(tr("Role"));
        m_role->addItem(StaffAccounts::roleName(StaffRole::Facilitator), int(StaffRole::Facilitator));
        m_role->addItem(StaffAccounts::roleName(StaffRole::Coordinator), int(StaffRole::Coordinator));
        form->addRow(tr("&Role:"), m_role);
        connect(m_role, &QComboBox::currentIndexChanged, this, &StaffAccountDialog::updateHint);
    }
    if (mode == Mode::FirstCoordinator) {
        m_legacyHash = Settings::legacyLearnerModeExitHash();
        if (!m_legacyHash.isEmpty()) {
            m_legacy = addSecretField(QStringLiteral("legacyPassword"), tr("Staff password used until now"));
            form->addRow(tr("&Staff password used until now:"), m_legacy);
        }
    }
    if (mode == Mode::ChangeOwn) {
        m_current = addSecretField(QStringLiteral("currentPassword"), tr("Current password"));
        form->addRow(tr("&Current password:"), m_current);
    }
    m_password = addSecretField(QStringLiteral("accountPassword"), tr("New password"));
    m_repeat = addSecretField(QStringLiteral("accountPasswordRepeat"), tr("New password, again"));
    form->addRow(mode == Mode::Add || mode == Mode::FirstCoordinator ? tr("&Password:") : tr("&New password:"), m_password);
    form->addRow(tr("&Again:"), m_repeat);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    switch (mode) {
    case Mode::FirstCoordinator:
        setWindowTitle(tr("Welcome to Mediatelier"));
        intro->setText(tr("<p><b>Create the coordinator account.</b> This database has no staff account yet.</p>"
                          "<p>The coordinator manages the other staff accounts, sees the reports and exports, and can "
                          "take the computer back from a learner. Only staff who sign in see learners' names.</p>"));
        if (m_legacy)
            intro->setText(intro->text()
                           + tr("<p>This computer had one shared staff password for leaving learner mode. Type it once "
                                "more to show that you are staff; it is then replaced by your account.</p>"));
        ok->setText(tr("&Create the account"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
        break;
    case Mode::Add:
        setWindowTitle(tr("New staff account"));
        intro->setText(tr("Facilitators run workshops and see learners; coordinators also manage accounts and see "
                          "reports and exports. Give the person their login and password privately."));
        ok->setText(tr("&Create the account"));
        break;
    case Mode::Reset:
        setWindowTitle(tr("Reset a password"));
        intro->setText(tr("New password for %1 (%2). Tell it to them privately; they can change it afterwards.")
                           .arg(account.displayName.toHtmlEscaped(), account.login.toHtmlEscaped()));
        ok->setText(tr("&Set the password"));
        break;
    case Mode::ChangeOwn:
        setWindowTitle(tr("Change my password"));
        intro->setText(tr("Signed in as %1 (%2).").arg(account.displayName.toHtmlEscaped(), account.login.toHtmlEscaped()));
        ok->setText(tr("&Change the password"));
        break;
    }
    m_hint->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setProperty("role", QStringLiteral("error"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffAccountDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateHint();
    resize(560, layout->totalHeightForWidth(560)); // wrapped labels: the height that fits this width
}

QLineEdit *StaffAccountDialog::addSecretField(const QString &objectName, const QString &accessibleName)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

void StaffAccountDialog::updateHint()
{
    StaffRole role = m_account.role;
    if (m_mode == Mode::FirstCoordinator)
        role = StaffRole::Coordinator;
    else if (m_role)
        role = StaffRole(m_role->currentData().toInt());
    m_hint->setText(role == StaffRole::Coordinator
                        ? tr("A password of at least 8 characters with letters: a few words are easier to remember "
                             "than a code, and much harder to guess.")
                        : tr("A password of at least 8 characters, or a PIN of at least 6 digits."));
}

bool StaffAccountDialog::legacyPasswordAccepted()
{
    const int delay = StaffAccounts::delaySeconds(m_legacyFailures);
    if (delay > 0 && m_sinceLegacyFailure.isValid() && m_sinceLegacyFailure.elapsed() < delay * 1000) {
        const int left = int((delay * 1000 - m_sinceLegacyFailure.elapsed() + 999) / 1000);
        m_message->setText(StaffAccounts::tr("Too many wrong attempts. Try again in %n second(s).", nullptr, left));
        return false;
    }
    if (PasswordHash::verify(m_legacyHash, m_legacy->text()))
        return true;
    ++m_legacyFailures;
    m_sinceLegacyFailure.start();
    m_legacy->clear();
    m_message->setText(tr("This is not the staff password used on this computer until now."));
    return false;
}

void StaffAccountDialog::save()
{
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    if (m_legacy && !legacyPasswordAccepted())
        return;
    StaffAccounts accounts(m_db);
    Status status;
    if (m_mode == Mode::FirstCoordinator || m_mode == Mode::Add) {
        NewStaffAccount account;
        account.displayName = m_name->text();
        account.login = m_login->text();
        account.role = m_role ? StaffRole(m_role->currentData().toInt()) : StaffRole::Coordinator;
        account.secret = m_password->text();
        const Result<qint64> created = accounts.create(account);
        if (created)
            m_accountId = *created;
        status = created.status();
    } else if (m_mode == Mode::Reset) {
        status = accounts.resetSecret(m_account.id, m_password->text());
        m_accountId = m_account.id;
    } else {
        status = accounts.changeSecret(m_account.id, m_current->text(), m_password->text());
        m_accountId = m_account.id;
    }
    if (!status) {
        m_message->setText(status.error());
        return;
    }
    accept();
}

bool StaffAccountDialog::ensureCoordinator(QWidget *parent, const QSqlDatabase &db, StaffSession &staff)
{
    StaffAccounts accounts(db);
    const Result<bool> exists = accounts.hasCoordinator();
    if (exists && *exists) {
        Settings::clearLegacyLearnerModeExitHash(); // accounts replaced it
        return true;
    }
    StaffAccountDialog dialog(Mode::FirstCoordinator, db, {}, parent);
    if (!exists)
        dialog.m_message->setText(exists.error());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Settings::clearLegacyLearnerModeExitHash();
    if (const Result<StaffAccount> account = accounts.get(dialog.accountId())) {
        staff.signIn(*account);
        Settings::setLastStaffLogin(account->login);
    }
    return true;
}
