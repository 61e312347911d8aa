// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

// Prints a rich-text document page by page with a header line and "Page x / y" on every page, to a
// PDF file or any printer. The sign-in sheet, the learner data export and the privacy notice share it.
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)
public:
    // Paints every page of `document` on an open-able device (QPdfWriter, or a QPrinter from the print
    // dialog). The document is laid out at 96 dpi whatever the device, then scaled.
    static Status paint(QTextDocument &document, QPagedPaintDevice *device, const QString &header);
    // Repeats the first row of every bordered table on each page it spans (Qt's HTML import does
    // not read <thead>); borderless tables (label/value boxes) are left alone.
    static void repeatTableHeaders(QTextDocument &document);
    // A4, 300 dpi, written through a temporary file: a failure never leaves half a PDF behind.
    static Status writePdf(QTextDocument &document, const QString &path, const QString &header);
};
