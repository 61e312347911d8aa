// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/csvimportdialog.h"

#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int PreviewRows = 5;
constexpr int ReportLines = 1000; // enough to read; the counts above cover the rest
} // namespace

CsvImportDialog::CsvImportDialog(Database &database, LearnerImport import, QWidget *parent)
    : QDialog(parent), m_database(database), m_import(std::move(import)), m_detected(new QLabel(this)),
      m_preview(new QTableWidget(this)), m_summary(new QLabel(this)), m_rows(new QListWidget(this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import learners from %1").arg(QFileInfo(m_import.fileName()).fileName()));
    const QString separator = m_import.separator() == QLatin1Char('\t') ? tr("tab") : QString(m_import.separator());
    m_detected->setText(tr("%n row(s); encoding %1; separator “%2”. Check which field each column holds:", nullptr,
                           m_import.rowCount()).arg(m_import.encoding(), separator));
    m_detected->setWordWrap(true);

    // Row 0 holds a combo per column; the rows below preview the file.
    const QStringList headers = m_import.headers();
    const QList<CsvRecord> preview = m_import.previewRecords(PreviewRows);
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setAccessibleName(tr("Columns of the file and their first rows"));
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setRowCount(int(preview.size()) + 1);
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    const QList<LearnerImport::Field> mapping = m_import.mapping();
    for (int c = 0; c < headers.size(); ++c) {
        auto *combo = new QComboBox(m_preview);
        combo->setAccessibleName(tr("Field held by the column “%1”").arg(headers.at(c)));
        for (LearnerImport::Field field : LearnerImport::allFields())
            combo->addItem(LearnerImport::fieldLabel(field), int(field));
        combo->setCurrentIndex(combo->findData(int(mapping.value(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::mappingChanged);
        m_preview->setCellWidget(0, c, combo);
        m_combos.append(combo);
        for (int r = 0; r < preview.size(); ++r)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(preview.at(r).fields.value(c)));
    }
    m_preview->resizeColumnsToContents();
    m_preview->resizeRowsToContents();
    m_preview->setMinimumHeight(m_preview->verticalHeader()->length() + m_preview->horizontalHeader()->height() + 24);

    m_summary->setObjectName(QStringLiteral("csvSummary"));
    m_summary->setWordWrap(true);
    m_rows->setObjectName(QStringLiteral("csvReport"));
    m_rows->setAccessibleName(tr("Row report"));
    auto *reportLabel = new QLabel(tr("&Row report:"), this);
    reportLabel->setBuddy(m_rows);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("confirmImport"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addWidget(m_preview);
    layout->addWidget(m_summary);
    layout->addWidget(reportLabel);
    layout->addWidget(m_rows, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (importAll())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 640);
    mappingChanged();
    if (!m_combos.isEmpty())
        m_combos.first()->setFocus();
}

void CsvImportDialog::mappingChanged()
{
    QList<LearnerImport::Field> mapping;
    for (const QComboBox *combo : std::as_const(m_combos))
        mapping.append(LearnerImport::Field(combo->currentData().toInt()));
    m_import.setMapping(mapping);
    const Result<LearnerImport::Report> report = m_import.analyse(m_database.connection());
    m_rows->clear();
    if (!report) {
        m_report = {};
        m_summary->setText(report.error());
        m_importButton->setEnabled(false);
        return;
    }
    m_report = *report;
    showReport();
}

void CsvImportDialog::showReport()
{
    const QString counts = tr("%1 · %2 · %3")
                               .arg(tr("%n to import", nullptr, m_report.imported),
                                    tr("%n duplicate(s) left out", nullptr, m_report.duplicates),
                                    tr("%n rejected", nullptr, m_report.rejected));
    m_summary->setText(m_report.written ? tr("Imported: %1").arg(counts) : tr("Nothing is written until you press Import: %1").arg(counts));
    m_importButton->setEnabled(!m_report.written && m_report.imported > 0);
    m_importButton->setText(tr("&Import %n learner(s)", nullptr, m_report.imported));
    // Problems first: they are what the person has to read.
    int shown = 0;
    for (auto outcome : {LearnerImport::Row::Outcome::Rejected, LearnerImport::Row::Outcome::Duplicate,
                         LearnerImport::Row::Outcome::Import}) {
        for (const LearnerImport::Row &row : std::as_const(m_report.rows)) {
            if (row.outcome != outcome || shown >= ReportLines)
                continue;
            auto *item = new QListWidgetItem(m_report.describe(row), m_rows);
            if (outcome == LearnerImport::Row::Outcome::Rejected)
                item->setForeground(QColor(0xa4, 0x00, 0x00));
            ++shown;
        }
    }
}

bool CsvImportDialog::importAll()
{
    const Result<LearnerImport::Report> report = m_import.run(m_database.connection(), false);
    if (!report) {
        QMessageBox::warning(this, tr("Import"), tr("Nothing was imported: %1").arg(report.error()));
        return false;
    }
    m_report = *report;
    m_rows->clear();
    showReport();
    return true;
}
