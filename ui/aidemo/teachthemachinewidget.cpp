// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/teachthemachinewidget.h"

#include "aidemo/demoparts.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace {

using DemoParts::bulletList;
using DemoParts::makeLabel;

// Red for the scam side, green for the other, with words as well as colour for those who do
// not see the difference.
const char *const scamColour = "#b3261e";
const char *const normalColour = "#1e6b2e";

} // namespace

TeachTheMachineWidget::TeachTheMachineWidget(const QString &language, QWidget *parent)
    : QWidget(parent), m_language(language == QLatin1String("fr") ? language : QStringLiteral("en"))
{
    // Projector-friendly: everything a third larger than the desktop default.
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * 1.3);
    setFont(base);

    m_title = makeLabel(this, "title", 1.6, true);
    m_counter = makeLabel(this, "counter", 1.0);
    m_message = makeLabel(this, "message", 2.0, true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(18);
    m_message->setMinimumHeight(150);
    m_message->setStyleSheet(QStringLiteral("background:#fffbe6; color:#1b1b1b;"));
    m_prediction = makeLabel(this, "prediction", 1.4, true);
    m_reasons = makeLabel(this, "reasons", 1.2);
    // Room for two lines of words from the start, so the layout does not clip a wrapped line.
    m_reasons->setMinimumHeight(m_reasons->fontMetrics().lineSpacing() * 2 + 8);
    m_accuracy = makeLabel(this, "accuracy", 1.4, true);
    m_taught = makeLabel(this, "taught", 1.0);

    m_scamButton = new QPushButton(this);
    m_notScamButton = new QPushButton(this);
    m_mixButton = new QPushButton(this);
    m_restButton = new QPushButton(this);
    m_resetButton = new QPushButton(this);
    for (QPushButton *b : {m_scamButton, m_notScamButton}) {
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        f.setBold(true);
        b->setFont(f);
        b->setMinimumHeight(64);
    }
    m_scamButton->setObjectName(QStringLiteral("scamButton"));
    m_notScamButton->setObjectName(QStringLiteral("notScamButton"));
    m_mixButton->setObjectName(QStringLiteral("mixButton"));
    m_restButton->setObjectName(QStringLiteral("restButton"));
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    connect(m_scamButton, &QPushButton::clicked, this, [this] { labelCurrent(true); });
    connect(m_notScamButton, &QPushButton::clicked, this, [this] { labelCurrent(false); });
    connect(m_mixButton, &QPushButton::clicked, this, &TeachTheMachineWidget::mixUpLabels);
    connect(m_restButton, &QPushButton::clicked, this, &TeachTheMachineWidget::labelTheRest);
    connect(m_resetButton, &QPushButton::clicked, this, &TeachTheMachineWidget::reset);

    m_showsTitle = makeLabel(this, "showsTitle", 1.1, true);
    m_shows = makeLabel(this, "shows", 1.0);
    m_simplifiesTitle = makeLabel(this, "simplifiesTitle", 1.1, true);
    m_simplifies = makeLabel(this, "simplifies", 1.0);

    auto *answers = new QHBoxLayout;
    answers->addWidget(m_scamButton);
    answers->addWidget(m_notScamButton);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_mixButton);
    tools->addWidget(m_restButton);
    tools->addStretch();
    tools->addWidget(m_resetButton);

    auto *main = new QVBoxLayout;
    main->addWidget(m_title);
    main->addWidget(m_counter);
    main->addWidget(m_message);
    main->addLayout(answers);
    main->addWidget(m_prediction);
    main->addWidget(m_reasons);
    main->addSpacing(12);
    main->addWidget(m_accuracy);
    main->addWidget(m_taught);
    main->addStretch();
    main->addLayout(tools);

    QScrollArea *sideScroll = DemoParts::explanationPanel(this, {m_showsTitle, m_shows, m_simplifiesTitle, m_simplifies}, 430, 260);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(main, 3);
    layout->addWidget(sideScroll, 2);

    setFocusPolicy(Qt::StrongFocus);
    reset();
    retranslate();
}

LabelledMessage TeachTheMachineWidget::currentExample() const
{
    return labelledCount() < m_pool.size() ? m_pool.at(labelledCount()) : LabelledMessage{};
}

ScamPrediction TeachTheMachineWidget::currentPrediction() const
{
    return hasPrediction() ? m_machine.predict(currentExample().text, 5) : ScamPrediction{};
}

int TeachTheMachineWidget::mixedUpCount() const
{
    return int(m_mixedUp.count(true));
}

void TeachTheMachineWidget::labelCurrent(bool scam)
{
    if (labelledCount() >= m_pool.size())
        return;
    m_given.append({m_pool.at(labelledCount()).text, scam});
    m_mixedUp.append(false);
    retrain();
}

void TeachTheMachineWidget::mixUpLabels()
{
    if (m_given.isEmpty())
        return;
    // Each press is a new seeded draw, so pressing twice mixes up other labels as well.
    QList<int> flipped;
    m_given = TeachTheMachine::corruptLabels(m_given, 0.3, Seed * 1000u + quint32(++m_mixRounds),
                                             &flipped);
    for (const int i : flipped)
        m_mixedUp[i] = !m_mixedUp[i];
    retrain();
}

void TeachTheMachineWidget::labelTheRest()
{
    while (labelledCount() < m_pool.size()) {
        m_given.append(m_pool.at(labelledCount()));
        m_mixedUp.append(false);
    }
    retrain();
}

void TeachTheMachineWidget::reset()
{
    TeachTheMachine::split(TeachTheMachine::examples(m_language), Seed, 0.25, &m_pool, &m_heldOut);
    m_given.clear();
    m_mixedUp.clear();
    m_mixRounds = 0;
    retrain();
}

void TeachTheMachineWidget::retrain()
{
    m_machine.train(m_given);
    refresh();
}

void TeachTheMachineWidget::keyPressEvent(QKeyEvent *event)
{
    // S and N whatever the interface language, as on the buttons; no modifier so that Ctrl+S
    // and friends keep their meaning elsewhere in the window.
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (event->key() == Qt::Key_S) {
            labelCurrent(true);
            return;
        }
        if (event->key() == Qt::Key_N) {
            labelCurrent(false);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void TeachTheMachineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TeachTheMachineWidget::retranslate()
{
    m_title->setText(tr("Teach the machine: scam or not?").toHtmlEscaped());
    m_scamButton->setText(tr("Scam  [S]"));
    m_notScamButton->setText(tr("Not a scam  [N]"));
    m_mixButton->setText(tr("Mix up 30 % of the labels"));
    m_restButton->setText(tr("Label the rest correctly"));
    m_resetButton->setText(tr("Reset"));
    m_scamButton->setAccessibleName(tr("Label this message as a scam"));
    m_notScamButton->setAccessibleName(tr("Label this message as not a scam"));
    m_mixButton->setAccessibleName(tr("Mix up 30 percent of the labels given so far"));
    m_restButton->setAccessibleName(tr("Label all remaining messages correctly"));
    m_resetButton->setAccessibleName(tr("Reset the demonstration"));
    m_message->setAccessibleName(tr("Message to label"));
    m_prediction->setAccessibleName(tr("The machine's guess"));
    m_reasons->setAccessibleName(tr("Words that weighed most"));
    m_accuracy->setAccessibleName(tr("Accuracy on messages never seen"));
    m_taught->setAccessibleName(tr("Labels given so far"));
    m_counter->setAccessibleName(tr("Progress"));
    m_title->setAccessibleName(tr("Title"));
    m_showsTitle->setText(tr("What this shows").toHtmlEscaped());
    m_shows->setText(bulletList({
        tr("The machine learns only from the examples the group labels: nobody writes rules for "
           "it."),
        tr("It counts which words come up in scams and which in normal messages, and weighs them."),
        tr("Its confidence is a calculation, not understanding: a normal message about a parcel "
           "can look like a scam."),
        tr("Wrong labels teach it wrong lessons: its accuracy falls."),
        tr("Accuracy is measured on messages it has never seen, as a fair test should be."),
    }));
    m_simplifiesTitle->setText(tr("What it simplifies").toHtmlEscaped());
    m_simplifies->setText(bulletList({
        tr("Real filters learn from millions of messages, not forty."),
        tr("It looks at single words only, not their order, the sender or the link."),
        tr("It ignores every word it has never seen."),
        tr("Scammers change their wording to get past filters; this machine never relearns by "
           "itself."),
        tr("A good score on a test does not mean no mistakes on your own phone."),
    }));
    m_shows->setAccessibleName(tr("What this shows"));
    m_simplifies->setAccessibleName(tr("What it simplifies"));
    refresh();
}

QString TeachTheMachineWidget::reasonsText(const ScamPrediction &prediction) const
{
    QStringList parts;
    for (const WordWeight &w : prediction.reasons) {
        const bool towardsScam = w.weight > 0;
        // Non-breaking spaces keep "word → scam" together when the line wraps.
        parts << QStringLiteral("<b style=\"color:%1\">%2</b>&nbsp;%3")
                     .arg(QLatin1String(towardsScam ? scamColour : normalColour),
                          w.word.toHtmlEscaped(),
                          (towardsScam ? tr("→ scam") : tr("→ not a scam"))
                              .toHtmlEscaped()
                              .replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }
    if (parts.isEmpty())
        return tr("No word of this message was in the examples: the machine only goes by how often "
                  "each label was given.")
            .toHtmlEscaped();
    return tr("Words that weighed most: %1").arg(parts.join(QStringLiteral(" · ")));
}

void TeachTheMachineWidget::refresh()
{
    const QLocale locale;
    const int total = int(m_pool.size());
    const bool finished = labelledCount() >= total;
    m_scamButton->setEnabled(!finished);
    m_notScamButton->setEnabled(!finished);
    m_restButton->setEnabled(!finished);
    m_mixButton->setEnabled(!m_given.isEmpty());

    if (finished) {
        m_counter->setText(tr("All %n messages are labelled.", nullptr, total).toHtmlEscaped());
        m_message->setText(
            tr("No more messages. Mix up some labels to see what happens, or reset."));
    } else {
        m_counter->setText(tr("Message %1 of %2 — the group decides, then presses S or N.")
                               .arg(labelledCount() + 1)
                               .arg(total)
                               .toHtmlEscaped());
        m_message->setText(currentExample().text);
    }

    if (!hasPrediction()) {
        m_prediction->setText(
            tr("The machine is still learning: it guesses after %1 labels, with both kinds.")
                .arg(MinLabels)
                .toHtmlEscaped());
        m_reasons->clear();
        m_accuracy->setText(tr("Accuracy on %n messages it has never seen: not yet measured",
                               nullptr, int(m_heldOut.size()))
                                .toHtmlEscaped());
    } else {
        if (finished) {
            m_prediction->clear();
            m_reasons->clear();
        } else {
            const ScamPrediction p = currentPrediction();
            const int percent =
                int(std::lround(100.0 * (p.scam ? p.probabilityScam : 1.0 - p.probabilityScam)));
            const QString verdict = p.scam ? tr("Scam") : tr("Not a scam");
            m_prediction->setText(
                tr("The machine thinks: <span style=\"color:%1\">%2</span> — %3 % sure")
                    .arg(QLatin1String(p.scam ? scamColour : normalColour), verdict.toHtmlEscaped())
                    .arg(percent));
            m_reasons->setText(reasonsText(p));
        }
        const double accuracy = heldOutAccuracy();
        m_accuracy->setText(
            tr("Accuracy on %n messages it has never seen: %1 %", nullptr, int(m_heldOut.size()))
                .arg(locale.toString(100.0 * accuracy, 'f', 0))
                .toHtmlEscaped());
    }

    int scams = 0;
    for (const LabelledMessage &m : m_given)
        scams += m.scam ? 1 : 0;
    QString taught = tr("Labels given so far: %1, of which %2 say \"scam\".")
                         .arg(labelledCount())
                         .arg(scams)
                         .toHtmlEscaped();
    if (mixedUpCount() > 0)
        taught += QStringLiteral(" <b style=\"color:%1\">%2</b>")
                      .arg(QLatin1String(scamColour),
                           tr("Mixed up on purpose: %1.").arg(mixedUpCount()).toHtmlEscaped());
    m_taught->setText(taught);
}
