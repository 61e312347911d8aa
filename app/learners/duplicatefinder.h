// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

struct Learner;

// The rule that says two records probably describe the same person: the same folded display name, or
// the same first and last name, together with the same postcode; or the same contact key (e-mail or
// phone). Holds an in-memory index so that an import of thousands of rows checks each one at once.
class DuplicateFinder
{
public:
    // The keys under which a record is indexed; two records sharing any key are duplicates.
    static QStringList keys(const Learner &learner);
    static bool matches(const Learner &a, const Learner &b);

    // Remembers a record under its keys, with a tag chosen by the caller (a learner id, a row number).
    void insert(const Learner &learner, qint64 tag);
    // The tags of the remembered records that match, in ascending order, without repeats.
    QList<qint64> find(const Learner &learner) const;
    qsizetype size() const { return m_count; }

private:
    QHash<QString, QList<qint64>> m_index;
    qsizetype m_count = 0;
};
