// SPDX-License-Identifier: GPL-3.0-or-later
// mediatelier-cli: no widgets, no display needed.
#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mediatelier"));
    QCoreApplication::setApplicationName(QStringLiteral("Mediatelier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEDIATELIER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runCli(QCoreApplication::arguments(), out, err);
}
