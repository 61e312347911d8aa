// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/retention.h"

#include <QDateTime>
#include <QDialog>

class Database;
class QPushButton;
class StaffSession;
class QTableWidget;

// The retention policy's preview at start: who has been inactive for the configured months, when
// they were last seen, and two choices, "Anonymise now" or "Later". Nothing is changed without
// the click. Names are shown: the staff must recognise the people before agreeing.
class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    RetentionDialog(const QList<RetentionCandidate> &candidates, int months, const QDate &cutoff, QWidget *parent = nullptr);

    QPushButton *anonymiseButton() const { return m_anonymise; }
    QPushButton *laterButton() const { return m_later; }
    QTableWidget *table() const { return m_table; }

    // When the policy of the settings finds inactive learners at `now`, shows the preview and, if the
    // person chooses "Anonymise now", anonymises them. Returns how many were anonymised.
    static int offer(Database &database, QWidget *parent, const QDateTime &now = QDateTime::currentDateTime(),
                     const QString &staffLogin = {});
    // At window start: offers the preview once for this window, as soon as a coordinator is signed in
    // (at once when one already is). The list names people, so it waits for the staff, and deciding
    // to anonymise is the coordinator's call.
    static void offerToCoordinator(Database &database, StaffSession &staff, QWidget *window);

private:
    QTableWidget *m_table;
    QPushButton *m_anonymise;
    QPushButton *m_later;
};
