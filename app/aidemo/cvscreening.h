// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One generated applicant. Groups A and B have the same spread of experience and diplomas; group
// B more often lives in the "south" postcode area and more often has a career gap.
struct Applicant
{
    bool groupB = false;
    double experienceYears = 0.0; // 0–15
    int diplomaLevel = 0;         // 0 none … 3 higher education
    bool southPostcode = false;
    bool careerGap = false;
    bool hired = false; // the past decision (only meaningful in the history)
};

// What the screener is allowed to look at, besides experience and diploma.
struct ScreenerInputs
{
    bool group = true;
    bool postcode = true;
    bool careerGap = true;
};

// What a trained screener learned: one weight per input (0 for an input it may not use).
struct ScreenerWeights
{
    double intercept = 0.0;
    double experience = 0.0; // per 10 years
    double diploma = 0.0;    // per 3 levels
    double groupB = 0.0;
    double southPostcode = 0.0;
    double careerGap = 0.0;
};

// The selection rate per group and their ratio.
struct SelectionOutcome
{
    int applicantsA = 0;
    int applicantsB = 0;
    int selectedA = 0;
    int selectedB = 0;
    double rateA() const { return applicantsA ? double(selectedA) / applicantsA : 0.0; }
    double rateB() const { return applicantsB ? double(selectedB) / applicantsB : 0.0; }
    // Lower rate divided by higher rate; below 0.8 is "adverse impact" by the four-fifths rule.
    double ratio() const;
};

// "The CV screener" demonstration: a seeded history of past hiring decisions biased against
// group B, a logistic-regression screener trained on it, and the selection rates it produces on
// new applicants depending on which inputs it may use (the group itself, and its proxies).
class CvScreening
{
public:
    static constexpr double FourFifths = 0.8;

    explicit CvScreening(quint32 seed = 1, int applicants = 1000);

    quint32 seed() const { return m_seed; }
    const QList<Applicant> &history() const { return m_history; }
    const QList<Applicant> &newApplicants() const { return m_new; }

    // Who was hired in the past decisions the screener learns from.
    SelectionOutcome pastOutcome() const;
    // Plain gradient descent on the history; deterministic (no random start).
    ScreenerWeights train(const ScreenerInputs &inputs) const;
    // The screener's chance of a "yes" for an applicant, 0–1.
    static double score(const ScreenerWeights &weights, const Applicant &applicant);
    // Trains with these inputs and shortlists the new applicants whose chance is at least 0.5.
    SelectionOutcome screen(const ScreenerInputs &inputs, ScreenerWeights *weights = nullptr) const;

    // Figures for `ai-demo run cv-screening` with stable keys: applicants, new_applicants,
    // past_rate_a, past_rate_b, past_ratio, selection_rate_a, selection_rate_b,
    // ratio_with_attribute, selection_rate_a_without_attribute, selection_rate_b_without_attribute,
    // ratio_without_attribute, selection_rate_a_without_proxies,
    // selection_rate_b_without_proxies, ratio_without_proxies, four_fifths_threshold, seed,
    // language. The numbers are the same in every language.
    static QJsonObject keyFigures(quint32 seed, const QString &language);

private:
    static QList<Applicant> generate(quint32 seed, int count);

    quint32 m_seed;
    QList<Applicant> m_history;
    QList<Applicant> m_new;
};
