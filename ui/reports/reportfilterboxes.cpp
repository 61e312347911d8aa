// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportfilterboxes.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "sites/facilitatorstore.h"
#include "sites/sitestore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QSignalBlocker>

namespace {


// Refills `box` through `fill`, then selects again the item whose data was current.
template <typename Fill>
void refill(QComboBox *box, Fill fill)
{
    const QSignalBlocker blocker(box);
    const QVariant current = box->currentData();
    box->clear();
    fill();
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

} // namespace

// The words keep the Reports screen's context, where they were first translated.

void ReportFilterBoxes::fillSites(QComboBox *box, const QSqlDatabase &db)
{
    refill(box, [&] {
        box->addItem(QCoreApplication::translate("ReportsScreen", "All sites"), qint64(0));
        const Result<QList<Site>> sites = SiteStore(db).all();
        if (sites)
            for (const Site &s : *sites)
                box->addItem(s.name, s.id);
    });
}

void ReportFilterBoxes::fillFacilitators(QComboBox *box, const QSqlDatabase &db)
{
    refill(box, [&] {
        box->addItem(QCoreApplication::translate("ReportsScreen", "All facilitators"), qint64(0));
        const Result<QList<Facilitator>> facilitators = FacilitatorStore(db).list(true);
        if (facilitators)
            for (const Facilitator &f : *facilitators)
                box->addItem(f.displayName, f.id);
    });
}

void ReportFilterBoxes::fillModules(QComboBox *box, const ModuleLibrary &library)
{
    refill(box, [&] {
        const QString language = LanguageManager::instance()->current();
        box->addItem(QCoreApplication::translate("ReportsScreen", "All modules"), QString());
        for (const Module *m : library.modules(language))
            box->addItem(localized(m->title, language), m->id);
    });
}

void ReportFilterBoxes::setUpDateEdit(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
}
