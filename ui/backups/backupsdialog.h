// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class QLabel;
class QMenu;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// File → Backups…: where the automatic backups of the open database go and how many are kept, the
// list of backups (date, size, check), a restore once the chosen backup passed its check and the
// person confirmed, and a copy now to a chosen file or a USB stick. The dialog does not restore by
// itself: the controller closes the database first, then restores backupToRestore().
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    // The staff login goes into the privacy log with each copy made now.
    explicit BackupsDialog(Database &database, QWidget *parent = nullptr, const QString &staffLogin = {});

    // The backup the person chose and confirmed (empty: none).
    QString backupToRestore() const { return m_restore; }
    // Runs the dialog; returns the backup to restore, or an empty string.
    static QString run(Database &database, QWidget *parent, const QString &staffLogin = {});

public slots:
    void reload();
    // The copy now; false (after a message naming the file) when it could not be written.
    bool backUpTo(const QString &file);
    // Checks the backup, asks for confirmation, then closes the dialog with it as backupToRestore().
    bool chooseForRestore(const QString &backup);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkNext();
    void fillDestinations();
    void chooseFolder();
    QString selectedBackup() const;

    Database &m_database;
    QString m_staffLogin;
    QString m_restore;
    int m_nextToCheck = 0;
    QLabel *m_intro;
    QLabel *m_folderLabel;
    QLabel *m_folder;
    QPushButton *m_changeFolder;
    QLabel *m_keepLabel;
    QSpinBox *m_keep;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_restoreButton;
    QPushButton *m_restoreFile;
    QPushButton *m_backUpNow;
    QMenu *m_destinations;
    QPushButton *m_close;
};
