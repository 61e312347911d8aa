// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Registers people ahead of a workshop: type a few letters and Enter, or import a CSV file; take
// someone off the list; undo the last change. Shows the places left.
class RegistrationDialog : public QDialog
{
    Q_OBJECT
public:
    RegistrationDialog(const QSqlDatabase &db, qint64 workshopId, QWidget *parent = nullptr);

    // Registers from a CSV file after showing what would happen; false when nothing was written.
    bool importFile(const QString &path, bool askFirst = true);

signals:
    void registrationsChanged();

private:
    void search(const QString &text);
    void registerSelected();
    void removeSelected();
    void undo();
    void refresh();
    void chooseFile();

    QSqlDatabase m_db;
    qint64 m_workshopId;
    QLabel *m_heading;
    QLabel *m_places;
    QLineEdit *m_search;
    QListWidget *m_matches;
    QListWidget *m_registered;
    QLabel *m_message;
    QPushButton *m_remove;
    QPushButton *m_undo;
    QPushButton *m_import;
};
