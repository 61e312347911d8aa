// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportsscreen.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "reports/csvwriter.h"
#include "reports/dashboardpage.h"
#include "reports/exportjob.h"
#include "reports/fundersummary.h"
#include "reports/pdfsummary.h"
#include "reports/reportfilterboxes.h"
#include "reports/summaryexport.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

struct ReportsScreen::Filter
{
    ReportFilter report;
    QString siteName;
};

ReportsScreen::ReportsScreen(Database &database, const ModuleLibrary &library, QWidget *parent)
    : Screen(parent), m_database(database), m_library(library), m_heading(new QLabel(this)), m_fromLabel(new QLabel(this)),
      m_from(new QDateEdit(this)), m_toLabel(new QLabel(this)), m_to(new QDateEdit(this)), m_siteLabel(new QLabel(this)),
      m_site(new QComboBox(this)), m_summaryHeading(new QLabel(this)), m_summary(new QPlainTextEdit(this)),
      m_exportHeading(new QLabel(this)), m_facilitator(new QComboBox(this)), m_module(new QComboBox(this)),
      m_format(new QComboBox(this)), m_pseudonymise(new QCheckBox(this)), m_export(new QPushButton(this)),
      m_summaryCsv(new QPushButton(this)), m_status(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_dashboard(new DashboardPage(database, library, this))
{
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_heading->setProperty("role", QStringLiteral("screenTitle"));
    m_heading->setObjectName(QStringLiteral("screenTitle"));
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_site->setObjectName(QStringLiteral("reportSite"));
    m_summary->setObjectName(QStringLiteral("funderSummary"));
    m_pseudonymise->setObjectName(QStringLiteral("pseudonymise"));
    m_export->setObjectName(QStringLiteral("exportAttendance"));
    m_status->setObjectName(QStringLiteral("reportStatus"));
    for (QDateEdit *edit : {m_from, m_to})
        ReportFilterBoxes::setUpDateEdit(edit);
    m_from->setDate(QDate(QDate::currentDate().year(), 1, 1));
    m_to->setDate(QDate::currentDate());
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_siteLabel->setBuddy(m_site);
    m_summary->setReadOnly(true);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pseudonymise->setChecked(true); // the safe choice is the default
    m_format->addItem(QStringLiteral("CSV"), QStringLiteral("csv"));
    m_format->addItem(QStringLiteral("XLSX"), QStringLiteral("xlsx"));
    m_format->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_summaryPdf = new QPushButton(this);
    m_summaryPdf->setObjectName(QStringLiteral("saveSummaryPdf"));
    m_status->setWordWrap(true);

    auto *period = new QHBoxLayout;
    period->addWidget(m_fromLabel);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addWidget(m_siteLabel);
    period->addWidget(m_site, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_facilitator, 1);
    exportRow->addWidget(m_module, 1);
    exportRow->addWidget(m_format);
    exportRow->addWidget(m_pseudonymise);
    exportRow->addWidget(m_export);
    // Two tabs: the dashboard's charts, and the summary with the exports as they were.
    auto *summaryPage = new QWidget(this);
    auto *layout = new QVBoxLayout(summaryPage);
    layout->addLayout(period);
    layout->addWidget(m_summaryHeading);
    layout->addWidget(m_summary, 1);
    auto *summaryButtons = new QHBoxLayout;
    summaryButtons->addWidget(m_summaryCsv);
    summaryButtons->addWidget(m_summaryPdf);
    summaryButtons->addStretch(1);
    layout->addLayout(summaryButtons);
    layout->addWidget(m_exportHeading);
    layout->addLayout(exportRow);
    layout->addWidget(m_status);
    m_tabs->addTab(m_dashboard, QString());
    m_tabs->addTab(summaryPage, QString());
    auto *screenLayout = new QVBoxLayout(this);
    screenLayout->addWidget(m_heading);
    screenLayout->addWidget(m_tabs, 1);

    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ReportsScreen::refreshSummary);
    connect(m_site, &QComboBox::currentIndexChanged, this, &ReportsScreen::refreshSummary);
    connect(m_export, &QPushButton::clicked, this, &ReportsScreen::chooseExportFile);
    connect(m_summaryCsv, &QPushButton::clicked, this, &ReportsScreen::saveSummaryCsv);
    connect(m_summaryPdf, &QPushButton::clicked, this, &ReportsScreen::saveSummaryPdf);
    retranslate();
}

void ReportsScreen::activate()
{
    fillFilters();
    refreshSummary();
    m_dashboard->activate();
}

void ReportsScreen::fillFilters()
{
    ReportFilterBoxes::fillSites(m_site, m_database.connection());
    ReportFilterBoxes::fillFacilitators(m_facilitator, m_database.connection());
    ReportFilterBoxes::fillModules(m_module, m_library);
}

ReportsScreen::Filter ReportsScreen::currentFilter() const
{
    Filter filter;
    filter.report.from = m_from->date();
    filter.report.to = m_to->date();
    filter.report.siteId = m_site->currentData().toLongLong();
    filter.siteName = filter.report.siteId > 0 ? m_site->currentText() : QString();
    return filter;
}

void ReportsScreen::refreshSummary()
{
    const Filter filter = currentFilter();
    const Result<FunderFigures> figures = FunderSummary(m_database.connection()).compute(filter.report);
    m_summary->setPlainText(figures ? SummaryExport::toText(*figures, filter.siteName) : figures.error());
}

QString ReportsScreen::summaryText() const
{
    return m_summary->toPlainText();
}

void ReportsScreen::saveSummaryCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the funder summary"), QStringLiteral("summary.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Result<FunderFigures> figures = FunderSummary(m_database.connection()).compute(currentFilter().report);
    if (!figures) {
        m_status->setText(figures.error());
        return;
    }
    const QChar separator = CsvWriter::defaultSeparator();
    CsvWriter writer(separator);
    Status status = writer.open(path);
    if (status) {
        for (const QStringList &row : SummaryExport::csvRows(*figures, separator == QLatin1Char(';')))
            writer.writeRow(row);
        status = writer.close();
    }
    if (!status)
        m_status->setText(status.error());
    else
        m_status->setText(tr("Summary saved to %1.").arg(path));
}

void ReportsScreen::saveSummaryPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the funder summary"), QStringLiteral("summary.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveSummaryPdfTo(path);
}

bool ReportsScreen::saveSummaryPdfTo(const QString &path)
{
    const ReportFilter filter = currentFilter().report;
    const Result<FunderFigures> figures = FunderSummary(m_database.connection()).compute(filter);
    if (!figures) {
        m_status->setText(figures.error());
        return false;
    }
    SummaryPdf::Options options;
    options.filters = filter.describe(m_database.connection());
    const QString language = LanguageManager::instance()->current();
    options.moduleTitle = [this, language](const QString &id) {
        const Module *module = m_library.module(id);
        return module ? localized(module->title, language) : QString();
    };
    const Status written = SummaryPdf::write(*figures, options, path);
    m_status->setText(written ? tr("Summary saved to %1.").arg(path) : written.error());
    return written.ok();
}

void ReportsScreen::chooseExportFile()
{
    const QString format = m_format->currentData().toString();
    const QString filter = format == QLatin1String("xlsx") ? tr("Excel workbooks (*.xlsx)")
                         : format == QLatin1String("pdf")  ? tr("PDF files (*.pdf)")
                                                           : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the attendance"), QStringLiteral("attendance.") + format, filter);
    if (!path.isEmpty())
        exportTo(path, format == QLatin1String("xlsx") ? ExportJob::Format::Xlsx
                       : format == QLatin1String("pdf") ? ExportJob::Format::Pdf
                                                        : ExportJob::Format::Csv);
}

bool ReportsScreen::exportTo(const QString &path, ExportJob::Format format)
{
    AttendanceExport::Options options;
    options.filter = currentFilter().report;
    options.filter.facilitatorId = m_facilitator->currentData().toLongLong();
    options.filter.moduleId = m_module->currentData().toString();
    options.pseudonymise = m_pseudonymise->isChecked();
    auto *job = new ExportJob(m_database.path(), options, format, path, this);
    auto *dialog = new QProgressDialog(tr("Exporting the attendance…"), tr("Cancel"), 0, 0, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500);
    connect(dialog, &QProgressDialog::canceled, job, &ExportJob::cancel);
    connect(job, &ExportJob::progress, dialog, [dialog](qint64 rows) {
        dialog->setLabelText(tr("Exporting the attendance… %1 rows").arg(rows));
    });
    connect(job, &ExportJob::finished, this, [this, job, dialog, path](qint64 rows, const QString &error) {
        dialog->deleteLater();
        job->deleteLater();
        m_export->setEnabled(true);
        m_status->setText(rows >= 0 ? tr("%1 rows exported to %2.").arg(rows).arg(path) : error);
        emit exportFinished(rows, error);
    });
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    job->start();
    return true;
}

void ReportsScreen::retranslate()
{
    m_heading->setText(title());
    m_tabs->setTabText(0, tr("&Dashboard"));
    m_tabs->setTabText(1, tr("Summary and e&xports"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_siteLabel->setText(tr("S&ite:"));
    m_summaryHeading->setText(tr("Funder summary (counts only, no names)"));
    m_summaryCsv->setText(tr("Save the summary as CSV…"));
    m_summaryPdf->setText(tr("Save the summary as PDF…"));
    m_exportHeading->setText(tr("Attendance export: one row per person per workshop"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_module->setAccessibleName(tr("Module"));
    m_format->setAccessibleName(tr("File format"));
    m_pseudonymise->setText(tr("&Pseudonymise (no names or contacts)"));
    m_export->setText(tr("&Export…"));
    m_summary->setAccessibleName(tr("Funder summary"));
    if (isVisible())
        activate();
}
