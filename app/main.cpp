// SPDX-License-Identifier: GPL-3.0-or-later
// mediatelier: parses options, chooses the language, hands over to the application controller.
#include "core/languagemanager.h"
#include "core/settings.h"
#include "shell/appcontroller.h"
#include "shell/appearance.h"
#include "shell/firstpaintprobe.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mediatelier"));
    QApplication::setApplicationName(QStringLiteral("Mediatelier"));
    QApplication::setApplicationVersion(QStringLiteral(MEDIATELIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mediatelier.Mediatelier")); // packaging/*.desktop

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), QApplication::translate("main", "The database file to open."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), QApplication::translate("main", "Interface language (%1).")
                                                    .arg(LanguageManager::available().join(QStringLiteral(", "))),
                                      QStringLiteral("LANG"));
    const QCommandLineOption open(QStringLiteral("open"), QApplication::translate("main", "A lesson to open at start: MODULE or MODULE/PAGE."),
                                  QStringLiteral("LESSON"));
    parser.addOption(database);
    parser.addOption(language);
    parser.addOption(open);
    const QCommandLineOption measureStartup(QStringLiteral("measure-startup"),
                                            QApplication::translate("main", "Print the milliseconds until the window is first painted, then quit (benchmarks)."));
    parser.addOption(measureStartup);
    // The desktop entry's "Exec=mediatelier %f": a database file dropped on the launcher.
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "The database file to open (like --database)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    QString code = parser.value(language);
    if (code.isEmpty())
        code = Settings::language();
    if (code.isEmpty()) {
        code = LanguageManager::systemLanguage(); // first start follows the system
        Settings::setLanguage(code);
    }
    LanguageManager::instance()->setLanguage(code);

    Appearance::applySaved(); // zoom and high contrast chosen earlier, and the style sheet

    if (parser.isSet(measureStartup))
        new FirstPaintProbe(sinceStart, &app);
    AppController controller;
    if (!controller.start(Database::resolvePath(parser.isSet(database) || parser.positionalArguments().isEmpty()
                                                   ? parser.value(database) : parser.positionalArguments().constFirst())))
        return 0;
    if (parser.isSet(open))
        controller.openLesson(parser.value(open));
    return app.exec();
}
