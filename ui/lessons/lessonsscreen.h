// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"

class Database;
class LearnerSession;
class LessonReader;
class ModuleCatalogueModel;
class ModuleLibrary;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

// The Lessons screen: the catalogue of modules with search as you type, adding a module, and the
// reader.
class LessonsScreen : public Screen
{
    Q_OBJECT
public:
    LessonsScreen(Database &database, ModuleLibrary &library, LearnerSession &learner, QWidget *parent = nullptr);

    QString title() const override { return tr("Lessons"); }
    void activate() override;
    bool availableInLearnerMode() const override { return true; }

    LessonReader *reader() const { return m_reader; }
    bool openModule(const QString &moduleId);
    // Opens a module at a page and brings the Lessons screen forward.
    void openPage(const QString &moduleId, const QString &pageId);

signals:
    void demoRequested(const QString &demo);

public slots:
    void addModule();

protected:
    void retranslate() override;

private:
    void reloadCatalogue();
    void runSearch(const QString &text);
    void openHit(int row);
    void chooseReader();
    QString language() const;

    Database &m_database;
    ModuleLibrary &m_library;
    LearnerSession &m_learner;
    QStackedWidget *m_pages;
    QLabel *m_heading;
    QLineEdit *m_search;
    QPushButton *m_add;
    QLabel *m_readerLabel;
    QPushButton *m_changeReader;
    QStackedWidget *m_listPages;
    QTableView *m_catalogue;
    ModuleCatalogueModel *m_model;
    QListWidget *m_hits;
    QLabel *m_summary;
    QLabel *m_broken;
    LessonReader *m_reader;
};
