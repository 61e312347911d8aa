// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/chartcard.h"

#include "reports/charttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// Beyond this many categories the labels are turned upright, beyond the second hidden (the axis
// then names the first and the last; the table has them all).
constexpr int UprightLabels = 8;
constexpr int HiddenPoints = 32; // a line's points, beyond which they blur into the line
constexpr int HiddenLabels = 60;

// Category labels must be unique on a QBarCategoryAxis (a duplicate is dropped, and the bars shift).
QStringList uniqueLabels(const ChartTableModel &model, const QList<int> &rows)
{
    QStringList labels;
    for (int row : rows) {
        QString label = model.label(row);
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(model.label(row)).arg(n);
        labels.append(label);
    }
    return labels;
}

} // namespace

ChartCard::ChartCard(Kind kind, ChartTableModel *model, QWidget *parent)
    : QFrame(parent), m_kind(kind), m_model(model), m_title(new QLabel(this)), m_tableToggle(new QToolButton(this)),
      m_save(new QToolButton(this)), m_stack(new QStackedWidget(this)), m_view(new QChartView(new QChart, this)),
      m_table(new QTableView(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_tableToggle->setCheckable(true);
    m_tableToggle->setObjectName(QStringLiteral("chartTableToggle"));
    m_save->setObjectName(QStringLiteral("chartSavePng"));

    QChart *chart = m_view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus); // nothing to do there with keys; the table is the way in
    m_view->setMinimumHeight(240);

    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_tableToggle);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_tableToggle, &QToolButton::toggled, this, [this](bool table) { m_stack->setCurrentIndex(table ? 1 : 0); });
    connect(m_save, &QToolButton::clicked, this, &ChartCard::chooseFile);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChartCard::rebuild);
    retranslate();
    rebuild();
}

void ChartCard::setTitle(const QString &title)
{
    m_title->setText(title);
    retranslate();
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setChartColumns(const QList<int> &columns)
{
    m_columns = columns;
    rebuild();
}

void ChartCard::setPercentAxis(bool percent)
{
    m_percentAxis = percent;
    rebuild();
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

bool ChartCard::showsTable() const
{
    return m_tableToggle->isChecked();
}

void ChartCard::showTable(bool table)
{
    m_tableToggle->setChecked(table);
}

QList<int> ChartCard::drawnColumns() const
{
    QList<int> columns;
    for (int c = 0; c < m_model->valueColumnCount(); ++c) {
        if (m_columns.isEmpty() || m_columns.contains(c))
            columns.append(c);
    }
    return columns;
}

void ChartCard::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QList<int> columns = drawnColumns();
    const int rows = m_model->rowCount();
    if (rows == 0 || columns.isEmpty())
        return;
    // Qt Charts does not mirror itself: right to left (Arabic), time runs from right to left, the value
    // axis stands on the right and horizontal bars grow from the right.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const bool horizontal = m_kind == Kind::HorizontalBars;
    QList<int> order;
    for (int row = 0; row < rows; ++row) // a horizontal chart draws its first category at the bottom:
        order.append(horizontal || rightToLeft ? rows - 1 - row : row); // reversed, it reads like the table
    double largest = 0;
    for (int column : columns)
        for (int row = 0; row < rows; ++row)
            largest = qMax(largest, m_model->value(row, column));

    if (m_kind == Kind::Pie) {
        auto *series = new QPieSeries;
        for (int row = 0; row < rows; ++row) {
            QPieSlice *slice = series->append(m_model->label(row), m_model->value(row, columns.first()));
            slice->setLabelVisible(slice->value() > 0);
        }
        chart->addSeries(series);
        chart->legend()->setVisible(true);
        return;
    }

    auto *categories = new QBarCategoryAxis;
    const QStringList labels = uniqueLabels(*m_model, order);
    categories->append(labels);
    if (rows > UprightLabels)
        categories->setLabelsAngle(-90);
    if (rows > HiddenLabels) {
        categories->setLabelsVisible(false);
        categories->setTitleText(tr("%1 to %2").arg(m_model->label(0), m_model->label(rows - 1)));
    }
    auto *values = new QValueAxis;
    values->setRange(0, m_percentAxis ? 100 : qMax(1.0, largest));
    if (!m_percentAxis)
        values->applyNiceNumbers();
    values->setLabelFormat(m_percentAxis || m_model->column(columns.first()).format == ChartTableModel::Format::Count
                               ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    const Qt::Alignment start = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    chart->addAxis(categories, horizontal ? start : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : start);
    values->setReverse(horizontal && rightToLeft);

    if (m_kind == Kind::Line) {
        for (int column : columns) {
            auto *series = new QLineSeries;
            series->setName(m_model->column(column).title);
            if (m_model->column(column).color.isValid())
                series->setColor(m_model->column(column).color);
            for (int position = 0; position < rows; ++position)
                series->append(position, m_model->value(order.at(position), column));
            series->setPointsVisible(rows < HiddenPoints);
            chart->addSeries(series);
            series->attachAxis(categories);
            series->attachAxis(values);
        }
        return;
    }
    QAbstractBarSeries *series = m_kind == Kind::StackedBars ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
        : horizontal                                        ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    for (int column : columns) {
        auto *set = new QBarSet(m_model->column(column).title);
        if (m_model->column(column).color.isValid())
            set->setColor(m_model->column(column).color);
        for (int row : std::as_const(order))
            set->append(m_model->value(row, column));
        series->append(set);
    }
    if (m_kind == Kind::StackedBars) { // the stack's height, not the tallest part, sets the axis
        double tallest = 0;
        for (int row = 0; row < rows; ++row) {
            double sum = 0;
            for (int column : columns)
                sum += m_model->value(row, column);
            tallest = qMax(tallest, sum);
        }
        values->setRange(0, qMax(1.0, tallest));
        values->applyNiceNumbers();
    }
    chart->addSeries(series);
    chart->legend()->setVisible(columns.size() > 1);
    series->attachAxis(categories);
    series->attachAxis(values);
}

bool ChartCard::savePng(const QString &path)
{
    if (m_view->size().isEmpty())
        m_view->resize(m_stack->size().isEmpty() ? QSize(640, 360) : m_stack->size());
    const QPixmap image = m_view->grab();
    return !image.isNull() && image.save(path, "PNG");
}

void ChartCard::chooseFile()
{
    QString name = title().simplified();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the chart as an image"), name + QStringLiteral(".png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    emit message(savePng(path) ? tr("Chart saved to %1.").arg(path) : tr("Could not write the image %1.").arg(path));
}

void ChartCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange)
        rebuild();
    QFrame::changeEvent(event);
}

void ChartCard::retranslate()
{
    m_tableToggle->setText(tr("Table"));
    m_save->setText(tr("Save as PNG…"));
    m_tableToggle->setAccessibleName(tr("Show %1 as a table").arg(title()));
    m_save->setAccessibleName(tr("Save %1 as a PNG image").arg(title()));
    m_view->setAccessibleName(tr("Chart: %1").arg(title()));
    m_table->setAccessibleName(tr("Table: %1").arg(title()));
}
