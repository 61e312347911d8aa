// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/workshopsscreen.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "core/settings.h"
#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"
#include "workshops/workshopeditdialog.h"
#include "workshops/workshopseriesdialog.h"
#include "workshops/workshopstore.h"
#include "workshops/workshoptablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Refills a combo with ("all" + choices), keeping the chosen value when it is still offered.
void fillCombo(QComboBox *combo, const QString &all, const QList<std::pair<QVariant, QString>> &choices)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QVariant());
    for (const auto &[value, text] : choices)
        combo->addItem(text, value);
    combo->setCurrentIndex(qMax(0, chosen.isValid() ? combo->findData(chosen) : 0));
}

QLabel *buddyLabel(QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

} // namespace

WorkshopsScreen::WorkshopsScreen(Database &database, ModuleLibrary &library, QWidget *parent)
    : Screen(parent), m_database(database), m_library(library), m_heading(new QLabel(this)), m_periodKind(new QComboBox(this)),
      m_previous(new QPushButton(this)), m_periodLabel(new QLabel(this)), m_next(new QPushButton(this)), m_today(new QPushButton(this)),
      m_site(new QComboBox(this)), m_facilitator(new QComboBox(this)), m_module(new QComboBox(this)), m_when(new QComboBox(this)),
      m_showCancelled(new QCheckBox(this)), m_table(new QTableView(this)), m_model(new WorkshopTableModel(this)),
      m_summary(new QLabel(this)), m_new(new QPushButton(this)), m_edit(new QPushButton(this)), m_duplicate(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_series(new QPushButton(this)), m_checkIn(new QPushButton(this)), m_registrations(new QPushButton(this)),
      m_signInSheet(new QPushButton(this))
{
    m_heading->setProperty("role", QStringLiteral("screenTitle"));
    m_heading->setObjectName(QStringLiteral("screenTitle"));
    m_periodKindLabel = buddyLabel(m_periodKind, this);
    m_siteLabel = buddyLabel(m_site, this);
    m_facilitatorLabel = buddyLabel(m_facilitator, this);
    m_moduleLabel = buddyLabel(m_module, this);
    m_whenLabel = buddyLabel(m_when, this);
    m_periodKind->setObjectName(QStringLiteral("periodKindCombo"));
    m_site->setObjectName(QStringLiteral("siteFilter"));
    m_facilitator->setObjectName(QStringLiteral("facilitatorFilter"));
    m_module->setObjectName(QStringLiteral("moduleFilter"));
    m_when->setObjectName(QStringLiteral("whenFilter"));
    m_showCancelled->setObjectName(QStringLiteral("showCancelled"));
    m_showCancelled->setChecked(true);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_periodLabel->setMinimumWidth(220);
    m_periodLabel->setAlignment(Qt::AlignCenter);
    QFont periodFont = m_periodLabel->font();
    periodFont.setBold(true);
    m_periodLabel->setFont(periodFont);
    m_summary->setObjectName(QStringLiteral("summary"));
    for (auto [button, name] : std::initializer_list<std::pair<QPushButton *, const char *>>{{m_new, "newButton"}, {m_edit, "editButton"}, {m_duplicate, "duplicateButton"},
                                {m_cancel, "cancelButton"}, {m_series, "seriesButton"}, {m_checkIn, "checkInButton"}, {m_registrations, "registrationsButton"},
                                {m_signInSheet, "signInSheetButton"}, {m_previous, "previousButton"}, {m_next, "nextButton"},
                                {m_today, "todayButton"}})
        button->setObjectName(QLatin1String(name));

    m_table->setObjectName(QStringLiteral("workshopTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WorkshopTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WorkshopTableModel::ModulesColumn, QHeaderView::Stretch);

    // Rows kept short so that the screen fits 1280 pixels in French too (the longest labels).
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_periodKindLabel);
    periodRow->addWidget(m_periodKind);
    periodRow->addSpacing(12);
    periodRow->addWidget(m_previous);
    periodRow->addWidget(m_periodLabel);
    periodRow->addWidget(m_next);
    periodRow->addWidget(m_today);
    periodRow->addStretch();
    periodRow->addWidget(m_whenLabel);
    periodRow->addWidget(m_when);
    periodRow->addWidget(m_showCancelled);
    auto *filterRow = new QHBoxLayout;
    for (auto [label, combo] : std::initializer_list<std::pair<QLabel *, QComboBox *>>{{m_siteLabel, m_site}, {m_facilitatorLabel, m_facilitator}, {m_moduleLabel, m_module}}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        filterRow->addWidget(label);
        filterRow->addWidget(combo, 1);
    }
    auto *planningRow = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_edit, m_duplicate, m_cancel, m_series})
        planningRow->addWidget(button);
    planningRow->addStretch();
    auto *doorRow = new QHBoxLayout;
    doorRow->addStretch();
    doorRow->addWidget(m_registrations);
    doorRow->addWidget(m_checkIn);
    doorRow->addWidget(m_signInSheet);
    auto *buttonRows = new QVBoxLayout;
    buttonRows->addLayout(planningRow);
    buttonRows->addLayout(doorRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(periodRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttonRows);

    connect(m_periodKind, &QComboBox::activated, this, [this] {
        const QDate anchor = m_period.contains(QDate::currentDate()) ? QDate::currentDate() : m_period.from();
        setPeriod(WorkshopPeriod(WorkshopPeriod::Kind(m_periodKind->currentData().toInt()), anchor));
    });
    connect(m_previous, &QPushButton::clicked, this, [this] { setPeriod(m_period.previous()); });
    connect(m_next, &QPushButton::clicked, this, [this] { setPeriod(m_period.next()); });
    connect(m_today, &QPushButton::clicked, this, [this] { setPeriod(WorkshopPeriod(m_period.kind())); });
    for (QComboBox *combo : {m_site, m_facilitator, m_module, m_when})
        connect(combo, &QComboBox::currentIndexChanged, this, &WorkshopsScreen::refresh);
    connect(m_showCancelled, &QCheckBox::toggled, this, &WorkshopsScreen::refresh);
    connect(m_table, &QTableView::activated, this, &WorkshopsScreen::editWorkshop); // Enter or double click
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkshopsScreen::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &WorkshopsScreen::newWorkshop);
    connect(m_edit, &QPushButton::clicked, this, &WorkshopsScreen::editWorkshop);
    connect(m_duplicate, &QPushButton::clicked, this, &WorkshopsScreen::duplicateWorkshop);
    connect(m_cancel, &QPushButton::clicked, this, &WorkshopsScreen::cancelWorkshop);
    connect(m_series, &QPushButton::clicked, this, &WorkshopsScreen::newSeries);
    connect(m_registrations, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedWorkshopId(); id > 0)
            emit registrationsRequested(id);
    });
    connect(m_checkIn, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedWorkshopId())
            emit checkInRequested(id);
    });
    connect(m_signInSheet, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedWorkshopId())
            emit signInSheetRequested(id);
    });

    retranslate(); // fills the combos, then shows the current week
}

QString WorkshopsScreen::language() const
{
    const QString current = LanguageManager::instance()->current();
    return current.isEmpty() ? QStringLiteral("fr") : current;
}

QList<WorkshopForm::ModuleChoice> WorkshopsScreen::moduleChoices() const
{
    QList<WorkshopForm::ModuleChoice> choices;
    for (const Module *module : m_library.modules(language()))
        choices.append({module->id, localized(module->title, language())});
    return choices;
}

void WorkshopsScreen::activate()
{
    // Sites and facilitators may have changed in Settings, attendance at the door.
    reloadFilterChoices();
    refresh();
}

void WorkshopsScreen::reloadFilterChoices()
{
    QList<std::pair<QVariant, QString>> sites;
    if (const Result<QList<Site>> all = SiteStore(m_database.connection()).all())
        for (const Site &site : *all)
            sites.append({site.id, site.name});
    QList<std::pair<QVariant, QString>> facilitators;
    if (const Result<QList<Facilitator>> all = FacilitatorStore(m_database.connection()).list(true))
        for (const Facilitator &f : *all)
            facilitators.append({f.id, f.active ? f.displayName : tr("%1 (inactive)").arg(f.displayName)});
    QList<std::pair<QVariant, QString>> modules;
    QHash<QString, QString> titles;
    for (const auto &[id, moduleTitle] : moduleChoices()) {
        modules.append({id, moduleTitle});
        titles.insert(id, moduleTitle);
    }
    fillCombo(m_site, tr("All sites"), sites);
    fillCombo(m_facilitator, tr("All facilitators"), facilitators);
    fillCombo(m_module, tr("All modules"), modules);
    m_model->setModuleTitles(titles);
}

void WorkshopsScreen::setPeriod(const WorkshopPeriod &period)
{
    m_period = period;
    const QSignalBlocker blocker(m_periodKind);
    m_periodKind->setCurrentIndex(m_periodKind->findData(int(period.kind())));
    refresh();
}

void WorkshopsScreen::refresh()
{
    const qint64 selected = selectedWorkshopId();
    m_periodLabel->setText(m_period.label());
    m_periodLabel->setAccessibleName(m_period.label());
    WorkshopFilter filter;
    filter.from = m_period.from();
    filter.to = m_period.to();
    filter.siteId = m_site->currentData().toLongLong();
    filter.facilitatorId = m_facilitator->currentData().toLongLong();
    filter.moduleId = m_module->currentData().toString();
    filter.when = WorkshopFilter::When(m_when->currentData().toInt());
    filter.includeCancelled = m_showCancelled->isChecked();
    const Result<QList<Workshop>> workshops = WorkshopStore(m_database.connection()).list(filter);
    if (!workshops) {
        m_model->setWorkshops({});
        m_summary->setText(tr("The workshops cannot be read: %1").arg(workshops.error()));
        updateButtons();
        return;
    }
    m_model->setWorkshops(*workshops);
    int cancelled = 0;
    for (const Workshop &w : *workshops)
        cancelled += w.isCancelled() ? 1 : 0;
    m_summary->setText(cancelled > 0 ? tr("%n workshop(s), %1 cancelled", nullptr, int(workshops->size())).arg(cancelled)
                                     : tr("%n workshop(s)", nullptr, int(workshops->size())));
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

qint64 WorkshopsScreen::selectedWorkshopId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->workshop(rows.first().row()).id;
}

void WorkshopsScreen::selectWorkshop(qint64 workshopId)
{
    const Result<Workshop> workshop = WorkshopStore(m_database.connection()).get(workshopId);
    if (!workshop)
        return;
    if (!m_period.contains(workshop->start.date()))
        m_period = WorkshopPeriod(m_period.kind(), workshop->start.date());
    refresh();
    const int row = m_model->rowOf(workshopId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    updateButtons();
}

void WorkshopsScreen::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty();
    const bool cancelled = any && m_model->workshop(rows.first().row()).isCancelled();
    for (QPushButton *button : {m_edit, m_duplicate, m_cancel, m_signInSheet})
        button->setEnabled(any);
    m_checkIn->setEnabled(any && !cancelled); // nobody checks in to a cancelled workshop
    m_registrations->setEnabled(any && !cancelled);
    m_cancel->setText(cancelled ? tr("&Reinstate workshop") : tr("&Cancel workshop"));
    m_cancel->setAccessibleName(cancelled ? tr("Reinstate workshop") : tr("Cancel workshop"));
}

Workshop WorkshopsScreen::newWorkshopDefaults() const
{
    Workshop w;
    const QDate day = m_period.contains(QDate::currentDate()) ? QDate::currentDate() : m_period.from();
    w.start = QDateTime(day, QTime(14, 0));
    w.siteId = Settings::currentSiteId();
    // Only an active facilitator is a sensible default.
    const qint64 facilitatorId = Settings::currentFacilitatorId();
    if (facilitatorId > 0) {
        const Result<Facilitator> facilitator = FacilitatorStore(m_database.connection()).get(facilitatorId);
        if (facilitator && facilitator->active)
            w.facilitatorId = facilitatorId;
    }
    return w;
}

void WorkshopsScreen::newWorkshop()
{
    WorkshopEditDialog dialog(m_database, moduleChoices(), newWorkshopDefaults(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectWorkshop(dialog.workshopId());
}

void WorkshopsScreen::editWorkshop()
{
    const qint64 id = selectedWorkshopId();
    if (!id)
        return;
    const Result<Workshop> workshop = WorkshopStore(m_database.connection()).get(id);
    if (!workshop) {
        QMessageBox::warning(this, tr("Edit workshop"), workshop.error());
        return;
    }
    WorkshopEditDialog dialog(m_database, moduleChoices(), *workshop, this);
    if (dialog.exec() == QDialog::Accepted)
        selectWorkshop(id);
}

void WorkshopsScreen::duplicateWorkshop()
{
    const qint64 id = selectedWorkshopId();
    if (!id)
        return;
    const Result<qint64> copy = WorkshopStore(m_database.connection()).duplicate(id);
    if (!copy) {
        QMessageBox::warning(this, tr("Duplicate workshop"), copy.error());
        return;
    }
    // The copy is a week later: show its week (or month) with it selected, ready for Edit….
    selectWorkshop(*copy);
    m_summary->setText(tr("Copy created one week later; Edit… changes its date."));
}

void WorkshopsScreen::cancelWorkshop()
{
    const qint64 id = selectedWorkshopId();
    if (!id)
        return;
    WorkshopStore store(m_database.connection());
    const Result<Workshop> workshop = store.get(id);
    if (!workshop)
        return;
    const QLocale locale;
    const QString when = tr("%1 at %2", "date, time").arg(locale.toString(workshop->start.date(), QLocale::LongFormat),
                                                        locale.toString(workshop->start.time(), QLocale::ShortFormat));
    Status status;
    if (workshop->isCancelled()) {
        status = store.reinstate(id);
    } else {
        const auto answer = QMessageBox::question(
            this, tr("Cancel workshop"),
            tr("Cancel \"%1\" on %2?\nIt stays in the list, marked cancelled; its registrations are kept.").arg(workshop->title, when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        status = store.cancel(id);
    }
    if (!status)
        QMessageBox::warning(this, tr("Cancel workshop"), status.error());
    if (!m_showCancelled->isChecked() && !workshop->isCancelled())
        m_showCancelled->setChecked(true); // the user sees what they just did
    selectWorkshop(id);
}

void WorkshopsScreen::newSeries()
{
    Workshop first = newWorkshopDefaults();
    // Start from the selected workshop's fields: a one-off session often grows into a series.
    if (const qint64 id = selectedWorkshopId()) {
        if (const Result<Workshop> selected = WorkshopStore(m_database.connection()).get(id)) {
            first = *selected;
            first.id = 0;
            first.seriesUuid.clear();
            first.status = Workshop::Status::Planned;
        }
    }
    WorkshopSeriesDialog dialog(m_database, moduleChoices(), first, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.workshopIds().isEmpty()) {
        selectWorkshop(dialog.workshopIds().first());
        m_summary->setText(tr("%n session(s) planned.", nullptr, int(dialog.workshopIds().size())));
    }
}

void WorkshopsScreen::retranslate()
{
    m_heading->setText(title());
    m_periodKindLabel->setText(tr("&Period:"));
    {
        const QSignalBlocker blocker(m_periodKind);
        m_periodKind->clear();
        m_periodKind->addItem(tr("Week"), int(WorkshopPeriod::Kind::Week));
        m_periodKind->addItem(tr("Month"), int(WorkshopPeriod::Kind::Month));
        m_periodKind->setCurrentIndex(m_periodKind->findData(int(m_period.kind())));
    }
    m_periodKind->setAccessibleName(tr("Period"));
    m_previous->setText(tr("← Pre&vious"));
    m_previous->setAccessibleName(tr("Previous period"));
    m_next->setText(tr("Ne&xt →"));
    m_next->setAccessibleName(tr("Next period"));
    m_today->setText(tr("&Today"));
    m_today->setAccessibleName(tr("Back to today"));
    m_siteLabel->setText(tr("S&ite:"));
    m_site->setAccessibleName(tr("Site filter"));
    m_facilitatorLabel->setText(tr("&Facilitator:"));
    m_facilitator->setAccessibleName(tr("Facilitator filter"));
    m_moduleLabel->setText(tr("M&odule:"));
    m_module->setAccessibleName(tr("Module filter"));
    m_whenLabel->setText(tr("&When:"));
    m_when->setAccessibleName(tr("Upcoming or past"));
    {
        const QSignalBlocker blocker(m_when);
        const int chosen = m_when->currentIndex();
        m_when->clear();
        m_when->addItem(tr("All"), int(WorkshopFilter::When::All));
        m_when->addItem(tr("Upcoming"), int(WorkshopFilter::When::Upcoming));
        m_when->addItem(tr("Past"), int(WorkshopFilter::When::Past));
        m_when->setCurrentIndex(qMax(0, chosen));
    }
    m_showCancelled->setText(tr("Show c&ancelled"));
    m_table->setAccessibleName(tr("Workshops"));
    m_new->setText(tr("&New…"));
    m_new->setAccessibleName(tr("New workshop"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit workshop"));
    m_duplicate->setText(tr("&Duplicate"));
    m_duplicate->setAccessibleName(tr("Duplicate workshop one week later"));
    m_series->setText(tr("New &series…"));
    m_series->setAccessibleName(tr("New series of workshops"));
    m_checkIn->setText(tr("Chec&k-in…"));
    m_registrations->setText(tr("Re&gistrations…"));
    m_registrations->setAccessibleName(tr("Registrations"));
    m_checkIn->setAccessibleName(tr("Check-in"));
    m_signInSheet->setText(tr("Sign-in s&heet…"));
    m_signInSheet->setAccessibleName(tr("Sign-in sheet"));
    m_model->retranslate();
    {
        const QSignalBlocker siteBlocker(m_site), facilitatorBlocker(m_facilitator), moduleBlocker(m_module);
        reloadFilterChoices();
    }
    refresh();
}
