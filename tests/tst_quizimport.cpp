// SPDX-License-Identifier: GPL-3.0-or-later
// GIFT interchange from the library's side: questions land in a user pack (the module's own, a
// copy of a built-in module with a higher version, or a new module); a dry run and a syntax error
// change nothing; export then import keeps every question GIFT can carry; the CLI's JSON report.
#include "testsupport.h"

#include "content/filetree.h"
#include "content/modulelibrary.h"
#include "quiz/quizimport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class QuizImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolate(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_bundled = m_dir->filePath(QStringLiteral("bundled"));
        m_user = m_dir->filePath(QStringLiteral("user"));
        QVERIFY(copyTree(TestSupport::fixture(QStringLiteral("packs")), m_bundled));
    }

    void importIntoABuiltInModuleMakesAHigherUserCopy()
    {
        ModuleLibrary library(m_bundled, m_user);
        const Result<QuizImport::Report> report =
            QuizImport::importGift(library, TestSupport::fixture(QStringLiteral("gift/mixed.gift")),
                                   QStringLiteral("sample-basics"), QStringLiteral("en"), false);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->imported, 2);
        QCOMPARE(report->skipped.size(), 7);
        QVERIFY(!report->createdModule);
        const Module *module = library.module(QStringLiteral("sample-basics"));
        QCOMPARE(module->origin, Module::Origin::User);
        QCOMPARE(module->version, 2);
        QCOMPARE(module->questionCount, 5);
        QVERIFY(library.brokenModules().isEmpty());
        // The imported English text also serves the French side, so the pack stays complete.
        const QuizDefinition quiz = library.quiz(*module);
        QCOMPARE(quiz.questions.last().prompt.value(QStringLiteral("fr")), QStringLiteral("Which one?"));
        QCOMPARE(quiz.questions.first().id, QStringLiteral("s-01")); // the pack's own questions are kept
    }

    void importIntoANewModuleCreatesIt()
    {
        ModuleLibrary library(m_bundled, m_user);
        const Result<QuizImport::Report> report =
            QuizImport::importGift(library, TestSupport::fixture(QStringLiteral("gift/choice.gift")),
                                   QStringLiteral("my-questions"), QStringLiteral("fr"), false);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->createdModule);
        const Module *module = library.module(QStringLiteral("my-questions"));
        QVERIFY(module);
        QCOMPARE(module->languages, QStringList{QStringLiteral("fr")});
        QCOMPARE(module->questionCount, report->imported);
        // Importing again adds the questions again, under new ids.
        QVERIFY(QuizImport::importGift(library, TestSupport::fixture(QStringLiteral("gift/choice.gift")),
                                       QStringLiteral("my-questions"), QStringLiteral("fr"), false).ok());
        QCOMPARE(library.module(QStringLiteral("my-questions"))->questionCount, 2 * report->imported);
    }

    void dryRunAndSyntaxErrorsChangeNothing()
    {
        ModuleLibrary library(m_bundled, m_user);
        const Result<QuizImport::Report> dry = QuizImport::importGift(
            library, TestSupport::fixture(QStringLiteral("gift/mixed.gift")), QStringLiteral("sample-basics"), QStringLiteral("en"), true);
        QVERIFY(dry.ok());
        QCOMPARE(dry->imported, 2);
        QCOMPARE(library.module(QStringLiteral("sample-basics"))->origin, Module::Origin::Bundled);

        const Result<QuizImport::Report> broken = QuizImport::importGift(
            library, TestSupport::fixture(QStringLiteral("gift/unclosed-brace.gift")), QStringLiteral("sample-basics"), QStringLiteral("en"), false);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(QStringLiteral("unclosed-brace.gift:")), qPrintable(broken.error()));
        QCOMPARE(library.module(QStringLiteral("sample-basics"))->questionCount, 3);
        QVERIFY(!QDir(m_user).exists() || QDir(m_user).isEmpty());
    }

    void exportThenImportKeepsEverySupportedQuestion()
    {
        ModuleLibrary library(m_bundled, m_user);
        const QString gift = m_dir->filePath(QStringLiteral("export.gift"));
        int skipped = -1;
        QVERIFY(QuizImport::exportGift(library, QStringLiteral("sample-basics"), QStringLiteral("en"), gift, &skipped).ok());
        QCOMPARE(skipped, 1); // the self-assessment statement
        const Result<QuizImport::Report> report =
            QuizImport::importGift(library, gift, QStringLiteral("round-trip"), QStringLiteral("en"), false);
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QCOMPARE(report->imported, 2);
        const QuizDefinition original = library.quiz(*library.module(QStringLiteral("sample-basics")));
        const QuizDefinition copy = library.quiz(*library.module(QStringLiteral("round-trip")));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(copy.questions.at(i).id, original.questions.at(i).id);
            QCOMPARE(copy.questions.at(i).type, original.questions.at(i).type);
            QCOMPARE(copy.questions.at(i).prompt.value(QStringLiteral("en")), original.questions.at(i).prompt.value(QStringLiteral("en")));
            QCOMPARE(copy.questions.at(i).explanation.value(QStringLiteral("en")), original.questions.at(i).explanation.value(QStringLiteral("en")));
            for (int o = 0; o < original.questions.at(i).options.size(); ++o) {
                QCOMPARE(copy.questions.at(i).options.at(o).correct, original.questions.at(i).options.at(o).correct);
                QCOMPARE(copy.questions.at(i).options.at(o).feedback.value(QStringLiteral("en")),
                         original.questions.at(i).options.at(o).feedback.value(QStringLiteral("en")));
            }
        }
    }

    void cliReportsInJson()
    {
        // The CLI works on the real user folder of the test-mode application data.
        QString out, err;
        QCOMPARE(TestSupport::cli({QStringLiteral("quiz"), QStringLiteral("import-gift"), TestSupport::fixture(QStringLiteral("gift/mixed.gift")),
                                   QStringLiteral("--module"), QStringLiteral("what-is-ai"), QStringLiteral("--dry-run"),
                                   QStringLiteral("--format"), QStringLiteral("json")}, &out, &err), 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("imported")).toInt(), 2);
        const QJsonArray skipped = json.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 7);
        QCOMPARE(skipped.first().toObject().value(QStringLiteral("line")).toInt(), 4);
        QVERIFY(!skipped.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());

        QCOMPARE(TestSupport::cli({QStringLiteral("quiz"), QStringLiteral("import-gift"), TestSupport::fixture(QStringLiteral("gift/unclosed-brace.gift")),
                                   QStringLiteral("--module"), QStringLiteral("what-is-ai")}, &out, &err), 3);
        QVERIFY2(err.contains(QStringLiteral("unclosed-brace.gift:")), qPrintable(err));

        const QString gift = m_dir->filePath(QStringLiteral("wai.gift"));
        QCOMPARE(TestSupport::cli({QStringLiteral("quiz"), QStringLiteral("export-gift"), QStringLiteral("--module"), QStringLiteral("what-is-ai"),
                                   QStringLiteral("-o"), gift}, &out, &err), 0);
        QVERIFY(QFile(gift).size() > 1000);
        QCOMPARE(TestSupport::cli({QStringLiteral("quiz"), QStringLiteral("export-gift"), QStringLiteral("--module"), QStringLiteral("nope"),
                                   QStringLiteral("-o"), gift}, &out, &err), 3);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bundled;
    QString m_user;
};

QTEST_GUILESS_MAIN(QuizImportTest)
#include "tst_quizimport.moc"
