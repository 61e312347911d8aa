// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QCheckBox;
class QListWidget;
class QPushButton;

// The list of facilitators, with Add…, Edit…, Deactivate/Reactivate and Remove (opened from
// Settings). Removing one who led workshops deactivates them instead.
class FacilitatorsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FacilitatorsDialog(Database &database, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

public slots:
    void addFacilitator();
    void editFacilitator();
    void toggleActive();
    void removeFacilitator();

private:
    void reload(qint64 selectId = 0);
    void updateButtons();
    qint64 currentId() const;
    bool runEditor(qint64 facilitatorId);

    Database &m_database;
    QListWidget *m_list;
    QCheckBox *m_showInactive;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_remove;
};
