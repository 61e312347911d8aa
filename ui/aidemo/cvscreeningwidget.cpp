// SPDX-License-Identifier: GPL-3.0-or-later
#include "aidemo/cvscreeningwidget.h"

#include "aidemo/demoparts.h"

#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace {

using DemoParts::bulletList;
using DemoParts::makeLabel;

QProgressBar *makeBar(QWidget *parent, const char *objectName, const char *colour)
{
    auto *bar = new QProgressBar(parent);
    bar->setObjectName(QLatin1String(objectName));
    bar->setRange(0, 100);
    bar->setMinimumHeight(56);
    bar->setTextVisible(true);
    QFont f = bar->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    bar->setFont(f);
    bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid #777; border-radius: 4px; "
                                      "text-align: center; background: #f2f2f2; color: #111; }"
                                      "QProgressBar::chunk { background: %1; }")
                           .arg(QLatin1String(colour)));
    return bar;
}

} // namespace

CvScreeningWidget::CvScreeningWidget(const QString &language, QWidget *parent)
    : QWidget(parent), m_language(language), m_demo(1)
{
    // The figures are the same in every language (the generated applicants have no text); the
    // language is kept for symmetry with the other demonstrations and for future examples.
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * 1.3);
    setFont(base);

    m_title = makeLabel(this, "title", 1.6, true);
    m_intro = makeLabel(this, "intro", 1.0);
    m_labelA = makeLabel(this, "labelA", 1.3, true);
    m_labelB = makeLabel(this, "labelB", 1.3, true);
    m_barA = makeBar(this, "barA", "#4a7fc1");
    m_barB = makeBar(this, "barB", "#d08a2c");
    m_ratio = makeLabel(this, "ratio", 1.5, true);
    m_ratio->setMargin(12);
    m_past = makeLabel(this, "past", 1.0);
    m_weightsLabel = makeLabel(this, "weights", 1.0);

    m_useGroup = new QCheckBox(this);
    m_usePostcode = new QCheckBox(this);
    m_useGap = new QCheckBox(this);
    m_useGroup->setObjectName(QStringLiteral("useGroup"));
    m_usePostcode->setObjectName(QStringLiteral("usePostcode"));
    m_useGap->setObjectName(QStringLiteral("useCareerGap"));
    for (QCheckBox *box : {m_useGroup, m_usePostcode, m_useGap}) {
        QFont f = box->font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        box->setFont(f);
        connect(box, &QCheckBox::toggled, this, &CvScreeningWidget::retrain);
    }
    m_resetButton = new QPushButton(this);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    connect(m_resetButton, &QPushButton::clicked, this, &CvScreeningWidget::reset);

    m_showsTitle = makeLabel(this, "showsTitle", 1.1, true);
    m_shows = makeLabel(this, "shows", 1.0);
    m_simplifiesTitle = makeLabel(this, "simplifiesTitle", 1.1, true);
    m_simplifies = makeLabel(this, "simplifies", 1.0);
    m_lawTitle = makeLabel(this, "lawTitle", 1.1, true);
    m_law = makeLabel(this, "law", 1.0);

    auto *bars = new QGridLayout;
    bars->addWidget(m_labelA, 0, 0);
    bars->addWidget(m_barA, 0, 1);
    bars->addWidget(m_labelB, 1, 0);
    bars->addWidget(m_barB, 1, 1);
    bars->setColumnStretch(1, 1);
    m_labelA->setBuddy(m_barA);
    m_labelB->setBuddy(m_barB);

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(m_useGroup);
    boxes->addWidget(m_usePostcode);
    boxes->addWidget(m_useGap);
    boxes->addStretch();
    boxes->addWidget(m_resetButton);

    auto *main = new QVBoxLayout;
    main->addWidget(m_title);
    main->addWidget(m_intro);
    main->addLayout(bars);
    main->addWidget(m_ratio);
    main->addLayout(boxes);
    main->addWidget(m_weightsLabel);
    main->addWidget(m_past);
    main->addWidget(m_lawTitle);
    main->addWidget(m_law);
    main->addStretch();

    QScrollArea *sideScroll = DemoParts::explanationPanel(this, {m_showsTitle, m_shows, m_simplifiesTitle, m_simplifies}, 480);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(main, 3);
    layout->addWidget(sideScroll, 2);

    reset();
    retranslate();
}

void CvScreeningWidget::reset()
{
    for (QCheckBox *box : {m_useGroup, m_usePostcode, m_useGap}) {
        const QSignalBlocker blocker(box);
        box->setChecked(true);
    }
    retrain();
}

void CvScreeningWidget::retrain()
{
    m_outcome = m_demo.screen(
        {m_useGroup->isChecked(), m_usePostcode->isChecked(), m_useGap->isChecked()}, &m_weights);
    refresh();
}

void CvScreeningWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString CvScreeningWidget::ratioText() const
{
    const QLocale locale;
    const QString ratio = locale.toString(m_outcome.ratio(), 'f', 2);
    const QString threshold = locale.toString(CvScreening::FourFifths, 'f', 1);
    if (m_outcome.ratio() < CvScreening::FourFifths)
        return tr("Ratio between the groups: %1 — below %2: adverse impact").arg(ratio, threshold);
    return tr("Ratio between the groups: %1 — at least %2: passes the four-fifths rule")
        .arg(ratio, threshold);
}

QString CvScreeningWidget::weightsText() const
{
    // Signed weights in words: what pushes an applicant up or down, as the screener learned it.
    const QLocale locale;
    auto item = [&](const QString &name, double weight) {
        return QStringLiteral("%1 <b>%2</b>")
            .arg(name.toHtmlEscaped(),
                 (weight >= 0 ? QStringLiteral("+") : QString()) + locale.toString(weight, 'f', 1));
    };
    QStringList parts;
    parts << item(tr("10 years of experience"), m_weights.experience)
          << item(tr("highest diploma"), m_weights.diploma);
    if (m_useGroup->isChecked())
        parts << item(tr("being in group B"), m_weights.groupB);
    if (m_usePostcode->isChecked())
        parts << item(tr("living in the south area"), m_weights.southPostcode);
    if (m_useGap->isChecked())
        parts << item(tr("a career gap"), m_weights.careerGap);
    return tr("What the screener learned (points for or against): %1")
        .arg(parts.join(QStringLiteral(" · ")));
}

void CvScreeningWidget::refresh()
{
    const QLocale locale;
    const int a = int(std::lround(100.0 * m_outcome.rateA()));
    const int b = int(std::lround(100.0 * m_outcome.rateB()));
    m_barA->setValue(a);
    m_barB->setValue(b);
    m_barA->setFormat(tr("%1 % shortlisted").arg(a));
    m_barB->setFormat(tr("%1 % shortlisted").arg(b));
    m_barA->setAccessibleName(tr("Group A: %1 % shortlisted").arg(a));
    m_barB->setAccessibleName(tr("Group B: %1 % shortlisted").arg(b));

    const bool adverse = m_outcome.ratio() < CvScreening::FourFifths;
    m_ratio->setText(ratioText().toHtmlEscaped());
    m_ratio->setAccessibleName(ratioText());
    m_ratio->setStyleSheet(adverse ? QStringLiteral("background:#b3261e; color:white;")
                                   : QStringLiteral("background:#1e6b2e; color:white;"));

    const SelectionOutcome past = m_demo.pastOutcome();
    m_past->setText(tr("In the %1 past decisions it learned from, recruiters hired %2 % of group A "
                       "and %3 % of group B, with the same experience and diplomas in both groups.")
                        .arg(m_demo.history().size())
                        .arg(locale.toString(100.0 * past.rateA(), 'f', 0))
                        .arg(locale.toString(100.0 * past.rateB(), 'f', 0))
                        .toHtmlEscaped());
    m_weightsLabel->setText(weightsText());
}

void CvScreeningWidget::retranslate()
{
    m_title->setText(tr("The CV screener: who gets shortlisted?").toHtmlEscaped());
    m_intro->setText(tr("A screener learned from past hiring decisions, then sorted %1 new "
                        "applicants. Untick what it may look at and watch the bars.")
                         .arg(m_demo.newApplicants().size())
                         .toHtmlEscaped());
    m_labelA->setText(tr("Group A").toHtmlEscaped());
    m_labelB->setText(tr("Group B").toHtmlEscaped());
    m_useGroup->setText(tr("Use the group"));
    m_usePostcode->setText(tr("Use the postcode"));
    m_useGap->setText(tr("Use career gaps"));
    m_useGroup->setAccessibleName(tr("Let the screener use the applicant's group"));
    m_usePostcode->setAccessibleName(tr("Let the screener use the postcode"));
    m_useGap->setAccessibleName(tr("Let the screener use career gaps"));
    m_resetButton->setText(tr("Reset"));
    m_resetButton->setAccessibleName(tr("Reset the demonstration"));
    m_title->setAccessibleName(tr("Title"));
    m_intro->setAccessibleName(tr("What the screener did"));
    m_past->setAccessibleName(tr("Past decisions"));
    m_weightsLabel->setAccessibleName(tr("What the screener learned"));

    m_showsTitle->setText(tr("What this shows").toHtmlEscaped());
    m_shows->setText(bulletList({
        tr("A machine trained on biased past decisions repeats the bias, at scale."),
        tr("The selection rate is the share of a group that is shortlisted; the four-fifths rule "
           "flags a problem when one group's rate is under 80 % of the other's."),
        tr("Removing the group is not enough: the postcode and career gaps reveal it, so the bias "
           "comes back through these proxies."),
        tr("Removing the proxies too brings the rates closer, but the screener then knows less."),
        tr("Fairness has to be measured on the results; it cannot be assumed from the inputs."),
    }));
    m_simplifiesTitle->setText(tr("What it simplifies").toHtmlEscaped());
    m_simplifies->setText(bulletList({
        tr("The applicants are invented: two groups with exactly the same qualifications."),
        tr("Real CVs hold hundreds of clues (names, hobbies, schools) that can act as proxies."),
        tr("The four-fifths rule is one rule of thumb; other measures compare errors, and they "
           "cannot all be met at once."),
        tr("A real screener may be far more complex and much harder to inspect than this one."),
    }));
    m_lawTitle->setText(tr("Human oversight and the law").toHtmlEscaped());
    m_law->setText(bulletList({
        tr("GDPR article 22: people may refuse a decision based solely on automated processing "
           "that significantly affects them, such as rejecting an application; where it is "
           "allowed, they can obtain a human review, give their view and contest it."),
        tr("EU AI Act: systems that filter applications or evaluate candidates are \"high-risk\"; "
           "they need bias checks on their data, documentation and effective oversight by people "
           "able to overrule them."),
        tr("As of November 2026: these obligations were planned for August 2026; in 2026 the EU adopted changes that "
           "postpone them to December 2027. Check the current dates."),
        tr("An employer stays responsible for discrimination, whatever software made the "
           "shortlist."),
    }));
    for (QLabel *l : {m_shows, m_simplifies, m_law})
        l->setAccessibleName(l == m_shows        ? tr("What this shows")
                             : l == m_simplifies ? tr("What it simplifies")
                                                 : tr("Human oversight and the law"));
    refresh();
}
