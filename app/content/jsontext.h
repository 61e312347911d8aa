// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QString>

// A JSON file kept with its text, so that faults can be reported with a line number: QJsonDocument
// knows nothing of lines.
class JsonText
{
public:
    // Parses bytes; on failure error() says what and errorLine() where.
    bool parse(const QByteArray &bytes);
    const QJsonDocument &document() const { return m_document; }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    int lineOfOffset(qsizetype offset) const;
    // The line of the n-th (0-based) occurrence of "key": in the text; 0 when absent.
    int lineOfKey(const QString &key, int occurrence = 0) const;
    // The line of the n-th (0-based) string equal to value; 0 when absent.
    int lineOfString(const QString &value, int occurrence = 0) const;

private:
    QByteArray m_bytes;
    QString m_text;
    QJsonDocument m_document;
    QString m_error;
    int m_errorLine = 0;
};
