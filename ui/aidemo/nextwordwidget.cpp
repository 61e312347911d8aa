// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/nextwordwidget.h"

#include "aidemo/demoparts.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

namespace {

const char *StyleSheet = R"(
#nextWordWidget QLabel { font-size: 16pt; }
#nextWordWidget QLabel#demoTitle { font-size: 24pt; font-weight: bold; color: #1f3a5f; }
#nextWordWidget QLabel[role="heading"] { font-size: 17pt; font-weight: bold; color: #1f3a5f; }
#nextWordWidget QLabel[role="panel"] { font-size: 14pt; color: #222222; }
#nextWordWidget QLabel#written { font-size: 20pt; background: white; border: 1px solid #bbbbbb; padding: 8px; }
#nextWordWidget QLabel#warning { font-size: 15pt; color: #8a1c1c; font-weight: bold; }
#nextWordWidget QLabel[role="word"] { font-size: 18pt; font-weight: bold; }
#nextWordWidget QLabel[role="word"][chosen="true"] { color: #1b5e20; }
#nextWordWidget QLineEdit { font-size: 22pt; padding: 6px; }
#nextWordWidget QPushButton { font-size: 16pt; padding: 6px 14px; }
#nextWordWidget QProgressBar { font-size: 14pt; min-height: 28px; border: 1px solid #888888; background: #f2f2f2; text-align: right; }
#nextWordWidget QProgressBar::chunk { background: #5b8fd1; }
#nextWordWidget QProgressBar[chosen="true"]::chunk { background: #2e7d32; }
)";

} // namespace

NextWordWidget::NextWordWidget(const QString &language, QWidget *parent)
    : QWidget(parent),
      m_language(language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en")),
      m_model(NextWord::bundledCorpus(m_language)), m_random(DefaultSeed),
      m_title(new QLabel(this)), m_promptLabel(new QLabel(this)), m_prompt(new QLineEdit(this)),
      m_next(new QPushButton(this)), m_write(new QPushButton(this)), m_reset(new QPushButton(this)),
      m_written(new QLabel(this)), m_temperatureLabel(new QLabel(this)),
      m_temperature(new QSlider(Qt::Horizontal, this)), m_temperatureHelp(new QLabel(this)),
      m_candidatesTitle(new QLabel(this)), m_contextNote(new QLabel(this)),
      m_candidates(new QVBoxLayout), m_warning(new QLabel(this)), m_showsTitle(new QLabel(this)),
      m_shows(new QLabel(this)), m_simplifiesTitle(new QLabel(this)), m_simplifies(new QLabel(this))
{
    setObjectName(QStringLiteral("nextWordWidget"));
    setStyleSheet(QString::fromLatin1(StyleSheet));
    m_title->setObjectName(QStringLiteral("demoTitle"));
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_next->setObjectName(QStringLiteral("nextWord"));
    m_write->setObjectName(QStringLiteral("writeWords"));
    m_reset->setObjectName(QStringLiteral("reset"));
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_warning->setObjectName(QStringLiteral("warning"));
    m_written->setObjectName(QStringLiteral("written"));
    m_written->setWordWrap(true);
    m_written->setTextFormat(Qt::RichText);
    m_written->setMinimumHeight(90);
    for (QLabel *heading : {m_candidatesTitle, m_showsTitle, m_simplifiesTitle})
        heading->setProperty("role", "heading");
    for (QLabel *panel : {m_shows, m_simplifies, m_temperatureHelp, m_contextNote})
        panel->setProperty("role", "panel");
    for (QLabel *label : {m_temperatureHelp, m_contextNote, m_warning, m_shows, m_simplifies})
        label->setWordWrap(true);
    m_promptLabel->setBuddy(m_prompt);
    m_temperatureLabel->setBuddy(m_temperature);
    m_temperature->setRange(1, 20); // tenths: 0.1 to 2.0
    m_temperature->setPageStep(1);
    m_temperature->setValue(10);
    m_temperature->setTickPosition(QSlider::TicksBelow);
    m_temperature->setMinimumHeight(36);
    m_temperatureLabel->setMinimumWidth(300); // "Température : 1,5" must not be cut by the slider

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_next);
    buttons->addWidget(m_write);
    buttons->addStretch();
    buttons->addWidget(m_reset);

    auto *temperatureRow = new QHBoxLayout;
    temperatureRow->addWidget(m_temperatureLabel);
    temperatureRow->addWidget(m_temperature, 1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_promptLabel);
    left->addWidget(m_prompt);
    left->addLayout(buttons);
    left->addWidget(m_written);
    left->addLayout(temperatureRow);
    left->addWidget(m_temperatureHelp);
    left->addSpacing(8);
    left->addWidget(m_candidatesTitle);
    left->addWidget(m_contextNote);
    left->addLayout(m_candidates);
    left->addStretch();
    left->addWidget(m_warning);

    QScrollArea *panel = DemoParts::explanationPanel(this, {m_showsTitle, m_shows, m_simplifiesTitle, m_simplifies}, 520);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addSpacing(16);
    layout->addWidget(panel, 2);

    connect(m_prompt, &QLineEdit::returnPressed, this, &NextWordWidget::nextWord);
    connect(m_next, &QPushButton::clicked, this, &NextWordWidget::nextWord);
    connect(m_write, &QPushButton::clicked, this, [this] { writeWords(20); });
    connect(m_reset, &QPushButton::clicked, this, &NextWordWidget::reset);
    connect(m_temperature, &QSlider::valueChanged, this, &NextWordWidget::updateTemperatureHelp);
    connect(m_prompt, &QLineEdit::textEdited, this, [this] {
        m_typedTokens = int(NextWord::tokenize(m_prompt->text()).size());
        updateWritten();
    });

    retranslate();
    reset();
}

QString NextWordWidget::text() const
{
    return m_prompt->text();
}

double NextWordWidget::temperature() const
{
    return m_temperature->value() / 10.0;
}

void NextWordWidget::setTemperature(double temperature)
{
    m_temperature->setValue(qRound(temperature * 10));
}

int NextWordWidget::candidateRows() const
{
    return m_candidates->count();
}

void NextWordWidget::nextWord()
{
    writeWords(1);
}

void NextWordWidget::writeWords(int count)
{
    QStringList tokens = NextWord::tokenize(m_prompt->text());
    NextWord::Step step;
    for (int i = 0; i < count; ++i) {
        m_lastContext = tokens;
        step.candidates = NextWord::withTemperature(
            m_model.distribution(tokens, &step.contextLength), temperature());
        step.word = NextWord::draw(step.candidates, m_random);
        if (step.word.isEmpty())
            break;
        tokens.append(step.word);
    }
    m_prompt->setText(NextWord::joinTokens(tokens));
    updateWritten();
    showStep(step);
    m_prompt->setFocus();
    m_prompt->end(false);
}

void NextWordWidget::reset()
{
    m_random.seed(DefaultSeed); // the same clicks give the same text: a facilitator can rehearse
    m_temperature->setValue(10);
    m_prompt->setText(NextWord::defaultPrompt(m_language));
    m_typedTokens = int(NextWord::tokenize(m_prompt->text()).size());
    updateWritten();
    m_lastStep = {};
    m_lastContext.clear();
    clearCandidates();
    m_contextNote->clear();
    m_prompt->setFocus();
    m_prompt->end(false);
}

void NextWordWidget::clearCandidates()
{
    while (QLayoutItem *item = m_candidates->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item;
    }
}

void NextWordWidget::showStep(const NextWord::Step &step)
{
    m_lastStep = step;
    clearCandidates();
    if (step.word.isEmpty())
        return;
    const QString context = NextWord::joinTokens(
        m_lastContext.mid(std::max<qsizetype>(0, m_lastContext.size() - step.contextLength)));
    switch (step.contextLength) {
    case 2:
    case 1:
        if (m_lastContext.isEmpty() || context == QLatin1String(".")) {
            m_contextNote->setText(
                tr("The model looked at how sentences begin in its texts, and drew “%1”.")
                    .arg(step.word));
            break;
        }
        m_contextNote->setText(
            tr("The model looked at what came after “%1” in its texts, and drew “%2”.")
                .arg(context.toLower(), step.word));
        break;
    default:
        m_contextNote->setText(
            tr("The model never saw these words: it drew “%1” from the most frequent words.")
                .arg(step.word));
        break;
    }
    for (int i = 0; i < std::min<int>(CandidatesShown, int(step.candidates.size())); ++i) {
        const NextWord::Candidate &c = step.candidates.at(i);
        const bool chosen = c.word == step.word;
        auto *word = new QLabel(c.word, this);
        word->setProperty("role", "word");
        word->setProperty("chosen", chosen);
        word->setMinimumWidth(180);
        auto *bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setValue(qRound(c.probability * 1000));
        bar->setProperty("chosen", chosen);
        const QString percent = QLocale().toString(c.probability * 100, 'f', 1);
        bar->setFormat(tr("%1 %").arg(percent));
        bar->setAccessibleName(chosen ? tr("“%1”, chance %2 %, chosen").arg(c.word, percent)
                                      : tr("“%1”, chance %2 %").arg(c.word, percent));
        auto *row = new QHBoxLayout;
        row->addWidget(word);
        row->addWidget(bar, 1);
        m_candidates->addLayout(row);
        // A layout shows new children only on the next event-loop turn; show them now so a
        // screenshot or a screen reader sees the bars as soon as the word is written.
        word->show();
        bar->show();
    }
    layout()->activate();
}

void NextWordWidget::updateWritten()
{
    const QStringList tokens = NextWord::tokenize(m_prompt->text());
    const QString typed = NextWord::joinTokens(tokens.mid(0, m_typedTokens));
    const QString whole = NextWord::joinTokens(tokens);
    // joinTokens only adds spaces and capitals, so the typed part is a prefix of the whole text.
    const QString added = whole.mid(typed.size());
    m_written->setText(QStringLiteral("%1<span style=\"color:#1b5e20; font-weight:bold\">%2</span>")
                           .arg(typed.toHtmlEscaped(), added.toHtmlEscaped()));
    m_written->setAccessibleName(whole);
}

void NextWordWidget::updateTemperatureHelp()
{
    const double t = temperature();
    m_temperatureLabel->setText(tr("&Temperature: %1").arg(QLocale().toString(t, 'f', 1)));
    if (t < 0.5)
        m_temperatureHelp->setText(tr("Low: the model almost always takes the most likely word. "
                                      "The text is safe and repetitive."));
    else if (t <= 1.2)
        m_temperatureHelp->setText(
            tr("Medium: the model draws words by their chances, like a weighted lottery."));
    else
        m_temperatureHelp->setText(tr(
            "High: unlikely words get more chances. The text becomes surprising, then nonsense."));
    m_temperature->setAccessibleDescription(m_temperatureHelp->text());
}

void NextWordWidget::retranslate()
{
    m_title->setText(tr("How a chatbot writes"));
    m_promptLabel->setText(tr("&Start of the sentence:"));
    m_prompt->setAccessibleName(tr("Start of the sentence"));
    m_next->setText(tr("&Next word"));
    m_next->setToolTip(tr("Adds one word (Enter)"));
    m_write->setText(tr("&Write 20 words"));
    m_reset->setText(tr("&Reset"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_candidatesTitle->setText(tr("The words it hesitated between"));
    m_warning->setText(tr("Fluent is not true: in the texts it learned from, the library opens at "
                          "ten; the model only "
                          "knows which words often follow “opens at”, so it may write nine or "
                          "eight with the same confidence."));
    m_showsTitle->setText(tr("What this shows"));
    m_shows->setText(tr("A chatbot writes one word at a time.\n"
                        "Each next word is drawn according to the chances it learned from texts.\n"
                        "The temperature changes how adventurous the draw is.\n"
                        "The result sounds right because it copies the way people write.\n"
                        "Nothing checks that the result is true."));
    m_simplifiesTitle->setText(tr("What it simplifies"));
    m_simplifies->setText(
        tr("This model looks at the last two words only; real chatbots look at thousands.\n"
           "It learned from about 1,700 words; real ones learn from billions.\n"
           "Real ones cut words into pieces and compute chances with a neural network.\n"
           "Real ones are also trained to follow instructions and to refuse some requests.\n"
           "But the principle is the same: the most plausible continuation, not the truth."));
    updateTemperatureHelp();
    if (!m_lastStep.word.isEmpty())
        showStep(m_lastStep);
}

void NextWordWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
