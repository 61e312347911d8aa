// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct Facilitator
{
    qint64 id = 0;
    QString uuid;
    qint64 siteId = 0; // 0: no home site
    QString displayName;
    QString email;
    bool active = true;
};

// The mediators who lead workshops. One who led a workshop is deactivated rather than deleted, so
// that past workshops and funders' reports keep their facilitator's name.
class FacilitatorStore
{
    Q_DECLARE_TR_FUNCTIONS(FacilitatorStore)
public:
    enum class Removal { Deleted, Deactivated };

    explicit FacilitatorStore(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<qint64> add(const Facilitator &facilitator);
    Status update(const Facilitator &facilitator);
    Result<Facilitator> get(qint64 id) const;
    // By name; inactive facilitators only when asked (the workshop editor offers active ones).
    Result<QList<Facilitator>> list(bool includeInactive = false) const;
    Status setActive(qint64 id, bool active);
    // Deletes a facilitator who never led a workshop; deactivates one who did.
    Result<Removal> remove(qint64 id);
    Result<int> workshopCount(qint64 id) const;

private:
    Status validate(const Facilitator &facilitator) const;
    QSqlDatabase m_db;
};
