// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnerpickerdialog.h"

#include "learners/learnerstore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LearnerPickerDialog::LearnerPickerDialog(const LearnerStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_search(new QLineEdit(this)), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Who is reading?"));
    auto *label = new QLabel(tr("Type the first letters of the name:"), this);
    label->setBuddy(m_search);
    m_search->setAccessibleName(tr("Search a learner"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Learners"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &LearnerPickerDialog::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &LearnerPickerDialog::choose);
    connect(m_list, &QListWidget::itemActivated, this, &LearnerPickerDialog::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &LearnerPickerDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh({});
    resize(420, 480);
}

void LearnerPickerDialog::refresh(const QString &text)
{
    m_list->clear();
    auto *guest = new QListWidgetItem(tr("Guest (nothing is recorded)"), m_list);
    guest->setData(Qt::UserRole, 0);
    const Result<QList<Learner>> learners = m_store.find(text);
    if (learners) {
        for (const Learner &learner : *learners) {
            auto *item = new QListWidgetItem(learner.displayName, m_list);
            item->setData(Qt::UserRole, learner.id);
        }
    }
    m_list->setCurrentRow(m_list->count() > 1 && !text.isEmpty() ? 1 : 0);
}

void LearnerPickerDialog::choose()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_learnerId = item->data(Qt::UserRole).toLongLong();
    m_displayName = m_learnerId > 0 ? item->text() : QString();
    accept();
}
