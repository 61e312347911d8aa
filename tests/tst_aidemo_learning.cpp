// SPDX-License-Identifier: GPL-3.0-or-later
// The lessons of "Teach the machine" and "The CV screener" hold: the classifier learns and gets
// worse with wrong labels; the screener's bias survives removing the group through proxies.
#include "testsupport.h"

#include "aidemo/cvscreening.h"
#include "aidemo/cvscreeningwidget.h"
#include "aidemo/teachthemachine.h"
#include "aidemo/teachthemachinewidget.h"
#include "core/languagemanager.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTest>

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MEDIATELIER_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(dir + QLatin1Char('/') + name));
}

// Mean held-out accuracy over several seeded splits and corruption draws: one small split can be
// lucky, the lesson is about the trend.
double meanAccuracy(const QString &language, double wrongShare)
{
    double sum = 0.0;
    const int seeds = 10;
    for (quint32 seed = 1; seed <= quint32(seeds); ++seed) {
        QList<LabelledMessage> teaching;
        QList<LabelledMessage> heldOut;
        TeachTheMachine::split(TeachTheMachine::examples(language), seed, 0.25, &teaching,
                               &heldOut);
        TeachTheMachine machine;
        machine.train(TeachTheMachine::corruptLabels(teaching, wrongShare, seed * 101u));
        sum += machine.accuracy(heldOut);
    }
    return sum / seeds;
}

} // namespace

class AiDemoLearningTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void bundledExamplesAreBalanced_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void bundledExamplesAreBalanced()
    {
        QFETCH(QString, language);
        const QList<LabelledMessage> all = TeachTheMachine::examples(language);
        QVERIFY(all.size() >= 40);
        int scams = 0;
        for (const LabelledMessage &m : all)
            scams += m.scam ? 1 : 0;
        QCOMPARE(scams * 2, int(all.size()));
    }

    void wordsAreFolded()
    {
        const QStringList words =
            TeachTheMachine::words(QStringLiteral("Réglez les FRAIS de 1,99 €"));
        QCOMPARE(words, (QStringList{QStringLiteral("reglez"), QStringLiteral("frais"),
                                     QStringLiteral("99")}));
    }

    void classifierLearnsAndWrongLabelsHurt_data() { bundledExamplesAreBalanced_data(); }
    void classifierLearnsAndWrongLabelsHurt()
    {
        QFETCH(QString, language);
        const double clean = meanAccuracy(language, 0.0);
        const double thirty = meanAccuracy(language, 0.3);
        const double fifty = meanAccuracy(language, 0.5);
        qInfo("%s: clean %.3f, 30%% wrong %.3f, 50%% wrong %.3f", qPrintable(language), clean,
              thirty, fifty);
        QVERIFY2(clean > 0.8, qPrintable(QString::number(clean)));
        QVERIFY(thirty < clean);
        QVERIFY(fifty < thirty);

        // The same through the key figures of one seed.
        const QJsonObject figures = TeachTheMachine::keyFigures(3, language);
        QVERIFY(figures.value(QStringLiteral("accuracy_clean")).toDouble() > 0.8);
        QVERIFY(figures.value(QStringLiteral("accuracy_30pct_wrong_labels")).toDouble() <
                figures.value(QStringLiteral("accuracy_clean")).toDouble());
        QVERIFY(figures.value(QStringLiteral("accuracy_50pct_wrong_labels")).toDouble() <
                figures.value(QStringLiteral("accuracy_30pct_wrong_labels")).toDouble());
    }

    void corruptionFlipsTheRequestedShare()
    {
        const QList<LabelledMessage> all = TeachTheMachine::examples(QStringLiteral("en"));
        QList<int> flipped;
        const QList<LabelledMessage> mixed = TeachTheMachine::corruptLabels(all, 0.3, 9, &flipped);
        QCOMPARE(flipped.size(), 13);
        int differ = 0;
        for (int i = 0; i < all.size(); ++i)
            differ += all.at(i).scam != mixed.at(i).scam ? 1 : 0;
        QCOMPARE(differ, 13);
    }

    void predictionsAreDeterministicForASeed()
    {
        auto run = [](quint32 seed) {
            QList<LabelledMessage> teaching;
            QList<LabelledMessage> heldOut;
            TeachTheMachine::split(TeachTheMachine::examples(QStringLiteral("fr")), seed, 0.25,
                                   &teaching, &heldOut);
            TeachTheMachine machine;
            machine.train(TeachTheMachine::corruptLabels(teaching, 0.3, seed));
            QStringList out;
            for (const LabelledMessage &m : heldOut) {
                const ScamPrediction p = machine.predict(m.text);
                out << QString::number(p.probabilityScam, 'g', 17);
                for (const WordWeight &w : p.reasons)
                    out << w.word;
            }
            return out;
        };
        QCOMPARE(run(5), run(5));
        QVERIFY(run(5) != run(6));
        QCOMPARE(TeachTheMachine::keyFigures(5, QStringLiteral("fr")),
                 TeachTheMachine::keyFigures(5, QStringLiteral("fr")));
    }

    void explanationNamesScamWords()
    {
        TeachTheMachine machine;
        machine.train(TeachTheMachine::examples(QStringLiteral("en")));
        const ScamPrediction p = machine.predict(
            QStringLiteral("Your parcel is waiting: pay the delivery fee now, click the link"));
        QVERIFY(p.scam);
        QVERIFY(p.probabilityScam > 0.9);
        QVERIFY(p.reasons.size() >= 3);
        QVERIFY(p.reasons.first().weight > 0);
        QStringList words;
        for (const WordWeight &w : p.reasons)
            words << w.word;
        QVERIFY2(words.contains(QStringLiteral("fee")) || words.contains(QStringLiteral("pay")) ||
                     words.contains(QStringLiteral("click")),
                 qPrintable(words.join(QLatin1Char(' '))));

        const ScamPrediction normal =
            machine.predict(QStringLiteral("See you on Sunday for the family lunch"));
        QVERIFY(!normal.scam);
    }

    void teachKeyFiguresHaveTheDocumentedKeys()
    {
        const QJsonObject f = TeachTheMachine::keyFigures(1, QStringLiteral("en"));
        qInfo("%s", QJsonDocument(f).toJson(QJsonDocument::Compact).constData());
        for (const char *key :
             {"examples", "teaching", "held_out", "accuracy_clean", "accuracy_30pct_wrong_labels",
              "accuracy_50pct_wrong_labels", "top_scam_words", "seed", "language"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QCOMPARE(f.value(QStringLiteral("examples")).toInt(), 44);
        QCOMPARE(f.value(QStringLiteral("top_scam_words")).toArray().size(), 8);
    }

    void screenerBiasSurvivesThroughProxies_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 7u, 42u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void screenerBiasSurvivesThroughProxies()
    {
        QFETCH(quint32, seed);
        const QJsonObject f = CvScreening::keyFigures(seed, QStringLiteral("en"));
        qInfo("%s", QJsonDocument(f).toJson(QJsonDocument::Compact).constData());
        const double with = f.value(QStringLiteral("ratio_with_attribute")).toDouble();
        const double without = f.value(QStringLiteral("ratio_without_attribute")).toDouble();
        const double noProxies = f.value(QStringLiteral("ratio_without_proxies")).toDouble();
        QVERIFY(f.value(QStringLiteral("past_ratio")).toDouble() < 0.8);
        QVERIFY2(with < 0.8, qPrintable(QString::number(with)));
        QVERIFY2(without < 0.8 || without - with < 0.05, qPrintable(QString::number(without)));
        QVERIFY(noProxies > without + 0.1);
        QVERIFY(noProxies >= 0.8);
        QVERIFY(f.value(QStringLiteral("selection_rate_a")).toDouble() >
                f.value(QStringLiteral("selection_rate_b")).toDouble());
    }

    void screenerKeyFiguresAreStable()
    {
        const QJsonObject f = CvScreening::keyFigures(11, QStringLiteral("fr"));
        QCOMPARE(f, CvScreening::keyFigures(11, QStringLiteral("fr")));
        for (const char *key : {"applicants", "selection_rate_a", "selection_rate_b",
                                "ratio_with_attribute", "ratio_without_attribute",
                                "ratio_without_proxies", "past_ratio", "four_fifths_threshold"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QCOMPARE(f.value(QStringLiteral("applicants")).toInt(), 1000);
        QVERIFY(f != CvScreening::keyFigures(12, QStringLiteral("fr")));
    }

    void teachWidgetLearnsFromTheKeyboard()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        TeachTheMachineWidget widget(QStringLiteral("fr"));
        widget.resize(1280, 760);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        widget.setFocus();
        auto *prediction = widget.findChild<QLabel *>(QStringLiteral("prediction"));
        auto *accuracy = widget.findChild<QLabel *>(QStringLiteral("accuracy"));
        QVERIFY(prediction && accuracy);
        QVERIFY(!widget.hasPrediction());
        const QString before = prediction->text();

        // The group labels six messages correctly with S and N.
        for (int i = 0; i < 6; ++i) {
            const LabelledMessage shown = widget.currentExample();
            QVERIFY(!shown.text.isEmpty());
            QTest::keyClick(&widget, shown.scam ? Qt::Key_S : Qt::Key_N);
            QCOMPARE(widget.labelledCount(), i + 1);
        }
        QVERIFY(widget.hasPrediction());
        QVERIFY(prediction->text() != before);
        QVERIFY2(prediction->text().contains(QLatin1Char('%')), qPrintable(prediction->text()));
        QVERIFY(!widget.findChild<QLabel *>(QStringLiteral("reasons"))->text().isEmpty());
        // For the screenshot, go on until a scam is on screen: its red words tell the story.
        while (!(widget.currentExample().scam && widget.currentPrediction().scam) &&
               widget.labelledCount() < 20)
            QTest::keyClick(&widget, widget.currentExample().scam ? Qt::Key_S : Qt::Key_N);
        saveScreenshot(widget, QStringLiteral("demo-teach-the-machine.png"));

        // Teaching every message correctly, then mixing up labels, lowers the measured accuracy.
        widget.labelTheRest();
        const double clean = widget.heldOutAccuracy();
        QVERIFY2(clean > 0.8, qPrintable(QString::number(clean)));
        const QString cleanText = accuracy->text();
        auto *mix = widget.findChild<QPushButton *>(QStringLiteral("mixButton"));
        QVERIFY(!mix->accessibleName().isEmpty());
        mix->click();
        QCOMPARE(widget.mixedUpCount(), 10);
        mix->click();
        QVERIFY(widget.heldOutAccuracy() < clean);
        QVERIFY(accuracy->text() != cleanText);

        widget.findChild<QPushButton *>(QStringLiteral("resetButton"))->click();
        QCOMPARE(widget.labelledCount(), 0);
        QVERIFY(!widget.hasPrediction());
        for (QPushButton *b : widget.findChildren<QPushButton *>())
            QVERIFY(!b->accessibleName().isEmpty());
    }

    void cvWidgetRetrainsWhenInputsChange()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        CvScreeningWidget widget(QStringLiteral("fr"));
        widget.resize(1280, 760);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        auto *ratio = widget.findChild<QLabel *>(QStringLiteral("ratio"));
        QVERIFY(ratio);
        const double withGroup = widget.outcome().ratio();
        QVERIFY(withGroup < 0.8);
        const QString first = ratio->text();
        saveScreenshot(widget, QStringLiteral("demo-cv-screening.png"));

        auto *group = widget.findChild<QCheckBox *>(QStringLiteral("useGroup"));
        auto *postcode = widget.findChild<QCheckBox *>(QStringLiteral("usePostcode"));
        auto *gap = widget.findChild<QCheckBox *>(QStringLiteral("useCareerGap"));
        QVERIFY(group && postcode && gap);
        group->setFocus();
        QTest::keyClick(group, Qt::Key_Space); // keyboard-operable
        QVERIFY(!group->isChecked());
        QVERIFY(ratio->text() != first);
        QVERIFY(widget.outcome().ratio() < 0.8); // the proxies carry the bias
        postcode->click();
        gap->click();
        QVERIFY(widget.outcome().ratio() >= 0.8);

        widget.findChild<QPushButton *>(QStringLiteral("resetButton"))->click();
        QVERIFY(group->isChecked() && postcode->isChecked() && gap->isChecked());
        QCOMPARE(ratio->text(), first);
        for (QCheckBox *box : {group, postcode, gap})
            QVERIFY(!box->accessibleName().isEmpty());
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(AiDemoLearningTest)
#include "tst_aidemo_learning.moc"
