// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/checkinwindow.h"

#include "attendance/checkinwidget.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

CheckInWindow::CheckInWindow(Database &database, qint64 workshopId, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("checkInWindow:%1").arg(workshopId));
    m_checkIn = new CheckInWidget(database, workshopId, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setAutoDefault(false); // Enter belongs to the search box: it checks people in
    m_close->setDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkIn, &CheckInWidget::attendanceChanged, this, &CheckInWindow::attendanceChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_checkIn);
    layout->addWidget(buttons);
    resize(760, 820);
    retranslate();
    m_checkIn->setFocus();
}

CheckInWindow *CheckInWindow::open(Database &database, qint64 workshopId, QWidget *parent)
{
    const QString name = QStringLiteral("checkInWindow:%1").arg(workshopId);
    if (parent) {
        if (auto *existing = parent->findChild<CheckInWindow *>(name, Qt::FindDirectChildrenOnly)) {
            existing->raise();
            existing->activateWindow();
            return existing;
        }
    }
    auto *window = new CheckInWindow(database, workshopId, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setModal(false);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void CheckInWindow::retranslate()
{
    setWindowTitle(tr("Check-in"));
    m_close->setText(tr("&Close"));
}

void CheckInWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
