// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"

class Database;
class LearnerSession;
class ModuleLibrary;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QuizReview;
class QuizRunner;

// The Quizzes screen: choose a module and a quiz (before, after, practice), take it, see the
// review, and a learner's before → after results.
class QuizzesScreen : public Screen
{
    Q_OBJECT
public:
    QuizzesScreen(Database &database, ModuleLibrary &library, LearnerSession &learner, QWidget *parent = nullptr);

    QString title() const override { return tr("Quizzes"); }
    void activate() override;
    bool availableInLearnerMode() const override { return true; }

    QuizRunner *runner() const { return m_runner; }
    QuizReview *review() const { return m_review; }
    bool startQuiz(const QString &moduleId, const QString &kind);
    bool startQuiz(const QString &moduleId, const QString &kind, quint32 seed);

signals:
    void lessonPageRequested(const QString &moduleId, const QString &pageId);

protected:
    void retranslate() override;

private:
    void fillChoices();
    void fillWorkshops();
    void refreshResults();
    void chooseLearner();
    void showReview();
    void importGift();
    void exportGift();
    QString language() const;

    Database &m_database;
    ModuleLibrary &m_library;
    LearnerSession &m_learner;
    QStackedWidget *m_pages;
    QLabel *m_heading;
    QLabel *m_moduleLabel;
    QComboBox *m_module;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_workshopLabel;
    QComboBox *m_workshop;
    QPushButton *m_groupResults;
    QLabel *m_feedbackLabel;
    QComboBox *m_feedback;
    QCheckBox *m_confidence;
    QPushButton *m_start;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_group;
    QLabel *m_learnerLabel;
    QPushButton *m_changeLearner;
    QLabel *m_resultsHeading;
    QTableWidget *m_results;
    QuizRunner *m_runner;
    QuizReview *m_review;
    QString m_lastModule;
    QString m_lastKind;
};
