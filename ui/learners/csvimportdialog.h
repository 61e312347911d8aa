// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learners/learnerimport.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

// The preview of a CSV import: what was detected (encoding, separator), a combo per column to say
// which learner field it holds, the first rows, and the row report (imported / duplicate / rejected)
// before anything is written. "Import" writes every importable row in one transaction.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(Database &database, LearnerImport import, QWidget *parent = nullptr);

    const LearnerImport &import() const { return m_import; }
    QComboBox *columnCombo(int column) const { return m_combos.value(column); }
    // The last report: a preview until import succeeded, then what was written.
    const LearnerImport::Report &report() const { return m_report; }
    bool importAll(); // the Import button; false (and the message shown) on failure

private:
    void mappingChanged();
    void showReport();

    Database &m_database;
    LearnerImport m_import;
    LearnerImport::Report m_report;
    QList<QComboBox *> m_combos;
    QLabel *m_detected;
    QTableWidget *m_preview;
    QLabel *m_summary;
    QListWidget *m_rows;
    QPushButton *m_importButton;
};
