// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;
class QPdfWriter;

// A paginated A4 report painted with QPainter on a QPdfWriter: the same header on every page
// (title, filters, date of generation, "Page x / y"), then a body that the caller fills from top
// to bottom. Pages are written as they are finished, so a long report never sits in memory; the
// file is written through QSaveFile and appears only once complete (a failed or cancelled report
// leaves nothing behind). Needs a QGuiApplication (fonts); works on a worker thread.
// (core/pageddocument.h prints a QTextDocument, laid out whole in memory: right for a sign-in
// sheet, not for the 400,000 rows of ten years.)
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)
public:
    struct Header
    {
        QString title;
        QStringList filters; // "Period: …", "Site: …": shown one after the other, wrapped
        QDateTime generated = QDateTime::currentDateTime();
    };

    PdfDocument(Header header, QPageLayout::Orientation orientation);
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    // Opens the file and lays the page out; newPage() then starts the first page. openInMemory()
    // paints into nothing: that is how write() counts pages.
    Status open(const QString &path);
    Status openInMemory();
    // "Page x / y" needs y before a page is started; 0 (the default) prints "Page x".
    void setPageCount(int pages) { m_pageCount = pages; }
    // Ends the last page and commits the file.
    Status finish();

    // Lays the report out twice (once to count its pages, once into the file). For short reports
    // whose page count is not known in advance; `body` must paint the same thing both times.
    static Status write(const QString &path, const Header &header, QPageLayout::Orientation orientation,
                        const std::function<Status(PdfDocument &)> &body);

    QPainter &painter() { return m_painter; }
    const QLocale &locale() const { return m_locale; }
    bool rightToLeft() const { return m_locale.textDirection() == Qt::RightToLeft; }
    int page() const { return m_page; }
    qreal mm(qreal millimetres) const;
    QFont font(qreal points, bool bold = false) const;
    QFontMetricsF metrics(const QFont &font) const;

    // The area under the header, the same on every page; y() is the top of what is left of it.
    QRectF body() const { return m_body; }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    // Starts the next page (the first one after open()) and paints its header.
    Status newPage();
    // A new page when less than `height` is left, unless the page is still empty.
    Status ensureRoom(qreal height);
    // Wrapped text at y(), across the body's width; advances.
    Status paragraph(const QString &text, const QFont &font, const QColor &color = Qt::black);

private:
    Status start(QIODevice *device);
    void paintHeader();

    Header m_header;
    QPageLayout::Orientation m_orientation;
    QLocale m_locale;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QString m_path;
    QRectF m_body;
    qreal m_headerHeight = 0;
    qreal m_y = 0;
    int m_page = 0;
    int m_pageCount = 0;
    bool m_failed = false;
};

// A table painted row by row on a PdfDocument: a bold column header (titles on up to two lines)
// repeated at the top of each page it spans, one line per row (longer text is cut with "…"), light
// stripes between rows.
class PdfTable
{
public:
    struct Column
    {
        QString title;
        qreal share = 1;                                 // of the table's width, relative to the others
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    // The table spans [left, left + width) of the page; width 0: the whole body.
    PdfTable(PdfDocument &document, QList<Column> columns, qreal points, qreal left = 0, qreal width = 0);

    qreal rowHeight() const { return m_rowHeight; }
    qreal headerHeight() const { return m_headerHeight; }
    // Rows that fit on a page under the column header, when the table starts at the body's top.
    int rowsPerPage() const;
    qreal height(int rows) const { return m_headerHeight + m_rowHeight * rows; }

    // Paints the column header at the document's y().
    void paintHeader();
    // Paints one row; starts a new page (and repeats the column header) when the page is full.
    Status addRow(const QStringList &cells, bool bold = false);

private:
    PdfDocument &m_document;
    QList<Column> m_columns;
    QList<qreal> m_x;      // left edge of each column
    QList<qreal> m_widths; // text width of each column
    QFont m_font;
    QFont m_bold;
    QFontMetricsF m_metrics;
    qreal m_rowHeight = 0;
    qreal m_headerHeight = 0;
    qreal m_padding = 0;
    qreal m_left = 0;
    qreal m_width = 0;
    int m_rows = 0;
    // Consecutive rows often repeat a cell (the same workshop for each of its learners): its cut
    // text is kept instead of being measured again.
    QStringList m_lastText;
    QStringList m_lastShown;
};
