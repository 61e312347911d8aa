// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/privacylogdialog.h"

#include "privacy/privacylog.h"
#include "reports/attendancequery.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

PrivacyLogDialog::PrivacyLogDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("privacyLogDialog"));
    setWindowTitle(tr("Privacy log"));
    m_table->setObjectName(QStringLiteral("privacyLogTable"));
    m_table->setAccessibleName(tr("Privacy log"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Learner"), tr("By"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *note = new QLabel(this);
    note->setWordWrap(true);
    const Result<QList<PrivacyLogEntry>> entries = PrivacyLog(database.connection()).recent();
    if (!entries) {
        note->setText(entries.error());
    } else {
        note->setText(tr("Learners are named by their reference only: the log never holds a name."));
        const QLocale locale;
        m_table->setRowCount(int(entries->size()));
        for (int row = 0; row < entries->size(); ++row) {
            const PrivacyLogEntry &e = entries->at(row);
            const QStringList cells = {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), PrivacyLog::label(e.action),
                                       e.learnerUuid.isEmpty() ? QString() : AttendanceQuery::pseudonym(e.learnerUuid),
                                       e.staffLogin, e.details};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 480);
}
