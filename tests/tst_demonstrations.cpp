// SPDX-License-Identifier: GPL-3.0-or-later
// The Demonstrations screen and `ai-demo`: every demonstration opens from the list and from a
// `demo:` link in a lesson; the command line lists them and prints the same figures for a seed.
#include "testsupport.h"

#include "aidemo/demonstrationsscreen.h"
#include "aidemo/demoregistry.h"
#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "learners/learnersession.h"
#include "lessons/lessonreader.h"
#include "lessons/lessonsscreen.h"
#include "lessons/pagebrowser.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class DemonstrationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
    }

    void cliListsAndRunsEveryDemo()
    {
        QString out;
        QCOMPARE(TestSupport::cli({QStringLiteral("ai-demo"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}, &out), 0);
        QStringList ids;
        for (const QJsonValue &demo : QJsonDocument::fromJson(out.toUtf8()).array())
            ids << demo.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("teach-the-machine"), QStringLiteral("cv-screening"), QStringLiteral("chatbot"),
                                   QStringLiteral("similar-words")}));
        for (const QString &id : std::as_const(ids)) {
            QString first, second;
            const QStringList args{QStringLiteral("ai-demo"), QStringLiteral("run"), id, QStringLiteral("--seed"), QStringLiteral("7"),
                                   QStringLiteral("--format"), QStringLiteral("json")};
            QCOMPARE(TestSupport::cli(args, &first), 0);
            QCOMPARE(TestSupport::cli(args, &second), 0);
            QCOMPARE(first, second); // same seed, same figures
            QVERIFY2(QJsonDocument::fromJson(first.toUtf8()).object().size() >= 3, qPrintable(first));
        }
        QString err;
        QCOMPARE(TestSupport::cli({QStringLiteral("ai-demo"), QStringLiteral("run"), QStringLiteral("magic")}, nullptr, &err), 2);
        QVERIFY(err.contains(QStringLiteral("magic")));
        // The screener's lesson holds on the command line too: below the four-fifths rule.
        QCOMPARE(TestSupport::cli({QStringLiteral("ai-demo"), QStringLiteral("run"), QStringLiteral("cv-screening"),
                                   QStringLiteral("--format"), QStringLiteral("json")}, &out), 0);
        QVERIFY(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("ratio_with_attribute")).toDouble() < 0.8);
    }

    void screenOpensEachDemo()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr"))); // the CLI test switched it
        DemonstrationsScreen screen(m_library);
        screen.resize(1200, 760);
        screen.show();
        QSignalSpy shown(&screen, &Screen::showRequested);
        QVERIFY(!screen.currentDemo());
        for (const DemoRegistry::Demo &demo : DemoRegistry::demos()) {
            QVERIFY(screen.openDemo(demo.id));
            QVERIFY(screen.currentDemo());
            QCOMPARE(screen.currentDemo()->objectName(), QStringLiteral("demo-") + demo.id);
            QVERIFY(screen.currentDemo()->isVisible());
        }
        QCOMPARE(shown.count(), 4);
        QVERIFY(!screen.openDemo(QStringLiteral("nope")));
        auto *list = screen.findChild<QListWidget *>(QStringLiteral("demoList"));
        QCOMPARE(list->item(0)->text(), QStringLiteral("Apprendre à la machine"));
    }

    void lessonLinkOpensTheDemo()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("demo.sqlite"))).ok());
        LearnerSession learner;
        LessonsScreen lessons(db, m_library, learner);
        DemonstrationsScreen demos(m_library);
        connect(&lessons, &LessonsScreen::demoRequested, &demos, &DemonstrationsScreen::openDemo);
        QVERIFY(lessons.openModule(QStringLiteral("algorithmic-bias")));
        emit lessons.reader()->browser()->anchorClicked(QUrl(QStringLiteral("demo:cv-screening")));
        QVERIFY(demos.currentDemo());
        QCOMPARE(demos.currentDemo()->objectName(), QStringLiteral("demo-cv-screening"));
    }

private:
    ModuleLibrary m_library{QStringLiteral(":/lessons"), QStringLiteral("/nonexistent")};
};

QTEST_MAIN(DemonstrationsTest)
#include "tst_demonstrations.moc"
