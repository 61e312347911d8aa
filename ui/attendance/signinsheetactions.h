// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshops/signinsheet.h"

#include <QObject>

class Database;
class ModuleLibrary;
class QAction;
class QWidget;

// "Save as PDF…" and "Print…" for a workshop's sign-in sheet and attendance summary, as actions a
// menu, a toolbar or a dialog can show. The documents themselves are built by SignInSheet (core).
class SignInSheetActions : public QObject
{
    Q_OBJECT
public:
    // The library gives module titles in the interface language; without it, module ids are printed.
    SignInSheetActions(Database &database, const ModuleLibrary *library, QWidget *parent);

    void setWorkshop(qint64 workshopId) { m_workshopId = workshopId; }
    qint64 workshop() const { return m_workshopId; }
    void setBlankRows(int rows) { m_blankRows = rows; }

    QAction *saveSheetAction() const { return m_saveSheet; }
    QAction *printSheetAction() const { return m_printSheet; }
    QAction *saveSummaryAction() const { return m_saveSummary; }
    QAction *printSummaryAction() const { return m_printSummary; }

    // Without a dialog: for the interactive actions below and for tests. Shows no message.
    Result<SignInSheet> load(SignInSheet::Kind kind) const;
    Status savePdf(SignInSheet::Kind kind, const QString &path) const;

    // With the file dialog / the system print dialog; failures are told in a message box.
    void savePdfInteractively(SignInSheet::Kind kind);
    void printInteractively(SignInSheet::Kind kind);

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QWidget *parentWidget() const;

    Database &m_database;
    const ModuleLibrary *m_library = nullptr;
    qint64 m_workshopId = 0;
    int m_blankRows = 5;
    QAction *m_saveSheet = nullptr;
    QAction *m_printSheet = nullptr;
    QAction *m_saveSummary = nullptr;
    QAction *m_printSummary = nullptr;
};
