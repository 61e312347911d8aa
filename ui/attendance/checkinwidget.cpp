// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendance/checkinwidget.h"

#include "core/textfold.h"
#include "learners/learnerstore.h"
#include "storage/database.h"
#include "workshops/workshopstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// At most this many people from outside the list are offered: the list's own people come first.
constexpr int MaxOtherMatches = 8;

// Colours only repeat the status written next to them (never the only sign of it).
QColor statusColour(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Registered: return QColor(0xe4, 0xe4, 0xe4);
    case AttendanceStatus::Present: return QColor(0xb9, 0xe6, 0xb9);
    case AttendanceStatus::Late: return QColor(0xff, 0xdd, 0x99);
    case AttendanceStatus::Excused: return QColor(0xbf, 0xd7, 0xf2);
    case AttendanceStatus::Absent: return QColor(0xf2, 0xbf, 0xbf);
    }
    return {};
}

// 0: the name starts with the typed text; 1: a word of it does; 2: it appears inside; -1: no match.
int matchRank(const QString &foldedName, const QString &key)
{
    if (foldedName.startsWith(key))
        return 0;
    if (foldedName.contains(QLatin1Char(' ') + key))
        return 1;
    return foldedName.contains(key) ? 2 : -1;
}

void enlarge(QWidget *widget, qreal factor)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    widget->setFont(font);
}

} // namespace

CheckInWidget::CheckInWidget(Database &database, qint64 workshopId, QWidget *parent)
    : QWidget(parent), m_database(database), m_workshopId(workshopId)
{
    buildLayout();
    retranslate();
    reload();
}

void CheckInWidget::buildLayout()
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    enlarge(m_heading, 1.4);
    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("counters"));
    enlarge(m_counters, 1.2);
    m_capacityWarning = new QLabel(this);
    m_capacityWarning->setObjectName(QStringLiteral("capacityWarning"));
    m_capacityWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff0c2; color: #5c3b00; border: 2px solid #c98a00; padding: 6px; }"));
    m_capacityWarning->setWordWrap(true);
    m_capacityWarning->hide();

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    enlarge(m_search, 1.8);
    m_searchLabel->setBuddy(m_search);
    m_matches = new QListWidget(this);
    m_matches->setObjectName(QStringLiteral("matches"));
    m_matches->setFocusPolicy(Qt::NoFocus); // the keys stay in the search box; Up/Down move the highlight
    enlarge(m_matches, 1.4);
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 7);
    m_keysHint = new QLabel(this);
    m_keysHint->setWordWrap(true);

    m_present = new QPushButton(this);
    m_late = new QPushButton(this);
    m_excused = new QPushButton(this);
    m_absent = new QPushButton(this);
    auto *statusButtons = new QHBoxLayout;
    for (QPushButton *button : {m_present, m_late, m_excused, m_absent}) {
        button->setMinimumHeight(44);
        button->setFocusPolicy(Qt::TabFocus);
        statusButtons->addWidget(button);
    }
    connect(m_present, &QPushButton::clicked, this, [this] { apply(AttendanceStatus::Present); });
    connect(m_late, &QPushButton::clicked, this, [this] { apply(AttendanceStatus::Late); });
    connect(m_excused, &QPushButton::clicked, this, [this] { apply(AttendanceStatus::Excused); });
    connect(m_absent, &QPushButton::clicked, this, [this] { apply(AttendanceStatus::Absent); });
    // Separate shortcuts, not the buttons' own: a button's setText() replaces its shortcut with the
    // mnemonic. In the search box the same keys arrive through eventFilter().
    const QList<QPair<QKeySequence, std::function<void()>>> keys{
        {QKeySequence(Qt::CTRL | Qt::Key_L), [this] { apply(AttendanceStatus::Late); }},
        {QKeySequence(Qt::CTRL | Qt::Key_E), [this] { apply(AttendanceStatus::Excused); }},
        {QKeySequence(Qt::CTRL | Qt::Key_A), [this] { apply(AttendanceStatus::Absent); }},
        {QKeySequence(Qt::CTRL | Qt::Key_Z), [this] { undo(); }},
    };
    for (const auto &[sequence, action] : keys) {
        auto *shortcut = new QShortcut(sequence, this, action);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);
    enlarge(m_feedback, 1.2);

    m_listLabel = new QLabel(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("attendees"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    enlarge(m_table, 1.2);
    m_listLabel->setBuddy(m_table);

    m_undo = new QPushButton(this);
    m_markAbsent = new QPushButton(this);
    for (QPushButton *button : {m_undo, m_markAbsent})
        button->setMinimumHeight(44);
    connect(m_undo, &QPushButton::clicked, this, &CheckInWidget::undo);
    connect(m_markAbsent, &QPushButton::clicked, this, &CheckInWidget::markOthersAbsent);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_undo);
    bottom->addStretch();
    bottom->addWidget(m_markAbsent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_counters);
    layout->addWidget(m_capacityWarning);
    layout->addSpacing(8);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_matches);
    layout->addWidget(m_keysHint);
    layout->addLayout(statusButtons);
    layout->addWidget(m_feedback);
    layout->addSpacing(8);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, &CheckInWidget::refreshMatches);
    m_search->installEventFilter(this);
    m_table->installEventFilter(this);
    setFocusProxy(m_search);
}

void CheckInWidget::retranslate()
{
    m_searchLabel->setText(tr("&Find a person (type two or three letters of the name):"));
    m_search->setAccessibleName(tr("Find a person"));
    m_search->setPlaceholderText(tr("Name…"));
    m_matches->setAccessibleName(tr("People found; the highlighted one is checked in by Enter"));
    m_keysHint->setText(tr("Enter: present · Ctrl+L: late · Ctrl+E: excused · Ctrl+A: absent · Ctrl+Z: undo · "
                           "↑/↓: choose another person · Escape: clear"));
    m_present->setText(tr("Present (Enter)"));
    m_late->setText(tr("Late (Ctrl+L)"));
    m_excused->setText(tr("Excused (Ctrl+E)"));
    m_absent->setText(tr("Absent (Ctrl+A)"));
    m_listLabel->setText(tr("&Attendees"));
    m_table->setAccessibleName(tr("Attendees of this workshop"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("Arrived at")});
    m_undo->setText(tr("&Undo last change (Ctrl+Z)"));
    m_markAbsent->setText(tr("&Mark the others absent…"));
    m_feedback->setAccessibleName(tr("Last change"));
    if (m_loaded) {
        m_heading->setText(tr("Check-in: %1 — %2")
                               .arg(m_workshop.title, QLocale().toString(m_workshop.start, QLocale::ShortFormat)));
    }
    refreshCounters();
    refreshMatches();
    refreshTable();
}

void CheckInWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CheckInWidget::reload()
{
    const Result<Workshop> workshop = WorkshopStore(m_database.connection()).get(m_workshopId);
    m_loaded = workshop.ok();
    if (!m_loaded) {
        m_heading->setText(workshop.error());
        setEnabled(false);
        return;
    }
    m_workshop = *workshop;
    const Result<QList<AttendanceEntry>> entries = AttendanceStore(m_database.connection()).list(m_workshopId);
    if (entries)
        m_entries = *entries;
    else
        setFeedback(entries.error(), true);
    retranslate();
}

const AttendanceEntry *CheckInWidget::entryFor(qint64 learnerId) const
{
    for (const AttendanceEntry &e : m_entries)
        if (e.learnerId == learnerId)
            return &e;
    return nullptr;
}

QString CheckInWidget::statusText(const AttendanceEntry &entry) const
{
    return AttendanceStore::label(entry.status);
}

void CheckInWidget::refreshMatches()
{
    m_matches->clear();
    const QString typed = m_search->text().simplified();
    const QString key = foldForSearch(typed);
    if (key.isEmpty())
        return;
    struct Candidate
    {
        int rank;
        bool here;
        QString folded;
        const AttendanceEntry *entry;
    };
    QList<Candidate> listed;
    for (const AttendanceEntry &e : std::as_const(m_entries)) {
        const QString folded = foldForSearch(e.displayName + QLatin1Char(' ') + e.lastName);
        const int rank = matchRank(folded, key);
        if (rank >= 0)
            listed.append({rank, e.status != AttendanceStatus::Registered, folded, &e});
    }
    // Best first: the closest name, and among equals those who have not been checked in yet.
    std::sort(listed.begin(), listed.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.rank, a.here, a.folded) < std::tie(b.rank, b.here, b.folded);
    });
    for (const Candidate &c : std::as_const(listed)) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(c.entry->displayName, statusText(*c.entry)), m_matches);
        item->setData(LearnerIdRole, c.entry->learnerId);
    }
    const Result<QList<Learner>> others = LearnerStore(m_database.connection()).find(typed);
    int added = 0;
    if (others) {
        for (const Learner &learner : *others) {
            if (entryFor(learner.id) || added == MaxOtherMatches)
                continue;
            auto *item = new QListWidgetItem(tr("%1 — not registered for this workshop").arg(learner.displayName), m_matches);
            item->setData(LearnerIdRole, learner.id);
            ++added;
        }
    }
    auto *walkIn = new QListWidgetItem(tr("Add «%1» as a new person").arg(typed), m_matches);
    walkIn->setData(WalkInRole, true);
    QFont italic = walkIn->font();
    italic.setItalic(true);
    walkIn->setFont(italic);
    m_matches->setCurrentRow(0);
}

void CheckInWidget::refreshTable()
{
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AttendanceEntry &e = m_entries.at(row);
        auto *name = new QTableWidgetItem(e.displayName);
        name->setData(LearnerIdRole, e.learnerId);
        auto *status = new QTableWidgetItem(statusText(e));
        status->setBackground(statusColour(e.status));
        status->setForeground(Qt::black);
        const QString time = e.checkedInAt.isValid() ? QLocale().toString(e.checkedInAt.toLocalTime().time(), QLocale::ShortFormat)
                                                     : QString();
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, status);
        m_table->setItem(row, 2, new QTableWidgetItem(time));
    }
}

void CheckInWidget::refreshCounters()
{
    int here = 0;
    int registered = 0;
    int seats = 0;
    for (const AttendanceEntry &e : std::as_const(m_entries)) {
        here += AttendanceStore::countsAsHere(e.status) ? 1 : 0;
        registered += e.status == AttendanceStatus::Registered ? 1 : 0;
        seats += AttendanceStore::countsAsHere(e.status) || e.status == AttendanceStatus::Registered ? 1 : 0;
    }
    const int capacity = m_workshop.capacity;
    const QString places = capacity > 0 ? QString::number(capacity) : tr("no limit");
    m_counters->setText(tr("Present: %1 · Registered, not here yet: %2 · Places: %3").arg(here).arg(registered).arg(places));
    const bool over = capacity > 0 && seats > capacity;
    m_capacityWarning->setVisible(over);
    if (over)
        m_capacityWarning->setText(tr("Past capacity: %1 people expected or present for %n place(s).", nullptr, capacity).arg(seats));
    m_markAbsent->setEnabled(registered > 0);
}

void CheckInWidget::moveHighlight(int delta)
{
    if (m_matches->count() == 0)
        return;
    m_matches->setCurrentRow(qBound(0, m_matches->currentRow() + delta, m_matches->count() - 1));
}

void CheckInWidget::setFeedback(const QString &text, bool problem)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(problem ? QStringLiteral("QLabel { color: #a00000; }") : QString());
}

QString CheckInWidget::feedback() const
{
    return m_feedback->text();
}

bool CheckInWidget::apply(AttendanceStatus status)
{
    if (!m_loaded)
        return false;
    AttendanceStore store(m_database.connection());
    qint64 learnerId = 0;
    QString name;
    bool walkIn = false;
    if (!m_search->text().trimmed().isEmpty()) {
        const QListWidgetItem *item = m_matches->currentItem();
        if (!item)
            return false;
        walkIn = item->data(WalkInRole).toBool();
        learnerId = item->data(LearnerIdRole).toLongLong();
        name = m_search->text().simplified();
    } else if (m_table->currentRow() >= 0) {
        learnerId = m_table->item(m_table->currentRow(), 0)->data(LearnerIdRole).toLongLong();
    }
    if (!walkIn && learnerId == 0) {
        setFeedback(tr("Type a few letters of a name first."), true);
        m_search->setFocus();
        return false;
    }
    if (walkIn) {
        const Result<qint64> added = store.addWalkIn(m_workshopId, name);
        if (!added) {
            setFeedback(added.error(), true);
            return false;
        }
        learnerId = *added;
        if (status != AttendanceStatus::Present) {
            if (Status s = store.setStatus(m_workshopId, learnerId, status); !s) {
                setFeedback(s.error(), true);
                return false;
            }
        }
    } else {
        const AttendanceEntry *before = entryFor(learnerId);
        if (before && before->status == status) {
            setFeedback(tr("%1 is already marked “%2”.").arg(before->displayName, AttendanceStore::label(status)));
            done(learnerId);
            return true;
        }
        if (Status s = store.setStatus(m_workshopId, learnerId, status); !s) {
            setFeedback(s.error(), true);
            return false;
        }
    }
    done(learnerId);
    const AttendanceEntry *after = entryFor(learnerId);
    const QString who = after ? after->displayName : name;
    if (walkIn)
        setFeedback(tr("%1 was added as a new person: %2.").arg(who, AttendanceStore::label(status)));
    else if (after && after->checkedInAt.isValid())
        setFeedback(tr("%1: %2 (arrived at %3).")
                        .arg(who, AttendanceStore::label(status),
                             QLocale().toString(after->checkedInAt.toLocalTime().time(), QLocale::ShortFormat)));
    else
        setFeedback(tr("%1: %2.").arg(who, AttendanceStore::label(status)));
    return true;
}

// After a change: the list is read again and the keyboard goes back where it was. From the search
// box, the box is empty and ready for the next person, and no row is selected (a selection would hide
// the status colours); from the list, the same person stays selected.
void CheckInWidget::done(qint64 learnerId)
{
    const bool fromList = m_table->hasFocus();
    const Result<QList<AttendanceEntry>> entries = AttendanceStore(m_database.connection()).list(m_workshopId);
    if (entries)
        m_entries = *entries;
    m_search->clear();
    refreshTable();
    m_table->clearSelection();
    m_table->setCurrentItem(nullptr);
    if (fromList) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            if (m_table->item(row, 0)->data(LearnerIdRole).toLongLong() == learnerId)
                m_table->setCurrentCell(row, 0);
    } else {
        m_search->setFocus();
    }
    refreshCounters();
    emit attendanceChanged(m_workshopId);
}

bool CheckInWidget::undo()
{
    if (!m_loaded)
        return false;
    const Result<AttendanceUndo> result = AttendanceStore(m_database.connection()).undoLast(m_workshopId);
    if (!result) {
        setFeedback(result.error(), true);
        m_search->setFocus();
        return false;
    }
    done(result->learnerId);
    const Result<Learner> learner = LearnerStore(m_database.connection()).get(result->learnerId);
    const QString who = learner ? learner->displayName : QString();
    if (result->changes > 1)
        setFeedback(tr("Undone: %n people are back to “%1”.", nullptr, result->changes).arg(AttendanceStore::label(result->restored)));
    else if (result->removed)
        setFeedback(tr("Undone: %1 is no longer on the list.").arg(who));
    else
        setFeedback(tr("Undone: %1 is back to “%2”.").arg(who, AttendanceStore::label(result->restored)));
    return true;
}

bool CheckInWidget::markOthersAbsent()
{
    if (!m_loaded)
        return false;
    int registered = 0;
    for (const AttendanceEntry &e : std::as_const(m_entries))
        registered += e.status == AttendanceStatus::Registered ? 1 : 0;
    if (registered == 0) {
        setFeedback(tr("Nobody is still only registered."));
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Mark the others absent"),
                    tr("Mark the %n person(s) still registered as absent? Ctrl+Z undoes it.", nullptr, registered),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes) {
        m_search->setFocus();
        return false;
    }
    const Result<int> marked = AttendanceStore(m_database.connection()).markRemainingAbsent(m_workshopId);
    if (!marked) {
        setFeedback(marked.error(), true);
        return false;
    }
    done(0);
    setFeedback(tr("%n person(s) marked absent.", nullptr, *marked));
    return true;
}

bool CheckInWidget::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_search || watched == m_table) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            apply(AttendanceStatus::Present);
            return true;
        case Qt::Key_L: if (ctrl) { apply(AttendanceStatus::Late); return true; } break;
        case Qt::Key_E: if (ctrl) { apply(AttendanceStatus::Excused); return true; } break;
        case Qt::Key_A: if (ctrl) { apply(AttendanceStatus::Absent); return true; } break;
        case Qt::Key_Z: if (ctrl) { undo(); return true; } break;
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (watched == m_search) {
                moveHighlight(key->key() == Qt::Key_Up ? -1 : 1);
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (watched == m_search && !m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    // The line edit claims Ctrl+A, Ctrl+E and Ctrl+Z for text editing; here they mean statuses and undo.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->modifiers() & Qt::ControlModifier)
            && (key->key() == Qt::Key_A || key->key() == Qt::Key_E || key->key() == Qt::Key_L || key->key() == Qt::Key_Z)) {
            event->accept(); // delivered as a key press, handled above
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
