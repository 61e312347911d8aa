// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/learnerprivacyactions.h"

#include "content/modulelibrary.h"
#include "privacy/learnerdataexport.h"
#include "privacy/learnererasure.h"
#include "privacy/privacylog.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

QString LearnerPrivacyActions::exportData(Database &database, const ModuleLibrary *library, qint64 learnerId,
                                         const QString &staffLogin, QWidget *parent)
{
    const Result<LearnerDataExport> data =
        LearnerDataExport::load(database.connection(), learnerId, LearnerDataExport::Options::forLibrary(library, QLocale()));
    if (!data) {
        QMessageBox::warning(parent, tr("Export their data"), data.error());
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export their data (a JSON file and a PDF beside it)"),
                                                QDir(folder).filePath(data->suggestedBaseName() + QStringLiteral(".json")),
                                                tr("JSON files (*.json)"));
    if (path.isEmpty())
        return {};
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path = path.left(path.lastIndexOf(QLatin1Char('.')));
    const QString json = path + QStringLiteral(".json");
    const QString pdf = path + QStringLiteral(".pdf");
    if (Status status = data->save(database.connection(), json, pdf, staffLogin); !status) {
        QMessageBox::warning(parent, tr("Export their data"), status.error());
        return {};
    }
    QMessageBox::information(parent, tr("Export their data"),
                             tr("Saved:\n%1\n%2\n\nThe PDF is for the person to read; the JSON file is for another program. "
                                "Both hold personal data: hand them over, then delete them from this computer.")
                                 .arg(QDir::toNativeSeparators(json), QDir::toNativeSeparators(pdf)));
    return json;
}

bool LearnerPrivacyActions::erase(Database &database, const Learner &learner, const QString &staffLogin, QWidget *parent)
{
    const QString who = learner.fullName().isEmpty() || learner.fullName() == learner.displayName
                            ? learner.displayName
                            : tr("%1 (%2)").arg(learner.displayName, learner.fullName());
    QMessageBox box(QMessageBox::Warning, tr("Erase a learner"),
                    tr("Erase %1 for good?").arg(who), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("eraseConfirmation"));
    box.setInformativeText(tr("Their name, phone, e-mail, postcode, notes and personal code are removed and cannot be "
                              "brought back. Their attendance and quiz results stay as anonymous counts, under a "
                              "reference with no name, so that earlier reports still add up; their age band and gender "
                              "stay for the same reason.\n\nThink of exporting their data first if they want a copy."));
    QPushButton *erase = box.addButton(tr("&Erase for good"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("confirmErase"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != erase)
        return false;
    const Result<LearnerErasure::Outcome> outcome = LearnerErasure(database.connection()).erase(learner.id, staffLogin);
    if (!outcome) {
        QMessageBox::warning(parent, tr("Erase a learner"), tr("Nothing was erased: %1").arg(outcome.error()));
        return false;
    }
    return true;
}

void LearnerPrivacyActions::logRectification(Database &database, const Learner &before, const Learner &after,
                                             const QString &staffLogin)
{
    const QList<QPair<const char *, bool>> fields = {
        {"display_name", before.displayName != after.displayName}, {"first_name", before.firstName != after.firstName},
        {"last_name", before.lastName != after.lastName},          {"phone", before.phone != after.phone},
        {"email", before.email != after.email},                    {"age_band", before.ageBand != after.ageBand},
        {"gender", before.gender != after.gender},                 {"postcode", before.postcode != after.postcode},
        {"notes", before.notes != after.notes},                    {"consent", before.consentDate != after.consentDate
                                                                                   || before.consentVersion != after.consentVersion},
        {"personal_code", before.personalCode != after.personalCode}, {"site", before.siteId != after.siteId},
    };
    QStringList changed;
    for (const auto &[name, differs] : fields) {
        if (differs)
            changed << QString::fromLatin1(name);
    }
    if (!changed.isEmpty())
        PrivacyLog(database.connection()).record(PrivacyLog::Action::Rectify, after.uuid,
                                                 QStringLiteral("fields=") + changed.join(QLatin1Char(',')), staffLogin);
}
