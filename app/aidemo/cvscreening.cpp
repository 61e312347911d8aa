// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/cvscreening.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace {

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

bool chance(QRandomGenerator &random, double probability)
{
    return random.generateDouble() < probability;
}

// The inputs as numbers of similar size, so that one learning rate suits every weight.
struct Row
{
    double x[6]; // 1, experience/10, diploma/3, group B, south postcode, career gap
};

Row row(const Applicant &a, const ScreenerInputs &inputs)
{
    return {{1.0, a.experienceYears / 10.0, a.diplomaLevel / 3.0,
             inputs.group && a.groupB ? 1.0 : 0.0, inputs.postcode && a.southPostcode ? 1.0 : 0.0,
             inputs.careerGap && a.careerGap ? 1.0 : 0.0}};
}

} // namespace

double SelectionOutcome::ratio() const
{
    const double high = std::max(rateA(), rateB());
    return high > 0.0 ? std::min(rateA(), rateB()) / high : 1.0;
}

CvScreening::CvScreening(quint32 seed, int applicants)
    : m_seed(seed), m_history(generate(seed, applicants)),
      // New applicants come from the same population but from another draw.
      m_new(generate(seed ^ 0x9e3779b9u, applicants))
{
}

QList<Applicant> CvScreening::generate(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QList<Applicant> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Applicant a;
        a.groupB = chance(random, 0.5);
        // Same qualifications in both groups: any gap in selection is not about merit.
        a.experienceYears = 15.0 * random.generateDouble();
        a.diplomaLevel = int(random.bounded(4));
        // The proxies: where people live and career breaks differ between the groups.
        a.southPostcode = chance(random, a.groupB ? 0.8 : 0.2);
        a.careerGap = chance(random, a.groupB ? 0.6 : 0.15);
        // Past recruiters valued experience and diplomas but held group B back. They never
        // looked at the postcode or the gap themselves: the proxies only carry the group.
        const double logit =
            -3.0 + 0.3 * a.experienceYears + 0.9 * a.diplomaLevel - 1.8 * (a.groupB ? 1.0 : 0.0);
        a.hired = chance(random, sigmoid(logit));
        list << a;
    }
    return list;
}

SelectionOutcome CvScreening::pastOutcome() const
{
    SelectionOutcome outcome;
    for (const Applicant &a : m_history) {
        (a.groupB ? outcome.applicantsB : outcome.applicantsA) += 1;
        if (a.hired)
            (a.groupB ? outcome.selectedB : outcome.selectedA) += 1;
    }
    return outcome;
}

ScreenerWeights CvScreening::train(const ScreenerInputs &inputs) const
{
    // Logistic regression by full-batch gradient descent: slow in theory, instant on 1,000
    // rows, and short enough to read.
    QList<Row> rows;
    rows.reserve(m_history.size());
    for (const Applicant &a : m_history)
        rows << row(a, inputs);
    double w[6] = {0, 0, 0, 0, 0, 0};
    const double learningRate = 1.0;
    const int steps = 1500;
    const double n = double(rows.size());
    for (int step = 0; step < steps; ++step) {
        double gradient[6] = {0, 0, 0, 0, 0, 0};
        for (int i = 0; i < rows.size(); ++i) {
            const Row &r = rows.at(i);
            double z = 0.0;
            for (int k = 0; k < 6; ++k)
                z += w[k] * r.x[k];
            const double error = sigmoid(z) - (m_history.at(i).hired ? 1.0 : 0.0);
            for (int k = 0; k < 6; ++k)
                gradient[k] += error * r.x[k];
        }
        for (int k = 0; k < 6; ++k)
            w[k] -= learningRate * gradient[k] / n;
    }
    return {w[0], w[1], w[2], w[3], w[4], w[5]};
}

double CvScreening::score(const ScreenerWeights &weights, const Applicant &a)
{
    const double z = weights.intercept + weights.experience * a.experienceYears / 10.0 +
                     weights.diploma * a.diplomaLevel / 3.0 +
                     weights.groupB * (a.groupB ? 1.0 : 0.0) +
                     weights.southPostcode * (a.southPostcode ? 1.0 : 0.0) +
                     weights.careerGap * (a.careerGap ? 1.0 : 0.0);
    return sigmoid(z);
}

SelectionOutcome CvScreening::screen(const ScreenerInputs &inputs, ScreenerWeights *weights) const
{
    const ScreenerWeights learned = train(inputs);
    if (weights)
        *weights = learned;
    SelectionOutcome outcome;
    for (const Applicant &a : m_new) {
        (a.groupB ? outcome.applicantsB : outcome.applicantsA) += 1;
        if (score(learned, a) >= 0.5)
            (a.groupB ? outcome.selectedB : outcome.selectedA) += 1;
    }
    return outcome;
}

QJsonObject CvScreening::keyFigures(quint32 seed, const QString &language)
{
    const CvScreening demo(seed);
    const SelectionOutcome past = demo.pastOutcome();
    const SelectionOutcome all = demo.screen({true, true, true});
    const SelectionOutcome noGroup = demo.screen({false, true, true});
    const SelectionOutcome noProxies = demo.screen({false, false, false});

    QJsonObject figures;
    figures.insert(QStringLiteral("seed"), qint64(seed));
    figures.insert(QStringLiteral("language"),
                   language == QLatin1String("fr") ? language : QStringLiteral("en"));
    figures.insert(QStringLiteral("applicants"), int(demo.history().size()));
    figures.insert(QStringLiteral("new_applicants"), int(demo.newApplicants().size()));
    figures.insert(QStringLiteral("past_rate_a"), past.rateA());
    figures.insert(QStringLiteral("past_rate_b"), past.rateB());
    figures.insert(QStringLiteral("past_ratio"), past.ratio());
    figures.insert(QStringLiteral("selection_rate_a"), all.rateA());
    figures.insert(QStringLiteral("selection_rate_b"), all.rateB());
    figures.insert(QStringLiteral("ratio_with_attribute"), all.ratio());
    figures.insert(QStringLiteral("selection_rate_a_without_attribute"), noGroup.rateA());
    figures.insert(QStringLiteral("selection_rate_b_without_attribute"), noGroup.rateB());
    figures.insert(QStringLiteral("ratio_without_attribute"), noGroup.ratio());
    figures.insert(QStringLiteral("selection_rate_a_without_proxies"), noProxies.rateA());
    figures.insert(QStringLiteral("selection_rate_b_without_proxies"), noProxies.rateB());
    figures.insert(QStringLiteral("ratio_without_proxies"), noProxies.ratio());
    figures.insert(QStringLiteral("four_fifths_threshold"), FourFifths);
    return figures;
}
