// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshops/attendancestore.h"
#include "workshops/workshop.h"

#include <QWidget>

class Database;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableWidget;

// Checking people in at the door of one workshop, as fast as they arrive: type two or three letters,
// Enter marks the highlighted person present; an unknown name becomes a new person in one keystroke.
// Only display names are shown: the screen may face the room.
class CheckInWidget : public QWidget
{
    Q_OBJECT
public:
    CheckInWidget(Database &database, qint64 workshopId, QWidget *parent = nullptr);

    qint64 workshopId() const { return m_workshopId; }
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *matches() const { return m_matches; }
    QTableWidget *attendees() const { return m_table; }
    QLabel *capacityWarning() const { return m_capacityWarning; }
    QString feedback() const;

    // Applies a status to the highlighted match, or, when the search box is empty, to the person
    // selected in the list. Returns false when there was nobody to apply it to or it failed.
    bool apply(AttendanceStatus status);
    bool undo();
    // Asks for confirmation naming the count, then marks everyone still registered absent.
    bool markOthersAbsent();
    void reload();

signals:
    void attendanceChanged(qint64 workshopId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum MatchRole { LearnerIdRole = Qt::UserRole + 1, WalkInRole };

    void buildLayout();
    void retranslate();
    void refreshMatches();
    void refreshTable();
    void refreshCounters();
    void moveHighlight(int delta);
    void setFeedback(const QString &text, bool problem = false);
    void done(qint64 learnerId);
    const AttendanceEntry *entryFor(qint64 learnerId) const;
    QString statusText(const AttendanceEntry &entry) const;

    Database &m_database;
    qint64 m_workshopId = 0;
    Workshop m_workshop;
    bool m_loaded = false;
    QList<AttendanceEntry> m_entries;

    QLabel *m_heading = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_capacityWarning = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_matches = nullptr;
    QLabel *m_keysHint = nullptr;
    QPushButton *m_present = nullptr;
    QPushButton *m_late = nullptr;
    QPushButton *m_excused = nullptr;
    QPushButton *m_absent = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_listLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_markAbsent = nullptr;
};
