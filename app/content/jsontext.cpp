// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/jsontext.h"

#include <QJsonParseError>

bool JsonText::parse(const QByteArray &bytes)
{
    m_bytes = bytes;
    m_text = QString::fromUtf8(bytes);
    QJsonParseError error;
    m_document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        m_error = error.errorString();
        m_errorLine = int(m_bytes.left(error.offset).count('\n')) + 1;
        return false;
    }
    m_error.clear();
    m_errorLine = 0;
    return true;
}

int JsonText::lineOfOffset(qsizetype offset) const
{
    return int(m_text.left(offset).count(QLatin1Char('\n'))) + 1;
}

int JsonText::lineOfKey(const QString &key, int occurrence) const
{
    const QString needle = QLatin1Char('"') + key + QLatin1Char('"');
    qsizetype position = -1;
    for (int i = 0; i <= occurrence; ++i) {
        position = m_text.indexOf(needle, position + 1);
        while (position >= 0) {
            // A key is followed (after spaces) by a colon.
            qsizetype after = position + needle.size();
            while (after < m_text.size() && m_text.at(after).isSpace())
                ++after;
            if (after < m_text.size() && m_text.at(after) == QLatin1Char(':'))
                break;
            position = m_text.indexOf(needle, position + 1);
        }
        if (position < 0)
            return 0;
    }
    return lineOfOffset(position);
}

int JsonText::lineOfString(const QString &value, int occurrence) const
{
    const QString needle = QLatin1Char('"') + value + QLatin1Char('"');
    qsizetype position = -1;
    for (int i = 0; i <= occurrence; ++i) {
        position = m_text.indexOf(needle, position + 1);
        if (position < 0)
            return 0;
    }
    return lineOfOffset(position);
}
