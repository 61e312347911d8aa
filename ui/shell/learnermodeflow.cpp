// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/learnermodeflow.h"

#include "core/settings.h"
#include "learners/learnersession.h"
#include "learners/learnersignin.h"
#include "privacy/passwordhash.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
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

StaffPasswordDialog::StaffPasswordDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_password(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(mode == Mode::Choose ? tr("Choose a staff password") : tr("Staff password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("staffPassword"));
    m_password->setAccessibleName(tr("Staff password"));
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    if (mode == Mode::Choose) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setObjectName(QStringLiteral("staffPasswordRepeat"));
        m_repeat->setAccessibleName(tr("Staff password, again"));
        form->addRow(tr("&Again:"), m_repeat);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Choose)
        layout->addWidget(new QLabel(tr("Learners will need this password to leave learner mode. Use at least 8 characters; "
                                        "a few words are easier to remember than a code."), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffPasswordDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLabel *label : findChildren<QLabel *>())
        label->setWordWrap(true);
}

QString StaffPasswordDialog::password() const
{
    return m_password->text();
}

void StaffPasswordDialog::check()
{
    if (m_mode == Mode::Choose && m_password->text().size() < 8) {
        m_message->setText(tr("The password needs at least 8 characters."));
        return;
    }
    if (m_mode == Mode::Choose && m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        return;
    }
    accept();
}

bool LearnerModeFlow::enter(QWidget *parent, const QSqlDatabase &db, LearnerSession &session)
{
    if (Settings::learnerModeExitHash().isEmpty()) {
        StaffPasswordDialog choose(StaffPasswordDialog::Mode::Choose, parent);
        if (choose.exec() != QDialog::Accepted)
            return false;
        const QByteArray hash = PasswordHash::hash(choose.password());
        if (hash.isEmpty())
            return false;
        Settings::setLearnerModeExitHash(hash);
    }
    LearnerSignInDialog signIn(db, parent);
    if (signIn.exec() != QDialog::Accepted)
        return false;
    session.setLearner(signIn.learnerId(), signIn.displayName());
    session.setLearnerMode(true);
    return true;
}

bool LearnerModeFlow::leave(QWidget *parent, LearnerSession &session)
{
    static int failures = 0;
    StaffPasswordDialog ask(StaffPasswordDialog::Mode::Check, parent);
    if (ask.exec() != QDialog::Accepted)
        return false;
    if (!PasswordHash::verify(Settings::learnerModeExitHash(), ask.password())) {
        // A growing pause after each wrong password slows down guessing at the keyboard.
        QThread::msleep(qMin(5000, 500 * (++failures)));
        return false;
    }
    failures = 0;
    session.setLearnerMode(false);
    session.setGuest();
    return true;
}
