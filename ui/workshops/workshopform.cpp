// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopform.h"

#include "workshops/workshopperiod.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace {

// A form row whose label carries the mnemonic and is the field's buddy, and whose field has an
// accessible name without the "&".
void addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *caption = new QLabel(label, field->parentWidget());
    caption->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
    form->addRow(caption, field);
}

} // namespace

WorkshopForm::WorkshopForm(QList<Site> sites, QList<Facilitator> facilitators, QList<ModuleChoice> modules, QWidget *parent)
    : QWidget(parent), m_facilitators(std::move(facilitators)), m_title(new QLineEdit(this)), m_start(new QDateTimeEdit(this)),
      m_duration(new QSpinBox(this)), m_site(new QComboBox(this)), m_place(new QLineEdit(this)), m_facilitator(new QComboBox(this)),
      m_modules(new QListWidget(this)), m_capacity(new QSpinBox(this)), m_format(new QComboBox(this)), m_notes(new QPlainTextEdit(this))
{
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(200);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(dateTimeFormat());
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(5, 12 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_site->setObjectName(QStringLiteral("siteCombo"));
    m_site->addItem(tr("No site"), 0);
    for (const Site &site : sites)
        m_site->addItem(site.name, site.id);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("e.g. Room 2, first floor"));
    m_facilitator->setObjectName(QStringLiteral("facilitatorCombo"));
    m_facilitator->addItem(tr("No facilitator"), 0);
    for (const Facilitator &f : m_facilitators)
        if (f.active)
            m_facilitator->addItem(f.displayName, f.id);
    m_modules->setObjectName(QStringLiteral("modulesList"));
    for (const auto &[id, title] : modules) {
        auto *item = new QListWidgetItem(title, m_modules);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_modules->setMinimumHeight(120);
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setRange(0, 999);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Collective"), int(Workshop::Format::Collective));
    m_format->addItem(tr("Individual"), int(Workshop::Format::Individual));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true); // Tab leaves the notes instead of typing a tab
    m_notes->setMaximumHeight(90);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addRow(form, tr("&Title:"), m_title);
    addRow(form, tr("&Start:"), m_start);
    addRow(form, tr("&Duration:"), m_duration);
    addRow(form, tr("S&ite:"), m_site);
    addRow(form, tr("&Place:"), m_place);
    addRow(form, tr("&Facilitator:"), m_facilitator);
    addRow(form, tr("&Modules covered:"), m_modules);
    addRow(form, tr("&Capacity:"), m_capacity);
    addRow(form, tr("F&ormat:"), m_format);
    addRow(form, tr("&Notes:"), m_notes);
    m_modules->setAccessibleDescription(tr("Space ticks or unticks a module."));
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &WorkshopForm::startChanged);
}

QString WorkshopForm::dateTimeFormat()
{
    const QLocale locale;
    return WorkshopPeriod::shortDateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
}

void WorkshopForm::setWorkshop(const Workshop &workshop)
{
    m_workshop = workshop;
    m_title->setText(workshop.title);
    m_start->setDateTime(workshop.start);
    m_duration->setValue(workshop.durationMinutes);
    m_site->setCurrentIndex(qMax(0, m_site->findData(workshop.siteId)));
    m_place->setText(workshop.place);
    // A facilitator deactivated since stays shown on the workshops they led.
    if (workshop.facilitatorId > 0 && m_facilitator->findData(workshop.facilitatorId) < 0) {
        for (const Facilitator &f : m_facilitators)
            if (f.id == workshop.facilitatorId)
                m_facilitator->addItem(tr("%1 (inactive)").arg(f.displayName), f.id);
    }
    m_facilitator->setCurrentIndex(qMax(0, m_facilitator->findData(workshop.facilitatorId)));
    for (int row = 0; row < m_modules->count(); ++row) {
        QListWidgetItem *item = m_modules->item(row);
        item->setCheckState(workshop.modules.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_capacity->setValue(workshop.capacity);
    m_format->setCurrentIndex(m_format->findData(int(workshop.format)));
    m_notes->setPlainText(workshop.notes);
}

Workshop WorkshopForm::workshop() const
{
    Workshop w = m_workshop;
    w.title = m_title->text().trimmed();
    w.start = m_start->dateTime();
    w.durationMinutes = m_duration->value();
    w.siteId = m_site->currentData().toLongLong();
    w.place = m_place->text().trimmed();
    w.facilitatorId = m_facilitator->currentData().toLongLong();
    // Modules no longer in the library stay attached: the form cannot show them, so it must not drop them.
    QStringList modules;
    for (const QString &id : m_workshop.modules) {
        bool listed = false;
        for (int row = 0; row < m_modules->count() && !listed; ++row)
            listed = m_modules->item(row)->data(Qt::UserRole).toString() == id;
        if (!listed)
            modules << id;
    }
    for (int row = 0; row < m_modules->count(); ++row)
        if (m_modules->item(row)->checkState() == Qt::Checked)
            modules << m_modules->item(row)->data(Qt::UserRole).toString();
    modules.sort();
    w.modules = modules;
    w.capacity = m_capacity->value();
    w.format = Workshop::Format(m_format->currentData().toInt());
    w.notes = m_notes->toPlainText().trimmed();
    return w;
}
