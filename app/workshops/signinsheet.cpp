// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshops/signinsheet.h"

#include "core/pageddocument.h"
#include "workshops/workshopstore.h"

#include <algorithm>

#include <QTextDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &html, const QString &attributes = {})
{
    return QStringLiteral("<td%1>%2</td>").arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes, html);
}

// One table row. Qt's rich text does not mirror a table's columns for right-to-left text, so an
// Arabic sheet lists its cells from the last to the first: the number column ends up on the right.
QString tableRow(QStringList cells, bool rightToLeft, const QString &attributes = {})
{
    if (rightToLeft)
        std::reverse(cells.begin(), cells.end());
    return QStringLiteral("<tr%1>%2</tr>").arg(attributes.isEmpty() ? QString() : QLatin1Char(' ') + attributes,
                                               cells.join(QString()));
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
    const bool rtl = locale.textDirection() == Qt::RightToLeft;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"%1>")
                       .arg(rtl ? QStringLiteral(" width=\"100%\"") : QString()); // a set width: Qt never mirrors it itself
    for (const auto &[name, value] : rows) {
        if (value.isEmpty() && name != tr("Facilitator")) // a blank facilitator line is filled in by hand
            continue;
        html += tableRow({cell(QStringLiteral("<b>%1</b>").arg(esc(name)), QStringLiteral("width=\"120\"")),
                          cell(value.isEmpty() ? QStringLiteral("&nbsp;") : esc(value))},
                         rtl);
    }
    return html + QStringLiteral("</table>");
}

QString SignInSheet::signInRowsHtml() const
{
    // Rows stay taller than the text so that there is room to sign; the signature column is wide.
    const bool rtl = m_options.locale.textDirection() == Qt::RightToLeft;
    const QString start = rtl ? QStringLiteral("right") : QStringLiteral("left");
    QString html = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"11\" width=\"100%\" style=\"border-collapse: collapse\"%1>")
                       .arg(rtl ? QStringLiteral(" align=\"right\"") : QString());
    html += tableRow({QStringLiteral("<th width=\"64\">%1</th>").arg(esc(tr("No."))),
                      QStringLiteral("<th width=\"27%\" align=\"%1\">%2</th>").arg(start, esc(tr("Name"))),
                      QStringLiteral("<th width=\"23%\" align=\"%1\">%2</th>").arg(start, esc(tr("Last name"))),
                      QStringLiteral("<th width=\"45%\" align=\"%1\">%2</th>").arg(start, esc(tr("Signature")))},
                     rtl, QStringLiteral("bgcolor=\"#e8e8e8\""));
    int number = 0;
    for (const AttendanceEntry &e : m_entries) {
        html += tableRow({cell(QString::number(++number), QStringLiteral("align=\"center\"")), cell(esc(e.displayName)),
                          cell(e.lastName.isEmpty() ? QStringLiteral("&nbsp;") : esc(e.lastName)), cell(QStringLiteral("&nbsp;"))},
                         rtl);
    }
    for (int i = 0; i < m_options.blankRows; ++i) {
        html += tableRow({cell(QString::number(++number), QStringLiteral("align=\"center\"")), cell(QStringLiteral("&nbsp;")),
                          cell(QStringLiteral("&nbsp;")), cell(QStringLiteral("&nbsp;"))},
                         rtl);
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
    const bool rtl = m_options.locale.textDirection() == Qt::RightToLeft;
    const QString start = rtl ? QStringLiteral("right") : QStringLiteral("left");
    // Right to left, the counts table takes a set width (see tableRow) and sits on the right.
    QString html = QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"5\"%2>")
                       .arg(esc(tr("Counts")), rtl ? QStringLiteral(" width=\"50%\" align=\"right\"") : QString());
    html += tableRow({QStringLiteral("<th align=\"%1\">%2</th>").arg(start, esc(tr("Status"))),
                      QStringLiteral("<th>%1</th>").arg(esc(tr("People")))},
                     rtl, QStringLiteral("bgcolor=\"#e8e8e8\""));
    for (AttendanceStatus status : order)
        html += tableRow({cell(esc(AttendanceStore::label(status))),
                          cell(QString::number(counts.value(status)), QStringLiteral("align=\"center\""))},
                         rtl);
    html += tableRow({cell(QStringLiteral("<b>%1</b>").arg(esc(tr("Came (present or late)")))),
                      cell(QStringLiteral("<b>%1</b>").arg(counts.value(AttendanceStatus::Present) + counts.value(AttendanceStatus::Late)),
                           QStringLiteral("align=\"center\""))},
                     rtl)
          + QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\"%2>")
                .arg(esc(tr("People")), rtl ? QStringLiteral(" align=\"right\"") : QString());
    html += tableRow({QStringLiteral("<th width=\"42\">%1</th>").arg(esc(tr("No."))),
                      QStringLiteral("<th align=\"%1\">%2</th>").arg(start, esc(tr("Name"))),
                      QStringLiteral("<th align=\"%1\">%2</th>").arg(start, esc(tr("Status"))),
                      QStringLiteral("<th align=\"%1\">%2</th>").arg(start, esc(tr("Checked in at")))},
                     rtl, QStringLiteral("bgcolor=\"#e8e8e8\""));
    int number = 0;
    for (const AttendanceEntry &e : m_entries) {
        const QString name = e.lastName.isEmpty() ? e.displayName : tr("%1 %2").arg(e.displayName, e.lastName);
        const QString time = e.checkedInAt.isValid()
                                 ? m_options.locale.toString(e.checkedInAt.toLocalTime().time(), QLocale::ShortFormat)
                                 : QString();
        html += tableRow({cell(QString::number(++number), QStringLiteral("align=\"center\"")), cell(esc(name)),
                          cell(esc(AttendanceStore::label(e.status))), cell(time.isEmpty() ? QStringLiteral("&nbsp;") : esc(time))},
                         rtl);
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
    const bool rtl = m_options.locale.textDirection() == Qt::RightToLeft;
    QString html = QStringLiteral("<html><body%1><h1>%2</h1>")
                       .arg(rtl ? QStringLiteral(" dir=\"rtl\"") : QString(), esc(title()));
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
    PagedDocument::repeatTableHeaders(*document);
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
    return PagedDocument::paint(*document, device, pageHeader());
}

Status SignInSheet::writePdf(const QString &path) const
{
    std::unique_ptr<QTextDocument> document = this->document();
    return PagedDocument::writePdf(*document, path, pageHeader());
}
