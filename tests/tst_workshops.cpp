// SPDX-License-Identifier: GPL-3.0-or-later
// Sites, facilitators and workshops in the stores: create, edit, duplicate, cancel, a series across
// a clock change, list filters, attendance counts, month keys, weeks and months; and
// `workshops list --format json`. The screens are in tst_workshopsui.
#include "testsupport.h"
#include "workshoptests.h"

#include "cli/cli.h"
#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "storage/database.h"
#include "workshops/workshopperiod.h"
#include "workshops/workshopseries.h"
#include "workshops/workshopstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace WorkshopTests;

class WorkshopsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A zone with a daylight-saving change, whatever the machine's: the series test needs one.
        qputenv("TZ", "Europe/Brussels");
        tzset();
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QVERIFY(m_library.module(QStringLiteral("sample-basics")));
    }

    void init()
    {
        m_db = std::make_unique<Database>(QStringLiteral("workshops%1").arg(++m_count));
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(m_count))).ok());
    }

    void cleanup() { m_db.reset(); }

    void sitesNeedDistinctNames()
    {
        SiteStore sites(m_db->connection());
        const Result<qint64> echo = sites.add({0, {}, QStringLiteral("Espace Écho"), QStringLiteral("Rue Haute 1")});
        QVERIFY2(echo, qPrintable(echo.error()));
        QVERIFY(sites.add({0, {}, QStringLiteral("Atelier Nord"), {}}));
        QVERIFY(!sites.add({0, {}, QStringLiteral("  "), {}}));
        const Result<qint64> duplicate = sites.add({0, {}, QStringLiteral("espace echo"), {}});
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().contains(QStringLiteral("Espace Écho")));
        QCOMPARE(sites.all()->size(), 2);

        Site renamed = *sites.get(*echo);
        QCOMPARE(renamed.address, QStringLiteral("Rue Haute 1"));
        renamed.name = QStringLiteral("Espace Écho (Marolles)");
        QVERIFY(sites.update(renamed));
        QCOMPARE(sites.get(*echo)->name, QStringLiteral("Espace Écho (Marolles)"));
        QCOMPARE(sites.all()->first().name, QStringLiteral("Atelier Nord")); // by name
        renamed.name = QStringLiteral("ATELIER NORD");
        QVERIFY(!sites.update(renamed));
        QCOMPARE(sites.get(*echo)->name, QStringLiteral("Espace Écho (Marolles)")); // refused: unchanged
    }

    void facilitatorWhoLedWorkshopsIsDeactivatedNotDeleted()
    {
        FacilitatorStore facilitators(m_db->connection());
        QVERIFY(!facilitators.add({0, {}, 0, QStringLiteral(" "), {}, true}));
        QVERIFY(!facilitators.add({0, {}, 0, QStringLiteral("Sam"), QStringLiteral("not an address"), true}));
        const qint64 amina = *facilitators.add({0, {}, 0, QStringLiteral("Amina"), QStringLiteral("amina@example.org"), true});
        const qint64 sam = *facilitators.add({0, {}, 0, QStringLiteral("Sam"), {}, true});
        const qint64 workshop = *WorkshopStore(m_db->connection()).add(makeWorkshop(QStringLiteral("Data"), at("2026-03-02T10:00"), 0, amina));

        const Result<FacilitatorStore::Removal> aminaRemoval = facilitators.remove(amina);
        QVERIFY2(aminaRemoval, qPrintable(aminaRemoval.error()));
        QCOMPARE(*aminaRemoval, FacilitatorStore::Removal::Deactivated);
        QCOMPARE(*facilitators.remove(sam), FacilitatorStore::Removal::Deleted);
        QVERIFY(!facilitators.get(sam));
        QVERIFY(!facilitators.get(amina)->active);
        QVERIFY(facilitators.list(false)->isEmpty());
        QCOMPARE(facilitators.list(true)->size(), 1);
        // The workshop keeps its facilitator's name for the reports already given.
        QCOMPARE(WorkshopStore(m_db->connection()).get(workshop)->facilitatorName, QStringLiteral("Amina"));
        QVERIFY(facilitators.setActive(amina, true));
        QCOMPARE(facilitators.list(false)->size(), 1);
    }

    void createEditDuplicateCancel()
    {
        const QSqlDatabase db = m_db->connection();
        WorkshopStore store(db);
        const qint64 site = *SiteStore(db).add({0, {}, QStringLiteral("Espace Écho"), {}});
        Workshop w = makeWorkshop(QStringLiteral("Fake news"), at("2026-03-10T14:00"), site, 0, {QStringLiteral("m2"), QStringLiteral("m1")});
        w.place = QStringLiteral("Room 2");
        w.capacity = 12;
        w.format = Workshop::Format::Individual;
        w.notes = QStringLiteral("Bring the projector");
        const qint64 id = *store.add(w);
        Workshop stored = *store.get(id);
        QCOMPARE(stored.title, w.title);
        QCOMPARE(stored.start, w.start);
        QCOMPARE(stored.siteName, QStringLiteral("Espace Écho"));
        QCOMPARE(stored.place, w.place);
        QCOMPARE(stored.capacity, 12);
        QCOMPARE(stored.format, Workshop::Format::Individual);
        QCOMPARE(stored.modules, (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
        QVERIFY(!stored.uuid.isEmpty());

        stored.title = QStringLiteral("Fake news and images");
        stored.modules = {QStringLiteral("m3")};
        stored.capacity = 0;
        QVERIFY(store.update(stored));
        QCOMPARE(store.get(id)->title, stored.title);
        QCOMPARE(store.get(id)->modules, QStringList{QStringLiteral("m3")});
        QCOMPARE(store.get(id)->capacity, 0);

        // Bad input is refused and changes nothing.
        Workshop untitled = stored;
        untitled.title.clear();
        QVERIFY(!store.update(untitled));
        QVERIFY(!store.add(untitled));
        QCOMPARE(store.get(id)->title, stored.title);
        QCOMPARE(countRows(db, QStringLiteral("workshops")), 1);

        addAttendance(db, id, QStringLiteral("Nadia"), QStringLiteral("present"));
        const Result<qint64> copyId = store.duplicate(id);
        QVERIFY2(copyId, qPrintable(copyId.error()));
        const Workshop copy = *store.get(*copyId);
        QCOMPARE(copy.start, at("2026-03-17T14:00"));
        QCOMPARE(copy.title, stored.title);
        QCOMPARE(copy.modules, stored.modules);
        QCOMPARE(copy.siteId, site);
        QCOMPARE(copy.notes, w.notes);
        QVERIFY(copy.uuid != stored.uuid);
        WorkshopFilter all;
        const QList<Workshop> listed = *store.list(all);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).present, 1);
        QCOMPARE(listed.at(1).registered, 0); // no attendance copied
        QCOMPARE(store.get(*store.duplicate(id, at("2026-04-01T09:30")))->start, at("2026-04-01T09:30"));

        QVERIFY(store.cancel(id));
        QVERIFY(store.get(id)->isCancelled());
        QCOMPARE(store.list(all)->first().present, 1); // attendance kept
        all.includeCancelled = false;
        QVERIFY(!titles(*store.list(all)).isEmpty());
        const QList<Workshop> planned = *store.list(all);
        for (const Workshop &listedWorkshop : planned)
            QVERIFY(listedWorkshop.id != id);
        QVERIFY(store.reinstate(id));
        QVERIFY(!store.get(id)->isCancelled());
        QVERIFY(!store.cancel(9999));
    }

    void weeklySeriesKeepsLocalTimeAcrossClockChange()
    {
        if (at("2026-03-19T14:00").offsetFromUtc() != 3600 || at("2026-04-02T14:00").offsetFromUtc() != 7200)
            QSKIP("The Europe/Brussels time zone is not available here");
        WorkshopStore store(m_db->connection());
        Workshop first = makeWorkshop(QStringLiteral("Understanding AI"), at("2026-03-19T14:00"), 0, 0, {QStringLiteral("ai")});
        const Result<QList<qint64>> ids = store.addSeries(first, WorkshopSeries(7, 5));
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(ids->size(), 5);
        const QStringList expected{QStringLiteral("2026-03-19T14:00"), QStringLiteral("2026-03-26T14:00"), QStringLiteral("2026-04-02T14:00"),
                                   QStringLiteral("2026-04-09T14:00"), QStringLiteral("2026-04-16T14:00")};
        QStringList starts;
        QString series;
        for (qint64 id : *ids) {
            const Workshop w = *store.get(id);
            starts << w.start.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
            QVERIFY(!w.seriesUuid.isEmpty());
            QVERIFY(series.isEmpty() || series == w.seriesUuid);
            series = w.seriesUuid;
            QCOMPARE(w.modules, QStringList{QStringLiteral("ai")});
        }
        QCOMPARE(starts, expected);
        // Same local time, so the UTC time moved by the clock change: 13:00Z then 12:00Z.
        QCOMPARE(store.get(ids->at(1))->start.toUTC().time(), QTime(13, 0));
        QCOMPARE(store.get(ids->at(2))->start.toUTC().time(), QTime(12, 0));

        const QList<QDateTime> everyThreeDays = WorkshopSeries(3, 3).dates(at("2026-03-28T10:00"));
        QCOMPARE(everyThreeDays, (QList<QDateTime>{at("2026-03-28T10:00"), at("2026-03-31T10:00"), at("2026-04-03T10:00")}));

        // A refused series writes nothing.
        QVERIFY(!store.addSeries(first, WorkshopSeries(7, 0)));
        QVERIFY(!store.addSeries(first, WorkshopSeries(0, 3)));
        first.title.clear();
        QVERIFY(!store.addSeries(first, WorkshopSeries(7, 3)));
        QCOMPARE(countRows(m_db->connection(), QStringLiteral("workshops")), 5);
    }

    void listFilters()
    {
        const QSqlDatabase db = m_db->connection();
        WorkshopStore store(db);
        const qint64 north = *SiteStore(db).add({0, {}, QStringLiteral("North"), {}});
        const qint64 south = *SiteStore(db).add({0, {}, QStringLiteral("South"), {}});
        const qint64 amina = *FacilitatorStore(db).add({0, {}, 0, QStringLiteral("Amina"), {}, true});
        store.add(makeWorkshop(QStringLiteral("A"), at("2026-03-01T23:00"), north, amina, {QStringLiteral("data")}));
        store.add(makeWorkshop(QStringLiteral("B"), at("2026-03-15T10:00"), south, 0, {QStringLiteral("ai"), QStringLiteral("data")}));
        const qint64 c = *store.add(makeWorkshop(QStringLiteral("C"), at("2026-03-31T23:30"), north, 0, {QStringLiteral("ai")}));
        store.add(makeWorkshop(QStringLiteral("D"), at("2026-04-01T00:00"), south, amina));
        QVERIFY(store.cancel(c));

        WorkshopFilter march;
        march.from = QDate(2026, 3, 1);
        march.to = QDate(2026, 3, 31); // inclusive, to the last minute
        QCOMPARE(titles(*store.list(march)), (QStringList{"A", "B", "C"}));
        WorkshopFilter f = march;
        f.siteId = north;
        QCOMPARE(titles(*store.list(f)), (QStringList{"A", "C"}));
        f = {};
        f.facilitatorId = amina;
        QCOMPARE(titles(*store.list(f)), (QStringList{"A", "D"}));
        f = {};
        f.moduleId = QStringLiteral("ai");
        QCOMPARE(titles(*store.list(f)), (QStringList{"B", "C"}));
        f.includeCancelled = false;
        QCOMPARE(titles(*store.list(f)), (QStringList{"B"}));
        f = {};
        f.now = at("2026-03-15T11:00"); // B (10:00, 90 minutes) is under way: still upcoming
        f.when = WorkshopFilter::When::Upcoming;
        QCOMPARE(titles(*store.list(f)), (QStringList{"B", "C", "D"}));
        f.when = WorkshopFilter::When::Past;
        QCOMPARE(titles(*store.list(f)), (QStringList{"A"}));
        f.now = at("2026-03-15T11:30");
        QCOMPARE(titles(*store.list(f)), (QStringList{"A", "B"}));
    }

    void attendanceCountsInTheList()
    {
        const QSqlDatabase db = m_db->connection();
        WorkshopStore store(db);
        const qint64 id = *store.add(makeWorkshop(QStringLiteral("Counts"), at("2026-05-04T14:00")));
        store.add(makeWorkshop(QStringLiteral("Empty"), at("2026-05-05T14:00")));
        int n = 0;
        for (const char *status : {"registered", "registered", "present", "present", "late", "excused", "absent"})
            addAttendance(db, id, QStringLiteral("L%1").arg(++n), QLatin1String(status));
        const QList<Workshop> listed = *store.list();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).registered, 7);
        QCOMPARE(listed.at(0).present, 3); // present + late
        QCOMPARE(listed.at(0).excused, 1);
        QCOMPARE(listed.at(0).absent, 1);
        QCOMPARE(listed.at(1).registered, 0);
    }

    void monthKeyIsStoredWithTheWorkshop()
    {
        QCOMPARE(WorkshopStore::monthKey(at("2026-03-31T23:30")), 202603);
        QCOMPARE(WorkshopStore::monthKey(at("2026-12-01T00:00")), 202612);
        WorkshopStore store(m_db->connection());
        const qint64 id = *store.add(makeWorkshop(QStringLiteral("M"), at("2026-03-31T23:30")));
        auto storedKey = [&] {
            QSqlQuery query(QStringLiteral("SELECT start_month FROM workshops WHERE id = %1").arg(id), m_db->connection());
            return query.next() ? query.value(0).toInt() : 0;
        };
        QCOMPARE(storedKey(), 202603);
        Workshop moved = *store.get(id);
        moved.start = at("2026-04-01T09:00");
        QVERIFY(store.update(moved));
        QCOMPARE(storedKey(), 202604);
        QCOMPARE(WorkshopStore(m_db->connection()).get(*store.duplicate(id)).value().start, at("2026-04-08T09:00"));
    }

    void weeksAndMonths()
    {
        const WorkshopPeriod week(WorkshopPeriod::Kind::Week, QDate(2026, 3, 19), Qt::Monday);
        QCOMPARE(week.from(), QDate(2026, 3, 16));
        QCOMPARE(week.to(), QDate(2026, 3, 22));
        QCOMPARE(week.next().from(), QDate(2026, 3, 23));
        QCOMPARE(week.previous().to(), QDate(2026, 3, 15));
        QCOMPARE(WorkshopPeriod(WorkshopPeriod::Kind::Week, QDate(2026, 3, 16), Qt::Monday).from(), QDate(2026, 3, 16));
        QCOMPARE(WorkshopPeriod(WorkshopPeriod::Kind::Week, QDate(2026, 3, 22), Qt::Monday).from(), QDate(2026, 3, 16));
        QCOMPARE(WorkshopPeriod(WorkshopPeriod::Kind::Week, QDate(2026, 3, 19), Qt::Saturday).from(), QDate(2026, 3, 14));
        const WorkshopPeriod month(WorkshopPeriod::Kind::Month, QDate(2026, 3, 19));
        QCOMPARE(month.from(), QDate(2026, 3, 1));
        QCOMPARE(month.to(), QDate(2026, 3, 31));
        QCOMPARE(month.previous().to(), QDate(2026, 2, 28));
        QCOMPARE(month.label(QLocale(QLocale::English)), QStringLiteral("March 2026"));
        QCOMPARE(month.label(QLocale(QLocale::French)), QStringLiteral("mars 2026"));
    }

    void cliListsWorkshopsAsJson()
    {
        const QSqlDatabase db = m_db->connection();
        WorkshopStore store(db);
        const qint64 north = *SiteStore(db).add({0, {}, QStringLiteral("North"), {}});
        const qint64 amina = *FacilitatorStore(db).add({0, {}, 0, QStringLiteral("Amina"), {}, true});
        const qint64 id = *store.add(makeWorkshop(QStringLiteral("Données"), at("2026-03-10T14:00"), north, amina,
                                                  {QStringLiteral("ai"), QStringLiteral("data")}));
        store.add(makeWorkshop(QStringLiteral("Later"), at("2026-04-10T14:00")));
        addAttendance(db, id, QStringLiteral("Nadia"), QStringLiteral("late"));
        addAttendance(db, id, QStringLiteral("Omar"), QStringLiteral("registered"));

        // Run through workshopCommands() directly, whether or not cli.cpp lists the area yet.
        auto run = [&](const QStringList &args, QString *out, QString *err) {
            for (const CliCommand &command : workshopCommands()) {
                if (command.name != QLatin1String("workshops list"))
                    continue;
                QTextStream outStream(out), errStream(err);
                CliContext context(args, m_db->path(), outStream, errStream);
                const int code = command.run(context);
                outStream.flush();
                errStream.flush();
                return code;
            }
            return -1;
        };
        QString out, err;
        QCOMPARE(run({QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31"),
                      QStringLiteral("--format"), QStringLiteral("json")}, &out, &err),
                 int(ExitOk));
        const QJsonArray json = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(json.size(), 1);
        const QJsonObject w = json.first().toObject();
        QCOMPARE(w.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-10T14:00"));
        QCOMPARE(w.value(QStringLiteral("title")).toString(), QStringLiteral("Données"));
        QCOMPARE(w.value(QStringLiteral("site")).toString(), QStringLiteral("North"));
        QCOMPARE(w.value(QStringLiteral("facilitator")).toString(), QStringLiteral("Amina"));
        QCOMPARE(w.value(QStringLiteral("modules")).toArray(), (QJsonArray{QStringLiteral("ai"), QStringLiteral("data")}));
        QCOMPARE(w.value(QStringLiteral("registered")).toInt(), 2);
        QCOMPARE(w.value(QStringLiteral("present")).toInt(), 1);
        QCOMPARE(w.value(QStringLiteral("status")).toString(), QStringLiteral("planned"));

        out.clear();
        QCOMPARE(run({}, &out, &err), int(ExitOk));
        QCOMPARE(out.count(QLatin1Char('\n')), 2);
        QVERIFY(out.contains(QStringLiteral("2026-03-10T14:00\tDonnées\tNorth\tAmina\tai,data")));
        err.clear();
        QCOMPARE(run({QStringLiteral("--from"), QStringLiteral("10/03/2026")}, &out, &err), int(ExitUsage));
        QVERIFY(err.contains(QStringLiteral("10/03/2026")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_count = 0;
    ModuleLibrary m_library{QStringLiteral(MEDIATELIER_FIXTURES "/packs"), QStringLiteral("/nonexistent")};
};

QTEST_MAIN(WorkshopsTest)
#include "tst_workshops.moc"
