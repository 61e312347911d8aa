// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/demoparts.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

QLabel *DemoParts::makeLabel(QWidget *parent, const char *objectName, double scale, bool bold)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QString DemoParts::bulletList(const QStringList &sentences)
{
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &sentence : sentences)
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

QScrollArea *DemoParts::explanationPanel(QWidget *parent, const QList<QLabel *> &labels, int maxWidth, int minWidth)
{
    auto *column = new QVBoxLayout;
    for (QLabel *label : labels)
        column->addWidget(label);
    column->addStretch();
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setLayout(column);
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(frame);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMaximumWidth(maxWidth);
    if (minWidth > 0)
        scroll->setMinimumWidth(minWidth);
    return scroll;
}
