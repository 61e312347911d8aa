// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Case- and accent-folded form of a text, for search keys: "Élodie  Œuvre" -> "elodie oeuvre".
// SQLite's lower() and LIKE fold ASCII only, so search keys are computed here.
QString foldForSearch(const QString &text);
