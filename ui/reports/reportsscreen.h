// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/exportjob.h"
#include "shell/screen.h"

class Database;
class DashboardPage;
class ModuleLibrary;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

// Reports for coordinators, in two tabs: the dashboard (charts of a period, site, facilitator and
// module, computed on a worker thread), and the funder summary of a period (and site) on screen
// with the attendance export (CSV, XLSX or PDF, pseudonymised by default) run on a worker thread,
// and the summary saved as CSV or as a PDF report with charts.
class ReportsScreen : public Screen
{
    Q_OBJECT
public:
    ReportsScreen(Database &database, const ModuleLibrary &library, QWidget *parent = nullptr);

    QString title() const override { return tr("Reports"); }
    // Figures of every site and the attendance export with names: coordinators' work.
    bool coordinatorsOnly() const override { return true; }
    void activate() override;

    QString summaryText() const;
    DashboardPage *dashboard() const { return m_dashboard; }
    // Exports to a file without asking for it (tests); returns false when the export did not start.
    bool exportTo(const QString &path, ExportJob::Format format);
    // Writes the funder summary of the period as a PDF report without asking (tests).
    bool saveSummaryPdfTo(const QString &path);

signals:
    void exportFinished(qint64 rows, const QString &error);

protected:
    void retranslate() override;

private:
    void fillFilters();
    void refreshSummary();
    void chooseExportFile();
    void saveSummaryCsv();
    void saveSummaryPdf();
    struct Filter;
    Filter currentFilter() const;

    Database &m_database;
    const ModuleLibrary &m_library;
    QLabel *m_heading;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_summaryHeading;
    QPlainTextEdit *m_summary;
    QLabel *m_exportHeading;
    QComboBox *m_facilitator;
    QComboBox *m_module;
    QComboBox *m_format;
    QCheckBox *m_pseudonymise;
    QPushButton *m_export;
    QPushButton *m_summaryCsv;
    QPushButton *m_summaryPdf = nullptr;
    QLabel *m_status;
    QTabWidget *m_tabs;
    DashboardPage *m_dashboard;
};
