// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/groupresultsdialog.h"

#include "content/modulelibrary.h"
#include "quiz/quizresultstore.h"
#include "workshops/workshopstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

GroupResultsDialog::GroupResultsDialog(const QSqlDatabase &db, const ModuleLibrary &library, const QString &language,
                                       QWidget *parent)
    : QDialog(parent), m_db(db), m_library(library), m_language(language), m_workshop(new QComboBox(this)),
      m_module(new QComboBox(this)), m_kind(new QComboBox(this)), m_summary(new QLabel(this)),
      m_distribution(new QTableWidget(this)), m_questions(new QTableWidget(this))
{
    setWindowTitle(tr("Group results of a workshop"));
    m_workshop->setAccessibleName(tr("Workshop"));
    m_module->setAccessibleName(tr("Module"));
    m_kind->setAccessibleName(tr("Quiz"));
    m_kind->addItem(tr("After the module"), QStringLiteral("post"));
    m_kind->addItem(tr("Before the module"), QStringLiteral("pre"));
    m_kind->addItem(tr("Practice"), QStringLiteral("practice"));
    m_summary->setObjectName(QStringLiteral("groupSummary"));
    m_summary->setWordWrap(true);
    m_distribution->setColumnCount(2);
    m_distribution->setHorizontalHeaderLabels({tr("Score"), tr("People")});
    m_distribution->setAccessibleName(tr("How the scores spread"));
    m_distribution->verticalHeader()->hide();
    m_distribution->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_distribution->setMaximumHeight(190);
    m_questions->setObjectName(QStringLiteral("groupQuestions"));
    m_questions->setColumnCount(3);
    m_questions->setHorizontalHeaderLabels({tr("Question"), tr("Right answers"), tr("Answers")});
    m_questions->setAccessibleName(tr("Success rate per question, lowest first"));
    m_questions->verticalHeader()->hide();
    m_questions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_questions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_questions->setWordWrap(true);

    const Result<QList<Workshop>> workshops = WorkshopStore(m_db).list();
    if (workshops) {
        for (auto it = workshops->crbegin(); it != workshops->crend(); ++it) // newest first
            m_workshop->addItem(QStringLiteral("%1 — %2").arg(QLocale().toString(it->start, QLocale::ShortFormat), it->title), it->id);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Workshop:"), m_workshop);
    form->addRow(tr("&Module:"), m_module);
    form->addRow(tr("&Quiz:"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_distribution);
    layout->addWidget(m_questions, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_workshop, &QComboBox::currentIndexChanged, this, &GroupResultsDialog::fillModules);
    connect(m_module, &QComboBox::currentIndexChanged, this, &GroupResultsDialog::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &GroupResultsDialog::refresh);
    fillModules();
    resize(820, 640);
}

bool GroupResultsDialog::selectWorkshop(qint64 workshopId)
{
    const int index = m_workshop->findData(workshopId);
    if (index < 0)
        return false;
    m_workshop->setCurrentIndex(index);
    return true;
}

QString GroupResultsDialog::summaryText() const
{
    return m_summary->text();
}

void GroupResultsDialog::fillModules()
{
    const QSignalBlocker blocker(m_module);
    m_module->clear();
    const Result<Workshop> workshop = WorkshopStore(m_db).get(m_workshop->currentData().toLongLong());
    const QStringList ids = workshop ? workshop->modules : QStringList();
    for (const Module *module : m_library.modules(m_language))
        if (ids.isEmpty() || ids.contains(module->id))
            m_module->addItem(localized(module->title, m_language), module->id);
    refresh();
}

void GroupResultsDialog::refresh()
{
    const QString moduleId = m_module->currentData().toString();
    const Result<GroupResults> results = QuizResultStore(m_db).workshopResults(m_workshop->currentData().toLongLong(), moduleId,
                                                                                 m_kind->currentData().toString());
    m_distribution->setRowCount(0);
    m_questions->setRowCount(0);
    if (!results || results->attempts == 0) {
        m_summary->setText(results ? tr("No finished quiz for this workshop, module and quiz yet.") : results.error());
        return;
    }
    m_summary->setText(tr("%n person(s) finished this quiz. Average score: %1 %.", nullptr, results->attempts)
                           .arg(qRound(results->averagePercent)));
    const QStringList bands = {tr("0–19 %"), tr("20–39 %"), tr("40–59 %"), tr("60–79 %"), tr("80–100 %")};
    for (int band = 0; band < bands.size(); ++band) {
        m_distribution->insertRow(band);
        m_distribution->setItem(band, 0, new QTableWidgetItem(bands.at(band)));
        m_distribution->setItem(band, 1, new QTableWidgetItem(QString::number(results->distribution.value(band))));
    }
    // Lowest success first: what to explain again comes at the top.
    const Module *module = m_library.module(moduleId);
    const QuizDefinition quiz = module ? m_library.quiz(*module) : QuizDefinition();
    QList<std::pair<double, QString>> ordered;
    for (auto it = results->successByQuestion.cbegin(); it != results->successByQuestion.cend(); ++it)
        ordered.append({it.value(), it.key()});
    std::sort(ordered.begin(), ordered.end());
    for (const auto &[rate, questionId] : std::as_const(ordered)) {
        QString prompt = questionId;
        for (const Question &question : quiz.questions)
            if (question.id == questionId)
                prompt = localized(question.prompt, m_language);
        const int row = m_questions->rowCount();
        m_questions->insertRow(row);
        m_questions->setItem(row, 0, new QTableWidgetItem(prompt));
        m_questions->setItem(row, 1, new QTableWidgetItem(QStringLiteral("%1 %").arg(qRound(rate * 100))));
        m_questions->setItem(row, 2, new QTableWidgetItem(QString::number(results->answersByQuestion.value(questionId))));
    }
}
