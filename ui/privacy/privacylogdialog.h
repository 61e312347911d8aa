// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QTableWidget;

// The privacy log, latest first: what was exported, erased, anonymised, corrected, backed up or
// restored, when, by whom, with counts only. What a coordinator shows when asked to account for it.
class PrivacyLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrivacyLogDialog(Database &database, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
