// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/pdfdocument.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace {

constexpr int Resolution = 300;          // dots per inch of the page coordinates
constexpr qreal Tolerance = 0.01;         // of a device unit: sums of row heights drift a little
const QColor HeaderFill(0xe3, 0xe8, 0xef);
const QColor StripeFill(0xf3, 0xf5, 0xf8);
const QColor Grey(0x55, 0x55, 0x55);

// The counting pass of PdfDocument::write(): its bytes are thrown away as they come.
class Discard : public QIODevice
{
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override { return length; }
};

// The filters one after the other, a line break only between two of them ("Site: EPN Nord" is
// never cut in two), unless one alone is wider than the page.
QString filterLines(const QStringList &filters, const QFontMetricsF &metrics, qreal width)
{
    const QString separator = QStringLiteral("   ·   ");
    QStringList lines;
    for (const QString &filter : filters) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + separator + filter) <= width)
            lines.last() += separator + filter;
        else
            lines.append(filter);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PdfDocument::PdfDocument(Header header, QPageLayout::Orientation orientation)
    : m_header(std::move(header)), m_orientation(orientation)
{
}

PdfDocument::~PdfDocument()
{
    if (m_painter.isActive())
        m_painter.end();
    // A QSaveFile that was never committed is discarded here.
}

Status PdfDocument::open(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(m_path, file->errorString()));
    m_device = std::move(file);
    return start(m_device.get());
}

Status PdfDocument::openInMemory()
{
    m_device = std::make_unique<Discard>();
    m_device->open(QIODevice::WriteOnly);
    return start(m_device.get());
}

Status PdfDocument::start(QIODevice *device)
{
    // Fonts come from the platform integration: a QCoreApplication has none (and would crash).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(tr("A PDF cannot be drawn without Qt's graphical part (fonts): start a QGuiApplication."));
    m_writer = std::make_unique<QPdfWriter>(device);
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageOrientation(m_orientation);
    m_writer->setResolution(Resolution);
    m_writer->setPageMargins(QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter);
    m_writer->setTitle(m_header.title);
    m_writer->setCreator(QStringLiteral("Mediatelier"));
    if (!m_painter.begin(m_writer.get()))
        return Status::failure(tr("Cannot write %1: the PDF could not be started.").arg(m_path));
    // Right to left (Arabic), Qt mirrors every aligned text: the title goes right, the page number left.
    m_painter.setLayoutDirection(m_locale.textDirection());

    const qreal width = m_writer->width();
    const QFontMetricsF title = metrics(font(13, true));
    const QFontMetricsF small = metrics(font(8.5));
    const qreal filters = small.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, filterLines(m_header.filters, small, width)).height();
    m_headerHeight = title.height() + mm(1.5) + filters + small.height() + mm(4);
    m_body = QRectF(0, m_headerHeight, width, m_writer->height() - m_headerHeight);
    m_y = m_body.top();
    return {};
}

void PdfDocument::paintHeader()
{
    const qreal width = m_body.width();
    const QFont titleFont = font(13, true);
    const QFont smallFont = font(8.5);
    const qreal titleHeight = metrics(titleFont).height();
    const QString page = m_pageCount > 0 ? tr("Page %1 / %2").arg(m_locale.toString(m_page), m_locale.toString(m_pageCount))
                                         : tr("Page %1").arg(m_locale.toString(m_page));
    m_painter.save();
    m_painter.setPen(Qt::black);
    m_painter.setFont(smallFont);
    const qreal pageWidth = metrics(smallFont).horizontalAdvance(page);
    m_painter.drawText(QRectF(0, 0, width, titleHeight), Qt::AlignRight | Qt::AlignVCenter, page);
    m_painter.setFont(titleFont);
    m_painter.drawText(QRectF(0, 0, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                       metrics(titleFont).elidedText(m_header.title, Qt::ElideRight, width - pageWidth - mm(6)));
    m_painter.setFont(smallFont);
    const qreal filtersTop = titleHeight + mm(1.5);
    const QString filters = filterLines(m_header.filters, metrics(smallFont), width);
    const QRectF filtersBox = m_painter.boundingRect(QRectF(0, filtersTop, width, 1e6), Qt::TextWordWrap, filters);
    m_painter.drawText(QRectF(0, filtersTop, width, filtersBox.height()), Qt::TextWordWrap, filters);
    m_painter.setPen(Grey);
    m_painter.drawText(QRectF(0, filtersTop + filtersBox.height(), width, metrics(smallFont).height()), Qt::AlignLeft | Qt::AlignTop,
                       tr("Generated on %1 by Mediatelier").arg(m_locale.toString(m_header.generated, QLocale::ShortFormat)));
    m_painter.setPen(QPen(Grey, mm(0.25)));
    m_painter.drawLine(QPointF(0, m_headerHeight - mm(2)), QPointF(width, m_headerHeight - mm(2)));
    m_painter.restore();
    m_y = m_body.top();
}

Status PdfDocument::newPage()
{
    if (m_page > 0 && !m_writer->newPage()) {
        m_failed = true;
        return Status::failure(tr("Cannot write %1: page %2 was refused.").arg(m_path).arg(m_page + 1));
    }
    ++m_page;
    paintHeader();
    return {};
}

Status PdfDocument::ensureRoom(qreal height)
{
    if (m_y > m_body.top() + Tolerance && remaining() + Tolerance < height)
        return newPage();
    return {};
}

Status PdfDocument::paragraph(const QString &text, const QFont &font, const QColor &color)
{
    const QRectF box = metrics(font).boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, text);
    if (Status status = ensureRoom(box.height()); !status)
        return status;
    m_painter.save();
    m_painter.setFont(font);
    m_painter.setPen(color);
    m_painter.drawText(QRectF(0, m_y, m_body.width(), box.height()), Qt::TextWordWrap, text);
    m_painter.restore();
    advance(box.height());
    return {};
}

Status PdfDocument::finish()
{
    if (m_page == 0 && m_painter.isActive())
        newPage(); // an empty report still has its header
    if (m_painter.isActive() && !m_painter.end())
        m_failed = true;
    if (m_failed)
        return Status::failure(tr("Cannot write %1: the PDF could not be completed.").arg(m_path));
    if (auto *file = qobject_cast<QSaveFile *>(m_device.get()); file && !file->commit())
        return Status::failure(tr("Cannot write %1: %2").arg(m_path, file->errorString()));
    return {};
}

Status PdfDocument::write(const QString &path, const Header &header, QPageLayout::Orientation orientation,
                          const std::function<Status(PdfDocument &)> &body)
{
    int pages = 0;
    for (const bool counting : {true, false}) {
        PdfDocument document(header, orientation);
        document.setPageCount(pages);
        Status status = counting ? document.openInMemory() : document.open(path);
        if (status)
            status = document.newPage();
        if (status)
            status = body(document);
        if (status)
            status = document.finish();
        if (!status)
            return status;
        pages = document.page();
    }
    return {};
}

qreal PdfDocument::mm(qreal millimetres) const
{
    return millimetres * Resolution / 25.4;
}

QFont PdfDocument::font(qreal points, bool bold) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(points);
    font.setBold(bold);
    // No ligatures: "ﬁ" as one glyph would make "figures" unfindable in the PDF (and Latin text
    // is laid out faster without shaping; Arabic is still shaped).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QFontMetricsF PdfDocument::metrics(const QFont &font) const
{
    return QFontMetricsF(font, m_writer.get());
}

PdfTable::PdfTable(PdfDocument &document, QList<Column> columns, qreal points, qreal left, qreal width)
    : m_document(document), m_columns(std::move(columns)), m_font(document.font(points)), m_bold(document.font(points, true)),
      m_metrics(document.metrics(m_font)), m_left(left), m_width(width > 0 ? width : document.body().width())
{
    m_rowHeight = m_metrics.height() * 1.5;
    m_padding = document.mm(1);
    qreal shares = 0;
    for (const Column &column : std::as_const(m_columns))
        shares += column.share;
    // Right to left, the first column stands on the right and the others follow leftwards.
    const bool rightToLeft = document.rightToLeft();
    qreal x = m_left;
    for (const Column &column : std::as_const(m_columns)) {
        const qreal columnWidth = m_width * column.share / shares;
        m_x.append(rightToLeft ? 2 * m_left + m_width - x - columnWidth : x);
        m_widths.append(columnWidth - 2 * m_padding);
        x += columnWidth;
    }
    m_lastText.resize(m_columns.size());
    m_lastShown.resize(m_columns.size());
    // Long titles ("Durée (minutes)") wrap rather than being cut; two lines at most.
    const QFontMetricsF bold = document.metrics(m_bold);
    qreal titles = bold.height();
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        titles = std::max(titles, bold.boundingRect(QRectF(0, 0, m_widths.at(i), 1e6), Qt::TextWordWrap, m_columns.at(i).title).height());
    m_headerHeight = std::min(titles, 2 * bold.lineSpacing()) + (m_rowHeight - m_metrics.height());
}

int PdfTable::rowsPerPage() const
{
    return qMax(1, int((m_document.body().height() - m_headerHeight + Tolerance) / m_rowHeight));
}

void PdfTable::paintHeader()
{
    QPainter &painter = m_document.painter();
    const qreal top = m_document.y();
    painter.fillRect(QRectF(m_left, top, m_width, m_headerHeight), HeaderFill);
    painter.setPen(Qt::black);
    painter.setFont(m_bold);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QRectF box(m_x.at(i) + m_padding, top, m_widths.at(i), m_headerHeight);
        painter.save();
        painter.setClipRect(box); // a third line of title would spill into the rows
        painter.drawText(box, m_columns.at(i).alignment | Qt::AlignVCenter | Qt::TextWordWrap, m_columns.at(i).title);
        painter.restore();
    }
    m_document.advance(m_headerHeight);
    m_rows = 0;
}

Status PdfTable::addRow(const QStringList &cells, bool bold)
{
    if (m_document.remaining() + Tolerance < m_rowHeight) {
        if (Status status = m_document.newPage(); !status)
            return status;
        paintHeader();
    }
    QPainter &painter = m_document.painter();
    const qreal top = m_document.y();
    if (m_rows % 2 == 1)
        painter.fillRect(QRectF(m_left, top, m_width, m_rowHeight), StripeFill);
    painter.setPen(Qt::black);
    painter.setFont(bold ? m_bold : m_font);
    const QFontMetricsF metrics = bold ? m_document.metrics(m_bold) : m_metrics;
    const qreal baseline = top + (m_rowHeight - metrics.height()) / 2 + metrics.ascent();
    for (qsizetype i = 0; i < m_columns.size() && i < cells.size(); ++i) {
        const QString &text = cells.at(i);
        if (text.isEmpty())
            continue;
        QString shown;
        if (!bold && text == m_lastText.at(i)) {
            shown = m_lastShown.at(i);
        } else {
            QString line = text;
            line.replace(QLatin1Char('\n'), QLatin1Char(' '));
            shown = metrics.elidedText(line, Qt::ElideRight, m_widths.at(i));
            if (!bold) {
                m_lastText[i] = text;
                m_lastShown[i] = shown;
            }
        }
        qreal x = m_x.at(i) + m_padding;
        // Cells are placed by hand (one drawText per cell is the fast path), so mirror by hand too.
        Qt::Alignment alignment = m_columns.at(i).alignment;
        if (m_document.rightToLeft()) {
            const bool right = alignment & Qt::AlignRight;
            alignment &= ~(Qt::AlignLeft | Qt::AlignRight);
            if (!(alignment & Qt::AlignHCenter))
                alignment |= right ? Qt::AlignLeft : Qt::AlignRight;
        }
        if (alignment & (Qt::AlignRight | Qt::AlignHCenter)) {
            const qreal free = m_widths.at(i) - metrics.horizontalAdvance(shown);
            x += alignment & Qt::AlignRight ? free : free / 2;
        }
        painter.drawText(QPointF(x, baseline), shown);
    }
    m_document.advance(m_rowHeight);
    ++m_rows;
    return {};
}
