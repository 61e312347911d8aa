// SPDX-License-Identifier: GPL-3.0-or-later
#include "learners/learnersscreen.h"

#include "learners/csvimportdialog.h"
#include "learners/learnereditdialog.h"
#include "learners/learnerimport.h"
#include "learners/learnermergedialog.h"
#include "learners/learnerstore.h"
#include "learners/learnertablemodel.h"
#include "privacy/learnerprivacyactions.h"
#include "privacy/privacynoticedialog.h"
#include "privacy/staffsession.h"
#include "storage/database.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

LearnersScreen::LearnersScreen(Database &database, const ModuleLibrary *library, const StaffSession *staff, QWidget *parent)
    : Screen(parent), m_database(database), m_library(library), m_staff(staff), m_model(new LearnerTableModel(this)), m_heading(new QLabel(this)),
      m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_new(new QPushButton(this)), m_edit(new QPushButton(this)), m_merge(new QPushButton(this)), m_import(new QPushButton(this)),
      m_rightsLabel(new QLabel(this)), m_exportData(new QPushButton(this)), m_erase(new QPushButton(this)),
      m_notice(new QPushButton(this))
{
    m_heading->setProperty("role", QStringLiteral("screenTitle"));
    m_heading->setObjectName(QStringLiteral("screenTitle"));
    m_search->setObjectName(QStringLiteral("learnerSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_table->setObjectName(QStringLiteral("learnerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LearnerTableModel::DisplayName, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LearnerTableModel::FullName, QHeaderView::Stretch);
    m_new->setObjectName(QStringLiteral("newLearner"));
    m_edit->setObjectName(QStringLiteral("editLearner"));
    m_merge->setObjectName(QStringLiteral("mergeLearners"));
    m_import->setObjectName(QStringLiteral("importLearners"));
    m_exportData->setObjectName(QStringLiteral("exportLearnerData"));
    m_erase->setObjectName(QStringLiteral("eraseLearner"));
    m_notice->setObjectName(QStringLiteral("privacyNotice"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_merge);
    buttons->addStretch();
    buttons->addWidget(m_count);
    buttons->addStretch();
    buttons->addWidget(m_import);
    // The person's rights on a row of their own: erasing is never next to editing by mistake.
    auto *rights = new QHBoxLayout;
    rights->addWidget(m_rightsLabel);
    rights->addWidget(m_exportData);
    rights->addWidget(m_erase);
    rights->addStretch();
    rights->addWidget(m_notice);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(rights);

    connect(m_search, &QLineEdit::textChanged, this, &LearnersScreen::refresh);
    // Enter in the search box opens the first (or selected) match; Down goes to the list.
    connect(m_search, &QLineEdit::returnPressed, this, &LearnersScreen::editLearner);
    connect(m_table, &QTableView::activated, this, &LearnersScreen::editLearner);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LearnersScreen::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &LearnersScreen::newLearner);
    connect(m_edit, &QPushButton::clicked, this, &LearnersScreen::editLearner);
    connect(m_merge, &QPushButton::clicked, this, &LearnersScreen::mergeLearners);
    connect(m_import, &QPushButton::clicked, this, [this] { importCsv(); });
    connect(m_exportData, &QPushButton::clicked, this, &LearnersScreen::exportData);
    connect(m_erase, &QPushButton::clicked, this, &LearnersScreen::eraseLearner);
    connect(m_notice, &QPushButton::clicked, this, [this] { PrivacyNoticeDialog::open(window()); });
    if (m_staff)
        connect(m_staff, &StaffSession::changed, this, &LearnersScreen::updateButtons);
    auto *toList = new QShortcut(QKeySequence(Qt::Key_Down), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(toList, &QShortcut::activated, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    auto *create = new QShortcut(QKeySequence::New, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &LearnersScreen::newLearner);
    retranslate();
    // No refresh() here: the list is read when the screen is shown (activate), so that opening the
    // window on a network's ten years does not first read twenty thousand learners nobody asked for.
}

void LearnersScreen::retranslate()
{
    m_heading->setText(tr("Learners"));
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("A few letters of a name; accents and capitals do not matter"));
    m_search->setAccessibleName(tr("Find a learner"));
    m_table->setAccessibleName(tr("Learners"));
    m_new->setText(tr("&New…"));
    m_new->setToolTip(tr("Create a learner (Ctrl+N)"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Edit the selected learner (Enter)"));
    m_merge->setText(tr("&Merge…"));
    m_merge->setToolTip(tr("Select two records of the same person (Shift+↓ or Ctrl+click), then merge them"));
    m_import->setText(tr("&Import CSV…"));
    m_rightsLabel->setText(tr("Their rights:"));
    m_exportData->setText(tr("E&xport their data…"));
    m_exportData->setToolTip(tr("Everything stored about the selected person, as a PDF to read and a JSON file (access, portability)"));
    m_erase->setText(tr("E&rase…"));
    m_erase->setToolTip(tr("Remove the selected person's name and contact details for good; their attendance stays as anonymous counts"));
    m_notice->setText(tr("&Privacy notice…"));
    m_model->retranslate();
    updateButtons();
}

void LearnersScreen::activate()
{
    refresh();
    m_search->setFocus();
}

void LearnersScreen::refresh()
{
    if (!m_database.isOpen())
        return;
    const qint64 current = m_table->currentIndex().isValid() ? m_model->learner(m_table->currentIndex().row()).id : 0;
    const Result<QList<Learner>> learners = LearnerStore(m_database.connection()).find(m_search->text());
    m_model->setLearners(learners ? *learners : QList<Learner>());
    if (!learners)
        m_count->setText(learners.error());
    else if (m_search->text().trimmed().isEmpty())
        m_count->setText(tr("%n learner(s)", nullptr, m_model->rowCount()));
    else
        m_count->setText(tr("%n match(es)", nullptr, m_model->rowCount()));
    const int row = m_model->rowOf(current);
    if (row >= 0 || m_model->rowCount() > 0)
        m_table->selectRow(row >= 0 ? row : 0);
    updateButtons();
}

void LearnersScreen::selectLearner(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void LearnersScreen::updateButtons()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_edit->setEnabled(m_table->currentIndex().isValid());
    m_exportData->setEnabled(m_table->currentIndex().isValid());
    m_erase->setEnabled(m_table->currentIndex().isValid() && (!m_staff || m_staff->isCoordinator()));
    m_merge->setEnabled(selected == 2);
}

void LearnersScreen::newLearner()
{
    LearnerStore store(m_database.connection());
    Learner fresh;
    // What was typed in the search box is most likely the new person's name.
    fresh.displayName = m_model->rowCount() == 0 ? m_search->text().trimmed() : QString();
    LearnerEditDialog dialog(store, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    {
        const QSignalBlocker quiet(m_search);
        m_search->clear();
    }
    refresh();
    selectLearner(dialog.learnerId());
    m_table->setFocus();
}

void LearnersScreen::editLearner()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    LearnerStore store(m_database.connection());
    const Result<Learner> learner = store.get(m_model->learner(current.row()).id);
    if (!learner) {
        QMessageBox::warning(this, tr("Learners"), learner.error());
        return;
    }
    LearnerEditDialog dialog(store, *learner, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Result<Learner> corrected = store.get(learner->id))
        LearnerPrivacyActions::logRectification(m_database, *learner, *corrected, staffLogin());
    refresh();
    selectLearner(dialog.learnerId());
}

QString LearnersScreen::staffLogin() const
{
    return m_staff ? m_staff->login() : QString();
}

void LearnersScreen::exportData()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        LearnerPrivacyActions::exportData(m_database, m_library, m_model->learner(current.row()).id, staffLogin(), this);
}

void LearnersScreen::eraseLearner()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Result<Learner> learner = LearnerStore(m_database.connection()).get(m_model->learner(current.row()).id);
    if (learner && LearnerPrivacyActions::erase(m_database, *learner, staffLogin(), this))
        refresh(); // an anonymised learner is no longer listed
}

void LearnersScreen::mergeLearners()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 2) {
        QMessageBox::information(this, tr("Merge"), tr("Select the two records of the same person first (Shift+↓ or Ctrl+click)."));
        return;
    }
    const Learner first = m_model->learner(rows.at(0).row());
    const Learner second = m_model->learner(rows.at(1).row());
    LearnerMergeDialog dialog(first.id < second.id ? first : second, first.id < second.id ? second : first, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status status = LearnerStore(m_database.connection()).merge(dialog.keepId(), dialog.removeId()); !status) {
        QMessageBox::warning(this, tr("Merge"), tr("The records were not merged: %1").arg(status.error()));
        return;
    }
    refresh();
    selectLearner(dialog.keepId());
}

void LearnersScreen::importCsv(const QString &path)
{
    const QString file = path.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Import learners"), QString(),
                                                                       tr("CSV files (*.csv *.txt);;All files (*)"))
                                        : path;
    if (file.isEmpty())
        return;
    Result<LearnerImport> import = LearnerImport::fromFile(file);
    if (!import) {
        QMessageBox::warning(this, tr("Import learners"), import.error());
        return;
    }
    CsvImportDialog dialog(m_database, std::move(*import), this);
    dialog.exec();
    refresh();
}
