// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/similarwords.h"

#include "core/textfold.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Spelling weighs more than context: the job box is about typos, and the lessons are short.
constexpr double SpellingWeight = 0.8;
constexpr double ContextWeight = 0.6;
constexpr int ContextWindow = 2;

// FNV-1a: a fixed, documented hash, so a bucket is the same on every machine and every run.
quint32 bucketOf(const QString &feature)
{
    quint32 hash = 2166136261u;
    for (const QChar c : feature) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash % SimilarWords::Buckets;
}

double norm(const SimilarWords::Vector &v)
{
    double sum = 0;
    for (const double w : v)
        sum += w * w;
    return std::sqrt(sum);
}

void addScaled(SimilarWords::Vector &into, const SimilarWords::Vector &part, double weight)
{
    const double n = norm(part);
    if (n == 0)
        return;
    for (auto it = part.cbegin(); it != part.cend(); ++it)
        into[it.key()] += weight * it.value() / n;
}

double dot(const SimilarWords::Vector &a, const SimilarWords::Vector &b)
{
    const SimilarWords::Vector &small = a.size() <= b.size() ? a : b;
    const SimilarWords::Vector &large = a.size() <= b.size() ? b : a;
    double sum = 0;
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        sum += it.value() * large.value(it.key());
    return sum;
}

} // namespace

SimilarWords::SimilarWords(const QStringList &texts)
{
    for (const QString &text : texts) {
        const QStringList tokens = words(text);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            ++m_counts[tokens.at(i)];
            ++m_total;
            for (qsizetype j = std::max<qsizetype>(0, i - ContextWindow);
                 j <= std::min(tokens.size() - 1, i + ContextWindow); ++j)
                if (j != i)
                    ++m_context[tokens.at(i)][tokens.at(j)];
        }
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        if (it.value() >= 2 && !it.key().at(0).isDigit())
            m_vocabulary.append(it.key());
    std::sort(m_vocabulary.begin(), m_vocabulary.end());
}

QStringList SimilarWords::words(const QString &text)
{
    // Folded (no case, no accents) and cut at anything that is not a letter: "Aide-soignante" ->
    // "aide", "soignante". Words under three letters ("le", "of") carry little and are dropped.
    QStringList result;
    QString word;
    const QString folded = foldForSearch(text);
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const QChar c = i < folded.size() ? folded.at(i) : QChar(u' ');
        if (c.isLetterOrNumber()) {
            word += c;
            continue;
        }
        if (word.size() >= 3)
            result.append(word);
        word.clear();
    }
    return result;
}

QStringList SimilarWords::letterGroups(const QString &text)
{
    QStringList groups;
    for (const QString &word : words(text)) {
        const QString marked = QLatin1Char('<') + word + QLatin1Char('>');
        groups.append(marked); // the whole word is a feature too, as in fastText
        for (int n = MinGram; n <= MaxGram; ++n)
            for (qsizetype i = 0; i + n <= marked.size(); ++i)
                groups.append(marked.mid(i, n));
    }
    return groups;
}

SimilarWords::Vector SimilarWords::spelling(const QString &text)
{
    Vector v;
    for (const QString &group : letterGroups(text))
        v[bucketOf(group)] += 1.0;
    return v;
}

double SimilarWords::cosine(const Vector &a, const Vector &b)
{
    const double na = norm(a);
    const double nb = norm(b);
    return na == 0 || nb == 0 ? 0.0 : dot(a, b) / (na * nb);
}

QStringList SimilarWords::sharedGroups(const QString &a, const QString &b, int max)
{
    const QStringList groupsA = letterGroups(a);
    const QStringList groupsB = letterGroups(b);
    const QSet<QString> inB(groupsB.cbegin(), groupsB.cend());
    QStringList shared;
    for (const QString &group : groupsA) {
        QString bare = group;
        bare.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        if (inB.contains(group) && bare.size() >= 3 && !shared.contains(bare))
            shared.append(bare);
    }
    std::sort(shared.begin(), shared.end(), [](const QString &x, const QString &y) {
        return x.size() != y.size() ? x.size() > y.size() : x < y;
    });
    // "soign" already says "soi" and "oign": keep only groups that add letters.
    QStringList kept;
    for (const QString &group : shared) {
        if (std::none_of(kept.cbegin(), kept.cend(),
                         [&](const QString &k) { return k.contains(group); }))
            kept.append(group);
        if (kept.size() == max)
            break;
    }
    return kept;
}

QList<SimilarWords::JobMatch> SimilarWords::searchJobs(const QString &query,
                                                       const QString &language, int limit)
{
    const Vector q = spelling(query);
    const bool french = language == QLatin1String("fr");
    QList<JobMatch> matches;
    const QList<Job> &list = jobs();
    for (int i = 0; i < list.size(); ++i) {
        const Job &job = list.at(i);
        JobMatch match;
        match.job = i;
        match.title = french ? job.fr : job.en;
        QStringList forms{match.title};
        if (french && !job.frFeminine.isEmpty())
            forms.append(job.frFeminine);
        for (const QString &form : forms) {
            const double score = cosine(q, spelling(form));
            if (score > match.score) {
                match.score = score;
                match.matched = form;
            }
        }
        if (match.score > 0)
            matches.append(match);
    }
    std::sort(matches.begin(), matches.end(), [](const JobMatch &a, const JobMatch &b) {
        return a.score != b.score ? a.score > b.score : a.title < b.title;
    });
    matches = matches.mid(0, limit);
    for (JobMatch &m : matches)
        m.sharedGroups = sharedGroups(query, m.matched);
    return matches;
}

SimilarWords::Vector SimilarWords::vector(const QString &word) const
{
    Vector v;
    addScaled(v, spelling(word), SpellingWeight);
    const QStringList keys = words(word);
    if (keys.size() != 1 || !m_context.contains(keys.first()))
        return v;
    // Positive pointwise mutual information: a neighbour counts when it appears next to this word
    // more often than its overall frequency predicts, so "the" and "les" weigh almost nothing.
    const QString key = keys.first();
    const QHash<QString, int> &around = m_context[key];
    Vector context;
    const double wordCount = m_counts.value(key);
    for (auto it = around.cbegin(); it != around.cend(); ++it) {
        const double pmi =
            std::log(it.value() * double(m_total) / (wordCount * m_counts.value(it.key())));
        if (pmi > 0)
            context[bucketOf(QStringLiteral("ctx:") + it.key())] += pmi;
    }
    addScaled(v, context, ContextWeight);
    return v;
}

QStringList SimilarWords::contextWords(const QString &word) const
{
    const QStringList keys = words(word);
    if (keys.size() != 1)
        return {};
    const QHash<QString, int> around = m_context.value(keys.first());
    QStringList result = around.keys();
    std::sort(result.begin(), result.end(), [&](const QString &a, const QString &b) {
        return around.value(a) != around.value(b) ? around.value(a) > around.value(b) : a < b;
    });
    return result;
}

QList<SimilarWords::Neighbour> SimilarWords::neighbours(const QString &word, int limit) const
{
    const Vector target = vector(word);
    const QString self = words(word).join(QLatin1Char(' '));
    QList<Neighbour> result;
    for (const QString &candidate : m_vocabulary) {
        if (candidate == self)
            continue;
        const double score = cosine(target, vector(candidate));
        if (score > 0)
            result.append({candidate, score, {}, {}});
    }
    std::sort(result.begin(), result.end(), [](const Neighbour &a, const Neighbour &b) {
        return a.score != b.score ? a.score > b.score : a.word < b.word;
    });
    result = result.mid(0, limit);
    const QStringList mine = contextWords(word);
    const QSet<QString> mineSet(mine.cbegin(), mine.cend());
    for (Neighbour &n : result) {
        n.sharedGroups = sharedGroups(word, n.word, 3);
        for (const QString &c : contextWords(n.word))
            if (mineSet.contains(c) && n.sharedContext.size() < 3)
                n.sharedContext.append(c);
    }
    return result;
}

QList<QPointF> SimilarWords::map(const QStringList &words, quint32 seed) const
{
    QList<Vector> vectors;
    for (const QString &w : words)
        vectors.append(vector(w));
    return principalComponents(vectors, seed);
}

QList<QPointF> SimilarWords::principalComponents(const QList<Vector> &vectors, quint32 seed)
{
    const qsizetype n = vectors.size();
    QList<QPointF> points(n);
    if (n < 2)
        return points;
    // Gram matrix of the unit vectors, centred: its top eigenvectors give the PCA coordinates
    // without ever forming the 65,536-column data matrix.
    std::vector<std::vector<double>> k(n, std::vector<double>(n));
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = i; j < n; ++j)
            k[i][j] = k[j][i] = cosine(vectors.at(i), vectors.at(j));
    std::vector<double> rowMean(n, 0.0);
    double allMean = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < n; ++j)
            rowMean[i] += k[i][j] / n;
        allMean += rowMean[i] / n;
    }
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = 0; j < n; ++j)
            k[i][j] += allMean - rowMean[i] - rowMean[j];

    QRandomGenerator random(seed);
    for (int component = 0; component < 2; ++component) {
        std::vector<double> v(n);
        for (double &x : v)
            x = random.generateDouble() - 0.5;
        double lambda = 0;
        for (int iteration = 0; iteration < 300; ++iteration) {
            std::vector<double> next(n, 0.0);
            for (qsizetype i = 0; i < n; ++i)
                for (qsizetype j = 0; j < n; ++j)
                    next[i] += k[i][j] * v[j];
            double length = 0;
            for (const double x : next)
                length += x * x;
            length = std::sqrt(length);
            if (length < 1e-12)
                break;
            lambda = length;
            for (qsizetype i = 0; i < n; ++i)
                v[i] = next[i] / length;
        }
        // An eigenvector's sign is arbitrary: fix it so the map never flips between runs.
        const auto largest = std::max_element(
            v.cbegin(), v.cend(), [](double a, double b) { return std::abs(a) < std::abs(b); });
        const double sign = *largest < 0 ? -1.0 : 1.0;
        const double scale = std::sqrt(std::max(lambda, 0.0)) * sign;
        for (qsizetype i = 0; i < n; ++i) {
            if (component == 0)
                points[i].setX(v[i] * scale);
            else
                points[i].setY(v[i] * scale);
        }
        // Deflate: remove this component so the next power iteration finds the second one.
        for (qsizetype i = 0; i < n; ++i)
            for (qsizetype j = 0; j < n; ++j)
                k[i][j] -= lambda * v[i] * v[j];
    }
    return points;
}

QStringList SimilarWords::demoQueries(const QString &language)
{
    if (language == QLatin1String("fr"))
        return {QStringLiteral("aide soigante"), QStringLiteral("devlopeur"),
                QStringLiteral("cuisinié"), QStringLiteral("carist"),
                QStringLiteral("auxilliaire de vi")};
    return {QStringLiteral("care asistant"), QStringLiteral("web devloper"),
            QStringLiteral("forklift drivr"), QStringLiteral("electrisian"),
            QStringLiteral("clener")};
}

QJsonObject SimilarWords::keyFigures(quint32 seed, const QString &language)
{
    const QString code =
        language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    QJsonArray queries;
    QStringList mapWords;
    for (const QString &query : demoQueries(code)) {
        const QList<JobMatch> found = searchJobs(query, code, 1);
        const JobMatch best = found.value(0);
        queries.append(
            QJsonObject{{QStringLiteral("query"), query},
                        {QStringLiteral("best"), best.title},
                        {QStringLiteral("score"), std::round(best.score * 1000) / 1000}});
        mapWords << query << best.title;
    }
    QJsonArray map;
    const QList<QPointF> points = SimilarWords().map(mapWords, seed);
    for (qsizetype i = 0; i < points.size(); ++i)
        map.append(QJsonObject{{QStringLiteral("word"), mapWords.at(i)},
                               {QStringLiteral("x"), std::round(points.at(i).x() * 1000) / 1000},
                               {QStringLiteral("y"), std::round(points.at(i).y() * 1000) / 1000}});
    return QJsonObject{
        {QStringLiteral("language"), code},           {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("jobs"), int(jobs().size())}, {QStringLiteral("buckets"), Buckets},
        {QStringLiteral("queries"), queries},         {QStringLiteral("map"), map}};
}

const QList<SimilarWords::Job> &SimilarWords::jobs()
{
    // Jobs that adults met in public digital spaces actually look for; French masculine and
    // feminine forms are both searched, the masculine one names the job.
    static const QList<Job> list = {
        {QStringLiteral("aide-soignant"), QStringLiteral("aide-soignante"),
         QStringLiteral("care assistant")},
        {QStringLiteral("auxiliaire de vie"), {}, QStringLiteral("home care worker")},
        {QStringLiteral("aide à domicile"), {}, QStringLiteral("home help")},
        {QStringLiteral("infirmier"), QStringLiteral("infirmière"), QStringLiteral("nurse")},
        {QStringLiteral("agent d'entretien"), QStringLiteral("agente d'entretien"),
         QStringLiteral("cleaner")},
        {QStringLiteral("agent de propreté"), QStringLiteral("agente de propreté"),
         QStringLiteral("street cleaner")},
        {QStringLiteral("agent de sécurité"), QStringLiteral("agente de sécurité"),
         QStringLiteral("security guard")},
        {QStringLiteral("cariste"), {}, QStringLiteral("forklift driver")},
        {QStringLiteral("préparateur de commandes"), QStringLiteral("préparatrice de commandes"),
         QStringLiteral("order picker")},
        {QStringLiteral("magasinier"), QStringLiteral("magasinière"),
         QStringLiteral("warehouse worker")},
        {QStringLiteral("chauffeur livreur"), QStringLiteral("chauffeuse livreuse"),
         QStringLiteral("delivery driver")},
        {QStringLiteral("chauffeur de bus"), QStringLiteral("chauffeuse de bus"),
         QStringLiteral("bus driver")},
        {QStringLiteral("chauffeur poids lourd"), QStringLiteral("chauffeuse poids lourd"),
         QStringLiteral("truck driver")},
        {QStringLiteral("vendeur"), QStringLiteral("vendeuse"), QStringLiteral("salesperson")},
        {QStringLiteral("caissier"), QStringLiteral("caissière"), QStringLiteral("cashier")},
        {QStringLiteral("employé de libre-service"), QStringLiteral("employée de libre-service"),
         QStringLiteral("shelf stacker")},
        {QStringLiteral("cuisinier"), QStringLiteral("cuisinière"), QStringLiteral("cook")},
        {QStringLiteral("commis de cuisine"), {}, QStringLiteral("kitchen assistant")},
        {QStringLiteral("plongeur"), QStringLiteral("plongeuse"), QStringLiteral("dishwasher")},
        {QStringLiteral("serveur"), QStringLiteral("serveuse"), QStringLiteral("waiter")},
        {QStringLiteral("boulanger"), QStringLiteral("boulangère"), QStringLiteral("baker")},
        {QStringLiteral("boucher"), QStringLiteral("bouchère"), QStringLiteral("butcher")},
        {QStringLiteral("pâtissier"), QStringLiteral("pâtissière"), QStringLiteral("pastry cook")},
        {QStringLiteral("développeur web"), QStringLiteral("développeuse web"),
         QStringLiteral("web developer")},
        {QStringLiteral("technicien informatique"), QStringLiteral("technicienne informatique"),
         QStringLiteral("IT technician")},
        {QStringLiteral("médiateur numérique"), QStringLiteral("médiatrice numérique"),
         QStringLiteral("digital mediator")},
        {QStringLiteral("secrétaire"), {}, QStringLiteral("secretary")},
        {QStringLiteral("assistant administratif"), QStringLiteral("assistante administrative"),
         QStringLiteral("administrative assistant")},
        {QStringLiteral("comptable"), {}, QStringLiteral("accountant")},
        {QStringLiteral("agent d'accueil"), QStringLiteral("agente d'accueil"),
         QStringLiteral("receptionist")},
        {QStringLiteral("téléconseiller"), QStringLiteral("téléconseillère"),
         QStringLiteral("call centre agent")},
        {QStringLiteral("électricien"), QStringLiteral("électricienne"),
         QStringLiteral("electrician")},
        {QStringLiteral("plombier"), QStringLiteral("plombière"), QStringLiteral("plumber")},
        {QStringLiteral("maçon"), QStringLiteral("maçonne"), QStringLiteral("bricklayer")},
        {QStringLiteral("peintre en bâtiment"), {}, QStringLiteral("house painter")},
        {QStringLiteral("menuisier"), QStringLiteral("menuisière"), QStringLiteral("carpenter")},
        {QStringLiteral("ouvrier du bâtiment"), QStringLiteral("ouvrière du bâtiment"),
         QStringLiteral("construction worker")},
        {QStringLiteral("mécanicien automobile"), QStringLiteral("mécanicienne automobile"),
         QStringLiteral("car mechanic")},
        {QStringLiteral("jardinier"), QStringLiteral("jardinière"), QStringLiteral("gardener")},
        {QStringLiteral("agent de service hospitalier"),
         QStringLiteral("agente de service hospitalier"), QStringLiteral("hospital porter")},
        {QStringLiteral("auxiliaire de puériculture"), {}, QStringLiteral("nursery nurse")},
        {QStringLiteral("assistant maternel"), QStringLiteral("assistante maternelle"),
         QStringLiteral("childminder")},
        {QStringLiteral("animateur"), QStringLiteral("animatrice"), QStringLiteral("youth worker")},
        {QStringLiteral("éducateur spécialisé"), QStringLiteral("éducatrice spécialisée"),
         QStringLiteral("social care worker")},
        {QStringLiteral("enseignant"), QStringLiteral("enseignante"), QStringLiteral("teacher")},
        {QStringLiteral("coiffeur"), QStringLiteral("coiffeuse"), QStringLiteral("hairdresser")},
        {QStringLiteral("esthéticien"), QStringLiteral("esthéticienne"),
         QStringLiteral("beautician")},
        {QStringLiteral("couturier"), QStringLiteral("couturière"), QStringLiteral("tailor")},
        {QStringLiteral("femme de chambre"), QStringLiteral("valet de chambre"),
         QStringLiteral("housekeeper")},
        {QStringLiteral("réceptionniste d'hôtel"), {}, QStringLiteral("hotel receptionist")},
        {QStringLiteral("facteur"), QStringLiteral("factrice"), QStringLiteral("postal worker")},
        {QStringLiteral("manutentionnaire"), {}, QStringLiteral("handler")},
        {QStringLiteral("ouvrier agricole"), QStringLiteral("ouvrière agricole"),
         QStringLiteral("farm worker")},
        {QStringLiteral("pharmacien"), QStringLiteral("pharmacienne"),
         QStringLiteral("pharmacist")},
        {QStringLiteral("préparateur en pharmacie"), QStringLiteral("préparatrice en pharmacie"),
         QStringLiteral("pharmacy technician")},
        {QStringLiteral("ambulancier"), QStringLiteral("ambulancière"),
         QStringLiteral("ambulance driver")},
        {QStringLiteral("traducteur"), QStringLiteral("traductrice"), QStringLiteral("translator")},
        {QStringLiteral("interprète"), {}, QStringLiteral("interpreter")},
        {QStringLiteral("graphiste"), {}, QStringLiteral("graphic designer")},
        {QStringLiteral("conseiller en insertion"), QStringLiteral("conseillère en insertion"),
         QStringLiteral("employment adviser")},
        {QStringLiteral("gardien d'immeuble"), QStringLiteral("gardienne d'immeuble"),
         QStringLiteral("caretaker")},
        {QStringLiteral("laveur de vitres"), QStringLiteral("laveuse de vitres"),
         QStringLiteral("window cleaner")},
    };
    return list;
}
