// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learners/csvreader.h"
#include "learners/learnerstore.h"
#include "storage/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// A CSV file of learners on its way into the database: its columns mapped to learner fields
// (guessed from French or English headers, adjustable), each row checked and compared with the stored
// learners and the earlier rows, and nothing written until run() without dry run, then all at once.
class LearnerImport
{
    Q_DECLARE_TR_FUNCTIONS(LearnerImport)
public:
    enum class Field { Ignore, DisplayName, FirstName, LastName, Phone, Email, AgeBand, Gender, Postcode, Notes,
                       ConsentDate, ConsentVersion };

    struct Row
    {
        enum class Outcome { Import, Duplicate, Rejected };
        int line = 0; // physical line of the file where the row starts
        Outcome outcome = Outcome::Import;
        Learner learner;
        QString reason;            // why rejected (translated)
        qint64 duplicateOfId = 0;  // a stored learner…
        QString duplicateOfName;   // …shown as "Amina (1000)"
        int duplicateOfLine = 0;   // …or an earlier row of the file
    };

    struct Report
    {
        QList<Row> rows;
        int imported = 0; // or "would be", on a dry run
        int duplicates = 0;
        int rejected = 0;
        bool written = false;
        QString describe(const Row &row) const; // one translated line of the row report
    };

    static QList<Field> allFields();
    static QString fieldLabel(Field field);
    static Field fieldForHeader(const QString &header);

    // Fails (with the file name) when the file cannot be read, is empty or has no name column.
    static Result<LearnerImport> fromFile(const QString &path);
    static Result<LearnerImport> fromBytes(const QByteArray &bytes, const QString &fileName);

    QString fileName() const { return m_fileName; }
    QChar separator() const { return m_table.separator; }
    QString encoding() const { return m_table.encoding; }
    QStringList headers() const { return m_headers; }
    int rowCount() const { return int(m_table.records.size()) - 1; }
    QList<CsvRecord> previewRecords(int count) const { return m_table.records.mid(1, count); }

    QList<Field> mapping() const { return m_mapping; }
    void setMapping(const QList<Field> &mapping);
    // Fails, naming the expected headers, when no column gives a name.
    Status checkMapping() const;

    // What an import would do; writes nothing.
    Result<Report> analyse(const QSqlDatabase &db) const;
    // Analyses, then (unless dryRun) adds every importable row in one transaction.
    Result<Report> run(const QSqlDatabase &db, bool dryRun) const;

private:
    Row readRow(const CsvRecord &record) const;

    QString m_fileName;
    CsvReader::Table m_table;
    QStringList m_headers;
    QList<Field> m_mapping;
};
