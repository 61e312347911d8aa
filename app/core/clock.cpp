// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/clock.h"

#include <QDateTime>
#include <QUuid>

QString Stamp::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString Stamp::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Stamp::nowUtcMs()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
