// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appearance.h"

#include "core/settings.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QRegularExpression>
#include <QStyle>

namespace {

QString readStyle(const QString &resource)
{
    QFile file(resource);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The font the system gave the application before any zoom: the zoom always starts from it.
QFont &systemFont()
{
    static QFont font = QApplication::font();
    return font;
}

// Black on white with a strong yellow selection and dark blue links: contrast ratios above 7:1
// (WCAG AAA) for text, and focus drawn by the style sheet as a thick border.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xd7, 0x00), blue(0x00, 0x00, 0x9e);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, black);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
        p.setColor(group, QPalette::Text, black);
        p.setColor(group, QPalette::Button, white);
        p.setColor(group, QPalette::ButtonText, black);
        p.setColor(group, QPalette::Highlight, yellow);
        p.setColor(group, QPalette::HighlightedText, black);
        p.setColor(group, QPalette::ToolTipBase, white);
        p.setColor(group, QPalette::ToolTipText, black);
        p.setColor(group, QPalette::Link, blue);
        p.setColor(group, QPalette::PlaceholderText, QColor(0x33, 0x33, 0x33));
    }
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x44, 0x44, 0x44));
    return p;
}

} // namespace

QString Appearance::scaledStyleSheet(const QString &styleSheet, int percent)
{
    static const QRegularExpression size(QStringLiteral("(\\d+(?:\\.\\d+)?)(pt|px)\\b"));
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : size.globalMatch(styleSheet)) {
        out += styleSheet.mid(last, m.capturedStart() - last);
        const double value = m.captured(1).toDouble() * percent / 100.0;
        // Borders of 1–2 px stay visible: never scale a size below 1.
        out += QString::number(qMax(1.0, qRound(value * 10) / 10.0)) + m.captured(2);
        last = m.capturedEnd();
    }
    out += styleSheet.mid(last);
    return out;
}

void Appearance::applySaved()
{
    systemFont(); // remember the unzoomed font before the first change
    apply();
}

int Appearance::zoom() { return qBound(MinZoom, Settings::interfaceZoom(), MaxZoom); }

void Appearance::setZoom(int percent)
{
    Settings::setInterfaceZoom(qBound(MinZoom, percent, MaxZoom));
    apply();
}

bool Appearance::highContrast() { return Settings::highContrast(); }

void Appearance::setHighContrast(bool on)
{
    Settings::setHighContrast(on);
    apply();
}

void Appearance::apply()
{
    const int percent = zoom();
    QFont font = systemFont();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * percent / 100.0);
    else
        font.setPixelSize(qRound(font.pixelSize() * percent / 100.0));
    QApplication::setFont(font);

    QString style = readStyle(QStringLiteral(":/style/mediatelier.qss"));
    if (highContrast()) {
        style += readStyle(QStringLiteral(":/style/high-contrast.qss"));
        QApplication::setPalette(highContrastPalette());
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    qApp->setStyleSheet(scaledStyleSheet(style, percent));
}
