// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Parsers report faults through their return values; qWarning chatter would only slow the run.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
    static QCoreApplication app(*argc, *argv);
    return 0;
}

namespace FuzzSupport {

void violated(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", what, detail.constData());
    std::abort();
}

} // namespace FuzzSupport
