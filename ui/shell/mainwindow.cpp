// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "core/settings.h"
#include "learners/learnersession.h"
#include "privacy/privacynoticedialog.h"
#include "privacy/staffsession.h"
#include "shell/learnermodeflow.h"
#include "storage/database.h"
#include "shell/appearance.h"
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
    QMenu *viewMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QAction *highContrast = nullptr;
    QAction *open = nullptr;
    QAction *create = nullptr;
    QAction *backups = nullptr;
    QAction *quit = nullptr;
    QAction *learnerMode = nullptr;
    QAction *leaveLearnerMode = nullptr;
    QAction *identifyLearner = nullptr;
    QAction *signOut = nullptr;
    QAction *privacyNotice = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
    QList<QAction *> goTo;
};

MainWindow::MainWindow(const AppServices &services, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent), m_databasePath(databasePath), m_services(services), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_databaseLabel(new QLabel(this)), m_staffLabel(new QLabel(this)),
      m_actions(std::make_unique<Actions>())
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
    m_staffLabel->setObjectName(QStringLiteral("signedInLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_staffLabel);

    createMenus();
    retranslate();
    if (!restoreGeometry(Settings::mainWindowGeometry()))
        resize(1100, 720);
    m_navigation->setCurrentRow(0);
    if (m_services.learner) {
        connect(m_services.learner, &LearnerSession::learnerModeChanged, this, &MainWindow::applyAccess);
        connect(m_services.learner, &LearnerSession::changed, this, &MainWindow::retranslate); // the title names the learner
    }
    if (m_services.staff)
        connect(m_services.staff, &StaffSession::changed, this, &MainWindow::applyAccess);
    applyAccess();
}

// Without a staff member signed in, the window is in learner mode whatever else is true.
bool MainWindow::learnerView() const
{
    const bool staffIn = m_services.staff && m_services.staff->isSignedIn();
    return !staffIn || !m_services.learner || m_services.learner->isLearnerMode();
}

bool MainWindow::isReachable(int index) const
{
    if (index < 0 || index >= m_screens.size())
        return false;
    const Screen *screen = m_screens.at(index);
    if (learnerView())
        return screen->availableInLearnerMode();
    return !screen->coordinatorsOnly() || m_services.staff->isCoordinator();
}

// Only the screens and actions allowed to whoever uses the window stay reachable, by the list, a
// menu or a shortcut (a hidden action is also disabled, so that trigger() cannot reach it).
void MainWindow::applyAccess()
{
    // Screens hide their own staff-only buttons by the learner-mode flag: it must be set too.
    if (learnerView() && m_services.learner && !m_services.learner->isLearnerMode()) {
        m_services.learner->setLearnerMode(true); // comes back here through learnerModeChanged
        return;
    }
    const auto offer = [](QAction *action, bool on) {
        action->setVisible(on);
        action->setEnabled(on);
    };
    int firstReachable = -1;
    for (int i = 0; i < m_screens.size(); ++i) {
        const bool reachable = isReachable(i);
        m_navigation->item(i)->setHidden(!reachable);
        offer(m_actions->goTo.at(i), reachable);
        if (reachable && firstReachable < 0)
            firstReachable = i;
    }
    const bool learner = learnerView();
    for (QAction *action : {m_actions->open, m_actions->create, m_actions->learnerMode, m_actions->signOut})
        offer(action, !learner);
    // Restoring replaces everyone's data and a copy to a stick takes it away: a coordinator's call.
    offer(m_actions->backups, !learner && m_services.staff->isCoordinator());
    offer(m_actions->leaveLearnerMode, learner);
    offer(m_actions->identifyLearner, learner && m_services.learner && m_services.database);
    if (!isReachable(m_stack->currentIndex()))
        showScreen(firstReachable);
    retranslate();
}

MainWindow::~MainWindow() = default;

int MainWindow::screenCount() const { return int(m_screens.size()); }
Screen *MainWindow::screen(int index) const { return m_screens.value(index); }
Screen *MainWindow::currentScreen() const { return qobject_cast<Screen *>(m_stack->currentWidget()); }

void MainWindow::showScreen(int index)
{
    if (!isReachable(index)) {
        // Whatever asked (a hidden row, a stray signal), the current screen stays.
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(m_stack->currentIndex());
        return;
    }
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
    a.backups = a.fileMenu->addAction(QString(), this, &MainWindow::backupsRequested);
    a.fileMenu->addSeparator();
    a.learnerMode = a.fileMenu->addAction(QString(), this, [this] {
        if (m_services.learner && m_services.database && m_services.staff)
            LearnerModeFlow::enter(this, m_services.database->connection(), *m_services.learner, *m_services.staff);
    });
    a.learnerMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    a.identifyLearner = a.fileMenu->addAction(QString(), this, [this] {
        if (m_services.learner && m_services.database)
            LearnerModeFlow::identify(this, m_services.database->connection(), *m_services.learner);
    });
    a.leaveLearnerMode = a.fileMenu->addAction(QString(), this, [this] {
        if (m_services.learner && m_services.database && m_services.staff)
            LearnerModeFlow::leave(this, m_services.database->connection(), *m_services.learner, *m_services.staff);
    });
    a.leaveLearnerMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    a.signOut = a.fileMenu->addAction(QString(), this, [this] {
        if (m_services.learner && m_services.staff)
            LearnerModeFlow::lock(this, *m_services.learner, *m_services.staff);
    });
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

    createViewMenu();

    a.helpMenu = menuBar()->addMenu(QString());
    a.privacyNotice = a.helpMenu->addAction(QString(), this, [this] { PrivacyNoticeDialog::open(this); });
    a.about = a.helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    a.aboutQt = a.helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

// Interface size and contrast for the whole window (the lesson reader's own A−/A+ use Ctrl++ and
// Ctrl+-; the interface zoom takes Ctrl+Alt so both stay reachable by keyboard).
void MainWindow::createViewMenu()
{
    Actions &a = *m_actions;
    a.viewMenu = menuBar()->addMenu(QString());
    a.zoomIn = a.viewMenu->addAction(QString(), this, [this] { Appearance::zoomIn(); retranslate(); });
    a.zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Equal)});
    a.zoomOut = a.viewMenu->addAction(QString(), this, [this] { Appearance::zoomOut(); retranslate(); });
    a.zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus));
    a.zoomReset = a.viewMenu->addAction(QString(), this, [this] { Appearance::setZoom(100); retranslate(); });
    a.zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    a.viewMenu->addSeparator();
    a.highContrast = a.viewMenu->addAction(QString(), this, [](bool on) { Appearance::setHighContrast(on); });
    a.highContrast->setCheckable(true);
    a.highContrast->setChecked(Appearance::highContrast());
    a.highContrast->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
}

void MainWindow::retranslate()
{
    const bool learnerMode = learnerView();
    if (learnerMode && m_services.learner)
        setWindowTitle(m_services.learner->isGuest() ? tr("Mediatelier — welcome")
                                                     : tr("Mediatelier — welcome, %1").arg(m_services.learner->displayName()));
    else
        setWindowTitle(tr("Mediatelier — %1").arg(QFileInfo(m_databasePath).fileName()));
    Actions &a = *m_actions;
    a.fileMenu->setTitle(tr("&File"));
    a.open->setText(tr("&Open another database…"));
    a.create->setText(tr("&New database…"));
    a.backups->setText(tr("&Backups…"));
    a.quit->setText(tr("&Quit"));
    a.learnerMode->setText(tr("&Hand over to a learner…"));
    a.leaveLearnerMode->setText(tr("&Leave learner mode…"));
    a.identifyLearner->setText(tr("Sign in as a l&earner…"));
    a.signOut->setText(tr("Sign &out and lock"));
    a.goMenu->setTitle(tr("&Go"));
    a.viewMenu->setTitle(tr("&View"));
    a.zoomIn->setText(tr("&Larger interface (now %1 %)").arg(Appearance::zoom()));
    a.zoomIn->setEnabled(Appearance::zoom() < Appearance::MaxZoom);
    a.zoomOut->setText(tr("&Smaller interface"));
    a.zoomOut->setEnabled(Appearance::zoom() > Appearance::MinZoom);
    a.zoomReset->setText(tr("&Normal size (100 %)"));
    a.highContrast->setText(tr("&High contrast"));
    a.helpMenu->setTitle(tr("&Help"));
    a.privacyNotice->setText(tr("&Privacy notice…"));
    a.about->setText(tr("&About Mediatelier"));
    a.aboutQt->setText(tr("About &Qt"));
    for (int i = 0; i < m_screens.size(); ++i) {
        m_navigation->item(i)->setText(m_screens.at(i)->title());
        a.goTo.at(i)->setText(m_screens.at(i)->title());
    }
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFixedWidth(220 * Appearance::zoom() / 100); // the list's text grows with the zoom
    m_staffLabel->setVisible(!learnerMode);
    if (!learnerMode)
        m_staffLabel->setText(tr("Signed in: %1 (%2)")
                                  .arg(m_services.staff->account().displayName,
                                       StaffAccounts::roleName(m_services.staff->account().role)));
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
