// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantMap>

// A prepared statement that reports its failure once, as a Status, instead of a warning after
// every line. Stores build every query through it.
class SqlStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqlStatement)
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    SqlStatement &bind(const QVariantMap &binds); // every placeholder → value of the map
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Runs a statement without parameters; for pragmas and schema scripts.
Status execSql(const QSqlDatabase &db, const QString &sql);

// Converts a possibly-empty string to SQL NULL, so that optional text columns hold NULL, never ''.
QVariant nullIfEmpty(const QString &text);

// An IMMEDIATE write transaction that rolls back unless committed. SQLite takes the write lock up
// front, so a transaction never fails half-way for want of a lock.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &status() const { return m_status; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_status;
    bool m_open = false;
};
