// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"
#include "workshops/workshop.h"

#include <QWidget>

#include <utility>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

// Every field of a workshop, shared by the editor and the series dialog. Keeps what it does not
// show (id, status, series) from the workshop it was given.
class WorkshopForm : public QWidget
{
    Q_OBJECT
public:
    using ModuleChoice = std::pair<QString, QString>; // module id, title in the interface language

    WorkshopForm(QList<Site> sites, QList<Facilitator> facilitators, QList<ModuleChoice> modules, QWidget *parent = nullptr);

    void setWorkshop(const Workshop &workshop);
    Workshop workshop() const;
    QLineEdit *titleEdit() const { return m_title; }
    QDateTimeEdit *startEdit() const { return m_start; }

    // The locale's short date and time with a four-digit year (a two-digit year is ambiguous to type).
    static QString dateTimeFormat();

signals:
    void startChanged();

private:
    Workshop m_workshop;
    QList<Facilitator> m_facilitators;
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QComboBox *m_site;
    QLineEdit *m_place;
    QComboBox *m_facilitator;
    QListWidget *m_modules;
    QSpinBox *m_capacity;
    QComboBox *m_format;
    QPlainTextEdit *m_notes;
};
