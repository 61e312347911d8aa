// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class LearnerSession;
class Screen;
struct AppServices;

// The window: navigation between screens, menus, the status bar. It only navigates; each screen
// owns its area and talks to the core itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const AppServices &services, const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    int screenCount() const;
    Screen *screen(int index) const;
    Screen *currentScreen() const;
    void showScreen(int index);

signals:
    void openDatabaseRequested();
    void newDatabaseRequested();
    void backupsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createViewMenu();
    void retranslate();
    void showAbout();
    bool learnerView() const;
    bool isReachable(int index) const;
    void applyAccess();

    QString m_databasePath;
    const AppServices &m_services;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_databaseLabel;
    QLabel *m_staffLabel;
    QList<Screen *> m_screens;
    struct Actions;
    std::unique_ptr<Actions> m_actions;
};
