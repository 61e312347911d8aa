// SPDX-License-Identifier: GPL-3.0-or-later
// Loads the bundled lesson library (validation of every pack + search index) N times and prints
// the median and worst time: what the window pays at start before its first paint.
#include "content/modulelibrary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20;
    QTemporaryDir userRoot;
    QList<double> times;
    int modules = 0;
    int questions = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ModuleLibrary library(QStringLiteral(":/lessons"), userRoot.path());
        times << timer.nsecsElapsed() / 1e6;
        modules = int(library.modules().size());
        questions = 0;
        for (const Module *module : library.modules())
            questions += module->questionCount;
    }
    std::sort(times.begin(), times.end());
    QTextStream out(stdout);
    out << "modules:        " << modules << "\n"
        << "questions:      " << questions << "\n"
        << "runs:           " << runs << "\n"
        << "median load:    " << QString::number(times.at(times.size() / 2), 'f', 1) << " ms\n"
        << "worst load:     " << QString::number(times.last(), 'f', 1) << " ms\n";
    return 0;
}
