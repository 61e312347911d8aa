// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/demonstrationsscreen.h"

#include "aidemo/cvscreeningwidget.h"
#include "aidemo/demoregistry.h"
#include "aidemo/nextwordwidget.h"
#include "aidemo/similarwordswidget.h"
#include "aidemo/teachthemachinewidget.h"
#include "content/modulelibrary.h"
#include "core/languagemanager.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

DemonstrationsScreen::DemonstrationsScreen(const ModuleLibrary &library, QWidget *parent)
    : Screen(parent), m_library(library), m_heading(new QLabel(this)), m_list(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_intro(new QLabel(this))
{
    m_heading->setProperty("role", QStringLiteral("screenTitle"));
    m_heading->setObjectName(QStringLiteral("screenTitle"));
    m_list->setObjectName(QStringLiteral("demoList"));
    // A row of choices above the demonstration, which needs the whole width on a 1280-pixel projector.
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setSpacing(6);
    m_list->setFixedHeight(m_list->fontMetrics().height() * 2 + 16);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_intro->setWordWrap(true);
    m_intro->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stack->addWidget(m_intro);
    for (const DemoRegistry::Demo &demo : DemoRegistry::demos()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, demo.id);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openDemo(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { openDemo(item->data(Qt::UserRole).toString()); });
    retranslate();
}

QStringList DemonstrationsScreen::lessonTexts(const QString &language) const
{
    QStringList texts;
    for (const Module *module : m_library.modules(language)) {
        const QString lang = module->languageFor(language);
        for (const QString &page : module->pages)
            texts << m_library.pageMarkdown(*module, lang, page);
    }
    return texts;
}

QWidget *DemonstrationsScreen::createDemo(const QString &id)
{
    const QString language = LanguageManager::instance()->current() == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    if (id == QLatin1String("teach-the-machine"))
        return new TeachTheMachineWidget(language, m_stack);
    if (id == QLatin1String("cv-screening"))
        return new CvScreeningWidget(language, m_stack);
    if (id == QLatin1String("chatbot"))
        return new NextWordWidget(language, m_stack);
    if (id == QLatin1String("similar-words"))
        return new SimilarWordsWidget(lessonTexts(language), language, m_stack);
    return nullptr;
}

bool DemonstrationsScreen::openDemo(const QString &id)
{
    if (!DemoRegistry::find(id))
        return false;
    QWidget *demo = m_demos.value(id);
    if (!demo) {
        demo = createDemo(id);
        if (!demo)
            return false;
        demo->setObjectName(QStringLiteral("demo-") + id);
        m_demos.insert(id, demo);
        m_stack->addWidget(demo);
    }
    m_stack->setCurrentWidget(demo);
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
    emit showRequested();
    return true;
}

QWidget *DemonstrationsScreen::currentDemo() const
{
    return m_stack->currentWidget() == m_intro ? nullptr : m_stack->currentWidget();
}

void DemonstrationsScreen::retranslate()
{
    m_heading->setText(title());
    m_list->setAccessibleName(tr("Demonstrations"));
    for (int i = 0; i < m_list->count(); ++i) {
        const DemoRegistry::Demo *demo = DemoRegistry::find(m_list->item(i)->data(Qt::UserRole).toString());
        m_list->item(i)->setText(DemoRegistry::title(*demo));
        m_list->item(i)->setToolTip(DemoRegistry::summary(*demo));
    }
    m_intro->setText(tr("Four small demonstrations of what AI does, running on this computer without any network. "
                        "Choose one on the left (Enter). Each has a Reset button and a panel saying what it shows and "
                        "what it simplifies. They can be projected, and lessons open them from their pages."));
}
