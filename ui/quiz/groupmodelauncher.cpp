// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/groupmodelauncher.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "quiz/groupmodewindow.h"
#include "quiz/grouptally.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

GroupModeLauncher::GroupModeLauncher(const ModuleLibrary &library, const QString &language,
                                     QWidget *parent)
    : QDialog(parent), m_library(library),
      m_language(language.isEmpty() ? LanguageManager::instance()->current() : language),
      m_intro(new QLabel(this)), m_moduleLabel(new QLabel(this)), m_modules(new QComboBox(this)),
      m_summary(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_start(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("groupModeLauncher"));
    m_intro->setWordWrap(true);
    m_moduleLabel->setBuddy(m_modules);
    m_modules->setObjectName(QStringLiteral("groupModeModule"));
    m_summary->setObjectName(QStringLiteral("groupModeSummary"));
    m_summary->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("startGroupMode"));
    m_start->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_moduleLabel);
    layout->addWidget(m_modules);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_modules, &QComboBox::currentIndexChanged, this, &GroupModeLauncher::updateSummary);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (startGroupMode())
            accept();
    });
    fill();
    retranslate();
}

void GroupModeLauncher::fill()
{
    m_modules->clear();
    for (const Module *module : m_library.modules(m_language)) {
        const int count = int(GroupTally::groupQuestions(m_library.quiz(*module)).size());
        if (count == 0)
            continue;
        m_modules->addItem(localized(module->title, module->languageFor(m_language)), module->id);
        m_modules->setItemData(m_modules->count() - 1, count, Qt::UserRole + 1);
    }
}

QString GroupModeLauncher::selectedModuleId() const
{
    return m_modules->currentData().toString();
}

bool GroupModeLauncher::selectModule(const QString &moduleId)
{
    const int index = m_modules->findData(moduleId);
    if (index < 0)
        return false;
    m_modules->setCurrentIndex(index);
    return true;
}

int GroupModeLauncher::moduleCount() const
{
    return m_modules->count();
}

GroupModeWindow *GroupModeLauncher::startGroupMode()
{
    const QString id = selectedModuleId();
    if (id.isEmpty())
        return nullptr;
    auto *window = new GroupModeWindow(m_library, id, m_language, parentWidget());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->start();
    emit started(window);
    return window;
}

void GroupModeLauncher::updateSummary()
{
    const int count = m_modules->currentData(Qt::UserRole + 1).toInt();
    m_summary->setText(m_modules->count() == 0
                           ? tr("No module has questions for group mode.")
                           : tr("%n question(s) for the group.", nullptr, count));
    m_start->setEnabled(m_modules->count() > 0);
}

void GroupModeLauncher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GroupModeLauncher::retranslate()
{
    setWindowTitle(tr("Quiz with the whole group"));
    m_intro->setText(
        tr("The questions are projected in large type. Count the raised hands for each "
           "option, then show the answers. No name is asked, shown or kept."));
    m_moduleLabel->setText(tr("&Module:"));
    m_modules->setAccessibleName(tr("Module"));
    m_start->setText(tr("Start group mode"));
    m_start->setAccessibleName(tr("Start group mode"));
    updateSummary();
}
