// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"

class Database;
class LearnerTableModel;
class ModuleLibrary;
class StaffSession;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The Learners screen (staff only): find people as you type, create and rectify records, merge two
// records of the same person, import a CSV list; export or erase one person's data, show the
// privacy notice.
class LearnersScreen : public Screen
{
    Q_OBJECT
public:
    // The library names modules and questions in a data export (null: their ids); the staff session
    // names who exported or erased in the privacy log, and only a coordinator may erase (null: no
    // accounts, anyone at the window may).
    explicit LearnersScreen(Database &database, const ModuleLibrary *library = nullptr, const StaffSession *staff = nullptr,
                            QWidget *parent = nullptr);

    QString title() const override { return tr("Learners"); }
    void activate() override;

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    LearnerTableModel *model() const { return m_model; }

    void newLearner();
    void editLearner();
    void mergeLearners();
    void importCsv(const QString &path = {});
    void exportData();
    void eraseLearner();

protected:
    void retranslate() override;

private:
    void refresh();
    void selectLearner(qint64 id);
    void updateButtons();
    QString staffLogin() const;

    Database &m_database;
    const ModuleLibrary *m_library;
    const StaffSession *m_staff;
    LearnerTableModel *m_model;
    QLabel *m_heading;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_merge;
    QPushButton *m_import;
    QLabel *m_rightsLabel;
    QPushButton *m_exportData;
    QPushButton *m_erase;
    QPushButton *m_notice;
};
