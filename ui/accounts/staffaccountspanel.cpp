// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/staffaccountspanel.h"

#include "accounts/staffaccountdialog.h"
#include "core/settings.h"
#include "privacy/staffaccounts.h"
#include "privacy/staffsession.h"
#include "storage/database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

StaffAccountsPanel::StaffAccountsPanel(Database &database, StaffSession &staff, QWidget *parent)
    : QGroupBox(parent), m_database(database), m_staff(staff), m_who(new QLabel(this)), m_changeOwn(new QPushButton(this)),
      m_coordinatorPart(new QWidget(this)), m_table(new QTableWidget(0, 4, m_coordinatorPart)),
      m_add(new QPushButton(m_coordinatorPart)), m_reset(new QPushButton(m_coordinatorPart)),
      m_toggle(new QPushButton(m_coordinatorPart)), m_inactivityLabel(new QLabel(m_coordinatorPart)),
      m_inactivity(new QSpinBox(m_coordinatorPart)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("staffAccountsPanel"));
    m_changeOwn->setObjectName(QStringLiteral("changeOwnPassword"));
    m_table->setObjectName(QStringLiteral("staffAccountsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(140);
    m_add->setObjectName(QStringLiteral("addStaffAccount"));
    m_reset->setObjectName(QStringLiteral("resetStaffPassword"));
    m_toggle->setObjectName(QStringLiteral("toggleStaffAccount"));
    m_inactivity->setObjectName(QStringLiteral("inactivityMinutes"));
    m_inactivity->setRange(0, 240);
    m_inactivity->setValue(Settings::inactivityMinutes());
    m_inactivityLabel->setBuddy(m_inactivity);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("staffAccountsMessage"));
    m_who->setWordWrap(true);

    auto *ownRow = new QHBoxLayout;
    ownRow->addWidget(m_who, 1);
    ownRow->addWidget(m_changeOwn);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_reset, m_toggle})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_inactivityLabel);
    idleRow->addWidget(m_inactivity);
    idleRow->addStretch();
    auto *coordinatorLayout = new QVBoxLayout(m_coordinatorPart);
    coordinatorLayout->setContentsMargins(0, 0, 0, 0);
    coordinatorLayout->addWidget(m_table, 1);
    coordinatorLayout->addLayout(buttons);
    coordinatorLayout->addLayout(idleRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(ownRow);
    layout->addWidget(m_coordinatorPart, 1);
    layout->addWidget(m_message);

    connect(m_changeOwn, &QPushButton::clicked, this, &StaffAccountsPanel::changeOwnPassword);
    connect(m_add, &QPushButton::clicked, this, &StaffAccountsPanel::addAccount);
    connect(m_reset, &QPushButton::clicked, this, &StaffAccountsPanel::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &StaffAccountsPanel::toggleDisabled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffAccountsPanel::updateButtons);
    connect(m_inactivity, &QSpinBox::valueChanged, this, [this](int minutes) {
        Settings::setInactivityMinutes(minutes);
        emit inactivityChanged(minutes);
    });
    connect(&m_staff, &StaffSession::changed, this, &StaffAccountsPanel::followSession);
    retranslate();
    followSession();
}

qint64 StaffAccountsPanel::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

// Only what the signed-in person may see is shown, and the list is read again for each person.
void StaffAccountsPanel::followSession()
{
    setVisible(m_staff.isSignedIn());
    m_coordinatorPart->setVisible(m_staff.isCoordinator());
    m_message->clear();
    retranslate();
    if (m_staff.isCoordinator())
        reload();
    else
        m_table->setRowCount(0);
}

void StaffAccountsPanel::reload(qint64 selectId)
{
    m_table->setRowCount(0);
    if (!m_staff.isCoordinator())
        return;
    const Result<QList<StaffAccount>> accounts = StaffAccounts(m_database.connection()).list();
    if (!accounts) {
        m_message->setText(accounts.error());
        return;
    }
    for (const StaffAccount &account : *accounts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString state = account.isDisabled()
            ? tr("Disabled since %1").arg(QLocale().toString(account.disabledAt.toLocalTime().date(), QLocale::ShortFormat))
            : tr("Active");
        const QStringList cells{account.displayName, account.login, StaffAccounts::roleName(account.role), state};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, account.id);
            item->setData(Qt::UserRole + 1, account.isDisabled());
            m_table->setItem(row, column, item);
        }
        if (account.id == selectId)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void StaffAccountsPanel::updateButtons()
{
    const qint64 id = selectedId();
    // One's own account is neither disabled nor reset here: "Change my password…" is for that.
    m_toggle->setEnabled(id > 0 && id != m_staff.account().id);
    m_reset->setEnabled(id > 0 && id != m_staff.account().id);
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const bool disabled = !selected.isEmpty() && selected.first()->data(Qt::UserRole + 1).toBool();
    m_toggle->setText(disabled ? tr("&Enable") : tr("&Disable"));
}

void StaffAccountsPanel::addAccount()
{
    StaffAccountDialog dialog(StaffAccountDialog::Mode::Add, m_database.connection(), {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(dialog.accountId());
        m_message->setText(tr("Account created. Give the person their login and password privately."));
    }
}

void StaffAccountsPanel::resetPassword()
{
    const Result<StaffAccount> account = StaffAccounts(m_database.connection()).get(selectedId());
    if (!account)
        return;
    StaffAccountDialog dialog(StaffAccountDialog::Mode::Reset, m_database.connection(), *account, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(account->id);
        m_message->setText(tr("The password of %1 was changed.").arg(account->displayName));
    }
}

void StaffAccountsPanel::toggleDisabled()
{
    StaffAccounts accounts(m_database.connection());
    const Result<StaffAccount> account = accounts.get(selectedId());
    if (!account || account->id == m_staff.account().id)
        return;
    if (!account->isDisabled()
        && QMessageBox::question(this, tr("Disable an account"),
                                 tr("Disable the account of %1? They will no longer be able to sign in. Their name stays "
                                    "in the history; you can enable the account again.")
                                     .arg(account->displayName))
            != QMessageBox::Yes)
        return;
    const Status status = accounts.setDisabled(account->id, !account->isDisabled());
    m_message->setText(status ? QString() : status.error());
    reload(account->id);
}

void StaffAccountsPanel::changeOwnPassword()
{
    if (!m_staff.isSignedIn())
        return;
    StaffAccountDialog dialog(StaffAccountDialog::Mode::ChangeOwn, m_database.connection(), m_staff.account(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->setText(tr("Your password was changed."));
}

void StaffAccountsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(selectedId());
    }
    QGroupBox::changeEvent(event);
}

void StaffAccountsPanel::retranslate()
{
    setTitle(m_staff.isCoordinator() ? tr("Staff accounts") : tr("Your account"));
    if (m_staff.isSignedIn())
        m_who->setText(tr("Signed in as %1 (%2, %3).")
                           .arg(m_staff.account().displayName, m_staff.account().login,
                                StaffAccounts::roleName(m_staff.account().role)));
    m_changeOwn->setText(tr("C&hange my password…"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Role"), tr("State")});
    m_table->setAccessibleName(tr("Staff accounts"));
    m_add->setText(tr("&New account…"));
    m_reset->setText(tr("&Reset the password…"));
    m_inactivityLabel->setText(tr("Return to &learner mode after this long without use:"));
    m_inactivity->setSuffix(tr(" min"));
    m_inactivity->setSpecialValueText(tr("never"));
    m_inactivity->setAccessibleName(tr("Minutes without use before learner mode"));
    updateButtons();
}
