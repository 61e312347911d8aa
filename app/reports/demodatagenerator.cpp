// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/demodatagenerator.h"

#include "core/textfold.h"
#include "reports/demovocabulary.h"
#include "storage/sql.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>
#include <cmath>

#include <random>

namespace {

// Shapes of the generated network, tuned so that 10 years × 50 sites gives ≈20,000 learners,
// ≈40,000 workshops, ≈400,000 attendance rows and ≈1,000,000 quiz answers.
constexpr int NewLearnersPerSiteYear = 40;
constexpr double WorkshopChancePerWeekday = 0.32; // ≈80 workshops per site and year
constexpr double MeanStayDays = 240;               // how long a learner keeps coming
constexpr double QuizPairChance = 0.17;            // a present learner does the pre and post quiz
constexpr int QuestionsPerQuiz = 10;

class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}
    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_engine); }
    bool chance(double p) { return uniform() < p; }
    template <typename List>
    const auto &pick(const List &list) { return list.at(between(0, int(list.size()) - 1)); }
    // An index drawn with the given weights.
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        int index = 0;
        for (double w : weights) {
            if (x < w)
                return index;
            x -= w;
            ++index;
        }
        return index - 1;
    }
    // Seeded UUIDs, so that the same seed gives the same file (and the same pseudonyms).
    QString uuid()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        for (char &b : bytes)
            b = char(between(0, 255));
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    }

private:
    std::mt19937 m_engine;
};

// How busy a day is: no Sunday, a quieter Saturday, a near-empty August and Christmas fortnight.
double dayFactor(const QDate &day)
{
    if (day.dayOfWeek() == 7)
        return 0;
    double factor = day.dayOfWeek() == 6 ? 0.4 : 1.0;
    if (day.month() == 8)
        factor *= 0.15;
    else if (day.month() == 7)
        factor *= 0.6;
    else if ((day.month() == 12 && day.day() >= 20) || (day.month() == 1 && day.day() <= 3))
        factor *= 0.05;
    return factor;
}

struct DemoLearner
{
    qint64 id = 0;
    QDate arrival;
    QDate departure;
    double ability = 0.5; // share of right answers before the workshop
    bool attended = false;
};

struct Statements
{
    explicit Statements(const QSqlDatabase &db)
        : site(db, QStringLiteral("INSERT INTO sites (uuid, name, address, created_at, updated_at) VALUES (:uuid, :name, :address, :now, :now)")),
          facilitator(db, QStringLiteral("INSERT INTO facilitators (uuid, site_id, display_name, email, active, created_at, updated_at) "
                                         "VALUES (:uuid, :site, :name, :email, 1, :now, :now)")),
          learner(db, QStringLiteral("INSERT INTO learners (uuid, site_id, display_name, search_key, first_name, last_name, phone, email, "
                                     "age_band, gender, postcode, consent_date, consent_version, created_at, updated_at) VALUES (:uuid, :site, "
                                     ":display, :key, :first, :last, :phone, :email, :age, :gender, :postcode, :consent, '2024-01', :created, :created)")),
          workshop(db, QStringLiteral("INSERT INTO workshops (uuid, site_id, facilitator_id, title, search_key, starts_at, start_month, "
                                      "duration_minutes, capacity, format, status, created_at, updated_at) VALUES (:uuid, :site, :facilitator, "
                                      ":title, :key, :start, :month, :duration, 12, 'collective', :status, :created, :created)")),
          module(db, QStringLiteral("INSERT INTO workshop_modules (workshop_id, module_id) VALUES (:workshop, :module)")),
          attendance(db, QStringLiteral("INSERT INTO attendance (uuid, site_id, workshop_id, learner_id, status, checked_in_at, created_at, "
                                        "updated_at) VALUES (:uuid, :site, :workshop, :learner, :status, :checked, :created, :updated)")),
          attempt(db, QStringLiteral("INSERT INTO quiz_attempts (uuid, site_id, learner_id, module_id, workshop_id, kind, seed, started_at, "
                                     "finished_at, score, max_score, updated_at) VALUES (:uuid, :site, :learner, :module, :workshop, :kind, :seed, "
                                     ":started, :finished, :score, :max, :finished)")),
          answer(db, QStringLiteral("INSERT INTO quiz_answers (attempt_id, question_id, answer, credit, answered_at) "
                                    "VALUES (:attempt, :question, :answer, :credit, :at)"))
    {
    }
    SqlStatement site, facilitator, learner, workshop, module, attendance, attempt, answer;
};

QString utc(const QDateTime &local)
{
    return local.toUTC().toString(Qt::ISODateWithMs);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// One site's whole history, written as it is generated.
class SiteHistory
{
public:
    SiteHistory(Statements &sql, Random &random, DemoDataGenerator::Counts &counts, QDate first, QDate last)
        : m_sql(sql), m_random(random), m_counts(counts), m_first(first), m_last(last)
    {
    }

    Status write(int index, int years);

private:
    Status addSite(int index);
    Status addLearners(int count, const DemoVocabulary::Place &place);
    Status addWorkshop(const QDateTime &start);
    Status addQuizPair(const DemoLearner &learner, qint64 workshopId, const QString &moduleId, const QDateTime &start, int minutes);
    Status addAttempt(const DemoLearner &learner, qint64 workshopId, const QString &moduleId, const QString &kind, const QDateTime &at,
                      double rightChance);
    Status exec(SqlStatement &statement)
    {
        return statement.exec();
    }

    Statements &m_sql;
    Random &m_random;
    DemoDataGenerator::Counts &m_counts;
    QDate m_first;
    QDate m_last;
    qint64 m_siteId = 0;
    QList<qint64> m_facilitators;
    QList<DemoLearner> m_learners; // by arrival
    qsizetype m_nextArrival = 0;
    QList<qsizetype> m_active;     // indexes into m_learners
};

Status SiteHistory::write(int index, int years)
{
    if (Status s = addSite(index); !s)
        return s;
    const DemoVocabulary::Place &place = DemoVocabulary::places().at(index % DemoVocabulary::places().size());
    if (Status s = addLearners(NewLearnersPerSiteYear * years, place); !s)
        return s;
    static const int hours[] = {9, 14, 18};
    static const int minutes[] = {30, 0, 0};
    for (QDate day = m_first; day <= m_last; day = day.addDays(1)) {
        const double factor = dayFactor(day);
        if (factor <= 0 || !m_random.chance(WorkshopChancePerWeekday * factor))
            continue;
        const int slot = m_random.weighted({0.35, 0.45, 0.2});
        if (Status s = addWorkshop(QDateTime(day, QTime(hours[slot], minutes[slot]))); !s)
            return s;
    }
    return {};
}

Status SiteHistory::addSite(int index)
{
    const DemoVocabulary::Place &place = DemoVocabulary::places().at(index % DemoVocabulary::places().size());
    const int round = int(index / DemoVocabulary::places().size());
    QString name = (place.brussels ? QStringLiteral("EPN %1") : QString::fromUtf8("Espace numérique %1")).arg(place.name);
    if (round > 0)
        name += QStringLiteral(" %1").arg(round + 1);
    const QString created = m_first.startOfDay().toUTC().toString(Qt::ISODate);
    m_sql.site.bind(QStringLiteral(":uuid"), m_random.uuid())
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":address"), QStringLiteral("%1 %2").arg(place.postcodes.first(), place.name))
        .bind(QStringLiteral(":now"), created);
    if (Status s = exec(m_sql.site); !s)
        return s;
    m_siteId = m_sql.site.lastInsertId().toLongLong();
    ++m_counts.sites;
    const int facilitators = m_random.between(2, 3);
    for (int i = 0; i < facilitators; ++i) {
        const QString first = m_random.pick(DemoVocabulary::firstNames());
        m_sql.facilitator.bind(QStringLiteral(":uuid"), m_random.uuid())
            .bind(QStringLiteral(":site"), m_siteId)
            .bind(QStringLiteral(":name"), first + QLatin1Char(' ') + m_random.pick(DemoVocabulary::lastNames()))
            .bind(QStringLiteral(":email"), QStringLiteral("%1.%2@example.org").arg(foldForSearch(first).replace(QLatin1Char(' '), QLatin1Char('-'))).arg(m_siteId))
            .bind(QStringLiteral(":now"), created);
        if (Status s = exec(m_sql.facilitator); !s)
            return s;
        m_facilitators.append(m_sql.facilitator.lastInsertId().toLongLong());
        ++m_counts.facilitators;
    }
    return {};
}

Status SiteHistory::addLearners(int count, const DemoVocabulary::Place &place)
{
    static const QStringList ageBands = {QStringLiteral("under-18"), QStringLiteral("18-25"), QStringLiteral("26-35"),
                                         QStringLiteral("36-45"), QStringLiteral("46-55"), QStringLiteral("56-65"),
                                         QStringLiteral("66-75"), QStringLiteral("over-75"), QStringLiteral("not-stated"), QString()};
    static const QStringList genders = {QStringLiteral("woman"), QStringLiteral("man"), QStringLiteral("other"),
                                        QStringLiteral("not-stated"), QString()};
    const qint64 span = m_first.daysTo(m_last);
    QList<QDate> arrivals;
    for (int i = 0; i < count; ++i)
        arrivals.append(m_first.addDays(m_random.between(0, int(span))));
    std::sort(arrivals.begin(), arrivals.end());
    for (const QDate &arrival : std::as_const(arrivals)) {
        DemoLearner learner;
        learner.arrival = arrival;
        learner.departure = arrival.addDays(14 + qint64(-MeanStayDays * std::log(1.0 - m_random.uniform())));
        learner.ability = 0.3 + 0.35 * m_random.uniform();
        const QString first = m_random.pick(DemoVocabulary::firstNames());
        const QString last = m_random.pick(DemoVocabulary::lastNames());
        const QString display = first + QLatin1Char(' ') + last.left(1) + QLatin1Char('.');
        const int age = m_random.weighted({2, 8, 12, 14, 16, 18, 15, 8, 5, 2});
        const int gender = m_random.weighted({55, 38, 2, 4, 1});
        const int where = m_random.weighted({75, 15, 5, 5}); // own postcode, the place's others, elsewhere, none
        QString postcode;
        if (where == 0)
            postcode = place.postcodes.first();
        else if (where == 1)
            postcode = m_random.pick(place.postcodes);
        else if (where == 2)
            postcode = m_random.pick(m_random.pick(DemoVocabulary::places()).postcodes);
        QString phone;
        if (m_random.chance(0.4))
            phone = place.brussels ? QStringLiteral("+32 4%1 %2 %3 %4").arg(m_random.between(70, 99)).arg(m_random.between(10, 99)).arg(m_random.between(10, 99)).arg(m_random.between(10, 99))
                                   : QStringLiteral("06 %1 %2 %3 %4").arg(m_random.between(10, 99)).arg(m_random.between(10, 99)).arg(m_random.between(10, 99)).arg(m_random.between(10, 99));
        m_sql.learner.bind(QStringLiteral(":uuid"), m_random.uuid())
            .bind(QStringLiteral(":site"), m_siteId)
            .bind(QStringLiteral(":display"), display)
            .bind(QStringLiteral(":key"), foldForSearch(display + QLatin1Char(' ') + first + QLatin1Char(' ') + last))
            .bind(QStringLiteral(":first"), first)
            .bind(QStringLiteral(":last"), last)
            .bind(QStringLiteral(":phone"), textOrNull(phone))
            .bind(QStringLiteral(":email"), QVariant(QMetaType(QMetaType::QString)))
            .bind(QStringLiteral(":age"), textOrNull(ageBands.at(age)))
            .bind(QStringLiteral(":gender"), textOrNull(genders.at(gender)))
            .bind(QStringLiteral(":postcode"), textOrNull(postcode))
            .bind(QStringLiteral(":consent"), arrival.toString(Qt::ISODate))
            .bind(QStringLiteral(":created"), arrival.startOfDay().toUTC().toString(Qt::ISODate));
        if (Status s = exec(m_sql.learner); !s)
            return s;
        learner.id = m_sql.learner.lastInsertId().toLongLong();
        m_learners.append(learner);
        ++m_counts.learners;
    }
    return {};
}

Status SiteHistory::addWorkshop(const QDateTime &start)
{
    const QDate day = start.date();
    // Who may come: learners who have arrived and not yet left, plus newcomers not seen yet.
    while (m_nextArrival < m_learners.size() && m_learners.at(m_nextArrival).arrival <= day)
        m_active.append(m_nextArrival++);
    m_active.removeIf([&](qsizetype i) { return m_learners.at(i).departure < day && m_learners.at(i).attended; });

    const QStringList &modules = DemoDataGenerator::moduleIds();
    const QString module = modules.at(m_random.weighted({20, 14, 10, 14, 12, 12, 6, 5, 4, 3}));
    QStringList covered{module};
    if (m_random.chance(0.15)) {
        const QString second = m_random.pick(modules);
        if (second != module)
            covered.append(second);
    }
    const bool cancelled = m_random.chance(0.03);
    static const int durations[] = {90, 120, 150, 180};
    const int minutes = durations[m_random.weighted({30, 40, 10, 20})];
    const QString title = DemoVocabulary::workshopTitle(module);
    const QString created = utc(start.addDays(-m_random.between(3, 30)));
    m_sql.workshop.bind(QStringLiteral(":uuid"), m_random.uuid())
        .bind(QStringLiteral(":site"), m_siteId)
        .bind(QStringLiteral(":facilitator"), m_random.pick(m_facilitators))
        .bind(QStringLiteral(":title"), title)
        .bind(QStringLiteral(":key"), foldForSearch(title))
        .bind(QStringLiteral(":start"), start.toString(QStringLiteral("yyyy-MM-ddTHH:mm")))
        .bind(QStringLiteral(":month"), day.year() * 100 + day.month())
        .bind(QStringLiteral(":duration"), minutes)
        .bind(QStringLiteral(":status"), cancelled ? QStringLiteral("cancelled") : QStringLiteral("planned"))
        .bind(QStringLiteral(":created"), created);
    if (Status s = exec(m_sql.workshop); !s)
        return s;
    const qint64 workshopId = m_sql.workshop.lastInsertId().toLongLong();
    ++m_counts.workshops;
    for (const QString &id : std::as_const(covered)) {
        m_sql.module.bind(QStringLiteral(":workshop"), workshopId).bind(QStringLiteral(":module"), id);
        if (Status s = exec(m_sql.module); !s)
            return s;
    }
    if (cancelled)
        return {};

    // Newcomers first (everyone comes at least once), then regulars drawn at random.
    const int wanted = qMin(int(m_active.size()), m_random.between(7, 15));
    QList<qsizetype> chosen;
    for (qsizetype i : std::as_const(m_active)) {
        if (int(chosen.size()) < wanted && !m_learners.at(i).attended)
            chosen.append(i);
    }
    for (int tries = 0; int(chosen.size()) < wanted && tries < wanted * 4; ++tries) {
        const qsizetype i = m_random.pick(m_active);
        if (!chosen.contains(i))
            chosen.append(i);
    }
    const QString startUtc = utc(start);
    for (qsizetype i : std::as_const(chosen)) {
        DemoLearner &learner = m_learners[i];
        static const QString statuses[] = {QStringLiteral("present"), QStringLiteral("late"), QStringLiteral("absent"), QStringLiteral("excused")};
        const int status = m_random.weighted({78, 7, 10, 5}); // ≈15 % no-shows
        QVariant checked{QMetaType(QMetaType::QString)}; // braces: clang reads (…) as a function declaration
        if (status == 0)
            checked = utc(start.addSecs(-60 * m_random.between(0, 12)));
        else if (status == 1)
            checked = utc(start.addSecs(60 * m_random.between(5, 25)));
        m_sql.attendance.bind(QStringLiteral(":uuid"), m_random.uuid())
            .bind(QStringLiteral(":site"), m_siteId)
            .bind(QStringLiteral(":workshop"), workshopId)
            .bind(QStringLiteral(":learner"), learner.id)
            .bind(QStringLiteral(":status"), statuses[status])
            .bind(QStringLiteral(":checked"), checked)
            .bind(QStringLiteral(":created"), created)
            .bind(QStringLiteral(":updated"), status < 2 ? checked.toString() : startUtc);
        if (Status s = exec(m_sql.attendance); !s)
            return s;
        ++m_counts.attendance;
        if (status < 2) {
            learner.attended = true;
            if (m_random.chance(QuizPairChance)) {
                if (Status s = addQuizPair(learner, workshopId, module, start, minutes); !s)
                    return s;
            }
        }
    }
    return {};
}

Status SiteHistory::addQuizPair(const DemoLearner &learner, qint64 workshopId, const QString &moduleId, const QDateTime &start, int minutes)
{
    if (Status s = addAttempt(learner, workshopId, moduleId, QStringLiteral("pre"), start.addSecs(5 * 60), learner.ability); !s)
        return s;
    const double after = qMin(0.95, learner.ability + 0.12 + 0.2 * m_random.uniform());
    return addAttempt(learner, workshopId, moduleId, QStringLiteral("post"), start.addSecs((minutes - 15) * 60), after);
}

Status SiteHistory::addAttempt(const DemoLearner &learner, qint64 workshopId, const QString &moduleId, const QString &kind,
                               const QDateTime &at, double rightChance)
{
    QList<bool> right;
    int score = 0;
    for (int q = 0; q < QuestionsPerQuiz; ++q) {
        right.append(m_random.chance(rightChance));
        score += right.last() ? 1 : 0;
    }
    m_sql.attempt.bind(QStringLiteral(":uuid"), m_random.uuid())
        .bind(QStringLiteral(":site"), m_siteId)
        .bind(QStringLiteral(":learner"), learner.id)
        .bind(QStringLiteral(":module"), moduleId)
        .bind(QStringLiteral(":workshop"), workshopId)
        .bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":seed"), m_random.between(1, 1 << 30))
        .bind(QStringLiteral(":started"), utc(at))
        .bind(QStringLiteral(":finished"), utc(at.addSecs(6 * 60)))
        .bind(QStringLiteral(":score"), double(score))
        .bind(QStringLiteral(":max"), double(QuestionsPerQuiz));
    if (Status s = exec(m_sql.attempt); !s)
        return s;
    const qint64 attemptId = m_sql.attempt.lastInsertId().toLongLong();
    ++m_counts.attempts;
    static const QString answers[] = {QStringLiteral(R"({"choices":["a"]})"), QStringLiteral(R"({"choices":["b"]})"),
                                      QStringLiteral(R"({"choices":["c"]})")};
    for (int q = 0; q < QuestionsPerQuiz; ++q) {
        m_sql.answer.bind(QStringLiteral(":attempt"), attemptId)
            .bind(QStringLiteral(":question"), QStringLiteral("%1-q%2").arg(moduleId).arg(q + 1, 2, 10, QLatin1Char('0')))
            .bind(QStringLiteral(":answer"), right.at(q) ? answers[0] : answers[m_random.between(1, 2)])
            .bind(QStringLiteral(":credit"), right.at(q) ? 1.0 : 0.0)
            .bind(QStringLiteral(":at"), utc(at.addSecs(20 * (q + 1))));
        if (Status s = exec(m_sql.answer); !s)
            return s;
        ++m_counts.answers;
    }
    return {};
}

} // namespace

const QStringList &DemoDataGenerator::moduleIds()
{
    static const QStringList ids = {QStringLiteral("what-is-ai"),       QStringLiteral("personal-data"),
                                    QStringLiteral("algorithmic-bias"), QStringLiteral("generative-ai"),
                                    QStringLiteral("disinformation"),   QStringLiteral("online-safety"),
                                    QStringLiteral("ai-work-guidance"), QStringLiteral("environment"),
                                    QStringLiteral("ai-in-associations"), QStringLiteral("running-a-workshop")};
    return ids;
}

Result<qint64> DemoDataGenerator::existingWorkshops() const
{
    SqlStatement count(m_db, QStringLiteral("SELECT COUNT(*) FROM workshops"));
    if (Status s = count.exec(); !s)
        return s;
    return count.next() ? count.value(0).toLongLong() : 0;
}

Result<DemoDataGenerator::Counts> DemoDataGenerator::generate(const Options &options, bool force)
{
    if (options.years < 1 || options.sites < 1)
        return Result<Counts>::failure(tr("The demo needs at least one year and one site."));
    if (!force) {
        const Result<qint64> existing = existingWorkshops();
        if (!existing)
            return existing.status();
        if (*existing > 0)
            return Result<Counts>::failure(tr("This database already holds %n workshop(s); demo data would mix with them.", nullptr, int(*existing)));
    }
    const QDate last = options.until.isValid() ? options.until : QDate::currentDate().addDays(-1);
    const QDate first = last.addYears(-options.years).addDays(1);
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    // Statements prepared once for the whole run: preparing per row would cost more than inserting.
    Statements sql(m_db);
    Random random(options.seed);
    Counts counts;
    for (int site = 0; site < options.sites; ++site) {
        SiteHistory history(sql, random, counts, first, last);
        if (Status s = history.write(site, options.years); !s)
            return s;
        if (options.progress)
            options.progress(100 * (site + 1) / options.sites);
    }
    if (Status s = transaction.commit(); !s)
        return s;
    return counts;
}
