// SPDX-License-Identifier: GPL-3.0-or-later
// Window cold start to first paint: starts `mediatelier --database COPY --measure-startup` several
// times under QT_QPA_PLATFORM=offscreen and reports the median of the time from starting the
// process to its "first paint" line, of the time the program counts from main(), and the largest
// peak memory. COPY is a copy of FILE with a coordinator account (else the window would first ask
// for one), in a settings and data folder of its own; an untimed first run makes the day's
// automatic backup. Usage: bench_startup --database FILE [--runs 5] [--lang fr]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? -1 : n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString source = option(QStringLiteral("--database"), QString());
    const QString programs = QCoreApplication::applicationDirPath() + QStringLiteral("/../");
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    if (source.isEmpty() || runs < 1) {
        std::fprintf(stderr, "usage: bench_startup --database FILE [--runs 5] [--lang fr]\n");
        return 2;
    }
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("MEDIATELIER_DATABASE"));
    const QString database = home.filePath(QStringLiteral("start.sqlite"));
    if (!QFile::copy(source, database)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        return 1;
    }
    QProcess account; // fails harmlessly when the file already has a coordinator
    QProcessEnvironment accountEnvironment = environment;
    accountEnvironment.insert(QStringLiteral("MEDIATELIER_NEW_PASSWORD"), QStringLiteral("bench-startup-password"));
    account.setProcessEnvironment(accountEnvironment);
    account.start(programs + QStringLiteral("mediatelier-cli"),
                  {QStringLiteral("--database"), database, QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--login"),
                   QStringLiteral("bench"), QStringLiteral("--name"), QStringLiteral("Bench"), QStringLiteral("--role"), QStringLiteral("coordinator")});
    account.waitForFinished(60000);

    const QRegularExpression line(QStringLiteral("first paint: (\\d+) ms"));
    QList<double> wall, inside;
    for (int run = -1; run < runs; ++run) { // run -1: the day's backup, caches; not counted
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(programs + QStringLiteral("mediatelier"), {QStringLiteral("--database"), database, QStringLiteral("--lang"), option(QStringLiteral("--lang"), QStringLiteral("fr")),
                                QStringLiteral("--measure-startup")});
        QString output;
        double seen = -1;
        while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
            process.waitForReadyRead(100);
            output += QString::fromUtf8(process.readAllStandardOutput());
            const QRegularExpressionMatch m = line.match(output);
            if (m.hasMatch() && seen < 0) {
                seen = double(timer.nsecsElapsed()) / 1e6;
                inside.append(m.captured(1).toDouble());
            }
            if (timer.elapsed() > 120000) {
                process.kill();
                break;
            }
        }
        process.waitForFinished(30000);
        if (seen < 0) {
            std::fprintf(stderr, "run %d: no first paint reported (exit %d): %s\n", run + 1, process.exitCode(),
                         process.readAllStandardError().constData());
            return 1;
        }
        if (run < 0) {
            inside.removeLast();
            std::printf("first run (not counted): %.0f ms\n", seen);
            continue;
        }
        wall.append(seen);
        std::printf("run %d: %.0f ms from process start to first paint (%.0f ms from main())\n", run + 1, seen, inside.last());
    }
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    std::printf("window cold start to first paint, median of %d: %.0f ms (%.0f ms from main()); peak memory %.0f MiB\n", runs, median(wall),
                median(inside), double(children.ru_maxrss) / 1024.0);
    return 0;
}
