// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/signinsheet.h"

#include "workshops/workshopstore.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

// The document is laid out at 96 dpi whatever the device, then scaled: the same HTML lengths (cell
// padding, borders) give the same paper sizes on a 300 dpi PDF and on a 600 dpi printer.
constexpr qreal LayoutDpi = 96.0;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &html, const QString &attributes = {})
{
    return QStringLiteral("<td%1>%2</td>").arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, html);
}

// A probe device that tells the layout "96 dpi"; QImage stores its resolution in dots per metre.
QImage layoutDevice()
{
    QImage image(1, 1, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(LayoutDpi / 0.0254));
    image.setDotsPerMeterY(qRound(LayoutDpi / 0.0254));
    return image;
}

// Repeats a table's first row on every page it spans (Qt's HTML import does not read <thead>).
void repeatHeaderRows(QTextDocument *document)
{
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            if (format.border() > 0) { // the bordered tables are the lists; the details box has no border
                format.setHeaderRowCount(1);
                table->setFormat(format);
            }
        }
    }
}

} // namespace

Result<SignInSheet> SignInSheet::load(const QSqlDatabase &db, qint64 workshopId, Kind kind, const Options &options)
{
    Result<Workshop> workshop = WorkshopStore(db).get(workshopId);
    if (!workshop)
        return workshop.status();
    Result<QList<AttendanceEntry>> entries = AttendanceStore(db).list(workshopId);
    if (!entries)
        return entries.status();
    SignInSheet sheet;
    sheet.m_kind = kind;
    sheet.m_options = options;
    sheet.m_options.blankRows = qBound(0, options.blankRows, 200);
    sheet.m_workshop = std::move(*workshop);
    sheet.m_entries = std::move(*entries);
    return sheet;
}

QString SignInSheet::title() const
{
    return m_kind == Kind::SignIn ? tr("Sign-in sheet") : tr("Attendance summary");
}

QString SignInSheet::durationText() const
{
    const int minutes = m_workshop.durationMinutes;
    if (minutes < 60)
        return tr("%n min", nullptr, minutes);
    if (minutes % 60 == 0)
        return tr("%n h", nullptr, minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString SignInSheet::moduleTitles() const
{
    QStringList titles;
    for (const QString &id : m_workshop.modules) {
        const QString title = m_options.moduleTitle ? m_options.moduleTitle(id) : QString();
        titles << (title.isEmpty() ? id : title);
    }
    return titles.join(QStringLiteral(" · "));
}

QString SignInSheet::pageHeader() const
{
    const QStringList parts{m_workshop.siteName, m_workshop.title,
                            m_options.locale.toString(m_workshop.start.date(), QLocale::ShortFormat)};
    QStringList present;
    for (const QString &p : parts)
        if (!p.isEmpty())
            present << p;
    return tr("%1 — %2").arg(title(), present.join(QStringLiteral(" · ")));
}

QString SignInSheet::detailsHtml() const
{
    const QLocale &locale = m_options.locale;
    const QDateTime end = m_workshop.start.addSecs(qint64(m_workshop.durationMinutes) * 60);
    const QString time = tr("%1 to %2 (%3)")
                             .arg(locale.toString(m_workshop.start.time(), QLocale::ShortFormat),
                                  locale.toString(end.time(), QLocale::ShortFormat), durationText());
    QList<QPair<QString, QString>> rows{
        {tr("Site"), m_workshop.siteName},
        {tr("Workshop"), m_workshop.title},
        {tr("Date"), locale.toString(m_workshop.start.date(), QLocale::LongFormat)},
        {tr("Time"), time},
        {tr("Place"), m_workshop.place},
        {tr("Facilitator"), m_workshop.facilitatorName},
        {tr("Modules"), moduleTitles()},
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &[name, value] : rows) {
        if (value.isEmpty() && name != tr("Facilitator")) // a blank facilitator line is filled in by hand
            continue;
        html += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(esc(name)), QStringLiteral("width=\"120\""))
              + cell(value.isEmpty() ? QStringLiteral("&nbsp;") : esc(value)) + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString SignInSheet::signInRowsHtml() const
{
    // Rows stay taller than the text so that there is room to sign; the signature column is wide.
    QString html = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"11\" width=\"100%\" style=\"border-collapse: collapse\">"
        "<tr bgcolor=\"#e8e8e8\"><th width=\"64\">%1</th><th width=\"27%\" align=\"left\">%2</th>"
        "<th width=\"23%\" align=\"left\">%3</th><th width=\"45%\" align=\"left\">%4</th></tr>")
                       .arg(esc(tr("No.")), esc(tr("Name")), esc(tr("Last name")), esc(tr("Signature")));
    int number = 0;
    for (const AttendanceEntry &e : m_entries) {
        html += QStringLiteral("<tr>") + cell(QString::number(++number), QStringLiteral("align=\"center\""))
              + cell(esc(e.displayName)) + cell(e.lastName.isEmpty() ? QStringLiteral("&nbsp;") : esc(e.lastName))
              + cell(QStringLiteral("&nbsp;")) + QStringLiteral("</tr>");
    }
    for (int i = 0; i < m_options.blankRows; ++i) {
        html += QStringLiteral("<tr>") + cell(QString::number(++number), QStringLiteral("align=\"center\""))
              + cell(QStringLiteral("&nbsp;")) + cell(QStringLiteral("&nbsp;")) + cell(QStringLiteral("&nbsp;"))
              + QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString SignInSheet::summaryHtml() const
{
    QMap<AttendanceStatus, int> counts;
    for (const AttendanceEntry &e : m_entries)
        ++counts[e.status];
    const QList<AttendanceStatus> order{AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::Excused,
                                        AttendanceStatus::Absent, AttendanceStatus::Registered};
    QString html = QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"5\">"
                                  "<tr bgcolor=\"#e8e8e8\"><th align=\"left\">%2</th><th>%3</th></tr>")
                       .arg(esc(tr("Counts")), esc(tr("Status")), esc(tr("People")));
    for (AttendanceStatus status : order)
        html += QStringLiteral("<tr>") + cell(esc(AttendanceStore::label(status)))
              + cell(QString::number(counts.value(status)), QStringLiteral("align=\"center\"")) + QStringLiteral("</tr>");
    html += QStringLiteral("<tr>") + cell(QStringLiteral("<b>%1</b>").arg(esc(tr("Came (present or late)"))))
          + cell(QStringLiteral("<b>%1</b>").arg(counts.value(AttendanceStatus::Present) + counts.value(AttendanceStatus::Late)),
                 QStringLiteral("align=\"center\""))
          + QStringLiteral("</tr></table>");

    html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\">"
                           "<tr bgcolor=\"#e8e8e8\"><th width=\"42\">%2</th><th align=\"left\">%3</th>"
                           "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
                .arg(esc(tr("People")), esc(tr("No.")), esc(tr("Name")), esc(tr("Status")), esc(tr("Checked in at")));
    int number = 0;
    for (const AttendanceEntry &e : m_entries) {
        const QString name = e.lastName.isEmpty() ? e.displayName : tr("%1 %2").arg(e.displayName, e.lastName);
        const QString time = e.checkedInAt.isValid()
                                 ? m_options.locale.toString(e.checkedInAt.toLocalTime().time(), QLocale::ShortFormat)
                                 : QString();
        html += QStringLiteral("<tr>") + cell(QString::number(++number), QStringLiteral("align=\"center\""))
              + cell(esc(name)) + cell(esc(AttendanceStore::label(e.status)))
              + cell(time.isEmpty() ? QStringLiteral("&nbsp;") : esc(time)) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    const QString facilitator = m_workshop.facilitatorName.isEmpty() ? QStringLiteral("______________________")
                                                                      : esc(m_workshop.facilitatorName);
    html += QStringLiteral("<p><br/>%1</p><p>%2</p><p>%3</p>")
                .arg(tr("Facilitator: %1").arg(facilitator),
                     esc(tr("Date: ____ / ____ / ________")),
                     esc(tr("Signature: ____________________________________")));
    return html;
}

QString SignInSheet::html() const
{
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(esc(title()));
    html += detailsHtml();
    if (m_kind == Kind::SignIn) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("By signing, I confirm I attended this workshop.")));
        html += signInRowsHtml();
    } else {
        html += summaryHtml();
    }
    return html + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> SignInSheet::document() const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    document->setHtml(html());
    repeatHeaderRows(document.get());
    return document;
}

QString SignInSheet::suggestedFileName() const
{
    QString slug;
    for (const QChar c : m_workshop.title.toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    const QString prefix = m_kind == Kind::SignIn ? tr("sign-in-sheet", "file name") : tr("attendance-summary", "file name");
    return QStringLiteral("%1-%2-%3.pdf").arg(prefix, m_workshop.start.date().toString(Qt::ISODate), slug.left(40));
}

Status SignInSheet::paint(QPagedPaintDevice *device) const
{
    std::unique_ptr<QTextDocument> document = this->document();
    QImage probe = layoutDevice();
    document->documentLayout()->setPaintDevice(&probe);

    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(tr("The document could not be written: the printer or file refused it."));
    const qreal scale = device->logicalDpiY() / LayoutDpi;
    const qreal millimetre = device->logicalDpiY() / 25.4;
    const QRectF area(0, 0, device->width(), device->height()); // inside the margins
    const qreal headerHeight = 9 * millimetre;
    const qreal footerHeight = 8 * millimetre;
    const QSizeF body((area.width()) / scale, (area.height() - headerHeight - footerHeight) / scale);
    document->setPageSize(body);
    const int pages = document->pageCount();

    QFont small = document->defaultFont();
    small.setPointSizeF(8.5);
    const QString header = pageHeader();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return Status::failure(tr("The document could not be written: the printer or file refused page %1.").arg(page + 1));
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF headerBox(0, 0, area.width(), headerHeight - 2 * millimetre);
        painter.drawText(headerBox, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
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
        document->documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return Status::failure(tr("The document could not be written: the printer or file refused it."));
    return {};
}

Status SignInSheet::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setTitle(pageHeader());
        writer.setCreator(QStringLiteral("Mediatelier"));
        if (Status status = paint(&writer); !status)
            return status; // QSaveFile discards the partial file
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}
