// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"
#include "workshops/attendancestore.h"
#include "workshops/workshop.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// What the caller decides about a printed workshop document.
struct SignInSheetOptions
{
    int blankRows = 5;                                   // for walk-ins (sign-in sheet only)
    QLocale locale;                                      // dates and times: the interface language
    std::function<QString(const QString &moduleId)> moduleTitle; // unset: module ids are printed
};

// The paper of a workshop: the sign-in sheet (« feuille d'émargement ») people sign at the door, and
// the attendance summary the facilitator signs afterwards. Built as an HTML QTextDocument, painted
// page by page with a header and "Page x / y" on every page, to a PDF file or to any printer.
class SignInSheet
{
    Q_DECLARE_TR_FUNCTIONS(SignInSheet)
public:
    enum class Kind { SignIn, Summary };

    using Options = SignInSheetOptions;

    // Reads the workshop and its list; fails with a message when the workshop does not exist.
    static Result<SignInSheet> load(const QSqlDatabase &db, qint64 workshopId, Kind kind, const Options &options = {});

    Kind kind() const { return m_kind; }
    const Workshop &workshop() const { return m_workshop; }
    const QList<AttendanceEntry> &entries() const { return m_entries; }

    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    QString pageHeader() const;        // the line repeated at the top of every page
    QString suggestedFileName() const; // e.g. "sign-in-sheet-2026-03-01-ai-basics.pdf", translated prefix

    // A4, 300 dpi. Written through a temporary file: a failure never leaves half a PDF behind.
    Status writePdf(const QString &path) const;
    // Paints every page on an open-able device (QPdfWriter, or a QPrinter from the print dialog).
    Status paint(QPagedPaintDevice *device) const;

private:
    SignInSheet() = default;
    QString title() const;
    QString detailsHtml() const;
    QString signInRowsHtml() const;
    QString summaryHtml() const;
    QString durationText() const;
    QString moduleTitles() const;

    Kind m_kind = Kind::SignIn;
    Options m_options;
    Workshop m_workshop;
    QList<AttendanceEntry> m_entries;
};
