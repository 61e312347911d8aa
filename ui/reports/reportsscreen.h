// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"

class Database;
class ModuleLibrary;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Reports for coordinators: the funder summary of a period (and site) on screen, and the
// attendance export (CSV or XLSX, pseudonymised by default) run on a worker thread with progress.
// The dashboard charts come in a later step.
class ReportsScreen : public Screen
{
    Q_OBJECT
public:
    ReportsScreen(Database &database, const ModuleLibrary &library, QWidget *parent = nullptr);

    QString title() const override { return tr("Reports"); }
    void activate() override;

    QString summaryText() const;
    // Exports to a file without asking for it (tests); returns false when the export did not start.
    bool exportTo(const QString &path, bool xlsx);

signals:
    void exportFinished(qint64 rows, const QString &error);

protected:
    void retranslate() override;

private:
    void fillFilters();
    void refreshSummary();
    void chooseExportFile();
    void saveSummaryCsv();
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
    QLabel *m_status;
};
