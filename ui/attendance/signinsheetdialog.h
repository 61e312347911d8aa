// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Database;
class ModuleLibrary;
class QLabel;
class QPushButton;
class QSpinBox;
class SignInSheetActions;

// The paper of one workshop in one place: how many blank rows for walk-ins, then save or print the
// sign-in sheet or, afterwards, the attendance summary.
class SignInSheetDialog : public QDialog
{
    Q_OBJECT
public:
    SignInSheetDialog(Database &database, const ModuleLibrary *library, qint64 workshopId, QWidget *parent = nullptr);

    // Shows the dialog for a workshop, not modal; it deletes itself when closed.
    static SignInSheetDialog *open(Database &database, const ModuleLibrary *library, qint64 workshopId, QWidget *parent);

    SignInSheetActions *actions() const { return m_actions; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SignInSheetActions *m_actions = nullptr;
    QString m_workshopTitle;
    QLabel *m_heading = nullptr;
    QLabel *m_blankLabel = nullptr;
    QSpinBox *m_blankRows = nullptr;
    QLabel *m_beforeLabel = nullptr;
    QLabel *m_afterLabel = nullptr;
    QPushButton *m_saveSheet = nullptr;
    QPushButton *m_printSheet = nullptr;
    QPushButton *m_saveSummary = nullptr;
    QPushButton *m_printSummary = nullptr;
    QPushButton *m_close = nullptr;
};
