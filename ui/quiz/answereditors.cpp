// SPDX-License-Identifier: GPL-3.0-or-later
// The editors for each question type, behind AnswerEditor::create().
#include "quiz/answereditor.h"

#include "quiz/quizdefinition.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

// A digit key picks (or, for check boxes, toggles) a button at once: QAbstractButton::setShortcut
// would click it only 100 ms later, after an Enter pressed right away had already moved on.
void addDigitShortcut(QWidget *editor, int digit, QAbstractButton *button)
{
    if (digit > 9)
        return;
    auto *shortcut = new QShortcut(QKeySequence(QString::number(digit)), editor);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        button->setChecked(button->autoExclusive() || qobject_cast<QRadioButton *>(button) ? true : !button->isChecked());
        button->setFocus();
    });
}

// Single, multiple and true/false: radio buttons or check boxes, in the shuffled order.
class ChoiceEditor : public AnswerEditor
{
    Q_OBJECT
public:
    ChoiceEditor(const Question &question, const QStringList &order, const QString &language, QWidget *parent)
        : AnswerEditor(parent), m_question(question), m_group(new QButtonGroup(this))
    {
        m_group->setExclusive(question.type != QuestionType::Multiple);
        auto *layout = new QVBoxLayout(this);
        int number = 1;
        for (const QString &id : order) {
            const auto option = std::find_if(question.options.cbegin(), question.options.cend(),
                                             [&](const QuizOption &o) { return o.id == id; });
            QString text = localized(option->text, language);
            if (question.type == QuestionType::TrueFalse && text.isEmpty())
                text = id == QLatin1String("true") ? tr("True") : tr("False");
            QAbstractButton *button = question.type == QuestionType::Multiple
                                          ? static_cast<QAbstractButton *>(new QCheckBox(text, this))
                                          : new QRadioButton(text, this);
            button->setObjectName(QStringLiteral("option-") + id);
            button->setProperty("optionId", id);
            button->setAccessibleName(text);
            addDigitShortcut(this, number++, button); // 1, 2, 3… pick an option
            m_group->addButton(button);
            layout->addWidget(button);
        }
        if (question.type == QuestionType::Multiple)
            layout->addWidget(new QLabel(tr("Several answers may be right: tick every one you think is right."), this));
        connect(m_group, &QButtonGroup::buttonToggled, this, &AnswerEditor::changed);
    }
    Answer answer() const override
    {
        Answer a;
        for (QAbstractButton *button : m_group->buttons())
            if (button->isChecked())
                a.choices << button->property("optionId").toString();
        return a;
    }
    void setAnswer(const Answer &a) override
    {
        for (QAbstractButton *button : m_group->buttons())
            button->setChecked(a.choices.contains(button->property("optionId").toString()));
    }
    void revealCorrect() override
    {
        for (QAbstractButton *button : m_group->buttons()) {
            const QString id = button->property("optionId").toString();
            const bool correct = std::any_of(m_question.options.cbegin(), m_question.options.cend(),
                                             [&](const QuizOption &o) { return o.id == id && o.correct; });
            if (correct)
                button->setText(button->text() + QStringLiteral("  ✓"));
        }
    }

private:
    Question m_question;
    QButtonGroup *m_group;
};

// Ordering: a list to rearrange with buttons or Alt+Up / Alt+Down.
class OrderingEditor : public AnswerEditor
{
    Q_OBJECT
public:
    OrderingEditor(const Question &question, const QStringList &order, const QString &language, QWidget *parent)
        : AnswerEditor(parent), m_list(new QListWidget(this))
    {
        m_list->setObjectName(QStringLiteral("orderingList"));
        m_list->setAccessibleName(tr("Items to put in order"));
        for (const QString &id : order) {
            const auto item = std::find_if(question.items.cbegin(), question.items.cend(),
                                           [&](const QuizOption &o) { return o.id == id; });
            auto *row = new QListWidgetItem(localized(item->text, language), m_list);
            row->setData(Qt::UserRole, id);
        }
        m_list->setCurrentRow(0);
        auto *up = new QPushButton(tr("Move up (Alt+↑)"), this);
        auto *down = new QPushButton(tr("Move down (Alt+↓)"), this);
        connect(up, &QPushButton::clicked, this, [this] { move(-1); });
        connect(down, &QPushButton::clicked, this, [this] { move(+1); });
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this, [this] { move(-1); });
        new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this, [this] { move(+1); });
        auto *buttons = new QVBoxLayout;
        buttons->addWidget(up);
        buttons->addWidget(down);
        buttons->addStretch();
        auto *layout = new QHBoxLayout(this);
        layout->addWidget(m_list, 1);
        layout->addLayout(buttons);
    }
    Answer answer() const override
    {
        Answer a;
        for (int i = 0; i < m_list->count(); ++i)
            a.order << m_list->item(i)->data(Qt::UserRole).toString();
        return a;
    }
    void setAnswer(const Answer &a) override
    {
        for (int target = 0; target < a.order.size(); ++target)
            for (int i = target; i < m_list->count(); ++i)
                if (m_list->item(i)->data(Qt::UserRole).toString() == a.order.at(target))
                    m_list->insertItem(target, m_list->takeItem(i));
    }

private:
    void move(int delta)
    {
        const int row = m_list->currentRow();
        const int target = row + delta;
        if (row < 0 || target < 0 || target >= m_list->count())
            return;
        m_list->insertItem(target, m_list->takeItem(row));
        m_list->setCurrentRow(target);
        emit changed();
    }
    QListWidget *m_list;
};

// Matching: for each left-hand text, a list of the right-hand texts.
class MatchingEditor : public AnswerEditor
{
    Q_OBJECT
public:
    MatchingEditor(const Question &question, const QStringList &order, const QString &language, QWidget *parent)
        : AnswerEditor(parent)
    {
        auto *form = new QFormLayout(this);
        for (const MatchPair &pair : question.pairs) {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("— choose —"), QString());
            for (const QString &id : order) {
                const auto right = std::find_if(question.pairs.cbegin(), question.pairs.cend(),
                                                [&](const MatchPair &p) { return p.id == id; });
                combo->addItem(localized(right->right, language), id);
            }
            const QString left = localized(pair.left, language);
            combo->setAccessibleName(left);
            combo->setObjectName(QStringLiteral("match-") + pair.id);
            auto *label = new QLabel(left, this);
            label->setWordWrap(true);
            label->setBuddy(combo);
            form->addRow(label, combo);
            m_combos.insert(pair.id, combo);
            connect(combo, &QComboBox::currentIndexChanged, this, &AnswerEditor::changed);
        }
    }
    Answer answer() const override
    {
        Answer a;
        for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
            if (!it.value()->currentData().toString().isEmpty())
                a.matches.insert(it.key(), it.value()->currentData().toString());
        return a;
    }
    void setAnswer(const Answer &a) override
    {
        for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
            it.value()->setCurrentIndex(qMax(0, it.value()->findData(a.matches.value(it.key()))));
    }

private:
    QHash<QString, QComboBox *> m_combos;
};

// Text and numeric answers: one line to type in.
class LineEditor : public AnswerEditor
{
    Q_OBJECT
public:
    LineEditor(bool numeric, QWidget *parent) : AnswerEditor(parent), m_numeric(numeric), m_edit(new QLineEdit(this))
    {
        m_edit->setObjectName(QStringLiteral("answerLine"));
        m_edit->setAccessibleName(numeric ? tr("Your answer (a number)") : tr("Your answer"));
        m_edit->setPlaceholderText(numeric ? tr("Type a number") : tr("Type your answer"));
        if (numeric)
            m_edit->setValidator(new QDoubleValidator(this));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_edit);
        layout->addStretch();
        connect(m_edit, &QLineEdit::textChanged, this, &AnswerEditor::changed);
    }
    Answer answer() const override
    {
        Answer a;
        if (!m_numeric) {
            a.text = m_edit->text();
            return a;
        }
        bool ok = false;
        QString text = m_edit->text().trimmed();
        double value = QLocale().toDouble(text, &ok);
        if (!ok)
            value = text.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        a.hasNumber = ok;
        a.number = value;
        return a;
    }
    void setAnswer(const Answer &a) override
    {
        m_edit->setText(m_numeric ? (a.hasNumber ? QLocale().toString(a.number) : QString()) : a.text);
    }
    void showEvent(QShowEvent *event) override
    {
        AnswerEditor::showEvent(event);
        m_edit->setFocus();
    }

private:
    bool m_numeric;
    QLineEdit *m_edit;
};

// Self-assessment: a scale from 1 (not at all) to 5 (completely). Not scored.
class ScaleEditor : public AnswerEditor
{
    Q_OBJECT
public:
    explicit ScaleEditor(QWidget *parent) : AnswerEditor(parent), m_group(new QButtonGroup(this))
    {
        const QStringList labels = {tr("1 — Not at all"), tr("2 — A little"), tr("3 — Somewhat"), tr("4 — Mostly"),
                                    tr("5 — Completely")};
        auto *layout = new QVBoxLayout(this);
        for (int value = 1; value <= 5; ++value) {
            auto *button = new QRadioButton(labels.at(value - 1), this);
            button->setObjectName(QStringLiteral("scale-%1").arg(value));
            addDigitShortcut(this, value, button);
            m_group->addButton(button, value);
            layout->addWidget(button);
        }
        connect(m_group, &QButtonGroup::idToggled, this, &AnswerEditor::changed);
    }
    Answer answer() const override
    {
        Answer a;
        a.scale = qMax(0, m_group->checkedId());
        return a;
    }
    void setAnswer(const Answer &a) override
    {
        if (QAbstractButton *button = m_group->button(a.scale))
            button->setChecked(true);
    }

private:
    QButtonGroup *m_group;
};

} // namespace

AnswerEditor *AnswerEditor::create(const Question &question, const QStringList &displayOrder, const QString &language,
                                   QWidget *parent)
{
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse:
        return new ChoiceEditor(question, displayOrder, language, parent);
    case QuestionType::Ordering:
        return new OrderingEditor(question, displayOrder, language, parent);
    case QuestionType::Matching:
        return new MatchingEditor(question, displayOrder, language, parent);
    case QuestionType::Text:
        return new LineEditor(false, parent);
    case QuestionType::Numeric:
        return new LineEditor(true, parent);
    case QuestionType::SelfAssessment:
        return new ScaleEditor(parent);
    }
    return nullptr;
}

#include "answereditors.moc"
