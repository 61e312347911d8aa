// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnereditdialog.h"

#include "learners/learnerfields.h"
#include "privacy/privacynotice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void fillCombo(QComboBox *combo, const QStringList &codes, QString (*label)(const QString &), const QString &current)
{
    combo->addItem(QCoreApplication::translate("LearnerEditDialog", "—"), QString());
    for (const QString &code : codes)
        combo->addItem(label(code), code);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

LearnerEditDialog::LearnerEditDialog(LearnerStore &store, const Learner &learner, QWidget *parent)
    : QDialog(parent), m_store(store), m_original(learner), m_learnerId(learner.id), m_ageBand(new QComboBox(this)),
      m_gender(new QComboBox(this)), m_consent(new QCheckBox(tr("Consent &given on"), this)), m_consentDate(new QDateEdit(this)),
      m_today(new QPushButton(tr("&Today"), this)), m_notes(new QPlainTextEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("learnerEditDialog"));
    setWindowTitle(learner.id > 0 ? tr("Edit %1").arg(learner.displayName) : tr("New learner"));
    auto *form = new QFormLayout;
    m_displayName = addLine(form, tr("&Display name (required):"), tr("Display name"), "displayName");
    m_displayName->setPlaceholderText(tr("A first name or a nickname is enough"));
    m_firstName = addLine(form, tr("&First name:"), tr("First name"), "firstName");
    m_lastName = addLine(form, tr("&Last name:"), tr("Last name"), "lastName");
    m_phone = addLine(form, tr("&Phone:"), tr("Phone"), "phone");
    m_email = addLine(form, tr("&E-mail:"), tr("E-mail"), "email");
    m_postcode = addLine(form, tr("Post&code:"), tr("Postcode"), "postcode");

    fillCombo(m_ageBand, LearnerFields::ageBands(), &LearnerFields::ageBandLabel, learner.ageBand);
    m_ageBand->setAccessibleName(tr("Age band"));
    auto *ageLabel = new QLabel(tr("&Age band:"), this);
    ageLabel->setBuddy(m_ageBand);
    form->addRow(ageLabel, m_ageBand);
    fillCombo(m_gender, LearnerFields::genders(), &LearnerFields::genderLabel, learner.gender);
    m_gender->setAccessibleName(tr("Gender"));
    auto *genderLabel = new QLabel(tr("Ge&nder:"), this);
    genderLabel->setBuddy(m_gender);
    form->addRow(genderLabel, m_gender);

    // Consent: a date (with a one-key "today") and the version of the wording that was read out.
    m_consent->setObjectName(QStringLiteral("consentGiven"));
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_consentDate->setAccessibleName(tr("Consent date"));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_consentDate->setDate(learner.consentDate.isValid() ? learner.consentDate : QDate::currentDate());
    m_today->setAccessibleName(tr("Consent given today"));
    m_consent->setChecked(learner.consentDate.isValid());
    auto *consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consentDate, 1);
    consentRow->addWidget(m_today);
    form->addRow(m_consent, consentRow);
    m_consentVersion = addLine(form, tr("Consent &wording version:"), tr("Consent wording version"), "consentVersion");
    // The wording consented to is a version of the privacy notice (Help → Privacy notice…).
    auto *consentHint = new QLabel(this);
    consentHint->setObjectName(QStringLiteral("consentVersionHint"));
    consentHint->setWordWrap(true);
    form->addRow(QString(), consentHint);
    m_personalCode = addLine(form, tr("Personal c&ode:"), tr("Personal code"), "personalCode");
    m_personalCode->setToolTip(tr("A short code the learner types to sign in on a shared computer."));

    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaximumHeight(90);
    auto *notesLabel = new QLabel(tr("Note&s:"), this);
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);

    m_error->setObjectName(QStringLiteral("learnerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_displayName->setText(learner.displayName);
    m_firstName->setText(learner.firstName);
    m_lastName->setText(learner.lastName);
    m_phone->setText(learner.phone);
    m_email->setText(learner.email);
    m_postcode->setText(learner.postcode);
    m_consentVersion->setText(learner.consentVersion);
    m_personalCode->setText(learner.personalCode);
    m_notes->setPlainText(learner.notes);

    auto syncConsent = [this] {
        m_consentDate->setEnabled(m_consent->isChecked());
        m_consentVersion->setEnabled(m_consent->isChecked());
    };
    syncConsent();
    auto syncHint = [this, consentHint] {
        const QString version = m_consentVersion->text().trimmed();
        if (m_consent->isChecked() && !version.isEmpty() && version != PrivacyNotice::version())
            consentHint->setText(tr("Not the current privacy notice (version %1): read the current one with the person "
                                    "and record their consent again.")
                                     .arg(PrivacyNotice::version()));
        else
            consentHint->setText(tr("Current privacy notice: version %1 (Help → Privacy notice…).").arg(PrivacyNotice::version()));
    };
    syncHint();
    // Consent given now is consent to the current notice.
    auto consentNow = [this] {
        if (m_consent->isChecked() && m_consentVersion->text().trimmed().isEmpty())
            m_consentVersion->setText(PrivacyNotice::version());
    };
    connect(m_consent, &QCheckBox::toggled, this, syncConsent);
    connect(m_consent, &QCheckBox::toggled, this, consentNow);
    connect(m_consent, &QCheckBox::toggled, this, syncHint);
    connect(m_consentVersion, &QLineEdit::textChanged, this, syncHint);
    connect(m_today, &QPushButton::clicked, this, [this, consentNow] {
        m_consent->setChecked(true);
        m_consentDate->setDate(QDate::currentDate());
        consentNow();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &LearnerEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The fields above were created after the combos: give Tab the visual order.
    const QList<QWidget *> order = {m_displayName, m_firstName, m_lastName, m_phone, m_email, m_postcode, m_ageBand, m_gender,
                                    m_consent, m_consentDate, m_today, m_consentVersion, m_personalCode, m_notes};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    m_displayName->setFocus();
}

QLineEdit *LearnerEditDialog::addLine(QFormLayout *form, const QString &label, const QString &accessibleName,
                                      const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    auto *buddy = new QLabel(label, this);
    buddy->setBuddy(edit);
    form->addRow(buddy, edit);
    return edit;
}

Learner LearnerEditDialog::learner() const
{
    Learner l = m_original;
    l.displayName = m_displayName->text().trimmed();
    l.firstName = m_firstName->text().trimmed();
    l.lastName = m_lastName->text().trimmed();
    l.phone = m_phone->text().trimmed();
    l.email = m_email->text().trimmed();
    l.ageBand = m_ageBand->currentData().toString();
    l.gender = m_gender->currentData().toString();
    l.postcode = m_postcode->text().trimmed();
    l.consentDate = m_consent->isChecked() ? m_consentDate->date() : QDate();
    l.consentVersion = m_consent->isChecked() ? m_consentVersion->text().trimmed() : QString();
    l.personalCode = m_personalCode->text().trimmed();
    l.notes = m_notes->toPlainText().trimmed();
    return l;
}

void LearnerEditDialog::save()
{
    const Learner l = learner();
    auto showError = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    if (Status status = LearnerStore::validate(l); !status)
        return showError(status.error());
    const Result<QList<Learner>> duplicates = m_store.findDuplicates(l);
    if (!duplicates)
        return showError(duplicates.error());
    const bool creating = l.id <= 0;
    if (!duplicates->isEmpty()) {
        const DuplicateChoice choice = m_askDuplicate ? m_askDuplicate(*duplicates, creating) : askDuplicate(*duplicates, creating);
        if (choice == DuplicateChoice::Cancel)
            return;
        if (choice == DuplicateChoice::UseExisting) {
            m_learnerId = duplicates->first().id;
            m_usedExisting = true;
            accept();
            return;
        }
    }
    if (creating) {
        const Result<qint64> id = m_store.add(l);
        if (!id)
            return showError(id.error());
        m_learnerId = *id;
    } else if (Status status = m_store.update(l); !status) {
        return showError(status.error());
    }
    accept();
}

LearnerEditDialog::DuplicateChoice LearnerEditDialog::askDuplicate(const QList<Learner> &duplicates, bool creating)
{
    QStringList names;
    for (const Learner &d : duplicates)
        names << (d.postcode.isEmpty() ? d.displayName : tr("%1 (%2)").arg(d.displayName, d.postcode));
    QMessageBox box(QMessageBox::Warning, tr("Already known?"),
                    tr("%1 looks like the same person.", nullptr, int(duplicates.size())).arg(names.join(QStringLiteral(", "))), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("duplicateWarning"));
    QPushButton *existing = creating ? box.addButton(tr("&Use the existing record"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *anyway = box.addButton(creating ? tr("&Create anyway") : tr("&Save anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(existing ? existing : anyway);
    if (!creating)
        box.setInformativeText(tr("To keep one record with everything, use Merge… in the list of learners."));
    box.exec();
    if (existing && box.clickedButton() == existing)
        return DuplicateChoice::UseExisting;
    if (box.clickedButton() == anyway)
        return DuplicateChoice::SaveAnyway;
    return DuplicateChoice::Cancel;
}
