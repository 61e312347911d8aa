// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/dashboardpage.h"

#include "reports/charttablemodel.h"
#include "reports/dashboardjob.h"
#include "reports/dashboardmodels.h"
#include "reports/reportfilterboxes.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// The charts, in reading order: object name, kind, value columns drawn (empty: all).
struct ChartSpec
{
    const char *name;
    ChartCard::Kind kind;
    QList<int> columns;
};

const QList<ChartSpec> &chartSpecs()
{
    static const QList<ChartSpec> specs = {
        {"attendanceChart", ChartCard::Kind::StackedBars, {}},
        {"peopleChart", ChartCard::Kind::Line, {0, 1}},
        {"hoursChart", ChartCard::Kind::Line, {0, 1}},
        {"sitesChart", ChartCard::Kind::Bars, {0, 1, 2}},
        {"modulesChart", ChartCard::Kind::HorizontalBars, {}},
        {"gainsChart", ChartCard::Kind::HorizontalBars, {0, 1}},
        {"ageChart", ChartCard::Kind::Bars, {0}},
        {"genderChart", ChartCard::Kind::Pie, {0}},
    };
    return specs;
}

} // namespace

DashboardPage::DashboardPage(Database &database, const ModuleLibrary &library, QWidget *parent)
    : QWidget(parent), m_database(database), m_library(library), m_fromLabel(new QLabel(this)), m_from(new QDateEdit(this)),
      m_toLabel(new QLabel(this)), m_to(new QDateEdit(this)), m_granularity(new QComboBox(this)), m_site(new QComboBox(this)),
      m_facilitator(new QComboBox(this)), m_module(new QComboBox(this)), m_refresh(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_headlineRow(new QWidget(this)), m_grid(nullptr)
{
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_granularity->setObjectName(QStringLiteral("dashboardGranularity"));
    m_site->setObjectName(QStringLiteral("dashboardSite"));
    m_facilitator->setObjectName(QStringLiteral("dashboardFacilitator"));
    m_module->setObjectName(QStringLiteral("dashboardModule"));
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_cancel->setObjectName(QStringLiteral("dashboardCancel"));
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    for (QDateEdit *edit : {m_from, m_to})
        ReportFilterBoxes::setUpDateEdit(edit);
    // The last twelve months, whole months: what a coordinator compares first.
    const QDate today = QDate::currentDate();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11));
    m_to->setDate(today);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_granularity->addItem(QString(), int(DashboardData::Granularity::Month));
    m_granularity->addItem(QString(), int(DashboardData::Granularity::Week));
    for (QComboBox *box : {m_site, m_facilitator, m_module})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Narrow at least, wider when there is room: the row must fit 1280 px in French.
    m_site->setMinimumContentsLength(8);
    m_facilitator->setMinimumContentsLength(8);
    m_module->setMinimumContentsLength(10);
    m_refresh->setDefault(true);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, DashboardQuery::Steps);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_granularity);
    filters->addWidget(m_site, 1);
    filters->addWidget(m_facilitator, 1);
    filters->addWidget(m_module, 1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_cancel);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);

    auto *headlines = new QHBoxLayout(m_headlineRow);
    headlines->setContentsMargins(0, 0, 0, 0);
    for (const char *name : {"workshops", "hours", "people", "newPeople", "noShow"})
        addHeadline(QString::fromLatin1(name));

    auto *charts = new QWidget;
    m_grid = new QGridLayout(charts);
    m_grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < chartSpecs().size(); ++i) {
        const ChartSpec &spec = chartSpecs().at(i);
        ChartCard *card = addChart(QString::fromLatin1(spec.name), spec.kind, i / 2, i % 2);
        if (!spec.columns.isEmpty())
            card->setChartColumns(spec.columns);
    }
    this->card(QStringLiteral("gainsChart"))->setPercentAxis(true);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(statusRow);
    layout->addWidget(m_headlineRow);
    layout->addWidget(scroll, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &DashboardPage::cancel);
    retranslate();
}

DashboardPage::~DashboardPage()
{
    // A job still running is a child: deleting it cancels it and waits for its thread. Nothing of
    // it must reach this half-destroyed page.
    for (DashboardJob *job : findChildren<DashboardJob *>())
        job->disconnect(this);
}

void DashboardPage::addHeadline(const QString &name)
{
    auto *frame = new QFrame(m_headlineRow);
    frame->setObjectName(name + QStringLiteral("Headline"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFocusPolicy(Qt::TabFocus); // a screen reader user reaches each figure with Tab
    auto *value = new QLabel(QStringLiteral("–"), frame);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    auto *caption = new QLabel(frame);
    caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addWidget(value);
    layout->addWidget(caption);
    m_headlineRow->layout()->addWidget(frame);
    m_headlines.append({name, value, caption});
}

ChartCard *DashboardPage::addChart(const QString &name, ChartCard::Kind kind, int row, int column)
{
    auto *model = new ChartTableModel(this);
    auto *card = new ChartCard(kind, model);
    card->setObjectName(name);
    card->setMinimumHeight(300);
    connect(card, &ChartCard::message, m_status, &QLabel::setText);
    m_grid->addWidget(card, row, column);
    m_cards.append(card);
    m_models.append(model);
    return card;
}

ChartCard *DashboardPage::card(const QString &objectName) const
{
    for (ChartCard *card : m_cards) {
        if (card->objectName() == objectName)
            return card;
    }
    return nullptr;
}

QString DashboardPage::headline(const QString &name) const
{
    for (const Headline &h : m_headlines) {
        if (h.name == name)
            return h.value->text();
    }
    return {};
}

void DashboardPage::activate()
{
    ReportFilterBoxes::fillSites(m_site, m_database.connection());
    ReportFilterBoxes::fillFacilitators(m_facilitator, m_database.connection());
    ReportFilterBoxes::fillModules(m_module, m_library);
    // Workshops may have been recorded since: the figures are computed again, off the GUI thread.
    if (!isRunning())
        refresh();
}

void DashboardPage::refresh()
{
    if (m_job) { // the figures of the former filters are no longer wanted
        m_job->disconnect(this);
        m_job->cancel();
        connect(m_job, &DashboardJob::finished, m_job, &QObject::deleteLater);
    }
    ReportFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.siteId = m_site->currentData().toLongLong();
    filter.facilitatorId = m_facilitator->currentData().toLongLong();
    filter.moduleId = m_module->currentData().toString();
    const auto granularity = DashboardData::Granularity(m_granularity->currentData().toInt());
    m_job = new DashboardJob(m_database.path(), filter, granularity, this);
    connect(m_job, &DashboardJob::progress, m_progress, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_job, &DashboardJob::finished, this, &DashboardPage::jobFinished);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_status->setText(tr("Computing the dashboard…"));
    emit jobStarting(m_job);
    m_job->start();
}

void DashboardPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

void DashboardPage::jobFinished(const QString &error)
{
    DashboardJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    job->deleteLater();
    m_progress->hide();
    m_cancel->setEnabled(false);
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit refreshFinished(false);
        return;
    }
    m_data = job->data();
    m_computed = true;
    showData();
    emit refreshFinished(true);
}

void DashboardPage::showData()
{
    const QLocale locale;
    for (const Headline &h : std::as_const(m_headlines)) {
        QString detail;
        const QString value = m_computed ? DashboardModels::headline(m_data, h.name, &detail) : QStringLiteral("–");
        h.value->setText(value);
        h.value->parentWidget()->setToolTip(detail);
        h.value->parentWidget()->setAccessibleName(tr("%1: %2").arg(h.caption->text(), value));
        h.value->parentWidget()->setAccessibleDescription(detail);
    }
    if (!m_computed)
        return;
    DashboardModels::attendance(*m_models.at(0), m_data);
    DashboardModels::people(*m_models.at(1), m_data);
    DashboardModels::hours(*m_models.at(2), m_data);
    DashboardModels::sites(*m_models.at(3), m_data);
    DashboardModels::modules(*m_models.at(4), m_data, m_library);
    DashboardModels::gains(*m_models.at(5), m_data, m_library);
    DashboardModels::ageBands(*m_models.at(6), m_data);
    DashboardModels::genders(*m_models.at(7), m_data);
    m_status->setText(m_data.periods.isEmpty() ? tr("Nothing was recorded with these filters.")
                                               : tr("Figures of %1 to %2.")
                                                     .arg(locale.toString(m_data.filter.from, QLocale::ShortFormat),
                                                          locale.toString(m_data.filter.to, QLocale::ShortFormat)));
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("T&o:"));
    m_granularity->setItemText(0, tr("By month"));
    m_granularity->setItemText(1, tr("By week"));
    m_granularity->setAccessibleName(tr("Group by"));
    m_site->setAccessibleName(tr("Site"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_module->setAccessibleName(tr("Module"));
    m_refresh->setText(tr("&Refresh"));
    m_cancel->setText(tr("Cancel"));
    m_progress->setAccessibleName(tr("Progress of the dashboard"));
    const QStringList captions = {tr("workshops held"), tr("hours of training"), tr("people reached"), tr("new people"),
                                  tr("no-show rate")};
    for (int i = 0; i < m_headlines.size(); ++i)
        m_headlines.at(i).caption->setText(captions.at(i));
    const QStringList titles = {tr("Attendance by status"), tr("New and returning people"), tr("Hours of training"),
                                tr("Comparison of sites"), tr("Modules most taught (workshops)"),
                                tr("Quiz results before → after (average %)"), tr("People by age band"), tr("People by gender")};
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setTitle(titles.at(i));
    showData(); // labels of periods, modules and codes are in the language too
}
