// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/retentiondialog.h"

#include "core/settings.h"
#include "privacy/staffsession.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

RetentionDialog::RetentionDialog(const QList<RetentionCandidate> &candidates, int months, const QDate &cutoff, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(candidates.size()), 3, this)), m_anonymise(new QPushButton(this)),
      m_later(new QPushButton(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Retention of personal data"));
    const QLocale locale;
    auto *intro = new QLabel(tr("<p><b>%n person(s) have not come to a workshop, read a lesson or taken a quiz for %1 months "
                                "or more</b> (not since %2).</p>"
                                "<p>Under your retention policy, their names, contact details and notes should now be "
                                "erased. Their attendance and quiz results stay, as anonymous counts, so that earlier "
                                "reports still add up. This cannot be undone.</p>",
                                nullptr, int(candidates.size()))
                                 .arg(months)
                                 .arg(locale.toString(cutoff, QLocale::LongFormat).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("retentionCandidates"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Reference"), tr("Last activity")});
    m_table->setAccessibleName(tr("People who would be anonymised"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (int row = 0; row < candidates.size(); ++row) {
        const RetentionCandidate &c = candidates.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(c.displayName));
        m_table->setItem(row, 1, new QTableWidgetItem(c.pseudonym));
        m_table->setItem(row, 2, new QTableWidgetItem(locale.toString(c.lastActivity, QLocale::ShortFormat)));
    }
    auto *hint = new QLabel(tr("The period is set in Settings → Privacy. “Later” asks again at the next start."), this);
    hint->setWordWrap(true);

    m_anonymise->setObjectName(QStringLiteral("anonymiseNow"));
    m_anonymise->setText(tr("&Anonymise now"));
    m_later->setObjectName(QStringLiteral("anonymiseLater"));
    m_later->setText(tr("&Later"));
    m_later->setDefault(true); // Enter must not erase anything
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_anonymise, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(640, 460);
}

int RetentionDialog::offer(Database &database, QWidget *parent, const QDateTime &now, const QString &staffLogin)
{
    const int months = Settings::retentionMonths();
    if (months <= 0 || !database.isOpen())
        return 0;
    Retention retention(database.connection());
    const Result<QList<RetentionCandidate>> candidates = retention.preview(now, months);
    if (!candidates || candidates->isEmpty())
        return 0;
    RetentionDialog dialog(*candidates, months, Retention::cutoff(now.date(), months), parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    const Result<int> anonymised = retention.apply(now, months, *candidates, staffLogin);
    if (!anonymised) {
        QMessageBox::warning(parent, tr("Retention of personal data"),
                             tr("Nobody was anonymised: %1").arg(anonymised.error()));
        return 0;
    }
    return *anonymised;
}

void RetentionDialog::offerToCoordinator(Database &database, StaffSession &staff, QWidget *window)
{
    auto offered = std::make_shared<bool>(false);
    auto offerOnce = [&database, &staff, window, offered] {
        if (*offered || !staff.isCoordinator())
            return;
        *offered = true;
        offer(database, window, QDateTime::currentDateTime(), staff.login());
    };
    // Deferred: the sign-in dialog that changed the session closes first.
    QObject::connect(&staff, &StaffSession::changed, window, [window, offerOnce] { QTimer::singleShot(0, window, offerOnce); });
    QTimer::singleShot(0, window, offerOnce);
}
