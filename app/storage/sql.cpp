// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sql.h"

#include <QSqlError>

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_prepared = m_query.prepare(sql);
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlStatement &SqlStatement::bind(const QVariantMap &binds)
{
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        m_query.bindValue(it.key(), it.value());
    return *this;
}

Status SqlStatement::exec()
{
    if (!m_prepared || !m_query.exec()) {
        const QSqlError error = m_query.lastError();
        return Status::failure(tr("The database refused an operation: %1")
                                   .arg(error.text().isEmpty() ? m_sql : error.text()));
    }
    return {};
}

Status execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return Status::failure(SqlStatement::tr("The database refused an operation: %1")
                                   .arg(query.lastError().text()));
    return {};
}

QVariant nullIfEmpty(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(trimmed);
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    m_status = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_status.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        execSql(m_db, QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status::failure(tr("The transaction was already closed.")) : m_status;
    m_open = false;
    Status status = execSql(m_db, QStringLiteral("COMMIT"));
    if (!status.ok())
        execSql(m_db, QStringLiteral("ROLLBACK"));
    return status;
}
