// SPDX-License-Identifier: GPL-3.0-or-later
// mediatelier-cli: no widgets, no display needed.
#include "cli/cli.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

// A PDF report draws text, and fonts need a QGuiApplication; it runs on the offscreen platform,
// so no display is needed either. Every other command keeps the lighter QCoreApplication.
bool drawsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--format=pdf" || (arg == "--format" && i + 1 < argc && QByteArrayView(argv[i + 1]) == "pdf"))
            return true;
        // learners export-data ID -o FILE.pdf: the readable copy of a learner's data
        if ((arg == "-o" || arg == "--output") && i + 1 < argc && QByteArray(argv[i + 1]).toLower().endsWith(".pdf"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Mediatelier"));
    QCoreApplication::setApplicationName(QStringLiteral("Mediatelier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEDIATELIER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runCli(QCoreApplication::arguments(), out, err);
}
