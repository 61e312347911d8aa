// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target once on every file of the folders (or files) given, without libFuzzer: the
// corpora under tests/fuzz-corpus/ become regression tests in any build (gcc, no sanitizer).
#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

QStringList inputs(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort(); // a stable order, so that a failure names the same file each time
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER_OR_FILE...\n", argv[0]);
        return 2;
    }
    QStringList paths;
    for (int i = 1; i < argc; ++i)
        paths << QString::fromLocal8Bit(argv[i]);
    LLVMFuzzerInitialize(&argc, &argv);
    int count = 0;
    for (const QString &path : std::as_const(paths)) {
        const QStringList files = inputs(path);
        if (files.isEmpty()) {
            std::fprintf(stderr, "%s: no input file\n", qPrintable(path));
            return 1;
        }
        for (const QString &file : files) {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot be read\n", qPrintable(file));
                return 1;
            }
            const QByteArray data = input.readAll();
            // A crash or an abort here names the file: print it first.
            std::fprintf(stderr, "%s\n", qPrintable(file));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++count;
        }
    }
    std::printf("%d inputs replayed without a fault\n", count);
    return 0;
}
