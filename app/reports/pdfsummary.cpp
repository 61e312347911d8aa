// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/pdfsummary.h"

#include "learners/learnerfields.h"
#include "reports/pdfbarchart.h"
#include "reports/pdfdocument.h"

#include <algorithm>

namespace {

constexpr qreal TablePoints = 8.5;

// One breakdown: its table and, beside it, the bars of one of its columns.
struct Section
{
    QString title;
    QList<PdfTable::Column> columns;
    QList<QStringList> rows;
    QList<ChartBar> bars; // one per row
    QString chartCaption;
    qreal tableShare = 0.5; // of the page's width
};

class SummaryPainter
{
public:
    SummaryPainter(PdfDocument &document, const FunderFigures &figures, const SummaryPdf::Options &options)
        : m_doc(document), m_f(figures), m_options(options), m_locale(document.locale())
    {
    }

    Status paint()
    {
        if (Status status = keyFigures(); !status)
            return status;
        for (const Section &section : sections()) {
            if (Status status = paintSection(section); !status)
                return status;
        }
        m_doc.advance(m_doc.mm(2));
        return m_doc.paragraph(SummaryPdf::tr("How these figures are counted: a workshop is held unless it was cancelled; hours add up "
                                              "the workshops at which at least one person was present or late; each person is counted "
                                              "once however often they came; new people came for the first time ever (at this site, when "
                                              "one is chosen) during the period; the before/after gain compares the latest quiz taken "
                                              "before and after a module by the learners who took both during the period. Counts only: "
                                              "no names."),
                               m_doc.font(8), QColor(0x44, 0x44, 0x44));
    }

private:
    QString number(int value) const { return m_locale.toString(value); }
    QString percent(double value) const { return SummaryPdf::tr("%1 %").arg(m_locale.toString(value, 'f', 1)); }

    QString moduleName(const QString &id) const
    {
        const QString title = m_options.moduleTitle ? m_options.moduleTitle(id) : QString();
        return title.isEmpty() ? id : title;
    }

    // Five boxes across the page, a large figure over its name.
    Status keyFigures()
    {
        const QList<QPair<QString, QString>> tiles{
            {number(m_f.workshops), SummaryPdf::tr("workshops held")},
            {m_locale.toString(m_f.hours, 'f', 1), SummaryPdf::tr("hours delivered")},
            {number(m_f.people), SummaryPdf::tr("people reached")},
            {number(m_f.newPeople), SummaryPdf::tr("new people")},
            {number(m_f.attendances), SummaryPdf::tr("attendances (present or late)")},
        };
        QPainter &painter = m_doc.painter();
        const qreal gap = m_doc.mm(3);
        const qreal width = (m_doc.body().width() - gap * (tiles.size() - 1)) / tiles.size();
        const qreal height = m_doc.mm(21);
        const QFont big = m_doc.font(17, true);
        const QFont small = m_doc.font(8.5);
        const qreal top = m_doc.y();
        painter.save();
        for (qsizetype i = 0; i < tiles.size(); ++i) {
            const QRectF box(i * (width + gap), top, width, height);
            painter.setPen(QPen(QColor(0x9a, 0xa8, 0xb8), m_doc.mm(0.3)));
            painter.setBrush(QColor(0xf3, 0xf6, 0xfa));
            painter.drawRoundedRect(box, m_doc.mm(1.5), m_doc.mm(1.5));
            painter.setPen(Qt::black);
            painter.setFont(big);
            painter.drawText(box.adjusted(0, m_doc.mm(2), 0, -height / 2), Qt::AlignHCenter | Qt::AlignBottom, tiles.at(i).first);
            painter.setFont(small);
            painter.drawText(box.adjusted(m_doc.mm(1.5), height / 2 + m_doc.mm(1), -m_doc.mm(1.5), 0),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, tiles.at(i).second);
        }
        painter.restore();
        m_doc.advance(height + m_doc.mm(6));
        return {};
    }

    QList<Section> sections() const
    {
        const PdfTable::Column people{SummaryPdf::tr("People"), 1, Qt::AlignRight};
        const PdfTable::Column attendances{SummaryPdf::tr("Attendances"), 1.2, Qt::AlignRight};
        auto breakdown = [&](const QString &title, const QString &first, const QList<FunderFigures::Breakdown> &list,
                             const std::function<QString(const QString &)> &label) {
            Section section{title, {{first, 2, Qt::AlignLeft}, people, attendances}, {}, {}, SummaryPdf::tr("People"), 0.5};
            for (const auto &b : list) {
                section.rows.append({label(b.code), number(b.people), number(b.attendances)});
                section.bars.append({label(b.code), double(b.people), number(b.people)});
            }
            return section;
        };
        QList<Section> sections{
            breakdown(SummaryPdf::tr("Attendance by age band"), SummaryPdf::tr("Age band"), m_f.ageBands, &LearnerFields::ageBandLabel),
            breakdown(SummaryPdf::tr("Attendance by gender"), SummaryPdf::tr("Gender"), m_f.genders, &LearnerFields::genderLabel),
            breakdown(SummaryPdf::tr("Attendance by postcode area"), SummaryPdf::tr("Postcode area"), m_f.postcodeAreas,
                      [](const QString &code) { return code == QLatin1String("unknown") ? SummaryPdf::tr("unknown") : code; }),
        };
        Section modules{SummaryPdf::tr("Modules covered"),
                        {{SummaryPdf::tr("Module"), 3, Qt::AlignLeft}, {SummaryPdf::tr("Workshops"), 1, Qt::AlignRight}},
                        {}, {}, SummaryPdf::tr("Workshops"), 0.5};
        for (const auto &m : m_f.modules) {
            modules.rows.append({moduleName(m.moduleId), number(m.workshops)});
            modules.bars.append({moduleName(m.moduleId), double(m.workshops), number(m.workshops)});
        }
        sections.append(modules);
        Section gains{SummaryPdf::tr("Before/after quiz gains (learners who took both)"),
                      {{SummaryPdf::tr("Module"), 3, Qt::AlignLeft},
                       {SummaryPdf::tr("Learners"), 1.1, Qt::AlignRight},
                       {SummaryPdf::tr("Before"), 1, Qt::AlignRight},
                       {SummaryPdf::tr("After"), 1, Qt::AlignRight},
                       {SummaryPdf::tr("Gain"), 1.3, Qt::AlignRight}},
                      {}, {}, SummaryPdf::tr("Gain in points"), 0.62};
        for (const auto &g : m_f.gains) {
            const QString gain = SummaryPdf::tr("%1 points").arg(m_locale.toString(g.gain(), 'f', 1));
            gains.rows.append({moduleName(g.moduleId), number(g.learners), percent(g.prePercent), percent(g.postPercent), gain});
            gains.bars.append({moduleName(g.moduleId), g.gain(), gain});
        }
        sections.append(gains);
        return sections;
    }

    // The table on the left and its bars on the right, row for row; a list longer than what is
    // left of the page goes on over the next pages, the bars still scaled to the largest of all.
    Status paintSection(const Section &section)
    {
        const QFont heading = m_doc.font(11, true);
        const qreal headingHeight = m_doc.metrics(heading).height() * 1.4;
        const qreal width = m_doc.body().width();
        const qreal tableWidth = width * section.tableShare;
        PdfTable table(m_doc, section.columns, TablePoints, 0, tableWidth);
        const qreal rowHeight = table.rowHeight();
        if (Status status = m_doc.ensureRoom(headingHeight + table.height(int(std::min<qsizetype>(section.rows.size(), 3)))); !status)
            return status;
        QPainter &painter = m_doc.painter();
        painter.setPen(Qt::black);
        painter.setFont(heading);
        painter.drawText(QRectF(0, m_doc.y(), width, headingHeight), Qt::AlignLeft | Qt::AlignVCenter, section.title);
        m_doc.advance(headingHeight);
        if (section.rows.isEmpty()) {
            if (Status status = m_doc.paragraph(SummaryPdf::tr("Nothing in this period."), m_doc.font(TablePoints)); !status)
                return status;
            m_doc.advance(m_doc.mm(5));
            return {};
        }
        double largest = 0;
        for (const ChartBar &bar : section.bars)
            largest = std::max(largest, bar.value);
        const qreal chartLeft = tableWidth + m_doc.mm(6);
        const QRectF chartColumn(chartLeft, 0, width - chartLeft, 0);
        qsizetype next = 0;
        while (next < section.rows.size()) {
            const int room = int((m_doc.remaining() - table.headerHeight() + 0.01) / rowHeight);
            if (room < 1) {
                if (Status status = m_doc.newPage(); !status)
                    return status;
                continue;
            }
            const qsizetype count = std::min<qsizetype>(room, section.rows.size() - next);
            const qreal top = m_doc.y();
            table.paintHeader();
            painter.setPen(QColor(0x44, 0x44, 0x44));
            painter.setFont(m_doc.font(TablePoints, true));
            painter.drawText(QRectF(chartLeft, top, chartColumn.width(), table.headerHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                             section.chartCaption);
            for (qsizetype i = next; i < next + count; ++i) {
                if (Status status = table.addRow(section.rows.at(i)); !status)
                    return status;
            }
            painter.setFont(m_doc.font(TablePoints));
            paintHorizontalBarChart(painter, QRectF(chartLeft, top + table.headerHeight(), chartColumn.width(), horizontalBarChartHeight(count, rowHeight)),
                                    section.bars.mid(next, count), rowHeight, QColor(0x2f, 0x6f, 0xa7), largest);
            next += count;
        }
        m_doc.advance(m_doc.mm(6));
        return {};
    }

    PdfDocument &m_doc;
    const FunderFigures &m_f;
    const SummaryPdf::Options &m_options;
    const QLocale m_locale;
};

} // namespace

Status SummaryPdf::write(const FunderFigures &figures, const Options &options, const QString &path)
{
    PdfDocument::Header header;
    header.title = tr("Funder summary");
    header.filters = options.filters;
    header.filters << tr("Counts only, no names");
    return PdfDocument::write(path, header, QPageLayout::Portrait,
                              [&](PdfDocument &document) { return SummaryPainter(document, figures, options).paint(); });
}
