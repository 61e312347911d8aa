// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class ModuleLibrary;
class QComboBox;
class QDateEdit;
class QSqlDatabase;

// Fills the site, facilitator and module choices of the report filters ("All …" first, the id
// or module id as item data), keeping the current choice when it still exists.
class ReportFilterBoxes
{
public:
    static void fillSites(QComboBox *box, const QSqlDatabase &db);
    static void fillFacilitators(QComboBox *box, const QSqlDatabase &db);
    static void fillModules(QComboBox *box, const ModuleLibrary &library);
    // ISO dates (the same in every language) with a calendar to pick from.
    static void setUpDateEdit(QDateEdit *edit);
};
