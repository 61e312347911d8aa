// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnerimport.h"

#include "core/textfold.h"
#include "learners/duplicatefinder.h"
#include "learners/learnerfields.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace {

// Header text reduced to letters and digits, folded: "Nom d’affichage" → "nomdaffichage".
QString headerKey(const QString &header)
{
    QString key;
    for (const QChar c : foldForSearch(header)) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

QDate parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const char *format : {"yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy", "yyyy/MM/dd"}) {
        const QDate date = QDate::fromString(trimmed, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    // Spreadsheets may append a time: "2026-03-01 00:00:00" or "2026-03-01T10:00".
    const QDate head = QDate::fromString(trimmed.left(10), QStringLiteral("yyyy-MM-dd"));
    return trimmed.size() > 10 ? head : QDate();
}

QString nameWithPostcode(const Learner &learner)
{
    return learner.postcode.isEmpty() ? learner.displayName
                                      : QStringLiteral("%1 (%2)").arg(learner.displayName, learner.postcode);
}

} // namespace

QList<LearnerImport::Field> LearnerImport::allFields()
{
    return {Field::Ignore, Field::DisplayName, Field::FirstName, Field::LastName, Field::Phone, Field::Email, Field::AgeBand,
            Field::Gender, Field::Postcode, Field::Notes, Field::ConsentDate, Field::ConsentVersion};
}

QString LearnerImport::fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore: return tr("(ignore this column)");
    case Field::DisplayName: return tr("Display name");
    case Field::FirstName: return tr("First name");
    case Field::LastName: return tr("Last name");
    case Field::Phone: return tr("Phone");
    case Field::Email: return tr("E-mail");
    case Field::AgeBand: return tr("Age band");
    case Field::Gender: return tr("Gender");
    case Field::Postcode: return tr("Postcode");
    case Field::Notes: return tr("Notes");
    case Field::ConsentDate: return tr("Consent date");
    case Field::ConsentVersion: return tr("Consent wording version");
    }
    return {};
}

LearnerImport::Field LearnerImport::fieldForHeader(const QString &header)
{
    static const QHash<QString, Field> names = [] {
        QHash<QString, Field> h;
        auto add = [&h](Field f, std::initializer_list<const char *> keys) {
            for (const char *k : keys)
                h.insert(QString::fromLatin1(k), f);
        };
        add(Field::DisplayName, {"pseudo", "pseudonyme", "nomdaffichage", "affichage", "surnom", "displayname", "nickname",
                                 "name", "fullname", "nomcomplet", "nomusuel"});
        add(Field::FirstName, {"prenom", "firstname", "givenname", "forename", "first"});
        add(Field::LastName, {"nom", "nomdefamille", "lastname", "surname", "familyname", "last"});
        add(Field::Phone, {"telephone", "tel", "phone", "phonenumber", "telephonenumber", "mobile", "portable", "gsm",
                           "numerodetelephone", "cellphone"});
        add(Field::Email, {"courriel", "email", "mail", "adressemail", "adresseemail", "emailaddress", "adressecourriel",
                           "adresseelectronique"});
        add(Field::AgeBand, {"tranchedage", "trancheage", "classedage", "age", "ageband", "agegroup", "agerange"});
        add(Field::Gender, {"genre", "sexe", "gender", "sex"});
        add(Field::Postcode, {"codepostal", "cp", "postcode", "postalcode", "zip", "zipcode"});
        add(Field::Notes, {"notes", "note", "remarques", "remarque", "commentaire", "commentaires", "comments", "comment"});
        add(Field::ConsentDate, {"datedeconsentement", "dateduconsentement", "consentement", "consentdate", "consent",
                                 "dateofconsent"});
        add(Field::ConsentVersion, {"versionduconsentement", "versiondeconsentement", "consentversion", "versionconsentement",
                                    "consentwording", "consentwordingversion"});
        return h;
    }();
    return names.value(headerKey(header), Field::Ignore);
}

Result<LearnerImport> LearnerImport::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<LearnerImport>::failure(tr("%1: cannot be read (%2).").arg(path, file.errorString()));
    return fromBytes(file.readAll(), path);
}

Result<LearnerImport> LearnerImport::fromBytes(const QByteArray &bytes, const QString &fileName)
{
    LearnerImport import;
    import.m_fileName = fileName;
    import.m_table = CsvReader::read(bytes);
    if (import.m_table.records.isEmpty())
        return Result<LearnerImport>::failure(tr("%1: the file is empty; a first line with the column names is expected, "
                                                 "e.g. “Prénom;Nom;Code postal”.").arg(fileName));
    import.m_headers = import.m_table.records.first().fields;
    QList<Field> mapping;
    for (const QString &header : std::as_const(import.m_headers)) {
        const Field field = fieldForHeader(header);
        mapping.append(mapping.contains(field) ? Field::Ignore : field);
    }
    import.setMapping(mapping);
    if (Status status = import.checkMapping(); !status)
        return status;
    return import;
}

void LearnerImport::setMapping(const QList<Field> &mapping)
{
    m_mapping = mapping;
    m_mapping.resize(m_headers.size(), Field::Ignore);
}

Status LearnerImport::checkMapping() const
{
    if (m_mapping.contains(Field::DisplayName) || m_mapping.contains(Field::FirstName) || m_mapping.contains(Field::LastName))
        return {};
    return Status::failure(tr("%1: no column gives a name. The first line must name at least one of these columns: "
                              "“Pseudo” or “Display name”, “Prénom” or “First name”, “Nom” or “Last name”. "
                              "Columns found: %2.")
                               .arg(m_fileName, m_headers.join(QStringLiteral(", "))));
}

LearnerImport::Row LearnerImport::readRow(const CsvRecord &record) const
{
    Row row;
    row.line = record.line;
    Learner &l = row.learner;
    QString ageText, genderText, consentText;
    for (qsizetype i = 0; i < m_mapping.size() && i < record.fields.size(); ++i) {
        const QString value = record.fields.at(i).trimmed();
        switch (m_mapping.at(i)) {
        case Field::Ignore: break;
        case Field::DisplayName: l.displayName = value; break;
        case Field::FirstName: l.firstName = value; break;
        case Field::LastName: l.lastName = value; break;
        case Field::Phone: l.phone = value; break;
        case Field::Email: l.email = value; break;
        case Field::AgeBand: ageText = value; break;
        case Field::Gender: genderText = value; break;
        case Field::Postcode: l.postcode = value; break;
        case Field::Notes: l.notes = value; break;
        case Field::ConsentDate: consentText = value; break;
        case Field::ConsentVersion: l.consentVersion = value; break;
        }
    }
    if (l.displayName.isEmpty())
        l.displayName = l.firstName.isEmpty() ? l.fullName() : l.firstName;
    auto reject = [&row](const QString &reason) {
        row.outcome = Row::Outcome::Rejected;
        row.reason = reason;
    };
    if (l.displayName.isEmpty())
        reject(tr("no name (display name, first name or last name)"));
    else if (!l.email.isEmpty() && !LearnerFields::isValidEmail(l.email))
        reject(tr("invalid e-mail address “%1”").arg(l.email));
    else if (const auto age = LearnerFields::parseAgeBand(ageText); !age)
        reject(tr("unknown age band “%1”").arg(ageText));
    else if (const auto gender = LearnerFields::parseGender(genderText); !gender)
        reject(tr("unknown gender “%1”").arg(genderText));
    else if (!consentText.isEmpty() && !parseDate(consentText).isValid())
        reject(tr("invalid consent date “%1” (expected e.g. 2026-03-01 or 01/03/2026)").arg(consentText));
    else {
        l.ageBand = *age;
        l.gender = *gender;
        l.consentDate = parseDate(consentText);
        l.contactKey = LearnerFields::contactKey(l.email, l.phone);
    }
    return row;
}

Result<LearnerImport::Report> LearnerImport::analyse(const QSqlDatabase &db) const
{
    if (Status status = checkMapping(); !status)
        return status;
    const Result<QList<Learner>> stored = LearnerStore(db).list();
    if (!stored)
        return stored.status();
    DuplicateFinder existing;
    QHash<qint64, QString> names;
    for (const Learner &learner : *stored) {
        existing.insert(learner, learner.id);
        names.insert(learner.id, nameWithPostcode(learner));
    }
    DuplicateFinder earlier;
    Report report;
    for (qsizetype i = 1; i < m_table.records.size(); ++i) {
        const CsvRecord &record = m_table.records.at(i);
        // A line of empty cells (";;;;", common at the end of spreadsheet exports) is no row at all.
        if (std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        Row row = readRow(record);
        if (row.outcome == Row::Outcome::Import) {
            if (const QList<qint64> ids = existing.find(row.learner); !ids.isEmpty()) {
                row.outcome = Row::Outcome::Duplicate;
                row.duplicateOfId = ids.first();
                row.duplicateOfName = names.value(ids.first());
            } else if (const QList<qint64> lines = earlier.find(row.learner); !lines.isEmpty()) {
                row.outcome = Row::Outcome::Duplicate;
                row.duplicateOfLine = int(lines.first());
            } else {
                earlier.insert(row.learner, row.line);
            }
        }
        switch (row.outcome) {
        case Row::Outcome::Import: ++report.imported; break;
        case Row::Outcome::Duplicate: ++report.duplicates; break;
        case Row::Outcome::Rejected: ++report.rejected; break;
        }
        report.rows.append(row);
    }
    return report;
}

Result<LearnerImport::Report> LearnerImport::run(const QSqlDatabase &db, bool dryRun) const
{
    Result<Report> report = analyse(db);
    if (!report || dryRun)
        return report;
    QList<Learner> learners;
    learners.reserve(report->imported);
    for (const Row &row : std::as_const(report->rows)) {
        if (row.outcome == Row::Outcome::Import)
            learners.append(row.learner);
    }
    if (const Result<int> added = LearnerStore(db).addAll(learners); !added)
        return added.status();
    report->written = true;
    return report;
}

QString LearnerImport::Report::describe(const Row &row) const
{
    switch (row.outcome) {
    case Row::Outcome::Import:
        return (written ? LearnerImport::tr("Line %1: %2 imported.") : LearnerImport::tr("Line %1: %2 will be imported.")).arg(QString::number(row.line), nameWithPostcode(row.learner));
    case Row::Outcome::Duplicate:
        if (row.duplicateOfId > 0)
            return LearnerImport::tr("Line %1: %2 looks like %3, already stored; not imported.")
                .arg(QString::number(row.line), nameWithPostcode(row.learner), row.duplicateOfName);
        return LearnerImport::tr("Line %1: %2 looks like the person on line %3; not imported.")
            .arg(QString::number(row.line), nameWithPostcode(row.learner), QString::number(row.duplicateOfLine));
    case Row::Outcome::Rejected:
        return LearnerImport::tr("Line %1: rejected: %2.").arg(QString::number(row.line), row.reason);
    }
    return {};
}
