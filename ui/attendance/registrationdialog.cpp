// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/registrationdialog.h"

#include "core/textfold.h"
#include "learners/learnerstore.h"
#include "workshops/attendancestore.h"
#include "workshops/registrationimport.h"
#include "workshops/workshopstore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

namespace {
enum Role { LearnerRole = Qt::UserRole + 1, NewNameRole };
}

RegistrationDialog::RegistrationDialog(const QSqlDatabase &db, qint64 workshopId, QWidget *parent)
    : QDialog(parent), m_db(db), m_workshopId(workshopId), m_heading(new QLabel(this)), m_places(new QLabel(this)),
      m_search(new QLineEdit(this)), m_matches(new QListWidget(this)), m_registered(new QListWidget(this)),
      m_message(new QLabel(this)), m_remove(new QPushButton(tr("&Remove from the list"), this)),
      m_undo(new QPushButton(tr("&Undo last change (Ctrl+Z)"), this)), m_import(new QPushButton(tr("&Import a CSV file…"), this))
{
    setWindowTitle(tr("Registrations"));
    m_heading->setProperty("role", QStringLiteral("screenTitle"));
    m_heading->setWordWrap(true);
    m_places->setObjectName(QStringLiteral("registrationPlaces"));
    m_search->setObjectName(QStringLiteral("registrationSearch"));
    m_search->setPlaceholderText(tr("Type a few letters of the name, then Enter"));
    m_search->setAccessibleName(tr("Find a person to register"));
    m_search->setClearButtonEnabled(true);
    m_matches->setObjectName(QStringLiteral("registrationMatches"));
    m_matches->setAccessibleName(tr("People found"));
    m_registered->setObjectName(QStringLiteral("registeredList"));
    m_registered->setAccessibleName(tr("Registered people"));
    m_message->setObjectName(QStringLiteral("registrationMessage"));
    m_message->setWordWrap(true);
    m_remove->setObjectName(QStringLiteral("removeRegistration"));
    m_import->setObjectName(QStringLiteral("importRegistrations"));
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_search);
    auto *listLabel = new QLabel(tr("Re&gistered:"), this);
    listLabel->setBuddy(m_registered);

    auto *grid = new QGridLayout;
    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(listLabel, 0, 1);
    grid->addWidget(m_search, 1, 0);
    grid->addWidget(m_places, 1, 1);
    grid->addWidget(m_matches, 2, 0);
    grid->addWidget(m_registered, 2, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(grid, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &RegistrationDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &RegistrationDialog::registerSelected);
    connect(m_matches, &QListWidget::itemActivated, this, &RegistrationDialog::registerSelected);
    connect(m_remove, &QPushButton::clicked, this, &RegistrationDialog::removeSelected);
    connect(m_undo, &QPushButton::clicked, this, &RegistrationDialog::undo);
    connect(m_import, &QPushButton::clicked, this, &RegistrationDialog::chooseFile);
    // Enter belongs to the search box (register the person found), never to a dialog button.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    new QShortcut(QKeySequence::Undo, this, [this] { undo(); });
    new QShortcut(QKeySequence(Qt::Key_Down), m_search, [this] {
        m_matches->setCurrentRow(qMin(m_matches->currentRow() + 1, m_matches->count() - 1));
    }, Qt::WidgetShortcut);
    new QShortcut(QKeySequence(Qt::Key_Up), m_search, [this] { m_matches->setCurrentRow(qMax(0, m_matches->currentRow() - 1)); },
                  Qt::WidgetShortcut);
    new QShortcut(QKeySequence::Delete, m_registered, [this] { removeSelected(); }, Qt::WidgetShortcut);
    refresh();
    resize(860, 560);
}

void RegistrationDialog::refresh()
{
    const Result<Workshop> workshop = WorkshopStore(m_db).get(m_workshopId);
    if (!workshop) {
        m_heading->setText(workshop.error());
        return;
    }
    m_heading->setText(tr("Registrations — %1, %2").arg(workshop->title, QLocale().toString(workshop->start, QLocale::ShortFormat)));
    m_registered->clear();
    const Result<QList<AttendanceEntry>> entries = AttendanceStore(m_db).list(m_workshopId);
    if (entries) {
        for (const AttendanceEntry &entry : *entries) {
            auto *item = new QListWidgetItem(tr("%1 — %2").arg(entry.displayName, AttendanceStore::label(entry.status)), m_registered);
            item->setData(LearnerRole, entry.learnerId);
        }
    }
    const int seats = AttendanceStore(m_db).seatsTaken(m_workshopId).value();
    m_places->setText(workshop->capacity > 0 ? tr("%1 registered for %2 places").arg(seats).arg(workshop->capacity)
                                             : tr("%1 registered (no limit)").arg(seats));
    m_places->setStyleSheet(workshop->capacity > 0 && seats > workshop->capacity ? QStringLiteral("color: #8a1c1c; font-weight: bold;") : QString());
    search(m_search->text());
}

void RegistrationDialog::search(const QString &text)
{
    m_matches->clear();
    if (text.trimmed().isEmpty())
        return;
    QSet<qint64> listed;
    for (int i = 0; i < m_registered->count(); ++i)
        listed.insert(m_registered->item(i)->data(LearnerRole).toLongLong());
    const Result<QList<Learner>> found = LearnerStore(m_db).find(text);
    if (found) {
        for (const Learner &learner : *found) {
            if (listed.contains(learner.id))
                continue;
            const QString detail = learner.postcode.isEmpty() ? learner.displayName
                                                              : tr("%1 (%2)").arg(learner.displayName, learner.postcode);
            auto *item = new QListWidgetItem(detail, m_matches);
            item->setData(LearnerRole, learner.id);
            if (m_matches->count() >= 30)
                break;
        }
    }
    auto *create = new QListWidgetItem(tr("Add «%1» as a new person").arg(text.trimmed()), m_matches);
    create->setData(NewNameRole, text.trimmed());
    m_matches->setCurrentRow(0);
}

void RegistrationDialog::registerSelected()
{
    const QListWidgetItem *item = m_matches->currentItem();
    if (!item)
        return;
    qint64 learnerId = item->data(LearnerRole).toLongLong();
    if (learnerId == 0) {
        Learner learner;
        learner.displayName = item->data(NewNameRole).toString();
        const Result<qint64> added = LearnerStore(m_db).add(learner);
        if (!added) {
            m_message->setText(added.error());
            return;
        }
        learnerId = *added;
    }
    const bool full = AttendanceStore(m_db).wouldExceedCapacity(m_workshopId).value();
    const Result<qint64> registered = AttendanceStore(m_db).registerLearner(m_workshopId, learnerId);
    if (!registered) {
        m_message->setText(registered.error());
        return;
    }
    m_message->setText(full ? tr("Registered, but the workshop is now over its capacity.") : tr("Registered."));
    m_search->clear();
    m_search->setFocus();
    refresh();
    emit registrationsChanged();
}

void RegistrationDialog::removeSelected()
{
    const QListWidgetItem *item = m_registered->currentItem();
    if (!item)
        return;
    if (Status status = AttendanceStore(m_db).unregister(m_workshopId, item->data(LearnerRole).toLongLong()); !status) {
        m_message->setText(status.error());
        return;
    }
    m_message->setText(tr("Taken off the list. Ctrl+Z puts them back."));
    refresh();
    emit registrationsChanged();
}

void RegistrationDialog::undo()
{
    const Result<AttendanceUndo> undone = AttendanceStore(m_db).undoLast(m_workshopId);
    m_message->setText(undone ? tr("The last change was undone.") : undone.error());
    refresh();
    emit registrationsChanged();
}

void RegistrationDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import registrations from a CSV file"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool RegistrationDialog::importFile(const QString &path, bool askFirst)
{
    const Result<LearnerImport> import = LearnerImport::fromFile(path);
    if (!import) {
        QMessageBox::warning(this, tr("The file cannot be imported"), import.error());
        return false;
    }
    const Result<RegistrationImport::Report> preview = RegistrationImport::run(m_db, m_workshopId, *import, true);
    if (!preview) {
        QMessageBox::warning(this, tr("The file cannot be imported"), preview.error());
        return false;
    }
    QStringList rejected;
    for (const LearnerImport::Row &row : preview->learners.rows)
        if (row.outcome == LearnerImport::Row::Outcome::Rejected)
            rejected << preview->learners.describe(row);
    QString summary = tr("%1 new people will be created and %2 people already known will be registered.")
                          .arg(preview->newPeople)
                          .arg(preview->knownPeople);
    if (!rejected.isEmpty())
        summary += QLatin1Char('\n') + rejected.mid(0, 10).join(QLatin1Char('\n'));
    if (askFirst && QMessageBox::question(this, tr("Register these people?"), summary) != QMessageBox::Yes)
        return false;
    const Result<RegistrationImport::Report> done = RegistrationImport::run(m_db, m_workshopId, *import, false);
    if (!done) {
        QMessageBox::warning(this, tr("The file cannot be imported"), done.error());
        return false;
    }
    m_message->setText(tr("%1 people registered from the file (%2 were already on the list).").arg(done->registered).arg(done->alreadyListed));
    refresh();
    emit registrationsChanged();
    return true;
}
