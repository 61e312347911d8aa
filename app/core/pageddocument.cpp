// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pageddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

namespace {

// The document is laid out at 96 dpi whatever the device, then scaled: the same HTML lengths (cell
// padding, borders) give the same paper sizes on a 300 dpi PDF and on a 600 dpi printer.
constexpr qreal LayoutDpi = 96.0;

// A probe device that tells the layout "96 dpi"; QImage stores its resolution in dots per metre.
QImage layoutDevice()
{
    QImage image(1, 1, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(LayoutDpi / 0.0254));
    image.setDotsPerMeterY(qRound(LayoutDpi / 0.0254));
    return image;
}

} // namespace

Status PagedDocument::paint(QTextDocument &document, QPagedPaintDevice *device, const QString &header)
{
    QImage probe = layoutDevice();
    document.documentLayout()->setPaintDevice(&probe);

    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(tr("The document could not be written: the printer or file refused it."));
    // An Arabic document (its first paragraph reads right to left) puts its header on the right.
    painter.setLayoutDirection(document.begin().textDirection());
    const qreal scale = device->logicalDpiY() / LayoutDpi;
    const qreal millimetre = device->logicalDpiY() / 25.4;
    const QRectF area(0, 0, device->width(), device->height()); // inside the margins
    const qreal headerHeight = 9 * millimetre;
    const qreal footerHeight = 8 * millimetre;
    const QSizeF body((area.width()) / scale, (area.height() - headerHeight - footerHeight) / scale);
    document.setPageSize(body);
    const int pages = document.pageCount();

    const bool rightToLeft = document.defaultTextOption().textDirection() == Qt::RightToLeft;
    QFont small = document.defaultFont();
    small.setPointSizeF(8.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return Status::failure(tr("The document could not be written: the printer or file refused page %1.").arg(page + 1));
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF headerBox(0, 0, area.width(), headerHeight - 2 * millimetre);
        painter.drawText(headerBox, (rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(header, Qt::ElideRight, int(area.width())));
        painter.drawLine(QPointF(0, headerHeight - millimetre), QPointF(area.width(), headerHeight - millimetre));
        painter.drawText(QRectF(0, area.height() - footerHeight + 2 * millimetre, area.width(), footerHeight - 2 * millimetre),
                         Qt::AlignHCenter | Qt::AlignTop, tr("Page %1 / %2").arg(page + 1).arg(pages));

        painter.save();
        painter.translate(0, headerHeight);
        painter.scale(scale, scale);
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, page * body.height()), body);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return Status::failure(tr("The document could not be written: the printer or file refused it."));
    return {};
}

void PagedDocument::repeatTableHeaders(QTextDocument &document)
{
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            if (format.border() > 0) {
                format.setHeaderRowCount(1);
                table->setFormat(format);
            }
        }
    }
}

Status PagedDocument::writePdf(QTextDocument &document, const QString &path, const QString &header)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setTitle(header);
        writer.setCreator(QStringLiteral("Mediatelier"));
        if (Status status = paint(document, &writer, header); !status)
            return status; // QSaveFile discards the partial file
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}
