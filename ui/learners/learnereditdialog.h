// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "learners/learnerstore.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Creates or rectifies one learner: every field of the record, a warning when the record looks like
// someone already stored (with the choice of using that record instead), and the store's refusal
// shown in the dialog without losing what was typed.
class LearnerEditDialog : public QDialog
{
    Q_OBJECT
public:
    // A learner with id 0 is created; otherwise that learner is rectified.
    LearnerEditDialog(LearnerStore &store, const Learner &learner, QWidget *parent = nullptr);

    // The saved learner, or the existing one chosen instead of a duplicate.
    qint64 learnerId() const { return m_learnerId; }
    bool usedExisting() const { return m_usedExisting; }
    Learner learner() const;

    // What the duplicate warning answers; tests replace the question.
    enum class DuplicateChoice { UseExisting, SaveAnyway, Cancel };
    using DuplicateQuestion = std::function<DuplicateChoice(const QList<Learner> &duplicates, bool creating)>;
    void setDuplicateQuestion(DuplicateQuestion question) { m_askDuplicate = std::move(question); }

private:
    void save();
    DuplicateChoice askDuplicate(const QList<Learner> &duplicates, bool creating);
    QLineEdit *addLine(class QFormLayout *form, const QString &label, const QString &accessibleName, const char *objectName);

    LearnerStore &m_store;
    Learner m_original;
    qint64 m_learnerId = 0;
    bool m_usedExisting = false;
    DuplicateQuestion m_askDuplicate;
    QLineEdit *m_displayName;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QComboBox *m_ageBand;
    QComboBox *m_gender;
    QLineEdit *m_postcode;
    QCheckBox *m_consent;
    QDateEdit *m_consentDate;
    QPushButton *m_today;
    QLineEdit *m_consentVersion;
    QLineEdit *m_personalCode;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
};
