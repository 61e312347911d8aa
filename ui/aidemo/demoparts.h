// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <QList>

class QLabel;
class QScrollArea;
class QWidget;

// Small pieces shared by the demonstration widgets: large projected labels and bullet lists.
namespace DemoParts {
// A word-wrapped rich-text label, its font scaled (1.0 = the normal size) and optionally bold.
QLabel *makeLabel(QWidget *parent, const char *objectName, double scale, bool bold = false);
// The sentences as an HTML bullet list, each escaped.
QString bulletList(const QStringList &sentences);
// The "what this shows / what it simplifies" side panel: the labels in a framed column that
// scrolls, so that a low projector resolution never cuts a sentence off.
QScrollArea *explanationPanel(QWidget *parent, const QList<QLabel *> &labels, int maxWidth, int minWidth = 0);
} // namespace DemoParts
