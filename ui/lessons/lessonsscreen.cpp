// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/lessonsscreen.h"

#include "content/modulelibrary.h"
#include "content/progressstore.h"
#include "content/readersession.h"
#include "core/languagemanager.h"
#include "learners/learnerpickerdialog.h"
#include "learners/learnersession.h"
#include "learners/learnerstore.h"
#include "lessons/lessonreader.h"
#include "lessons/modulecataloguemodel.h"
#include "storage/database.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum HitRole { ModuleRole = Qt::UserRole + 1, PageRole, AnchorRole };
}

LessonsScreen::LessonsScreen(Database &database, ModuleLibrary &library, LearnerSession &learner, QWidget *parent)
    : Screen(parent), m_database(database), m_library(library), m_learner(learner), m_pages(new QStackedWidget(this)),
      m_heading(new QLabel(this)), m_search(new QLineEdit(this)), m_add(new QPushButton(this)),
      m_readerLabel(new QLabel(this)), m_changeReader(new QPushButton(this)), m_listPages(new QStackedWidget(this)),
      m_catalogue(new QTableView(this)), m_model(new ModuleCatalogueModel(library, this)), m_hits(new QListWidget(this)),
      m_summary(new QLabel(this)), m_broken(new QLabel(this)), m_reader(new LessonReader(library, this))
{
    m_heading->setProperty("role", QStringLiteral("screenTitle"));
    m_heading->setObjectName(QStringLiteral("screenTitle"));
    m_search->setObjectName(QStringLiteral("lessonSearch"));
    m_search->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("addModule"));
    m_catalogue->setObjectName(QStringLiteral("moduleCatalogue"));
    m_catalogue->setModel(m_model);
    m_catalogue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_catalogue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_catalogue->verticalHeader()->hide();
    m_catalogue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalogue->horizontalHeader()->setSectionResizeMode(ModuleCatalogueModel::Title, QHeaderView::Stretch);
    m_catalogue->setWordWrap(true);
    m_hits->setObjectName(QStringLiteral("searchHits"));
    m_hits->setWordWrap(true);
    m_hits->setSpacing(4);
    m_summary->setWordWrap(true);
    m_broken->setObjectName(QStringLiteral("brokenModules"));
    m_broken->setWordWrap(true);
    m_broken->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_broken->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_listPages->addWidget(m_catalogue);
    m_listPages->addWidget(m_hits);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_add);
    tools->addSpacing(16);
    tools->addWidget(m_readerLabel);
    tools->addWidget(m_changeReader);

    auto *catalogue = new QWidget(this);
    auto *catalogueLayout = new QVBoxLayout(catalogue);
    catalogueLayout->addWidget(m_heading);
    catalogueLayout->addLayout(tools);
    catalogueLayout->addWidget(m_listPages, 1);
    catalogueLayout->addWidget(m_summary);
    catalogueLayout->addWidget(m_broken);
    m_pages->addWidget(catalogue);
    m_pages->addWidget(m_reader);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_search, &QLineEdit::textChanged, this, &LessonsScreen::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_hits->count() > 0)
            openHit(0);
    });
    connect(m_hits, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openHit(m_hits->row(item)); });
    connect(m_catalogue, &QTableView::activated, this, [this](const QModelIndex &index) {
        openModule(m_model->data(index, ModuleCatalogueModel::ModuleIdRole).toString());
    });
    connect(m_catalogue->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        m_summary->setText(m_model->data(index, ModuleCatalogueModel::SummaryRole).toString());
    });
    connect(m_add, &QPushButton::clicked, this, &LessonsScreen::addModule);
    connect(m_changeReader, &QPushButton::clicked, this, &LessonsScreen::chooseReader);
    connect(m_reader, &LessonReader::backRequested, this, [this] {
        m_pages->setCurrentIndex(0);
        reloadCatalogue();
    });
    connect(m_reader, &LessonReader::moduleRequested, this, &LessonsScreen::openModule);
    connect(m_reader, &LessonReader::demoRequested, this, &LessonsScreen::demoRequested);
    connect(m_reader, &LessonReader::errorOccurred, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Progress not saved"), message);
    });
    // A learner alone at the computer cannot switch to someone else or install modules.
    const auto applyLearnerMode = [this](bool on) {
        m_changeReader->setVisible(!on);
        m_add->setVisible(!on);
    };
    connect(&m_learner, &LearnerSession::learnerModeChanged, this, applyLearnerMode);
    applyLearnerMode(m_learner.isLearnerMode());
    connect(&m_learner, &LearnerSession::changed, this, [this] {
        m_pages->setCurrentIndex(0);
        reloadCatalogue();
    });
    retranslate();
}

QString LessonsScreen::language() const
{
    return LanguageManager::instance()->current().isEmpty() ? QStringLiteral("fr") : LanguageManager::instance()->current();
}

void LessonsScreen::activate()
{
    reloadCatalogue();
}

void LessonsScreen::reloadCatalogue()
{
    QHash<QString, ModuleProgress> progress;
    if (!m_learner.isGuest())
        progress = ProgressStore(m_database.connection()).allProgress(m_learner.learnerId()).value();
    m_model->reload(language(), progress);
    if (m_model->rowCount() > 0 && !m_catalogue->currentIndex().isValid())
        m_catalogue->setCurrentIndex(m_model->index(0, 0));

    QStringList broken;
    for (const Module *module : m_library.brokenModules())
        broken << tr("%1 could not be loaded: %2").arg(module->id, module->issues.first().toString());
    m_broken->setText(broken.join(QLatin1Char('\n')));
    m_broken->setVisible(!broken.isEmpty());
    m_readerLabel->setText(m_learner.isGuest() ? tr("Reading as a guest (nothing is recorded)")
                                               : tr("Reading as %1").arg(m_learner.displayName()));
    if (!m_search->text().isEmpty())
        runSearch(m_search->text());
}

bool LessonsScreen::openModule(const QString &moduleId)
{
    if (!m_reader->openModule(m_database.connection(), m_learner.learnerId(), moduleId, language()))
        return false;
    m_pages->setCurrentWidget(m_reader);
    return true;
}

void LessonsScreen::openPage(const QString &moduleId, const QString &pageId)
{
    if (!openModule(moduleId))
        return;
    m_reader->showPage(m_reader->session()->indexOfPage(pageId));
    emit showRequested();
}

void LessonsScreen::runSearch(const QString &text)
{
    m_hits->clear();
    m_listPages->setCurrentWidget(text.trimmed().isEmpty() ? static_cast<QWidget *>(m_catalogue) : m_hits);
    if (text.trimmed().isEmpty())
        return;
    for (const SearchHit &hit : m_library.search(text, language(), 30)) {
        const Module *module = m_library.module(hit.moduleId);
        const QString moduleTitle = module ? localized(module->title, language()) : hit.moduleId;
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2\n%3").arg(moduleTitle, hit.pageTitle, hit.passage), m_hits);
        item->setData(ModuleRole, hit.moduleId);
        item->setData(PageRole, hit.pageId);
        item->setData(AnchorRole, hit.anchorText);
    }
    if (m_hits->count() == 0)
        new QListWidgetItem(tr("Nothing found. Try fewer or shorter words."), m_hits);
}

void LessonsScreen::openHit(int row)
{
    const QListWidgetItem *item = m_hits->item(row);
    if (!item || item->data(ModuleRole).toString().isEmpty())
        return;
    if (openModule(item->data(ModuleRole).toString()))
        m_reader->showPassage(item->data(PageRole).toString(), item->data(AnchorRole).toString());
}

void LessonsScreen::addModule()
{
    QFileDialog dialog(this, tr("Add a module: choose a .zip file or a module folder"));
    dialog.setNameFilters({tr("Module archives (*.zip)"), tr("Module description (module.json)")});
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString path = dialog.selectedFiles().first();
    if (QFileInfo(path).fileName() == QLatin1String("module.json"))
        path = QFileInfo(path).path();
    const Result<QString> added = m_library.addPack(path);
    if (!added) {
        QMessageBox::warning(this, tr("The module was not added"), added.error());
        return;
    }
    reloadCatalogue();
    const Module *module = m_library.module(*added);
    QMessageBox::information(this, tr("Module added"),
                             tr("\"%1\" is now in the list of modules.").arg(module ? localized(module->title, language()) : *added));
}

void LessonsScreen::chooseReader()
{
    const LearnerStore store(m_database.connection());
    LearnerPickerDialog dialog(store, this);
    if (dialog.exec() == QDialog::Accepted)
        m_learner.setLearner(dialog.learnerId(), dialog.displayName());
}

void LessonsScreen::retranslate()
{
    m_heading->setText(title());
    m_search->setPlaceholderText(tr("Search the lessons (spelling mistakes are fine)…"));
    m_search->setAccessibleName(tr("Search the lessons"));
    m_add->setText(tr("Add a module…"));
    m_changeReader->setText(tr("Change reader…"));
    m_catalogue->setAccessibleName(tr("Modules"));
    m_hits->setAccessibleName(tr("Search results"));
    if (isVisible())
        reloadCatalogue();
}
