// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/packarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <zip.h>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackArchive", text);
}

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

// The entry's path inside the destination, or empty when it would escape it.
QString safeRelativePath(const QString &name)
{
    QString path = name;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || (path.size() > 1 && path.at(1) == QLatin1Char(':')))
        return {};
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        if (part == QLatin1String(".."))
            return {};
    return parts.join(QLatin1Char('/')) + (path.endsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString());
}

bool isSymlink(zip_t *archive, zip_uint64_t index)
{
    zip_uint8_t system = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(archive, index, 0, &system, &attributes) != 0)
        return false;
    return system == ZIP_OPSYS_UNIX && S_ISLNK(attributes >> 16);
}

} // namespace

Status PackArchive::extract(const QString &zipPath, const QString &destination)
{
    int error = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error));
    if (!archive)
        return Status::failure(tr("%1 is not a readable .zip archive.").arg(zipPath));

    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || count > MaxEntries)
        return Status::failure(tr("%1 holds too many files to be a content pack.").arg(zipPath));

    // First pass: check every entry before writing anything.
    qint64 total = 0;
    QList<std::pair<zip_uint64_t, QString>> entries;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            return Status::failure(tr("%1 is damaged (entry %2 cannot be read).").arg(zipPath).arg(i + 1));
        const QString name = QString::fromUtf8(stat.name);
        const QString relative = safeRelativePath(name);
        if (relative.isEmpty())
            return Status::failure(tr("%1 was refused: the entry \"%2\" would be written outside the pack folder.").arg(zipPath, name));
        if (isSymlink(archive.get(), zip_uint64_t(i)))
            return Status::failure(tr("%1 was refused: the entry \"%2\" is a symbolic link.").arg(zipPath, name));
        total += (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
        if (total > MaxTotalBytes)
            return Status::failure(tr("%1 is too large to be a content pack once unpacked.").arg(zipPath));
        entries.append({zip_uint64_t(i), relative});
    }

    const QDir target(destination);
    for (const auto &[index, relative] : std::as_const(entries)) {
        const QString path = target.filePath(relative);
        if (relative.endsWith(QLatin1Char('/'))) {
            if (!QDir().mkpath(path))
                return Status::failure(tr("Cannot create the folder %1.").arg(path));
            continue;
        }
        if (!QDir().mkpath(QFileInfo(path).path()))
            return Status::failure(tr("Cannot create the folder %1.").arg(QFileInfo(path).path()));
        std::unique_ptr<zip_file_t, ZipFileCloser> in(zip_fopen_index(archive.get(), index, 0));
        QFile out(path);
        if (!in || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Status::failure(tr("Cannot unpack %1 from %2.").arg(relative, zipPath));
        char buffer[64 * 1024];
        qint64 written = 0;
        for (;;) {
            const zip_int64_t read = zip_fread(in.get(), buffer, sizeof buffer);
            if (read < 0)
                return Status::failure(tr("%1 is damaged (%2 cannot be unpacked).").arg(zipPath, relative));
            if (read == 0)
                break;
            written += read;
            if (written > MaxTotalBytes || out.write(buffer, read) != read)
                return Status::failure(tr("Cannot unpack %1 from %2.").arg(relative, zipPath));
        }
    }
    return {};
}
