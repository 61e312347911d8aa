// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/placeholderscreen.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderScreen::PlaceholderScreen(Kind kind, QWidget *parent)
    : Screen(parent), m_kind(kind), m_heading(new QLabel(this)), m_text(new QLabel(this))
{
    m_heading->setProperty("role", QStringLiteral("screenTitle"));
    m_heading->setObjectName(QStringLiteral("screenTitle"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addStretch();
    retranslate();
}

QString PlaceholderScreen::title() const
{
    switch (m_kind) {
    case Kind::Reports: return tr("Reports");
    }
    return {};
}

void PlaceholderScreen::retranslate()
{
    m_heading->setText(title());
    QString text;
    switch (m_kind) {
    case Kind::Reports: text = tr("Attendance and results reports for coordinators will appear here."); break;
    }
    m_text->setText(text + QLatin1Char('\n') + tr("This part of Mediatelier is not ready yet."));
    m_text->setAccessibleName(m_text->text());
}
