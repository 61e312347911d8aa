// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/signinsheetdialog.h"

#include "attendance/signinsheetactions.h"
#include "storage/database.h"
#include "workshops/workshopstore.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SignInSheetDialog::SignInSheetDialog(Database &database, const ModuleLibrary *library, qint64 workshopId, QWidget *parent)
    : QDialog(parent)
{
    m_actions = new SignInSheetActions(database, library, this);
    m_actions->setWorkshop(workshopId);
    const Result<Workshop> workshop = WorkshopStore(database.connection()).get(workshopId);
    m_workshopTitle = workshop ? QStringLiteral("%1 — %2").arg(workshop->title, QLocale().toString(workshop->start, QLocale::ShortFormat))
                               : workshop.error();

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_blankLabel = new QLabel(this);
    m_blankRows = new QSpinBox(this);
    m_blankRows->setRange(0, 60);
    m_blankRows->setValue(5);
    m_blankLabel->setBuddy(m_blankRows);
    connect(m_blankRows, &QSpinBox::valueChanged, m_actions, &SignInSheetActions::setBlankRows);
    m_beforeLabel = new QLabel(this);
    m_afterLabel = new QLabel(this);
    m_saveSheet = new QPushButton(this);
    m_printSheet = new QPushButton(this);
    m_saveSummary = new QPushButton(this);
    m_printSummary = new QPushButton(this);
    m_close = new QPushButton(this);
    connect(m_saveSheet, &QPushButton::clicked, m_actions->saveSheetAction(), &QAction::trigger);
    connect(m_printSheet, &QPushButton::clicked, m_actions->printSheetAction(), &QAction::trigger);
    connect(m_saveSummary, &QPushButton::clicked, m_actions->saveSummaryAction(), &QAction::trigger);
    connect(m_printSummary, &QPushButton::clicked, m_actions->printSummaryAction(), &QAction::trigger);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    for (QPushButton *button : {m_saveSheet, m_printSheet, m_saveSummary, m_printSummary, m_close})
        button->setMinimumHeight(40);
    const bool usable = workshop.ok();
    for (QPushButton *button : {m_saveSheet, m_printSheet, m_saveSummary, m_printSummary})
        button->setEnabled(usable);

    auto *grid = new QGridLayout;
    grid->addWidget(m_beforeLabel, 0, 0, 1, 2);
    grid->addWidget(m_blankLabel, 1, 0);
    grid->addWidget(m_blankRows, 1, 1);
    grid->addWidget(m_saveSheet, 2, 0);
    grid->addWidget(m_printSheet, 2, 1);
    grid->addWidget(m_afterLabel, 3, 0, 1, 2);
    grid->addWidget(m_saveSummary, 4, 0);
    grid->addWidget(m_printSummary, 4, 1);
    auto *close = new QHBoxLayout;
    close->addStretch();
    close->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(grid);
    layout->addLayout(close);
    retranslate();
    m_saveSheet->setFocus();
}

SignInSheetDialog *SignInSheetDialog::open(Database &database, const ModuleLibrary *library, qint64 workshopId, QWidget *parent)
{
    auto *dialog = new SignInSheetDialog(database, library, workshopId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void SignInSheetDialog::retranslate()
{
    setWindowTitle(tr("Sign-in sheet and attendance summary"));
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(m_workshopTitle.toHtmlEscaped()));
    m_beforeLabel->setText(tr("Before the workshop: the sheet people sign at the door."));
    m_blankLabel->setText(tr("&Blank rows for walk-ins:"));
    m_afterLabel->setText(tr("After the workshop: who came, with the facilitator's signature line."));
    m_saveSheet->setText(tr("&Save the sign-in sheet as PDF…"));
    m_printSheet->setText(tr("&Print the sign-in sheet…"));
    m_saveSummary->setText(tr("Save the &summary as PDF…"));
    m_printSummary->setText(tr("P&rint the summary…"));
    m_close->setText(tr("&Close"));
}

void SignInSheetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
