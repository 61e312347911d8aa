// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textfold.h"

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded += QLatin1Char(' ');
            pendingSpace = false;
        }
        switch (c.unicode()) {
        case 0x0152: case 0x0153: folded += QLatin1String("oe"); break; // Œ œ
        case 0x00C6: case 0x00E6: folded += QLatin1String("ae"); break; // Æ æ
        case 0x00DF: folded += QLatin1String("ss"); break;              // ß
        case 0x2019: case 0x2018: folded += QLatin1Char('\''); break;   // typographic apostrophes
        default: folded += c.toLower(); break;
        }
    }
    return folded;
}
