// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "core/settings.h"
#include "learners/learnersession.h"
#include "shell/learnermodeflow.h"
#include "storage/database.h"
#include "shell/appservices.h"
#include "shell/screen.h"
#include "shell/screenfactory.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

struct MainWindow::Actions
{
    QMenu *fileMenu = nullptr;
    QMenu *goMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QAction *open = nullptr;
    QAction *create = nullptr;
    QAction *quit = nullptr;
    QAction *learnerMode = nullptr;
    QAction *leaveLearnerMode = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
    QList<QAction *> goTo;
};

MainWindow::MainWindow(const AppServices &services, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_databasePath(databasePath), m_services(services), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_databaseLabel(new QLabel(this)), m_actions(std::make_unique<Actions>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mediatelier.svg")));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(220);
    m_navigation->setFocusPolicy(Qt::StrongFocus);

    m_screens = createScreens(services, m_stack);
    for (Screen *screen : std::as_const(m_screens)) {
        m_stack->addWidget(screen);
        m_navigation->addItem(screen->title());
        connect(screen, &Screen::showRequested, this, [this, screen] { showScreen(int(m_screens.indexOf(screen))); });
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showScreen);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createMenus();
    retranslate();
    if (!restoreGeometry(Settings::mainWindowGeometry()))
        resize(1100, 720);
    m_navigation->setCurrentRow(0);
    if (m_services.learner) {
        connect(m_services.learner, &LearnerSession::learnerModeChanged, this, &MainWindow::applyLearnerMode);
        applyLearnerMode(m_services.learner->isLearnerMode());
    }
}

// In learner mode only the screens meant for a learner stay reachable, by list, menu or shortcut.
void MainWindow::applyLearnerMode(bool on)
{
    for (int i = 0; i < m_screens.size(); ++i) {
        const bool reachable = !on || m_screens.at(i)->availableInLearnerMode();
        m_navigation->item(i)->setHidden(!reachable);
        m_actions->goTo.at(i)->setEnabled(reachable);
        m_actions->goTo.at(i)->setVisible(reachable);
    }
    for (QAction *action : {m_actions->open, m_actions->create, m_actions->learnerMode})
        action->setVisible(!on);
    m_actions->leaveLearnerMode->setVisible(on);
    if (on && !currentScreen()->availableInLearnerMode())
        showScreen(0);
    retranslate();
}

MainWindow::~MainWindow() = default;

int MainWindow::screenCount() const { return int(m_screens.size()); }
Screen *MainWindow::screen(int index) const { return m_screens.value(index); }
Screen *MainWindow::currentScreen() const { return qobject_cast<Screen *>(m_stack->currentWidget()); }

void MainWindow::showScreen(int index)
{
    if (index < 0 || index >= m_screens.size())
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index); // re-enters through currentRowChanged
    m_stack->setCurrentIndex(index);
    m_screens.at(index)->activate();
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    a.fileMenu = menuBar()->addMenu(QString());
    a.open = a.fileMenu->addAction(QString(), this, &MainWindow::openDatabaseRequested);
    a.open->setShortcut(QKeySequence::Open);
    a.create = a.fileMenu->addAction(QString(), this, &MainWindow::newDatabaseRequested);
    a.fileMenu->addSeparator();
    a.learnerMode = a.fileMenu->addAction(QString(), this, [this] {
        if (m_services.learner && m_services.database)
            LearnerModeFlow::enter(this, m_services.database->connection(), *m_services.learner);
    });
    a.learnerMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    a.leaveLearnerMode = a.fileMenu->addAction(QString(), this, [this] {
        if (m_services.learner)
            LearnerModeFlow::leave(this, *m_services.learner);
    });
    a.leaveLearnerMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    a.leaveLearnerMode->setVisible(false);
    a.fileMenu->addSeparator();
    a.quit = a.fileMenu->addAction(QString(), this, &QWidget::close);
    a.quit->setShortcut(QKeySequence::Quit);

    a.goMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_screens.size(); ++i) {
        QAction *action = a.goMenu->addAction(QString(), this, [this, i] { showScreen(i); });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a.goTo << action;
    }

    a.helpMenu = menuBar()->addMenu(QString());
    a.about = a.helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    a.aboutQt = a.helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslate()
{
    const bool learnerMode = m_services.learner && m_services.learner->isLearnerMode();
    if (learnerMode)
        setWindowTitle(m_services.learner->isGuest() ? tr("Mediatelier — welcome")
                                                     : tr("Mediatelier — welcome, %1").arg(m_services.learner->displayName()));
    else
        setWindowTitle(tr("Mediatelier — %1").arg(QFileInfo(m_databasePath).fileName()));
    Actions &a = *m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.open->setText(tr("&Open another database…"));
    a.create->setText(tr("&New database…"));
    a.quit->setText(tr("&Quit"));
    a.learnerMode->setText(tr("&Hand over to a learner…"));
    a.leaveLearnerMode->setText(tr("&Leave learner mode…"));
    a.goMenu->setTitle(tr("&Go"));
    a.helpMenu->setTitle(tr("&Help"));
    a.about->setText(tr("&About Mediatelier"));
    a.aboutQt->setText(tr("About &Qt"));
    for (int i = 0; i < m_screens.size(); ++i) {
        m_navigation->item(i)->setText(m_screens.at(i)->title());
        a.goTo.at(i)->setText(m_screens.at(i)->title());
    }
    m_navigation->setAccessibleName(tr("Sections"));
    m_databaseLabel->setText(learnerMode ? tr("Learner mode: only your own lessons and quizzes. Ctrl+Shift+L gives the computer back.")
                                         : tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mediatelier"),
                       tr("<h2>Mediatelier %1</h2>"
                          "<p>Offline workshops on artificial intelligence and data ethics, for digital mediators "
                          "and the people they welcome.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>"
                          "<p>Your data stays on this computer, in one file:<br>%2</p>")
                           .arg(QStringLiteral(MEDIATELIER_VERSION), m_databasePath.toHtmlEscaped()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}
