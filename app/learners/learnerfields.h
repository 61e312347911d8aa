// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// The fixed vocabularies of a learner record (age bands, genders) and the normalisations that make
// two records comparable (contact key, postcode). Codes are stored; labels are shown, translated.
class LearnerFields
{
    Q_DECLARE_TR_FUNCTIONS(LearnerFields)
public:
    static QStringList ageBands(); // codes, youngest first, "not-stated" last
    static QString ageBandLabel(const QString &code);
    static QStringList genders();
    static QString genderLabel(const QString &code);

    // What a person typed (a code, an English or French label, "18-25", an age in years) as a code;
    // an empty text gives an empty code, an unknown one std::nullopt.
    static std::optional<QString> parseAgeBand(const QString &text);
    static std::optional<QString> parseGender(const QString &text);

    // The e-mail lowercased, else the phone's digits without a 0, +33/0033 or +32/0032 prefix, so that
    // "06 12 34 56 78" and "+33 6 12 34 56 78" meet; empty when there is neither.
    static QString contactKey(const QString &email, const QString &phone);
    static QString phoneDigits(const QString &phone);
    static QString normalisedPostcode(const QString &postcode);
    static bool isValidEmail(const QString &email);
};
