// SPDX-License-Identifier: GPL-3.0-or-later
// Arabic reads right to left: choosing it mirrors the window (navigation on the right), the lesson
// reader, a quiz, the group-mode chart and the sign-in sheet; going back to French turns it all back.
// Also: Qt's six Arabic plural forms come in the order the translation file gives them.
#include "testsupport.h"
#include "workshoptests.h"

#include "content/modulelibrary.h"
#include "content/readersession.h"
#include "core/languagemanager.h"
#include "learners/learnersession.h"
#include "lessons/lessonreader.h"
#include "lessons/pagebrowser.h"
#include "quiz/quizrunner.h"
#include "quiz/quizzesscreen.h"
#include "quiz/tallychart.h"
#include "reports/chartcard.h"
#include "reports/charttablemodel.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "workshops/signinsheet.h"
#include "workshops/workshopstore.h"

#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

namespace {

// Left edge of a widget in its window's coordinates.
int leftIn(const QWidget *widget)
{
    return widget->mapTo(widget->window(), QPoint(0, 0)).x();
}

QTextTable *firstBorderedTable(QTextDocument *document)
{
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames)
        if (auto *table = qobject_cast<QTextTable *>(frame); table && table->format().border() > 0)
            return table;
    return nullptr;
}

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return cursor.selectedText().trimmed();
}

} // namespace

class RtlTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("rtl.sqlite"))).ok());
        m_services.database = &m_db;
        m_services.library = &m_fixtures;
        m_services.learner = &m_learner;
        QVERIFY(LanguageManager::available().contains(QStringLiteral("ar")));
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("ar")), QStringLiteral("العربية"));
    }

    void cleanup() { QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr"))); }

    void arabicMirrorsTheWindowAndFrenchTurnsItBack()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        MainWindow window(m_services, m_db.path());
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(navigation && stack);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(leftIn(navigation) < leftIn(stack));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("ar")));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(QLocale().textDirection(), Qt::RightToLeft);
        // The navigation list is now on the right of the screens, and the window speaks Arabic.
        QTRY_VERIFY(leftIn(navigation) > leftIn(stack));
        QVERIFY(leftIn(navigation) + navigation->width() > window.width() - 40);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("الدروس"));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY(leftIn(navigation) < leftIn(stack));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Leçons"));
    }

    void arabicHasSixPluralFormsInQtsOrder()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("ar")));
        auto questions = [](int n) { return QCoreApplication::translate("CliContext", "%n question(s)", nullptr, n); };
        QCOMPARE(questions(0), QStringLiteral("0 سؤال"));     // zero
        QCOMPARE(questions(1), QStringLiteral("سؤال واحد"));   // one
        QCOMPARE(questions(2), QStringLiteral("سؤالان"));      // two
        QCOMPARE(questions(7), QStringLiteral("7 أسئلة"));     // 3–10
        QCOMPARE(questions(103), QStringLiteral("103 أسئلة")); // 3–10 after the hundreds
        QCOMPARE(questions(11), QStringLiteral("11 سؤالًا"));  // 11–99
        QCOMPARE(questions(100), QStringLiteral("100 سؤال"));  // 100, 101, 102…
    }

    void anArabicPageReadsRightToLeft()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("ar")));
        LessonReader reader(m_bundled);
        reader.resize(1000, 700);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QVERIFY(reader.openModule(m_db.connection(), 0, QStringLiteral("what-is-ai"), QStringLiteral("ar")));
        QCOMPARE(reader.session()->language(), QStringLiteral("ar"));
        QVERIFY(!reader.session()->isFallbackLanguage());
        PageBrowser *browser = reader.browser();
        QCOMPARE(browser->textDirection(), Qt::RightToLeft);
        QCOMPARE(browser->document()->defaultTextOption().textDirection(), Qt::RightToLeft);

        // Every paragraph ends on the right edge, even one that starts with a Latin word.
        const qreal width = browser->document()->textWidth();
        int paragraphs = 0;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().trimmed().isEmpty() || block.textList() || QTextCursor(block).currentTable())
                continue;
            QCOMPARE(block.textDirection(), Qt::RightToLeft);
            const QRectF first = block.layout()->lineAt(0).naturalTextRect();
            const qreal right = browser->document()->documentLayout()->blockBoundingRect(block).left() + first.right();
            QVERIFY2(right > width - 40, qPrintable(QStringLiteral("%1 ends at %2 of %3").arg(block.text().left(40)).arg(right).arg(width)));
            ++paragraphs;
        }
        QVERIFY(paragraphs >= 3);

        // A table: its first column ("the word") on the right, the table against the right edge.
        reader.showPage(reader.session()->module()->pages.indexOf(QStringLiteral("07-vocabulary")));
        QTextTable *words = nullptr;
        for (QTextFrame *frame : browser->document()->rootFrame()->childFrames())
            words = words ? words : qobject_cast<QTextTable *>(frame);
        QVERIFY(words);
        QCOMPARE(cellText(words, 0, words->columns() - 1), QStringLiteral("الكلمة"));
        QCOMPARE(cellText(words, 0, 0), QStringLiteral("مثال"));
        const QRectF tableBox = browser->document()->documentLayout()->frameBoundingRect(words);
        QVERIFY2(tableBox.right() > width - 40, qPrintable(QString::number(tableBox.right())));

        // A list item that starts with a Latin word ("COMPAS …") still reads right to left: on its
        // own, Qt would take it for a left-to-right paragraph and put it on the left.
        QVERIFY(reader.openModule(m_db.connection(), 0, QStringLiteral("algorithmic-bias"), QStringLiteral("ar")));
        reader.showPage(reader.session()->module()->pages.indexOf(QStringLiteral("05-documented-cases")));
        QTextBlock compas;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
            if (block.text().startsWith(QLatin1String("COMPAS ")))
                compas = block;
        QVERIFY(compas.isValid());
        QCOMPARE(compas.textDirection(), Qt::RightToLeft);
        const qreal compasRight = browser->document()->documentLayout()->blockBoundingRect(compas).left()
                                  + compas.layout()->lineAt(0).naturalTextRect().right();
        QVERIFY2(compasRight > browser->document()->textWidth() - 80, qPrintable(QString::number(compasRight)));

        // The reader's own controls mirror: "previous" on the right of "next", contents on the right.
        auto *previous = reader.findChild<QPushButton *>(QStringLiteral("previousPage"));
        auto *next = reader.findChild<QPushButton *>(QStringLiteral("nextPage"));
        auto *contents = reader.findChild<QListWidget *>(QStringLiteral("tableOfContents"));
        QVERIFY(previous && next && contents);
        QTRY_VERIFY(leftIn(previous) > leftIn(next));
        QVERIFY(leftIn(contents) > leftIn(browser));

        // A module without Arabic falls back to French or English: its page reads left to right.
        QVERIFY(reader.openModule(m_db.connection(), 0, QStringLiteral("generative-ai"), QStringLiteral("ar")));
        QVERIFY(reader.session()->isFallbackLanguage());
        QCOMPARE(browser->textDirection(), Qt::LeftToRight);
        QCOMPARE(browser->document()->begin().textDirection(), Qt::LeftToRight);
        QVERIFY(reader.findChild<QLabel *>(QStringLiteral("languageNotice"))->isVisible());
    }

    void aQuizMirrorsItsOptionsAndButtons()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("ar")));
        m_learner.setGuest();
        QuizzesScreen screen(m_db, m_fixtures, m_learner);
        screen.resize(1000, 700);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.activate();
        auto *start = screen.findChild<QPushButton *>(QStringLiteral("startQuiz"));
        QVERIFY(start);
        QCOMPARE(start->text(), QStringLiteral("بدء الاختبار")); // no accelerator: an underlined letter breaks the joined Arabic word
        start->click();
        QuizRunner *runner = screen.runner();
        QTRY_VERIFY(runner->isVisible());

        // An option row: its round button on the right, its text on its left.
        QRadioButton *option = nullptr;
        for (QRadioButton *button : runner->findChildren<QRadioButton *>())
            if (button->objectName().startsWith(QLatin1String("option-")) || button->objectName().startsWith(QLatin1String("scale-")))
                option = option ? option : button;
        QVERIFY(option);
        QCOMPARE(option->layoutDirection(), Qt::RightToLeft);
        QStyleOptionButton styleOption;
        styleOption.initFrom(option);
        const QRect indicator = option->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &styleOption, option);
        const QRect text = option->style()->subElementRect(QStyle::SE_RadioButtonContents, &styleOption, option);
        QVERIFY2(indicator.left() > text.left(), qPrintable(QStringLiteral("indicator %1, text %2").arg(indicator.left()).arg(text.left())));

        // The primary button ("check", "next") sits on the left, where the reading ends.
        auto *primary = runner->findChild<QPushButton *>(QStringLiteral("quizNext"));
        QVERIFY(primary && primary->isVisible());
        QVERIFY(leftIn(primary) < leftIn(option) + option->width() / 2);
    }

    void theGroupChartGrowsFromTheRight()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("ar")));
        TallyChart chart;
        chart.resize(600, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart.view()->chart()->series().value(0));
        QVERIFY(series);
        const qreal zero = chart.view()->chart()->mapToPosition(QPointF(0, 0), series).x();
        const qreal half = chart.view()->chart()->mapToPosition(QPointF(50, 0), series).x();
        QVERIFY2(half < zero, qPrintable(QStringLiteral("0 %% at %1, 50 %% at %2").arg(zero).arg(half)));

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        QTRY_COMPARE(chart.layoutDirection(), Qt::LeftToRight);
        QVERIFY(chart.view()->chart()->mapToPosition(QPointF(50, 0), series).x()
                > chart.view()->chart()->mapToPosition(QPointF(0, 0), series).x());
    }

    // The dashboard's charts: months run from right to left, the value axis stands on the right and
    // horizontal bars grow from the right; back in French, everything turns back.
    void dashboardChartsMirror()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("ar")));
        ChartTableModel model;
        model.setContent(QStringLiteral("Mois"), {{QStringLiteral("Présents")}},
                         {{QStringLiteral("janv."), {10}}, {QStringLiteral("févr."), {20}}, {QStringLiteral("mars"), {30}}});
        ChartCard bars(ChartCard::Kind::Bars, &model);
        ChartCard horizontal(ChartCard::Kind::HorizontalBars, &model);
        for (ChartCard *card : {&bars, &horizontal}) {
            card->resize(600, 400);
            card->show();
            QVERIFY(QTest::qWaitForWindowExposed(card));
        }
        auto *categories = qobject_cast<QBarCategoryAxis *>(bars.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(categories);
        QCOMPARE(categories->categories(), (QStringList{QStringLiteral("mars"), QStringLiteral("févr."), QStringLiteral("janv.")}));
        QCOMPARE(bars.chart()->axes(Qt::Vertical).value(0)->alignment(), Qt::AlignRight);
        auto *series = qobject_cast<QHorizontalBarSeries *>(horizontal.chart()->series().value(0));
        QVERIFY(series);
        QVERIFY(horizontal.chart()->mapToPosition(QPointF(20, 0), series).x()
                < horizontal.chart()->mapToPosition(QPointF(0, 0), series).x());

        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        QTRY_COMPARE(bars.layoutDirection(), Qt::LeftToRight);
        categories = qobject_cast<QBarCategoryAxis *>(bars.chart()->axes(Qt::Horizontal).value(0));
        QCOMPARE(categories->categories().first(), QStringLiteral("janv."));
        QCOMPARE(bars.chart()->axes(Qt::Vertical).value(0)->alignment(), Qt::AlignLeft);
        series = qobject_cast<QHorizontalBarSeries *>(horizontal.chart()->series().value(0));
        QVERIFY(horizontal.chart()->mapToPosition(QPointF(20, 0), series).x()
                > horizontal.chart()->mapToPosition(QPointF(0, 0), series).x());
    }

    void anArabicSignInSheetListsItsColumnsFromTheRight()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("ar")));
        const Result<qint64> workshop = WorkshopStore(m_db.connection())
                                            .add(WorkshopTests::makeWorkshop(QStringLiteral("ورشة الذكاء الاصطناعي"),
                                                                             WorkshopTests::at("2026-03-10T14:00")));
        QVERIFY2(workshop.ok(), qPrintable(workshop.error()));
        WorkshopTests::addAttendance(m_db.connection(), *workshop, QStringLiteral("سامية"), QStringLiteral("registered"));

        SignInSheetOptions options; // the locale of the interface: Arabic
        QCOMPARE(options.locale.textDirection(), Qt::RightToLeft);
        const Result<SignInSheet> sheet = SignInSheet::load(m_db.connection(), *workshop, SignInSheet::Kind::SignIn, options);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error()));
        std::unique_ptr<QTextDocument> document = sheet->document();
        QCOMPARE(document->begin().textDirection(), Qt::RightToLeft); // the title
        QTextTable *table = firstBorderedTable(document.get());
        QVERIFY(table);
        QCOMPARE(table->columns(), 4);
        QCOMPARE(cellText(table, 0, 3), QStringLiteral("رقم"));     // No. on the right
        QCOMPARE(cellText(table, 0, 0), QStringLiteral("التوقيع")); // Signature on the left
        QCOMPARE(cellText(table, 1, 3), QStringLiteral("1"));
        QCOMPARE(cellText(table, 1, 2), QStringLiteral("سامية"));
        const QString pdf = m_dir.filePath(QStringLiteral("sheet-ar.pdf"));
        QVERIFY(sheet->writePdf(pdf).ok());
        QVERIFY(QFileInfo(pdf).size() > 1000);
        if (qEnvironmentVariableIsSet("MEDIATELIER_RTL_PDF")) // to look at it: MEDIATELIER_RTL_PDF=/tmp/sheet.pdf
            QFile::copy(pdf, qEnvironmentVariable("MEDIATELIER_RTL_PDF"));

        // The same sheet in French keeps the number on the left.
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("fr")));
        const Result<SignInSheet> french = SignInSheet::load(m_db.connection(), *workshop, SignInSheet::Kind::SignIn, {});
        std::unique_ptr<QTextDocument> frenchDocument = french->document();
        QTextTable *frenchTable = firstBorderedTable(frenchDocument.get());
        QCOMPARE(cellText(frenchTable, 0, 0), QStringLiteral("N°"));
        QCOMPARE(cellText(frenchTable, 1, 1), QStringLiteral("سامية"));
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    ModuleLibrary m_fixtures{QStringLiteral(MEDIATELIER_FIXTURES "/packs"), QStringLiteral("/nonexistent")};
    ModuleLibrary m_bundled{QStringLiteral(":/lessons"), QStringLiteral("/nonexistent")};
    LearnerSession m_learner;
    AppServices m_services;
};

QTEST_MAIN(RtlTest)
#include "tst_rtl.moc"
