// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"
#include "workshops/workshopform.h"
#include "workshops/workshopperiod.h"

class Database;
class ModuleLibrary;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class WorkshopTableModel;

// The Workshops screen: the workshops of a week or a month, filtered by site, facilitator, module
// and time, with their attendance counts; creating, editing, duplicating, cancelling workshops and
// series. Check-in and the sign-in sheet are asked for through signals (their screens live elsewhere).
class WorkshopsScreen : public Screen
{
    Q_OBJECT
public:
    WorkshopsScreen(Database &database, ModuleLibrary &library, QWidget *parent = nullptr);

    QString title() const override { return tr("Workshops"); }
    void activate() override;

    // 0 when no workshop is selected.
    qint64 selectedWorkshopId() const;
    // Shows the period containing the workshop and selects it (it must pass the filters to show).
    void selectWorkshop(qint64 workshopId);
    WorkshopPeriod period() const { return m_period; }
    void setPeriod(const WorkshopPeriod &period);
    WorkshopTableModel *model() const { return m_model; }

public slots:
    void newWorkshop();
    void editWorkshop();
    void duplicateWorkshop();
    void cancelWorkshop(); // or reinstates a cancelled one
    void newSeries();
    void refresh();

signals:
    void checkInRequested(qint64 workshopId);
    void registrationsRequested(qint64 workshopId);
    void signInSheetRequested(qint64 workshopId);

protected:
    void retranslate() override;

private:
    void reloadFilterChoices();
    void updateButtons();
    Workshop newWorkshopDefaults() const;
    QList<WorkshopForm::ModuleChoice> moduleChoices() const;
    QString language() const;

    Database &m_database;
    ModuleLibrary &m_library;
    WorkshopPeriod m_period;
    QLabel *m_heading;
    QLabel *m_periodKindLabel;
    QComboBox *m_periodKind;
    QPushButton *m_previous;
    QLabel *m_periodLabel;
    QPushButton *m_next;
    QPushButton *m_today;
    QLabel *m_siteLabel;
    QComboBox *m_site;
    QLabel *m_facilitatorLabel;
    QComboBox *m_facilitator;
    QLabel *m_moduleLabel;
    QComboBox *m_module;
    QLabel *m_whenLabel;
    QComboBox *m_when;
    QCheckBox *m_showCancelled;
    QTableView *m_table;
    WorkshopTableModel *m_model;
    QLabel *m_summary;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_cancel;
    QPushButton *m_series;
    QPushButton *m_checkIn;
    QPushButton *m_registrations;
    QPushButton *m_signInSheet;
};
