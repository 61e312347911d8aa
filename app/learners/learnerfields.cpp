// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnerfields.h"

#include "core/textfold.h"

#include <QRegularExpression>

namespace {

// Folded, without spaces or dashes of any kind: "18 – 25", "18-25" and "18 à 25" compare equal.
QString compact(const QString &text)
{
    QString folded = foldForSearch(text);
    folded.replace(QStringLiteral(" a "), QStringLiteral("-")).replace(QStringLiteral(" to "), QStringLiteral("-"));
    QString out;
    for (const QChar c : std::as_const(folded)) {
        if (c.isSpace() || c.category() == QChar::Punctuation_Dash || c == QLatin1Char('_'))
            continue;
        out += c;
    }
    return out;
}

const QString NotStated = QStringLiteral("not-stated");

} // namespace

QStringList LearnerFields::ageBands()
{
    return {QStringLiteral("under-18"), QStringLiteral("18-25"), QStringLiteral("26-35"), QStringLiteral("36-45"),
            QStringLiteral("46-55"),    QStringLiteral("56-65"), QStringLiteral("66-75"), QStringLiteral("over-75"),
            NotStated};
}

QString LearnerFields::ageBandLabel(const QString &code)
{
    if (code == QLatin1String("under-18"))
        return tr("under 18");
    if (code == QLatin1String("over-75"))
        return tr("over 75");
    if (code == NotStated)
        return tr("not stated");
    if (ageBands().contains(code)) // "18-25" → "18–25", with an en dash
        return tr("%1–%2").arg(code.section(QLatin1Char('-'), 0, 0), code.section(QLatin1Char('-'), 1, 1));
    return code;
}

QStringList LearnerFields::genders()
{
    return {QStringLiteral("woman"), QStringLiteral("man"), QStringLiteral("other"), NotStated};
}

QString LearnerFields::genderLabel(const QString &code)
{
    if (code == QLatin1String("woman"))
        return tr("woman");
    if (code == QLatin1String("man"))
        return tr("man");
    if (code == QLatin1String("other"))
        return tr("other");
    if (code == NotStated)
        return tr("not stated");
    return code;
}

std::optional<QString> LearnerFields::parseAgeBand(const QString &text)
{
    const QString key = compact(text);
    if (key.isEmpty())
        return QString();
    for (const QString &code : ageBands()) {
        if (key == compact(code) || key == compact(ageBandLabel(code)))
            return code;
    }
    static const QList<QPair<QString, QString>> words = {
        {QStringLiteral("moinsde18"), QStringLiteral("under-18")}, {QStringLiteral("<18"), QStringLiteral("under-18")},
        {QStringLiteral("plusde75"), QStringLiteral("over-75")},
        {QStringLiteral(">75"), QStringLiteral("over-75")},         {QStringLiteral("75+"), QStringLiteral("over-75")},
        {QStringLiteral("nonprecise"), NotStated},                   {QStringLiteral("nonrenseigne"), NotStated},
        {QStringLiteral("nondeclare"), NotStated},                   {QStringLiteral("nsp"), NotStated},
    };
    for (const auto &[word, code] : words) {
        if (key == word)
            return code;
    }
    // A plain age in years ("34") falls in its band.
    bool isNumber = false;
    const int age = key.toInt(&isNumber);
    if (isNumber && age > 0 && age < 130) {
        if (age < 18)
            return QStringLiteral("under-18");
        if (age > 75)
            return QStringLiteral("over-75");
        for (const QString &code : ageBands()) {
            const int low = code.section(QLatin1Char('-'), 0, 0).toInt();
            const int high = code.section(QLatin1Char('-'), 1, 1).toInt();
            if (low > 0 && age >= low && age <= high)
                return code;
        }
    }
    return std::nullopt;
}

std::optional<QString> LearnerFields::parseGender(const QString &text)
{
    const QString key = compact(text);
    if (key.isEmpty())
        return QString();
    for (const QString &code : genders()) {
        if (key == compact(code) || key == compact(genderLabel(code)))
            return code;
    }
    static const QList<QPair<QStringList, QString>> words = {
        {{QStringLiteral("f"), QStringLiteral("femme"), QStringLiteral("female"), QStringLiteral("w")}, QStringLiteral("woman")},
        {{QStringLiteral("h"), QStringLiteral("m"), QStringLiteral("homme"), QStringLiteral("male")}, QStringLiteral("man")},
        {{QStringLiteral("autre"), QStringLiteral("nonbinaire"), QStringLiteral("x")}, QStringLiteral("other")},
        {{QStringLiteral("nonprecise"), QStringLiteral("nonrenseigne"), QStringLiteral("nondeclare"), QStringLiteral("nsp")}, NotStated},
    };
    for (const auto &[keys, code] : words) {
        if (keys.contains(key))
            return code;
    }
    return std::nullopt;
}

QString LearnerFields::phoneDigits(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.isEmpty())
        return {};
    if (trimmed.startsWith(QLatin1Char('+'))) {
        if (digits.startsWith(QLatin1String("33")) || digits.startsWith(QLatin1String("32")))
            digits.remove(0, 2);
    } else if (digits.startsWith(QLatin1String("0033")) || digits.startsWith(QLatin1String("0032"))) {
        digits.remove(0, 4);
    } else if (digits.startsWith(QLatin1Char('0'))) {
        digits.remove(0, 1);
    }
    return digits;
}

QString LearnerFields::contactKey(const QString &email, const QString &phone)
{
    const QString mail = email.trimmed().toLower();
    if (!mail.isEmpty())
        return mail;
    return phoneDigits(phone);
}

QString LearnerFields::normalisedPostcode(const QString &postcode)
{
    QString out;
    for (const QChar c : postcode) {
        if (!c.isSpace())
            out += c.toUpper();
    }
    return out;
}

bool LearnerFields::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(email.trimmed()).hasMatch();
}
