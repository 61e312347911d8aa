// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by tst_workshops and tst_workshopsui: workshops to store, attendance rows written
// with test-only SQL (the attendance store belongs to another area), modal dialogs driven by timers.

#include "storage/database.h"
#include "workshops/workshop.h"
#include "workshops/workshoptablemodel.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <functional>

namespace WorkshopTests {


inline Workshop makeWorkshop(const QString &title, const QDateTime &start, qint64 siteId = 0, qint64 facilitatorId = 0,
                      const QStringList &modules = {})
{
    Workshop w;
    w.title = title;
    w.start = start;
    w.siteId = siteId;
    w.facilitatorId = facilitatorId;
    w.modules = modules;
    return w;
}

inline QDateTime at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), QStringLiteral("yyyy-MM-ddTHH:mm"));
}

// Test-only SQL: attendance rows as the check-in screen would write them (that store is not ours).
inline void addAttendance(const QSqlDatabase &db, qint64 workshopId, const QString &learnerName, const QString &status)
{
    QSqlQuery learner(db);
    QVERIFY(learner.prepare(QStringLiteral("INSERT INTO learners (uuid, display_name, search_key, created_at, updated_at) "
                                           "VALUES (lower(hex(randomblob(16))), :name, lower(:name), 'now', 'now')")));
    learner.bindValue(QStringLiteral(":name"), learnerName);
    QVERIFY2(learner.exec(), qPrintable(learner.lastError().text()));
    QSqlQuery row(db);
    QVERIFY(row.prepare(QStringLiteral("INSERT INTO attendance (uuid, workshop_id, learner_id, status, created_at, updated_at) "
                                       "VALUES (lower(hex(randomblob(16))), :w, :l, :s, 'now', 'now')")));
    row.bindValue(QStringLiteral(":w"), workshopId);
    row.bindValue(QStringLiteral(":l"), learner.lastInsertId());
    row.bindValue(QStringLiteral(":s"), status);
    QVERIFY2(row.exec(), qPrintable(row.lastError().text()));
}

inline int countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(QStringLiteral("SELECT COUNT(*) FROM ") + table, db);
    return query.next() ? query.value(0).toInt() : -1;
}

inline QStringList titles(const QList<Workshop> &workshops)
{
    QStringList result;
    for (const Workshop &w : workshops)
        result << w.title;
    return result;
}

inline QStringList tableTitles(const WorkshopTableModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, WorkshopTableModel::TitleColumn).data().toString();
    return result;
}

inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MEDIATELIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
}

// Runs `fn` on the next modal dialog of type T once it shows (dialogs are exec()'d; a mnemonic
// "clicks" its button after a short animation, so the dialog opens inside a later event loop).
template <typename T>
void onModal(std::function<void(T *)> fn, bool *done = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fn, done] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible() || !dialog->isActiveWindow()) // keys go to the active window
            return;
        timer->stop();
        timer->deleteLater();
        fn(dialog);
        // A failed check inside fn must not leave the test blocked in the dialog's exec().
        if (auto *open = qobject_cast<QDialog *>(dialog); open && open->isVisible() && QTest::currentTestFailed())
            open->reject();
        if (done)
            *done = true;
    });
    timer->start();
}

} // namespace WorkshopTests
