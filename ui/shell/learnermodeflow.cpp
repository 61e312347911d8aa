// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/learnermodeflow.h"

#include "accounts/staffaccountdialog.h"
#include "accounts/staffsignindialog.h"
#include "learners/learnersession.h"
#include "learners/learnersignin.h"
#include "privacy/staffsession.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LearnerSignInDialog::LearnerSignInDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_name(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Welcome"));
    auto *question = new QLabel(tr("Type your first name or your personal code:"), this);
    question->setBuddy(m_name);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("signInName"));
    m_name->setAccessibleName(tr("Your first name or personal code"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *go = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    QPushButton *guest = buttons->addButton(tr("Continue as a guest"), QDialogButtonBox::ActionRole);
    guest->setObjectName(QStringLiteral("continueAsGuest"));
    go->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_name);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("As a guest you can read and answer quizzes; nothing is recorded."), this));
    layout->addWidget(buttons);
    connect(go, &QPushButton::clicked, this, &LearnerSignInDialog::identify);
    connect(guest, &QPushButton::clicked, this, [this] {
        m_learnerId = 0;
        m_displayName.clear();
        accept();
    });
    resize(520, 260);
}

void LearnerSignInDialog::identify()
{
    const Result<LearnerSignIn::Match> match = LearnerSignIn::identify(m_db, m_name->text());
    if (!match) {
        m_message->setText(match.error());
        return;
    }
    switch (match->outcome) {
    case LearnerSignIn::Outcome::Found:
        m_learnerId = match->learnerId;
        m_displayName = match->displayName;
        accept();
        return;
    case LearnerSignIn::Outcome::Ambiguous:
        m_message->setText(tr("Several people have this name. Please type your personal code, or ask the mediator."));
        break;
    case LearnerSignIn::Outcome::NotFound:
        m_message->setText(tr("We do not know this name yet. Check the spelling, ask the mediator, or continue as a guest."));
        break;
    }
    m_name->selectAll();
    m_name->setFocus();
}

namespace {
void closeOtherWindows(QWidget *keep)
{
    if (!keep)
        return;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget != keep && widget->isVisible())
            widget->close();
}
} // namespace

bool LearnerModeFlow::enter(QWidget *parent, const QSqlDatabase &db, LearnerSession &learner, StaffSession &staff)
{
    if (!StaffAccountDialog::ensureCoordinator(parent, db, staff))
        return false;
    LearnerSignInDialog signIn(db, parent);
    if (signIn.exec() != QDialog::Accepted)
        return false;
    closeOtherWindows(parent ? parent->window() : nullptr);
    learner.setLearner(signIn.learnerId(), signIn.displayName());
    learner.setLearnerMode(true);
    staff.signOut();
    return true;
}

bool LearnerModeFlow::identify(QWidget *parent, const QSqlDatabase &db, LearnerSession &learner)
{
    if (!learner.isLearnerMode())
        return false;
    LearnerSignInDialog signIn(db, parent);
    if (signIn.exec() != QDialog::Accepted)
        return false;
    learner.setLearner(signIn.learnerId(), signIn.displayName());
    return true;
}

bool LearnerModeFlow::leave(QWidget *parent, const QSqlDatabase &db, LearnerSession &learner, StaffSession &staff)
{
    const Result<bool> coordinator = StaffAccounts(db).hasCoordinator();
    if (coordinator && !*coordinator) {
        if (!StaffAccountDialog::ensureCoordinator(parent, db, staff))
            return false;
    } else {
        StaffSignInDialog ask(db, parent);
        if (ask.exec() != QDialog::Accepted)
            return false;
        staff.signIn(ask.account());
    }
    if (!staff.isSignedIn())
        return false;
    learner.setGuest();
    learner.setLearnerMode(false);
    if (parent)
        parent->window()->activateWindow(); // the keyboard goes back to the window, with or without a window manager
    return true;
}

void LearnerModeFlow::lock(QWidget *keep, LearnerSession &learner, StaffSession &staff)
{
    closeOtherWindows(keep ? keep->window() : nullptr);
    learner.setGuest();
    learner.setLearnerMode(true);
    staff.signOut();
}
