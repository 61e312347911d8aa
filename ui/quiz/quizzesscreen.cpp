// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/quizzesscreen.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "learners/learnerpickerdialog.h"
#include "learners/learnersession.h"
#include "learners/learnerstore.h"
#include "quiz/groupmodelauncher.h"
#include "quiz/groupresultsdialog.h"
#include "quiz/quizimport.h"
#include "quiz/quizresultstore.h"
#include "quiz/quizreview.h"
#include "quiz/quizrunner.h"
#include "quiz/quizsession.h"
#include "storage/database.h"
#include "workshops/workshopstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

QuizzesScreen::QuizzesScreen(Database &database, ModuleLibrary &library, LearnerSession &learner, QWidget *parent)
    : Screen(parent), m_database(database), m_library(library), m_learner(learner), m_pages(new QStackedWidget(this)),
      m_heading(new QLabel(this)), m_moduleLabel(new QLabel(this)), m_module(new QComboBox(this)),
      m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)), m_workshopLabel(new QLabel(this)),
      m_workshop(new QComboBox(this)), m_groupResults(new QPushButton(this)), m_feedbackLabel(new QLabel(this)),
      m_feedback(new QComboBox(this)), m_confidence(new QCheckBox(this)), m_start(new QPushButton(this)),
      m_import(new QPushButton(this)), m_export(new QPushButton(this)), m_group(new QPushButton(this)),
      m_learnerLabel(new QLabel(this)), m_changeLearner(new QPushButton(this)), m_resultsHeading(new QLabel(this)),
      m_results(new QTableWidget(this)), m_runner(new QuizRunner(this)), m_review(new QuizReview(this))
{
    m_heading->setProperty("role", QStringLiteral("screenTitle"));
    m_heading->setObjectName(QStringLiteral("screenTitle"));
    m_module->setObjectName(QStringLiteral("quizModule"));
    m_kind->setObjectName(QStringLiteral("quizKind"));
    m_feedback->setObjectName(QStringLiteral("quizFeedbackMode"));
    m_confidence->setObjectName(QStringLiteral("quizConfidence"));
    m_start->setObjectName(QStringLiteral("startQuiz"));
    m_results->setObjectName(QStringLiteral("quizResults"));
    m_results->setColumnCount(4);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_moduleLabel->setBuddy(m_module);
    m_kindLabel->setBuddy(m_kind);
    m_workshopLabel->setBuddy(m_workshop);
    m_workshop->setObjectName(QStringLiteral("quizWorkshop"));
    m_groupResults->setObjectName(QStringLiteral("groupResults"));
    m_feedbackLabel->setBuddy(m_feedback);

    auto *form = new QFormLayout;
    form->addRow(m_moduleLabel, m_module);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_workshopLabel, m_workshop);
    form->addRow(m_feedbackLabel, m_feedback);
    form->addRow(QString(), m_confidence);
    auto *who = new QHBoxLayout;
    who->addWidget(m_learnerLabel, 1);
    who->addWidget(m_changeLearner);
    auto *setup = new QWidget(this);
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->addWidget(m_heading);
    setupLayout->addLayout(who);
    setupLayout->addLayout(form);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addStretch();
    actions->addWidget(m_groupResults);
    actions->addWidget(m_group);
    actions->addWidget(m_import);
    actions->addWidget(m_export);
    setupLayout->addLayout(actions);
    setupLayout->addSpacing(16);
    setupLayout->addWidget(m_resultsHeading);
    setupLayout->addWidget(m_results, 1);
    m_pages->addWidget(setup);
    m_pages->addWidget(m_runner);
    m_pages->addWidget(m_review);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_start, &QPushButton::clicked, this, [this] { startQuiz(m_module->currentData().toString(), m_kind->currentData().toString()); });
    connect(m_changeLearner, &QPushButton::clicked, this, &QuizzesScreen::chooseLearner);
    connect(m_import, &QPushButton::clicked, this, &QuizzesScreen::importGift);
    connect(m_groupResults, &QPushButton::clicked, this, [this] {
        GroupResultsDialog dialog(m_database.connection(), m_library, language(), this);
        dialog.selectWorkshop(m_workshop->currentData().toLongLong());
        dialog.exec();
    });
    connect(m_export, &QPushButton::clicked, this, &QuizzesScreen::exportGift);
    connect(m_group, &QPushButton::clicked, this, [this] {
        GroupModeLauncher launcher(m_library, language(), this);
        launcher.selectModule(m_module->currentData().toString());
        launcher.exec();
    });
    m_import->setObjectName(QStringLiteral("importGift"));
    m_export->setObjectName(QStringLiteral("exportGift"));
    m_group->setObjectName(QStringLiteral("groupMode"));
    connect(m_runner, &QuizRunner::finished, this, &QuizzesScreen::showReview);
    connect(m_runner, &QuizRunner::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("The answer was not saved"), message);
    });
    connect(m_review, &QuizReview::backRequested, this, [this] {
        m_pages->setCurrentIndex(0);
        refreshResults();
    });
    connect(m_review, &QuizReview::retryRequested, this, [this] { startQuiz(m_lastModule, m_lastKind); });
    connect(m_review, &QuizReview::lessonPageRequested, this, &QuizzesScreen::lessonPageRequested);
    // A learner alone at the computer sees their own results only and cannot change the quizzes.
    const auto applyLearnerMode = [this](bool on) {
        for (QWidget *staffOnly : {static_cast<QWidget *>(m_changeLearner), static_cast<QWidget *>(m_import),
                                   static_cast<QWidget *>(m_export), static_cast<QWidget *>(m_group),
                                   static_cast<QWidget *>(m_groupResults), static_cast<QWidget *>(m_workshop),
                                   static_cast<QWidget *>(m_workshopLabel)})
            staffOnly->setVisible(!on);
    };
    connect(&m_learner, &LearnerSession::learnerModeChanged, this, applyLearnerMode);
    applyLearnerMode(m_learner.isLearnerMode());
    connect(&m_learner, &LearnerSession::changed, this, [this] {
        m_pages->setCurrentIndex(0);
        refreshResults();
    });
    retranslate();
}

QString QuizzesScreen::language() const
{
    const QString current = LanguageManager::instance()->current();
    return current.isEmpty() ? QStringLiteral("fr") : current;
}

void QuizzesScreen::activate()
{
    fillChoices();
    fillWorkshops();
    refreshResults();
}

void QuizzesScreen::fillChoices()
{
    const QString selected = m_module->currentData().toString();
    m_module->clear();
    for (const Module *module : m_library.modules(language()))
        if (module->questionCount > 0)
            m_module->addItem(localized(module->title, language()), module->id);
    m_module->setCurrentIndex(qMax(0, m_module->findData(selected)));
}

// Quizzes taken during a workshop count in that workshop's group results: the workshops of the
// last week and the next day are offered, the one under way first.
void QuizzesScreen::fillWorkshops()
{
    const qint64 selected = m_workshop->currentData().toLongLong();
    m_workshop->clear();
    m_workshop->addItem(tr("None (not during a workshop)"), 0);
    WorkshopFilter filter;
    filter.from = QDate::currentDate().addDays(-7);
    filter.to = QDate::currentDate().addDays(1);
    filter.includeCancelled = false;
    const Result<QList<Workshop>> workshops = WorkshopStore(m_database.connection()).list(filter);
    const QDateTime now = QDateTime::currentDateTime();
    int current = 0;
    if (workshops) {
        for (auto it = workshops->crbegin(); it != workshops->crend(); ++it) {
            m_workshop->addItem(QStringLiteral("%1 — %2").arg(QLocale().toString(it->start, QLocale::ShortFormat), it->title), it->id);
            if (it->start <= now && now <= it->start.addSecs(60LL * it->durationMinutes))
                current = m_workshop->count() - 1;
        }
    }
    const int previous = m_workshop->findData(selected);
    m_workshop->setCurrentIndex(selected > 0 && previous > 0 ? previous : current);
}

bool QuizzesScreen::startQuiz(const QString &moduleId, const QString &kindName)
{
    return startQuiz(moduleId, kindName, 0);
}

bool QuizzesScreen::startQuiz(const QString &moduleId, const QString &kindName, quint32 seed)
{
    const Module *module = m_library.module(moduleId);
    QuizSession::Kind kind;
    if (!module || !QuizSession::kindFromName(kindName, &kind))
        return false;
    QuizSession::Options options;
    options.learnerId = m_learner.learnerId();
    options.workshopId = m_learner.isLearnerMode() ? 0 : m_workshop->currentData().toLongLong();
    options.seed = seed;
    auto session = QuizSession::start(m_database.connection(), *module, m_library.quiz(*module), kind,
                                      module->languageFor(language()), options);
    if (!session) {
        QMessageBox::warning(this, tr("The quiz cannot start"), session.error());
        return false;
    }
    if ((*session)->count() == 0) {
        QMessageBox::information(this, tr("No questions"), tr("This module has no questions for this quiz."));
        return false;
    }
    m_lastModule = moduleId;
    m_lastKind = kindName;
    m_runner->start(std::move(*session), m_feedback->currentData().toBool(), m_confidence->isChecked());
    m_pages->setCurrentWidget(m_runner);
    return true;
}

void QuizzesScreen::showReview()
{
    m_review->present(*m_runner->session());
    m_pages->setCurrentWidget(m_review);
}

void QuizzesScreen::importGift()
{
    const QString moduleId = m_module->currentData().toString();
    const QString file = QFileDialog::getOpenFileName(this, tr("Import questions from a GIFT file (Moodle)"), QString(),
                                                      tr("GIFT files (*.gift *.txt);;All files (*)"));
    if (file.isEmpty() || moduleId.isEmpty())
        return;
    const Result<QuizImport::Report> preview = QuizImport::importGift(m_library, file, moduleId, language(), true);
    if (!preview) {
        QMessageBox::warning(this, tr("The file cannot be imported"), preview.error());
        return;
    }
    QStringList skipped;
    for (const GiftFormat::Skipped &s : preview->skipped)
        skipped << tr("line %1: %2").arg(s.line).arg(s.reason);
    QString text = tr("%n question(s) will be added to \"%1\".", nullptr, preview->imported).arg(m_module->currentText());
    if (!skipped.isEmpty())
        text += QStringLiteral("\n\n") + tr("Left out (Mediatelier cannot show them):") + QLatin1Char('\n') + skipped.mid(0, 12).join(QLatin1Char('\n'));
    if (preview->imported == 0) {
        QMessageBox::information(this, tr("Nothing to import"), text);
        return;
    }
    if (QMessageBox::question(this, tr("Import the questions?"), text) != QMessageBox::Yes)
        return;
    const Result<QuizImport::Report> done = QuizImport::importGift(m_library, file, moduleId, language(), false);
    if (!done) {
        QMessageBox::warning(this, tr("The file cannot be imported"), done.error());
        return;
    }
    fillChoices();
    QMessageBox::information(this, tr("Questions imported"),
                             tr("%n question(s) imported. They are kept in your own copy of the module.", nullptr, done->imported));
}

void QuizzesScreen::exportGift()
{
    const QString moduleId = m_module->currentData().toString();
    if (moduleId.isEmpty())
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the questions as GIFT (Moodle)"), moduleId + QStringLiteral(".gift"),
                                                      tr("GIFT files (*.gift)"));
    if (file.isEmpty())
        return;
    int skipped = 0;
    if (Status status = QuizImport::exportGift(m_library, moduleId, language(), file, &skipped); !status) {
        QMessageBox::warning(this, tr("The questions were not exported"), status.error());
        return;
    }
    QMessageBox::information(this, tr("Questions exported"),
                             tr("The questions were written to %1.").arg(file)
                                 + (skipped > 0 ? QStringLiteral("\n") + tr("%n question(s) left out: GIFT cannot hold ordering questions or self-assessment statements.", nullptr, skipped)
                                                : QString()));
}

void QuizzesScreen::refreshResults()
{
    m_learnerLabel->setText(m_learner.isGuest() ? tr("Answering as a guest: nothing is recorded.")
                                                : tr("Answering as %1: answers are recorded.").arg(m_learner.displayName()));
    m_results->setRowCount(0);
    m_resultsHeading->setText(m_learner.isGuest() ? tr("Choose a learner to see their results.")
                                                  : tr("Results of %1, before and after each module").arg(m_learner.displayName()));
    if (m_learner.isGuest())
        return;
    const Result<QList<ModuleGain>> gains = QuizResultStore(m_database.connection()).gains(m_learner.learnerId());
    if (!gains)
        return;
    const auto percent = [](const std::optional<double> &value) {
        return value ? QStringLiteral("%1 %").arg(qRound(*value)) : QStringLiteral("—");
    };
    for (const ModuleGain &gain : *gains) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        const Module *module = m_library.module(gain.moduleId);
        m_results->setItem(row, 0, new QTableWidgetItem(module ? localized(module->title, language()) : gain.moduleId));
        m_results->setItem(row, 1, new QTableWidgetItem(percent(gain.prePercent)));
        m_results->setItem(row, 2, new QTableWidgetItem(percent(gain.postPercent)));
        const std::optional<double> delta = gain.gain();
        m_results->setItem(row, 3, new QTableWidgetItem(delta ? QStringLiteral("%1%2 points").arg(*delta >= 0 ? QStringLiteral("+") : QString()).arg(qRound(*delta))
                                                              : QStringLiteral("—")));
    }
}

void QuizzesScreen::chooseLearner()
{
    const LearnerStore store(m_database.connection());
    LearnerPickerDialog dialog(store, this);
    if (dialog.exec() == QDialog::Accepted)
        m_learner.setLearner(dialog.learnerId(), dialog.displayName());
}

void QuizzesScreen::retranslate()
{
    m_heading->setText(title());
    m_moduleLabel->setText(tr("&Module:"));
    m_kindLabel->setText(tr("&Quiz:"));
    m_feedbackLabel->setText(tr("&Feedback:"));
    m_workshopLabel->setText(tr("During &workshop:"));
    m_groupResults->setText(tr("Group results…"));
    m_groupResults->setToolTip(tr("A workshop's results as a group: average, spread, and what to explain again."));
    const int kind = qMax(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("Before the module (what I already know)"), QStringLiteral("pre"));
    m_kind->addItem(tr("After the module (what I learned)"), QStringLiteral("post"));
    m_kind->addItem(tr("Practice"), QStringLiteral("practice"));
    m_kind->setCurrentIndex(kind);
    const int feedback = qMax(0, m_feedback->currentIndex());
    m_feedback->clear();
    m_feedback->addItem(tr("After each question"), true);
    m_feedback->addItem(tr("At the end"), false);
    m_feedback->setCurrentIndex(feedback);
    m_confidence->setText(tr("Ask \"Are you sure?\" after each answer"));
    m_start->setText(tr("&Start the quiz"));
    m_changeLearner->setText(tr("Change learner…"));
    m_import->setText(tr("Import questions (GIFT)…"));
    m_export->setText(tr("Export questions (GIFT)…"));
    m_group->setText(tr("Group mode…"));
    m_group->setToolTip(tr("Project a question and count raised hands: no names on screen."));
    m_results->setHorizontalHeaderLabels({tr("Module"), tr("Before"), tr("After"), tr("Gain")});
    m_results->setAccessibleName(tr("Results before and after each module"));
    if (isVisible())
        activate();
}
