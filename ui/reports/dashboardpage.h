// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/chartcard.h"
#include "reports/dashboardquery.h"

#include <QPointer>
#include <QWidget>

class ChartTableModel;
class Database;
class DashboardJob;
class ModuleLibrary;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

// The coordinators' dashboard: filters (period, week or month, site, facilitator, module), cards
// with the headline figures, and one ChartCard per chart. Refresh computes the figures on a worker
// thread (DashboardJob) with a progress bar and Cancel, so the window never freezes.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(Database &database, const ModuleLibrary &library, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Refills the filter choices and computes the figures again.
    void activate();
    // Starts computing with the current filters (cancelling a computation under way).
    void refresh();
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

    const DashboardData &data() const { return m_data; }
    QList<ChartCard *> cards() const { return m_cards; }
    ChartCard *card(const QString &objectName) const;
    // The figure shown on a headline card ("workshops", "hours", "people", "newPeople", "noShow").
    QString headline(const QString &name) const;

signals:
    // After refresh(): ok is false when it failed or was cancelled (the message is on the page).
    void refreshFinished(bool ok);
    // Just before a job starts (tests follow its steps from here).
    void jobStarting(DashboardJob *job);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Headline
    {
        QString name;
        QLabel *value;
        QLabel *caption;
    };
    void addHeadline(const QString &name);
    ChartCard *addChart(const QString &name, ChartCard::Kind kind, int row, int column);
    void jobFinished(const QString &error);
    void showData();
    void retranslate();

    Database &m_database;
    const ModuleLibrary &m_library;
    QLabel *m_fromLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QComboBox *m_granularity;
    QComboBox *m_site;
    QComboBox *m_facilitator;
    QComboBox *m_module;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QWidget *m_headlineRow;
    QList<Headline> m_headlines;
    QGridLayout *m_grid;
    QList<ChartCard *> m_cards;
    QList<ChartTableModel *> m_models;
    QPointer<DashboardJob> m_job;
    DashboardData m_data;
    bool m_computed = false;
};
