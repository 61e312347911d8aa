// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopseriesdialog.h"

#include "storage/database.h"
#include "workshops/workshopeditdialog.h"
#include "workshops/workshopperiod.h"
#include "workshops/workshopseries.h"
#include "workshops/workshopstore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
enum Repeat { Weekly, EveryNDays };
}

WorkshopSeriesDialog::WorkshopSeriesDialog(Database &database, const QList<WorkshopForm::ModuleChoice> &modules,
                                           const Workshop &first, QWidget *parent)
    : QDialog(parent), m_database(database),
      m_form(new WorkshopForm(workshopDialogSites(database), workshopDialogFacilitators(database), modules, this)),
      m_repeat(new QComboBox(this)), m_interval(new QSpinBox(this)), m_count(new QSpinBox(this)), m_preview(new QListWidget(this))
{
    setObjectName(QStringLiteral("workshopSeriesDialog"));
    setWindowTitle(tr("New series of workshops"));
    Workshop workshop = first;
    workshop.id = 0;
    m_form->setWorkshop(workshop);

    m_repeat->setObjectName(QStringLiteral("repeatCombo"));
    m_repeat->addItem(tr("Every week"), Weekly);
    m_repeat->addItem(tr("Every N days"), EveryNDays);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, WorkshopSeries::MaxIntervalDays);
    m_interval->setValue(14);
    m_interval->setSuffix(tr(" days"));
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(1, WorkshopSeries::MaxSessions);
    m_count->setValue(5);
    m_preview->setObjectName(QStringLiteral("seriesPreview"));
    m_preview->setFocusPolicy(Qt::NoFocus); // informative only: Tab goes from the fields to the buttons
    m_preview->setMinimumHeight(100);

    auto *repeatLabel = new QLabel(tr("&Repeat:"), this);
    repeatLabel->setBuddy(m_repeat);
    m_repeat->setAccessibleName(tr("Repeat"));
    auto *intervalLabel = new QLabel(tr("E&very:"), this);
    intervalLabel->setBuddy(m_interval);
    m_interval->setAccessibleName(tr("Days between sessions"));
    auto *countLabel = new QLabel(tr("Number of s&essions:"), this);
    countLabel->setBuddy(m_count);
    m_count->setAccessibleName(tr("Number of sessions"));
    auto *previewLabel = new QLabel(tr("Sessions planned:"), this);
    m_preview->setAccessibleName(tr("Dates of the sessions"));

    auto *recurrence = new QGroupBox(tr("Repetition"), this);
    auto *recurrenceForm = new QFormLayout(recurrence);
    recurrenceForm->addRow(repeatLabel, m_repeat);
    recurrenceForm->addRow(intervalLabel, m_interval);
    recurrenceForm->addRow(countLabel, m_count);
    recurrenceForm->addRow(previewLabel);
    recurrenceForm->addRow(m_preview); // full width: the dates are long

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_form, 3);
    columns->addWidget(recurrence, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &WorkshopSeriesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, &WorkshopSeriesDialog::updatePreview);
    connect(m_interval, &QSpinBox::valueChanged, this, &WorkshopSeriesDialog::updatePreview);
    connect(m_count, &QSpinBox::valueChanged, this, &WorkshopSeriesDialog::updatePreview);
    connect(m_form, &WorkshopForm::startChanged, this, &WorkshopSeriesDialog::updatePreview);
    updatePreview();
    m_form->titleEdit()->setFocus();
    resize(900, sizeHint().height());
}

WorkshopSeries WorkshopSeriesDialog::series() const
{
    return {m_repeat->currentData().toInt() == Weekly ? 7 : m_interval->value(), m_count->value()};
}

void WorkshopSeriesDialog::updatePreview()
{
    m_interval->setEnabled(m_repeat->currentData().toInt() == EveryNDays);
    m_preview->clear();
    const QLocale locale;
    for (const QDateTime &start : series().dates(m_form->startEdit()->dateTime()))
        m_preview->addItem(tr("%1 at %2", "date, time").arg(locale.toString(start.date(), QStringLiteral("dddd ") + WorkshopPeriod::shortDateFormat(locale)),
                                                            locale.toString(start.time(), QLocale::ShortFormat)));
}

void WorkshopSeriesDialog::accept()
{
    const Result<QList<qint64>> ids = WorkshopStore(m_database.connection()).addSeries(m_form->workshop(), series());
    if (!ids) {
        QMessageBox::warning(this, windowTitle(), ids.error());
        return;
    }
    m_ids = *ids;
    QDialog::accept();
}
