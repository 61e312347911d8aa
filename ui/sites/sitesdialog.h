// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QListWidget;
class QPushButton;

// The list of sites, with Add… and Edit… (opened from Settings).
class SitesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SitesDialog(Database &database, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

public slots:
    void addSite();
    void editSite();

private:
    void reload(qint64 selectId = 0);
    // Asks for the fields until the store accepts them or the user gives up; nothing typed is lost
    // on a refusal.
    bool runEditor(qint64 siteId);

    Database &m_database;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
};
