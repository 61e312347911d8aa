// SPDX-License-Identifier: GPL-3.0-or-later
// Every translation file is complete: an unfinished or empty entry, or one that loses or invents a
// placeholder (%1, %L2…), fails the build's tests. English is the language of the sources, so its
// file only has to give the plural forms; its other entries show the source text as it is.
#include "core/languagemanager.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString translationsDir = QStringLiteral(MEDIATELIER_SOURCE_DIR "/translations");

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

struct Check
{
    QString language;
    int messages = 0;
    QStringList faults;
};

Check checkFile(const QString &path)
{
    Check check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.faults << QStringLiteral("cannot open %1").arg(path);
        return check;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            check.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                xml.skipCurrentElement();
                continue;
            }
            ++check.messages;
            QStringList forms;
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != QLatin1String("translation")) {
                if (xml.hasError())
                    break;
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
            }
            if (!numerus)
                forms = QStringList{text};
            const QString where = context + QStringLiteral(": ") + source;
            const bool sourceLanguage = check.language.startsWith(QLatin1String("en"));
            if (sourceLanguage && !numerus && (type == QLatin1String("unfinished") || text.isEmpty()))
                continue; // the English source text is shown as it is
            bool empty = type == QLatin1String("unfinished") || forms.isEmpty();
            for (const QString &form : std::as_const(forms))
                empty = empty || form.trimmed().isEmpty();
            if (empty) {
                check.faults << QStringLiteral("unfinished: ") + where;
                continue;
            }
            for (const QString &form : std::as_const(forms)) {
                if (placeholders(form) != placeholders(source))
                    check.faults << QStringLiteral("placeholders differ: %1 → %2").arg(where, form);
            }
        }
    }
    if (xml.hasError())
        check.faults << QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return check;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestSupport::isolate(); }

    void everyFileIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = QDir(translationsDir).entryList({QStringLiteral("mediatelier_*.ts")}, QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << QDir(translationsDir).filePath(name);
    }

    void everyFileIsComplete()
    {
        QFETCH(QString, path);
        const Check check = checkFile(path);
        QVERIFY(check.messages > 50);
        QVERIFY2(check.faults.isEmpty(), qPrintable(QStringLiteral("%1: %2 faults:\n").arg(path).arg(check.faults.size())
                                                    + check.faults.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void everyFileHasTheSameMessages()
    {
        // lupdate writes every file from the same sources: a file left behind would miss strings.
        const Check french = checkFile(translationsDir + QStringLiteral("/mediatelier_fr.ts"));
        const QStringList files = QDir(translationsDir).entryList({QStringLiteral("mediatelier_*.ts")}, QDir::Files);
        for (const QString &name : files)
            QCOMPARE(checkFile(QDir(translationsDir).filePath(name)).messages, french.messages);
    }

    void everyOfferedLanguageHasAFile()
    {
        for (const QString &code : LanguageManager::available())
            QVERIFY2(QFile::exists(translationsDir + QStringLiteral("/mediatelier_%1.ts").arg(code)), qPrintable(code));
        QVERIFY(LanguageManager::available().contains(QStringLiteral("nl")));
        QCOMPARE(LanguageManager::nativeName(QStringLiteral("nl")), QStringLiteral("Nederlands"));
    }

    void dutchIsLoadedAtRunTime()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("nl")));
        QCOMPARE(LanguageManager::instance()->current(), QStringLiteral("nl"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Bestand"));
        QCOMPARE(QCoreApplication::translate("CliContext", "%n page(s)", nullptr, 3), QStringLiteral("3 pagina's"));
        QCOMPARE(QCoreApplication::translate("CliContext", "%n page(s)", nullptr, 1), QStringLiteral("1 pagina"));
        QCOMPARE(QLocale().language(), QLocale::Dutch);
        // Qt's own dialogs speak Dutch too when the system ships qtbase_nl.qm (qt6-translations-l10n).
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_nl.qm")))
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuleren"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }

    void theInjectedFaultsAreFound()
    {
        // The check itself: an unfinished entry and a lost placeholder are both reported.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("mediatelier_xx.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Demo</name>
    <message>
        <source>Open %1</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of %1</source>
        <translation>
            <numerusform>%n pagina van %1</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Goed</translation>
    </message>
</context>
</TS>
)");
        file.close();
        const Check check = checkFile(path);
        QCOMPARE(check.messages, 4);
        QCOMPARE(check.faults.size(), 3);
        QVERIFY(check.faults.at(0).startsWith(QLatin1String("placeholders differ: Demo: Open %1")));
        QVERIFY(check.faults.at(1).startsWith(QLatin1String("unfinished: Demo: Close")));
        QVERIFY(check.faults.at(2).startsWith(QLatin1String("unfinished: Demo: %n page(s)")));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
