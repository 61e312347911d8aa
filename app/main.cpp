// SPDX-License-Identifier: GPL-3.0-or-later
// mediatelier: parses options, chooses the language, hands over to the application controller.
#include "core/languagemanager.h"
#include "core/settings.h"
#include "shell/appcontroller.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Mediatelier"));
    QApplication::setApplicationName(QStringLiteral("Mediatelier"));
    QApplication::setApplicationVersion(QStringLiteral(MEDIATELIER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mediatelier.Mediatelier"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), QApplication::translate("main", "The database file to open."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), QApplication::translate("main", "Interface language (fr, en)."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption open(QStringLiteral("open"), QApplication::translate("main", "A lesson to open at start: MODULE or MODULE/PAGE."),
                                  QStringLiteral("LESSON"));
    parser.addOption(database);
    parser.addOption(language);
    parser.addOption(open);
    parser.process(app);

    QString code = parser.value(language);
    if (code.isEmpty())
        code = Settings::language();
    if (code.isEmpty()) {
        code = LanguageManager::systemLanguage(); // first start follows the system
        Settings::setLanguage(code);
    }
    LanguageManager::instance()->setLanguage(code);

    QFile style(QStringLiteral(":/style/mediatelier.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    AppController controller;
    if (!controller.start(Database::resolvePath(parser.value(database))))
        return 0;
    if (parser.isSet(open))
        controller.openLesson(parser.value(open));
    return app.exec();
}
