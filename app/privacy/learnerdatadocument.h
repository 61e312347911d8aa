// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class LearnerDataExport;
class QTextDocument;

// The readable side of a learner's data export: the same facts as the JSON under plain-language
// headings ("Who you are", "Workshops you came to"…), in the interface language, for the person to
// read or take away.
class LearnerDataDocument
{
    Q_DECLARE_TR_FUNCTIONS(LearnerDataDocument)
public:
    explicit LearnerDataDocument(const LearnerDataExport &data) : m_data(data) {}

    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    QString pageHeader() const;
    Status writePdf(const QString &path) const;

private:
    QString profileHtml() const;
    QString attendanceHtml() const;
    QString progressHtml() const;
    QString quizzesHtml() const;
    QString dateTime(const QString &iso) const;
    QString moduleTitle(const QString &moduleId) const;

    const LearnerDataExport &m_data;
};
