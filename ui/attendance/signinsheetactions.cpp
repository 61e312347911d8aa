// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/signinsheetactions.h"

#include "content/module.h"
#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "storage/database.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QWidget>

SignInSheetActions::SignInSheetActions(Database &database, const ModuleLibrary *library, QWidget *parent)
    : QObject(parent), m_database(database), m_library(library)
{
    m_saveSheet = new QAction(this);
    m_printSheet = new QAction(this);
    m_printSheet->setShortcut(QKeySequence::Print);
    m_saveSummary = new QAction(this);
    m_printSummary = new QAction(this);
    connect(m_saveSheet, &QAction::triggered, this, [this] { savePdfInteractively(SignInSheet::Kind::SignIn); });
    connect(m_printSheet, &QAction::triggered, this, [this] { printInteractively(SignInSheet::Kind::SignIn); });
    connect(m_saveSummary, &QAction::triggered, this, [this] { savePdfInteractively(SignInSheet::Kind::Summary); });
    connect(m_printSummary, &QAction::triggered, this, [this] { printInteractively(SignInSheet::Kind::Summary); });
    if (parent)
        parent->installEventFilter(this); // re-translate with the widget that shows the actions
    retranslate();
}

QWidget *SignInSheetActions::parentWidget() const
{
    return qobject_cast<QWidget *>(parent());
}

void SignInSheetActions::retranslate()
{
    m_saveSheet->setText(tr("Save the sign-in sheet as PDF…"));
    m_printSheet->setText(tr("Print the sign-in sheet…"));
    m_saveSummary->setText(tr("Save the attendance summary as PDF…"));
    m_printSummary->setText(tr("Print the attendance summary…"));
}

bool SignInSheetActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

Result<SignInSheet> SignInSheetActions::load(SignInSheet::Kind kind) const
{
    const QString language = LanguageManager::instance()->current();
    SignInSheetOptions options;
    options.blankRows = m_blankRows;
    options.locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (m_library) {
        const ModuleLibrary *library = m_library;
        options.moduleTitle = [library, language](const QString &id) {
            const Module *module = library->module(id);
            return module ? localized(module->title, language.isEmpty() ? QStringLiteral("fr") : language) : QString();
        };
    }
    return SignInSheet::load(m_database.connection(), m_workshopId, kind, options);
}

Status SignInSheetActions::savePdf(SignInSheet::Kind kind, const QString &path) const
{
    const Result<SignInSheet> sheet = load(kind);
    if (!sheet)
        return sheet.status();
    return sheet->writePdf(path);
}

void SignInSheetActions::savePdfInteractively(SignInSheet::Kind kind)
{
    const Result<SignInSheet> sheet = load(kind);
    if (!sheet) {
        QMessageBox::warning(parentWidget(), tr("Sign-in sheet"), sheet.error());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parentWidget(), m_saveSheet->text().remove(QStringLiteral("…")),
                                                      QDir(folder).filePath(sheet->suggestedFileName()),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString file = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf");
    if (Status status = sheet->writePdf(file); !status)
        QMessageBox::warning(parentWidget(), tr("Sign-in sheet"), status.error());
}

void SignInSheetActions::printInteractively(SignInSheet::Kind kind)
{
    const Result<SignInSheet> sheet = load(kind);
    if (!sheet) {
        QMessageBox::warning(parentWidget(), tr("Sign-in sheet"), sheet.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    printer.setDocName(sheet->pageHeader());
    QPrintDialog dialog(&printer, parentWidget());
    dialog.setWindowTitle(kind == SignInSheet::Kind::SignIn ? tr("Print the sign-in sheet") : tr("Print the attendance summary"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status status = sheet->paint(&printer); !status)
        QMessageBox::warning(parentWidget(), tr("Sign-in sheet"), status.error());
}
