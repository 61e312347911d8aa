// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnermergedialog.h"

#include "learners/learnerfields.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

LearnerMergeDialog::LearnerMergeDialog(const Learner &first, const Learner &second, QWidget *parent)
    : QDialog(parent), m_first(first), m_second(second), m_keepFirst(new QRadioButton(this)), m_keepSecond(new QRadioButton(this))
{
    setObjectName(QStringLiteral("learnerMergeDialog"));
    setWindowTitle(tr("Merge two records"));
    auto *intro = new QLabel(tr("These two records describe the same person. Which one do you keep?"), this);
    intro->setWordWrap(true);
    m_keepFirst->setText(describe(first));
    m_keepSecond->setText(describe(second));
    m_keepFirst->setAccessibleName(tr("Keep %1").arg(first.displayName));
    m_keepSecond->setAccessibleName(tr("Keep %1").arg(second.displayName));
    m_keepFirst->setChecked(true);
    auto *note = new QLabel(tr("The attendance, lesson progress and quiz results of the other record move to the one kept; "
                               "what the kept record lacks (phone, e-mail…) is taken from the other. Then the other record "
                               "is deleted. This cannot be undone."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_keepFirst);
    layout->addWidget(m_keepSecond);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    m_keepFirst->setFocus();
}

QString LearnerMergeDialog::describe(const Learner &l) const
{
    QStringList parts{l.displayName};
    if (!l.fullName().isEmpty())
        parts << l.fullName();
    if (!l.postcode.isEmpty())
        parts << l.postcode;
    if (!l.email.isEmpty())
        parts << l.email;
    if (!l.phone.isEmpty())
        parts << l.phone;
    if (l.lastAttendance.isValid())
        parts << tr("last came %1").arg(QLocale().toString(l.lastAttendance.date(), QLocale::ShortFormat));
    return tr("Keep: %1").arg(parts.join(QStringLiteral(" · ")));
}

qint64 LearnerMergeDialog::keepId() const
{
    return m_keepFirst->isChecked() ? m_first.id : m_second.id;
}

qint64 LearnerMergeDialog::removeId() const
{
    return m_keepFirst->isChecked() ? m_second.id : m_first.id;
}
