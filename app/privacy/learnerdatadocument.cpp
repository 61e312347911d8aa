// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/learnerdatadocument.h"

#include "core/pageddocument.h"
#include "learners/learnerfields.h"
#include "privacy/learnerdataexport.h"
#include "quiz/answer.h"
#include "workshops/attendancestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTextDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

// A two-column table of label → value; empty values are left out.
QString pairsTable(const QList<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &[label, value] : rows) {
        if (!value.trimmed().isEmpty())
            html += QStringLiteral("<tr><td width=\"190\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    }
    return html + QStringLiteral("</table>");
}

// A bordered table with a grey header row.
QString gridTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                                  "style=\"border-collapse: collapse\"><tr bgcolor=\"#e8e8e8\">");
    for (const QString &header : headers)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(header));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(cell.isEmpty() ? QStringLiteral("&nbsp;") : esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString statusLabel(const QString &code)
{
    AttendanceStatus status;
    return AttendanceStore::fromCode(code, &status) ? AttendanceStore::label(status) : code;
}

} // namespace

QString LearnerDataDocument::dateTime(const QString &iso) const
{
    if (iso.isEmpty())
        return {};
    const QLocale &locale = m_data.options().locale;
    if (iso.size() == 10)
        return locale.toString(QDate::fromString(iso, Qt::ISODate), QLocale::ShortFormat);
    QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        return iso;
    if (when.timeSpec() != Qt::LocalTime)
        when = when.toLocalTime(); // stamps are UTC; workshop times are already local
    return locale.toString(when, QLocale::ShortFormat);
}

QString LearnerDataDocument::moduleTitle(const QString &moduleId) const
{
    const auto &title = m_data.options().moduleTitle;
    const QString found = title ? title(moduleId) : QString();
    return found.isEmpty() ? moduleId : found;
}

QString LearnerDataDocument::pageHeader() const
{
    return tr("Your data at this digital space — %1").arg(m_data.pseudonym());
}

QString LearnerDataDocument::profileHtml() const
{
    const QJsonObject learner = m_data.json().value(QStringLiteral("learner")).toObject();
    const QJsonObject consent = m_data.json().value(QStringLiteral("consent")).toObject();
    const QString ageBand = text(learner, "age_band");
    const QString gender = text(learner, "gender");
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Who you are")));
    html += pairsTable({
        {tr("Name used here"), text(learner, "display_name")},
        {tr("First name"), text(learner, "first_name")},
        {tr("Last name"), text(learner, "last_name")},
        {tr("Phone"), text(learner, "phone")},
        {tr("E-mail"), text(learner, "email")},
        {tr("Age band"), ageBand.isEmpty() ? QString() : LearnerFields::ageBandLabel(ageBand)},
        {tr("Gender"), gender.isEmpty() ? QString() : LearnerFields::genderLabel(gender)},
        {tr("Postcode"), text(learner, "postcode")},
        {tr("Notes written about you"), text(learner, "notes")},
        {tr("Your personal sign-in code"), text(learner, "personal_code")},
        {tr("Digital space"), text(learner, "site")},
        {tr("Record created on"), dateTime(text(learner, "created_at"))},
        {tr("Last changed on"), dateTime(text(learner, "updated_at"))},
        {tr("Anonymised on"), dateTime(text(learner, "anonymised_at"))},
        {tr("Reference"), m_data.pseudonym()},
    });
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Your consent")));
    const QString consentDate = text(consent, "date");
    if (consentDate.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No consent date is recorded.")));
    else
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("You agreed on %1 to the privacy notice, version %2.")
                                                         .arg(dateTime(consentDate), text(consent, "wording_version"))));
    return html;
}

QString LearnerDataDocument::attendanceHtml() const
{
    const QJsonArray attendance = m_data.json().value(QStringLiteral("attendance")).toArray();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Workshops you came to or registered for")));
    if (attendance.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    QList<QStringList> rows;
    for (const QJsonValue &value : attendance) {
        const QJsonObject a = value.toObject();
        rows << QStringList{dateTime(text(a, "starts_at")), text(a, "workshop_title"), text(a, "site"), text(a, "facilitator"),
                            statusLabel(text(a, "status")), dateTime(text(a, "checked_in_at"))};
    }
    html += gridTable({tr("Date"), tr("Workshop"), tr("Place"), tr("Facilitator"), tr("Status"), tr("Checked in at")}, rows);

    const QJsonArray events = m_data.json().value(QStringLiteral("attendance_events")).toArray();
    if (!events.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Every change made at the door")));
        QList<QStringList> eventRows;
        for (const QJsonValue &value : events) {
            const QJsonObject e = value.toObject();
            eventRows << QStringList{dateTime(text(e, "at")), text(e, "workshop_title"), statusLabel(text(e, "old_status")),
                                     statusLabel(text(e, "new_status"))};
        }
        html += gridTable({tr("When"), tr("Workshop"), tr("Before"), tr("After")}, eventRows);
    }
    return html;
}

QString LearnerDataDocument::progressHtml() const
{
    // One line per module: the JSON has every page; a person wants to know what they read.
    struct Module { int pages = 0; int completed = 0; QString first; QString last; };
    QMap<QString, Module> modules;
    for (const QJsonValue &value : m_data.json().value(QStringLiteral("lesson_progress")).toArray()) {
        const QJsonObject p = value.toObject();
        Module &m = modules[text(p, "module_id")];
        ++m.pages;
        if (!text(p, "completed_at").isEmpty())
            ++m.completed;
        const QString first = text(p, "first_seen");
        const QString last = text(p, "last_seen");
        if (m.first.isEmpty() || first < m.first)
            m.first = first;
        if (last > m.last)
            m.last = last;
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Lessons you read")));
    if (modules.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    QList<QStringList> rows;
    for (auto it = modules.cbegin(); it != modules.cend(); ++it)
        rows << QStringList{moduleTitle(it.key()), QString::number(it->pages), QString::number(it->completed),
                            dateTime(it->first), dateTime(it->last)};
    return html + gridTable({tr("Module"), tr("Pages opened"), tr("Pages finished"), tr("First visit"), tr("Last visit")}, rows);
}

QString LearnerDataDocument::quizzesHtml() const
{
    static const QMap<QString, const char *> kinds = {
        {QStringLiteral("pre"), QT_TR_NOOP("before the module")},
        {QStringLiteral("post"), QT_TR_NOOP("after the module")},
        {QStringLiteral("practice"), QT_TR_NOOP("practice")},
        {QStringLiteral("self"), QT_TR_NOOP("self-assessment")},
    };
    const QJsonArray attempts = m_data.json().value(QStringLiteral("quiz_attempts")).toArray();
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Your quiz answers and results")));
    if (attempts.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    const auto &prompt = m_data.options().questionPrompt;
    for (const QJsonValue &value : attempts) {
        const QJsonObject q = value.toObject();
        const QString moduleId = text(q, "module_id");
        const QString kind = text(q, "kind");
        const QString score = q.value(QStringLiteral("score")).isDouble()
                                  ? tr("score %1 / %2").arg(text(q, "score"), text(q, "max_score"))
                                  : tr("not finished");
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 — quiz %2, %3: %4")
                                                          .arg(moduleTitle(moduleId), tr(kinds.value(kind, "practice")),
                                                               dateTime(text(q, "started_at")), score)));
        QList<QStringList> rows;
        for (const QJsonValue &a : q.value(QStringLiteral("answers")).toArray()) {
            const QJsonObject answer = a.toObject();
            const QString questionId = text(answer, "question_id");
            const QString question = prompt ? prompt(moduleId, questionId) : QString();
            const Answer given = Answer::fromJson(QString::fromUtf8(
                QJsonDocument(answer.value(QStringLiteral("answer")).toObject()).toJson(QJsonDocument::Compact)));
            QStringList parts = given.choices + given.order;
            if (!given.text.isEmpty())
                parts << given.text;
            if (given.hasNumber)
                parts << m_data.options().locale.toString(given.number);
            if (given.scale > 0)
                parts << tr("%1 out of 5").arg(given.scale);
            const QJsonValue credit = answer.value(QStringLiteral("credit"));
            const QString result = credit.isNull() ? QString()
                                   : credit.toDouble() >= 0.999 ? tr("right")
                                   : credit.toDouble() > 0      ? tr("partly right")
                                                                : tr("not right");
            rows << QStringList{question.isEmpty() ? questionId : question, parts.join(QStringLiteral(", ")), result};
        }
        if (!rows.isEmpty())
            html += gridTable({tr("Question"), tr("Your answer"), tr("Result")}, rows);
    }
    return html;
}

QString LearnerDataDocument::html() const
{
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(esc(tr("Your data")));
    html += QStringLiteral("<p>%1</p>").arg(esc(
        tr("This document lists everything this digital space keeps about you in Mediatelier, as of %1. "
           "Nothing about other people is included. A computer-readable copy (JSON) comes with it.")
            .arg(dateTime(m_data.json().value(QStringLiteral("exported_at")).toString()))));
    html += profileHtml() + attendanceHtml() + progressHtml() + quizzesHtml();
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(tr("Your rights")),
                     esc(tr("You may ask to see, correct or erase these data, take them elsewhere, or object to their use. "
                            "Ask the staff of the digital space; the privacy notice says how to complain to the data "
                            "protection authority.")));
    return html + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> LearnerDataDocument::document() const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(10.5);
    document->setDefaultFont(font);
    document->setHtml(html());
    PagedDocument::repeatTableHeaders(*document);
    return document;
}

Status LearnerDataDocument::writePdf(const QString &path) const
{
    std::unique_ptr<QTextDocument> document = this->document();
    return PagedDocument::writePdf(*document, path, pageHeader());
}
