// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiz/groupmodewindow.h"

#include "content/modulelibrary.h"
#include "quiz/tallychart.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int MaxHands = 999;

// Sizes for a room: readable from the back on a 1280×720 projector.
const char *const StyleSheet = R"(
#groupModeWindow { background: white; }
#groupModeWindow QLabel { color: #111111; }
QLabel#questionCounter { font-size: 20pt; font-weight: bold; color: #1f3a5f; }
QLabel#moduleTitle { font-size: 16pt; color: #444444; }
QLabel#prompt { font-size: 30pt; font-weight: bold; }
QLabel#hint { font-size: 16pt; font-style: italic; color: #333333; }
#groupModeWindow QLabel[role="letter"] { font-size: 24pt; font-weight: bold; color: white; background: #1f3a5f;
                        border-radius: 8px; padding: 0px 10px; min-width: 40px; }
#groupModeWindow QLabel[role="letter"][correct="true"] { background: #2e7d32; }
QLabel[role="optionText"] { font-size: 21pt; }
QSpinBox { font-size: 22pt; font-weight: bold; min-width: 80px; padding: 0px 6px;
           border: 2px solid #777777; border-radius: 6px; background: white; }
QSpinBox:focus { border: 5px solid #f2a900; }
QToolButton { font-size: 18pt; font-weight: bold; min-width: 38px; min-height: 38px; }
#groupModeWindow QLabel#answer { font-size: 20pt; font-weight: bold; color: #1b5e20; }
#groupModeWindow QLabel#share { font-size: 18pt; font-weight: bold; color: #1b5e20; }
QLabel#feedback { font-size: 16pt; }
QLabel#explanation { font-size: 16pt; font-style: italic; }
#resultContent { background: white; }
QLabel#emptyMessage { font-size: 24pt; }
QPushButton { font-size: 16pt; min-height: 44px; padding: 4px 18px; }
)";

} // namespace

GroupModeWindow::GroupModeWindow(const ModuleLibrary &library, const QString &moduleId,
                                 const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("groupModeWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QString::fromUtf8(StyleSheet));
    setFocusPolicy(Qt::StrongFocus);

    const Module *module = library.module(moduleId);
    if (module) {
        m_language = module->languageFor(language);
        m_moduleTitle = localized(module->title, m_language);
        const QList<Question> questions = GroupTally::groupQuestions(library.quiz(*module));
        for (const Question &question : questions)
            m_tallies.append(GroupTally(question));
        m_revealed.fill(false, m_tallies.size());
    }
    buildLayout();
    retranslate();
    if (!m_tallies.isEmpty())
        showQuestion(0);
    else
        refresh();
}

void GroupModeWindow::buildLayout()
{
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("questionCounter"));
    m_title = new QLabel(m_moduleTitle, this);
    m_title->setObjectName(QStringLiteral("moduleTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);

    m_optionsBox = new QWidget(this);
    auto *grid = new QGridLayout(m_optionsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);

    m_chart = new TallyChart(this);
    m_chart->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_chart->table()->installEventFilter(this);

    m_answer = new QLabel(this);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::PlainText);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    auto *resultContent = new QWidget;
    resultContent->setObjectName(QStringLiteral("resultContent"));
    auto *result = new QVBoxLayout(resultContent);
    result->setContentsMargins(0, 0, 0, 0);
    result->setSpacing(6);
    result->addWidget(m_answer);
    result->addWidget(m_feedback);
    result->addWidget(m_explanation);
    result->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(resultContent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_resultBox = scroll;

    m_share = new QLabel(this);
    m_share->setObjectName(QStringLiteral("share"));
    m_share->setWordWrap(true);
    m_share->setTextFormat(Qt::PlainText);
    m_chartBox = new QWidget(this);
    auto *chartColumn = new QVBoxLayout(m_chartBox);
    chartColumn->setContentsMargins(0, 0, 0, 0);
    chartColumn->addWidget(m_share);
    chartColumn->addWidget(m_chart, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyMessage"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_previous = new QPushButton(this);
    m_previous->setObjectName(QStringLiteral("previousQuestion"));
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("revealAnswers"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextQuestion"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeGroupMode"));
    connect(m_previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(+1); });
    connect(m_reveal, &QPushButton::clicked, this, [this] { setRevealed(!isRevealed()); });
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    for (QPushButton *button : {m_previous, m_reveal, m_next, m_close})
        button->installEventFilter(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_counter);
    top->addStretch(1);
    top->addWidget(m_title);
    // Options then answers on the left, the chart beside both on the right.
    auto *middle = m_middle = new QGridLayout;
    middle->setHorizontalSpacing(24);
    middle->setVerticalSpacing(12);
    middle->addWidget(m_optionsBox, 0, 0);
    middle->addWidget(m_resultBox, 1, 0);
    middle->addWidget(m_chartBox, 0, 1, 2, 1);
    middle->setRowStretch(1, 1);
    middle->setColumnStretch(0, 2);
    middle->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    buttons->addSpacing(24);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 20);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_prompt);
    layout->addWidget(m_hint);
    layout->addLayout(middle, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);
}

GroupModeWindow::OptionRow &GroupModeWindow::row(int index)
{
    auto *grid = static_cast<QGridLayout *>(m_optionsBox->layout());
    while (m_rows.size() <= index) {
        const int r = int(m_rows.size());
        OptionRow row;
        row.letter = new QLabel(optionLabel(r), m_optionsBox);
        row.letter->setProperty("role", QStringLiteral("letter"));
        row.letter->setAlignment(Qt::AlignCenter);
        row.text = new QLabel(m_optionsBox);
        row.text->setProperty("role", QStringLiteral("optionText"));
        row.text->setWordWrap(true);
        row.text->setTextFormat(Qt::PlainText);
        row.less = new QToolButton(m_optionsBox);
        row.less->setText(QStringLiteral("−"));
        row.less->setFocusPolicy(
            Qt::NoFocus); // the keyboard uses the spin box; these are for the mouse
        row.hands = new QSpinBox(m_optionsBox);
        row.hands->setObjectName(QStringLiteral("hands%1").arg(r));
        row.hands->setRange(0, MaxHands);
        row.hands->setButtonSymbols(QAbstractSpinBox::NoButtons);
        row.hands->setAlignment(Qt::AlignCenter);
        row.hands->setKeyboardTracking(true);
        row.hands->installEventFilter(this);
        row.more = new QToolButton(m_optionsBox);
        row.more->setText(QStringLiteral("+"));
        row.more->setFocusPolicy(Qt::NoFocus);
        connect(row.less, &QToolButton::clicked, row.hands,
                [spin = row.hands] { spin->stepBy(-1); });
        connect(row.more, &QToolButton::clicked, row.hands,
                [spin = row.hands] { spin->stepBy(+1); });
        connect(row.hands, &QSpinBox::valueChanged, this,
                [this, r](int value) { countChanged(r, value); });
        grid->addWidget(row.letter, r, 0);
        grid->addWidget(row.text, r, 1);
        grid->addWidget(row.less, r, 2);
        grid->addWidget(row.hands, r, 3);
        grid->addWidget(row.more, r, 4);
        // Tab goes from one option's count to the next, then to the buttons.
        QWidget *previous = r == 0 ? nullptr : m_rows.last().hands;
        if (previous)
            setTabOrder(previous, row.hands);
        m_rows.append(row);
        retranslateRow(r);
    }
    return m_rows[index];
}

QString GroupModeWindow::optionLabel(int index)
{
    QString label;
    for (int n = index; n >= 0; n = n / 26 - 1)
        label.prepend(QChar(u'A' + n % 26));
    return label;
}

void GroupModeWindow::start()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        QScreen *projector =
            screens.at(1) == QGuiApplication::primaryScreen() ? screens.at(0) : screens.at(1);
        setScreen(projector);
        move(projector->geometry().topLeft());
    }
    showFullScreen();
    raise();
    activateWindow();
    if (!m_rows.isEmpty() && m_rows.first().hands->isVisibleTo(this))
        m_rows.first().hands->setFocus();
    else
        setFocus();
}

void GroupModeWindow::showQuestion(int index)
{
    if (index < 0 || index >= m_tallies.size())
        return;
    const bool changed = index != m_index;
    m_index = index;
    refresh();
    if (changed) {
        row(0).hands->setFocus();
        emit questionChanged(index);
    }
}

void GroupModeWindow::step(int delta)
{
    showQuestion(m_index + delta);
}

bool GroupModeWindow::isRevealed() const
{
    return m_index >= 0 && m_revealed.at(m_index);
}

void GroupModeWindow::setRevealed(bool revealed)
{
    if (m_index < 0 || m_revealed.at(m_index) == revealed)
        return;
    m_revealed[m_index] = revealed;
    refreshReveal();
}

void GroupModeWindow::countChanged(int row, int value)
{
    if (m_index < 0)
        return;
    GroupTally &tally = m_tallies[m_index];
    const QStringList ids = tally.optionIds();
    if (row < ids.size())
        tally.setCount(ids.at(row), value);
    if (isRevealed())
        refreshReveal(); // the chart follows late corrections
}

QString GroupModeWindow::optionText(const QuizOption &option) const
{
    const QString text = localized(option.text, m_language);
    if (!text.isEmpty())
        return text;
    if (option.id == QLatin1String("true"))
        return tr("True");
    if (option.id == QLatin1String("false"))
        return tr("False");
    return option.id;
}

void GroupModeWindow::refresh()
{
    const bool any = m_index >= 0;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_counter), static_cast<QWidget *>(m_prompt),
          static_cast<QWidget *>(m_optionsBox), static_cast<QWidget *>(m_previous),
          static_cast<QWidget *>(m_reveal), static_cast<QWidget *>(m_next)})
        widget->setVisible(any);
    m_empty->setVisible(!any);
    if (!any) {
        m_hint->hide();
        m_chartBox->hide();
        m_resultBox->hide();
        return;
    }

    const GroupTally &tally = m_tallies.at(m_index);
    const Question &question = tally.question();
    m_counter->setText(tr("Question %1 of %2").arg(m_index + 1).arg(m_tallies.size()));
    m_prompt->setText(localized(question.prompt, m_language));
    m_hint->setVisible(question.type == QuestionType::Multiple && !isRevealed());
    const int count = int(question.options.size());
    for (int i = 0; i < qMax(count, int(m_rows.size())); ++i) {
        OptionRow &r = row(i);
        const bool used = i < count;
        for (QWidget *widget : {static_cast<QWidget *>(r.letter), static_cast<QWidget *>(r.text),
                                static_cast<QWidget *>(r.less), static_cast<QWidget *>(r.hands),
                                static_cast<QWidget *>(r.more)})
            widget->setVisible(used);
        if (!used)
            continue;
        const QuizOption &option = question.options.at(i);
        r.text->setText(optionText(option));
        r.hands->setAccessibleDescription(r.text->text());
        const QSignalBlocker blocker(r.hands);
        r.hands->setValue(tally.count(option.id));
    }
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_tallies.size());
    refreshReveal();
}

void GroupModeWindow::refreshReveal()
{
    if (m_index < 0)
        return;
    const bool revealed = isRevealed();
    const GroupTally &tally = m_tallies.at(m_index);
    const Question &question = tally.question();
    m_reveal->setText(revealed ? tr("Hide the answers") : tr("Show the answers"));
    QStringList labels;
    for (int i = 0; i < question.options.size(); ++i) {
        OptionRow &r = row(i);
        const bool correct = question.options.at(i).correct;
        labels.append(optionLabel(i));
        // Green and a check mark: correct options are not told apart by colour alone.
        r.letter->setText(revealed && correct ? tr("%1 ✓").arg(optionLabel(i)) : optionLabel(i));
        r.letter->setProperty("correct", revealed && correct);
        r.letter->style()->unpolish(r.letter);
        r.letter->style()->polish(r.letter);
    }
    m_hint->setVisible(question.type == QuestionType::Multiple &&
                       !revealed); // room for the answers
    m_chartBox->setVisible(revealed);
    m_middle->setColumnStretch(
        1, revealed ? 1 : 0); // before the reveal the options use the whole width
    m_resultBox->setVisible(revealed);
    if (!revealed)
        return;
    m_chart->setTally(tally, labels);

    QStringList letters;
    QStringList feedback;
    for (int i = 0; i < question.options.size(); ++i) {
        const QuizOption &option = question.options.at(i);
        if (!option.correct)
            continue;
        letters.append(optionLabel(i));
        const QString text = localized(option.feedback, m_language);
        feedback.append(text.isEmpty()
                            ? tr("%1. %2").arg(optionLabel(i), optionText(option))
                            : tr("%1. %2 — %3").arg(optionLabel(i), optionText(option), text));
    }
    const QString share = tally.total() == 0
                              ? tr("No hands counted yet.")
                              : tr("%1 % of the raised hands went to a correct answer.")
                                    .arg(QLocale().toString(tally.correctPercent(), 'f', 0));
    const QString answer = letters.size() > 1
                               ? tr("Correct answers: %1").arg(letters.join(tr(", ")))
                               : tr("Correct answer: %1").arg(letters.value(0));
    m_answer->setText(answer);
    m_share->setText(share);
    m_feedback->setText(feedback.join(QLatin1Char('\n')));
    const QString explanation = localized(question.explanation, m_language);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
}

void GroupModeWindow::retranslate()
{
    setWindowTitle(tr("Mediatelier — group quiz"));
    setAccessibleName(tr("Group quiz"));
    m_hint->setText(tr("Several answers can be right: raise your hand for each one you choose."));
    m_empty->setText(
        m_moduleTitle.isEmpty()
            ? tr("This module cannot be found.")
            : tr("This module has no question that a group can answer by raising hands."));
    m_previous->setText(tr("← Previous question"));
    m_previous->setToolTip(tr("Page Up or Left arrow"));
    m_previous->setAccessibleName(tr("Previous question"));
    m_next->setText(tr("Next question →"));
    m_next->setToolTip(tr("Page Down or Right arrow"));
    m_next->setAccessibleName(tr("Next question"));
    m_reveal->setToolTip(tr("Return or S shows the answers, H hides them"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Escape"));
    m_prompt->setAccessibleName(tr("Question"));
    m_answer->setAccessibleName(tr("Correct answer"));
    m_feedback->setAccessibleName(tr("Why"));
    m_share->setAccessibleName(tr("Share of correct answers"));
    m_explanation->setAccessibleName(tr("Explanation"));
    for (int i = 0; i < m_rows.size(); ++i)
        retranslateRow(i);
    if (m_index >= 0)
        refresh();
}

void GroupModeWindow::retranslateRow(int index)
{
    const QString letter = optionLabel(index);
    OptionRow &r = m_rows[index];
    r.hands->setAccessibleName(tr("Raised hands for option %1").arg(letter));
    r.hands->setToolTip(tr("Up/Down or +/− change the count; Tab goes to the next option"));
    r.less->setAccessibleName(tr("One hand less for option %1").arg(letter));
    r.more->setAccessibleName(tr("One hand more for option %1").arg(letter));
    r.letter->setAccessibleName(tr("Option %1").arg(letter));
}

void GroupModeWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_counter)
        retranslate();
    QWidget::changeEvent(event);
}

bool GroupModeWindow::handleKey(QKeyEvent *event, QWidget *target)
{
    auto *spin = qobject_cast<QSpinBox *>(target);
    const bool button = qobject_cast<QAbstractButton *>(target) != nullptr;
    // Arrows belong to the spin boxes (and to the table's cells); Page Up/Down always navigate,
    // because that is what a presentation clicker sends.
    const bool arrowsFree = target == this || button;
    switch (event->key()) {
    case Qt::Key_PageDown:
        step(+1);
        return true;
    case Qt::Key_PageUp:
        step(-1);
        return true;
    case Qt::Key_Right:
        if (!arrowsFree)
            return false;
        step(+1);
        return true;
    case Qt::Key_Left:
        if (!arrowsFree)
            return false;
        step(-1);
        return true;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (!arrowsFree)
            return false;
        showQuestion(event->key() == Qt::Key_Home ? 0 : int(m_tallies.size()) - 1);
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Minus:
        if (!spin)
            return false;
        spin->stepBy(event->key() == Qt::Key_Plus ? 1 : -1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_S:
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        if (spin)
            spin->interpretText(); // keep a number typed just before
        setRevealed(true);
        return true;
    case Qt::Key_H:
        if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        setRevealed(false);
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return false;
    }
}

bool GroupModeWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched != this) {
        if (auto *widget = qobject_cast<QWidget *>(watched);
            widget && handleKey(static_cast<QKeyEvent *>(event), widget))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void GroupModeWindow::keyPressEvent(QKeyEvent *event)
{
    if (handleKey(event, this))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void GroupModeWindow::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}
