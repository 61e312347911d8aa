// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"

class Database;
class LearnerTableModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The Learners screen (staff only): find people as you type, create and rectify records, merge two
// records of the same person, import a CSV list.
class LearnersScreen : public Screen
{
    Q_OBJECT
public:
    explicit LearnersScreen(Database &database, QWidget *parent = nullptr);

    QString title() const override { return tr("Learners"); }
    void activate() override;

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    LearnerTableModel *model() const { return m_model; }

    void newLearner();
    void editLearner();
    void mergeLearners();
    void importCsv(const QString &path = {});

protected:
    void retranslate() override;

private:
    void refresh();
    void selectLearner(qint64 id);
    void updateButtons();

    Database &m_database;
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
};
