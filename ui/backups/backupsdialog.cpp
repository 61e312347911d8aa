// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups/backupsdialog.h"

#include "core/settings.h"
#include "storage/backups.h"
#include "storage/database.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Column { DateColumn, SizeColumn, CheckColumn, ColumnCount };
constexpr int PathRole = Qt::UserRole;
constexpr int CheckedRole = Qt::UserRole + 1; // 0 not yet, 1 sound, -1 damaged
} // namespace

BackupsDialog::BackupsDialog(Database &database, QWidget *parent, const QString &staffLogin)
    : QDialog(parent), m_database(database), m_staffLogin(staffLogin), m_intro(new QLabel(this)), m_folderLabel(new QLabel(this)),
      m_folder(new QLabel(this)), m_changeFolder(new QPushButton(this)), m_keepLabel(new QLabel(this)),
      m_keep(new QSpinBox(this)), m_list(new QTreeWidget(this)), m_empty(new QLabel(this)),
      m_restoreButton(new QPushButton(this)), m_restoreFile(new QPushButton(this)), m_backUpNow(new QPushButton(this)),
      m_destinations(new QMenu(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("backupsDialog"));
    m_intro->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    m_changeFolder->setObjectName(QStringLiteral("changeBackupFolderButton"));
    m_keep->setObjectName(QStringLiteral("backupsToKeepSpin"));
    m_keep->setRange(1, 365);
    m_keep->setValue(Settings::backupsToKeep());
    m_keepLabel->setBuddy(m_keep);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(DateColumn, QHeaderView::Stretch);
    m_empty->setWordWrap(true);
    m_restoreButton->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restoreFile->setObjectName(QStringLiteral("restoreFromFileButton"));
    m_backUpNow->setObjectName(QStringLiteral("backUpNowButton"));
    m_backUpNow->setMenu(m_destinations);
    m_destinations->setObjectName(QStringLiteral("backupDestinations"));
    m_close->setObjectName(QStringLiteral("closeButton"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_changeFolder);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addStretch();
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_keepLabel, keepRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restoreButton);
    buttons->addWidget(m_restoreFile);
    buttons->addWidget(m_backUpNow);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_changeFolder, &QPushButton::clicked, this, &BackupsDialog::chooseFolder);
    connect(m_keep, &QSpinBox::valueChanged, this, [](int count) { Settings::setBackupsToKeep(count); });
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_restoreButton->setEnabled(!selectedBackup().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { chooseForRestore(selectedBackup()); });
    connect(m_restoreButton, &QPushButton::clicked, this, [this] { chooseForRestore(selectedBackup()); });
    connect(m_restoreFile, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Restore from a backup file"), Backups::folderFor(m_database.path()),
                                                          tr("Mediatelier database (*.sqlite *.db);;All files (*)"));
        if (!file.isEmpty())
            chooseForRestore(file);
    });
    connect(m_destinations, &QMenu::aboutToShow, this, &BackupsDialog::fillDestinations);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    retranslate();
    reload();
    m_list->setFocus();
    resize(760, 520);
}

QString BackupsDialog::run(Database &database, QWidget *parent, const QString &staffLogin)
{
    BackupsDialog dialog(database, parent, staffLogin);
    dialog.exec();
    return dialog.backupToRestore();
}

QString BackupsDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(DateColumn, PathRole).toString() : QString();
}

void BackupsDialog::reload()
{
    const QString folder = Backups::folderFor(m_database.path());
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_list->clear();
    const QLocale locale;
    for (const Backups::Entry &entry : Backups::list(folder)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, locale.toString(entry.date, QLocale::LongFormat));
        item->setData(DateColumn, PathRole, entry.path);
        item->setToolTip(DateColumn, QDir::toNativeSeparators(entry.path));
        item->setText(SizeColumn, locale.formattedDataSize(entry.size, 1));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(CheckColumn, CheckedRole, 0);
        item->setText(CheckColumn, tr("checking…"));
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    m_restoreButton->setEnabled(m_list->topLevelItemCount() > 0);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    m_list->resizeColumnToContents(SizeColumn);
    // One backup checked per turn of the event loop, so the dialog shows at once on a large file.
    m_nextToCheck = 0;
    QTimer::singleShot(0, this, &BackupsDialog::checkNext);
}

void BackupsDialog::checkNext()
{
    QTreeWidgetItem *item = m_list->topLevelItem(m_nextToCheck);
    if (!item)
        return;
    ++m_nextToCheck;
    const Status checked = Backups::verify(item->data(DateColumn, PathRole).toString());
    item->setData(CheckColumn, CheckedRole, checked ? 1 : -1);
    item->setText(CheckColumn, checked ? tr("sound") : tr("damaged"));
    item->setToolTip(CheckColumn, checked ? QString() : checked.error());
    QTimer::singleShot(0, this, &BackupsDialog::checkNext);
}

bool BackupsDialog::chooseForRestore(const QString &backup)
{
    if (backup.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status checked = Backups::verify(backup);
    QApplication::restoreOverrideCursor();
    if (!checked) {
        QMessageBox::warning(this, tr("This backup cannot be restored"),
                             tr("%1\n\nNothing was changed. Choose another backup.").arg(checked.error()));
        return false;
    }
    const QDate date = Backups::dateOf(backup);
    const QString name = date.isValid() ? QLocale().toString(date, QLocale::LongFormat)
                                        : QDir::toNativeSeparators(QFileInfo(backup).absoluteFilePath());
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Restore this backup?"),
        tr("The backup of %1 passed its check. Restore it in place of the current data?\n\n"
           "Whatever was recorded after that backup will not be in the restored file. The current file is not "
           "deleted: it is kept aside, renamed, in %2.")
            .arg(name, QDir::toNativeSeparators(QFileInfo(m_database.path()).absolutePath())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    m_restore = QFileInfo(backup).absoluteFilePath();
    accept();
    return true;
}

bool BackupsDialog::backUpTo(const QString &file)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = Backups::writeManual(m_database, file, m_staffLogin);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(this, tr("The backup was not made"), written.error());
        return false;
    }
    QMessageBox::information(this, tr("Backup made"),
                             tr("The database was copied to %1 and the copy passed its check.").arg(QDir::toNativeSeparators(file)));
    reload();
    return true;
}

// The quick choices: each USB stick or memory card mounted now, then any file.
void BackupsDialog::fillDestinations()
{
    m_destinations->clear();
    const QString name = Backups::fileNameFor(QDate::currentDate());
    const QLocale locale;
    for (const Backups::Volume &volume : Backups::removableVolumes()) {
        const QString target = QDir(volume.rootPath).filePath(name);
        m_destinations->addAction(tr("%1 (%2 free)").arg(volume.name, locale.formattedDataSize(volume.bytesFree)), this,
                                  [this, target] {
                                      if (QFileInfo::exists(target)
                                          && QMessageBox::question(this, tr("Replace the copy?"),
                                                                   tr("%1 already exists. Replace it with a copy of now?")
                                                                       .arg(QDir::toNativeSeparators(target)))
                                                 != QMessageBox::Yes)
                                          return;
                                      backUpTo(target);
                                  });
    }
    if (!m_destinations->isEmpty())
        m_destinations->addSeparator();
    m_destinations->addAction(tr("Choose a file…"), this, [this, name] {
        const QList<Backups::Volume> volumes = Backups::removableVolumes();
        const QString folder = volumes.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                 : volumes.first().rootPath;
        const QString file = QFileDialog::getSaveFileName(this, tr("Back up to"), QDir(folder).filePath(name),
                                                          tr("Mediatelier database (*.sqlite *.db);;All files (*)"));
        if (!file.isEmpty())
            backUpTo(file);
    });
}

void BackupsDialog::chooseFolder()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the automatic backups"), Backups::root());
    if (chosen.isEmpty())
        return;
    Settings::setBackupFolder(chosen == Backups::defaultRoot() ? QString() : chosen);
    reload();
}

void BackupsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BackupsDialog::retranslate()
{
    setWindowTitle(tr("Backups"));
    m_intro->setText(tr("Mediatelier copies this database once a day, when the window opens, and keeps the latest copies. "
                        "Each copy is checked before older ones are deleted. For a copy that leaves this computer, use "
                        "“Back up now to…” with a USB stick."));
    m_folderLabel->setText(tr("Folder:"));
    m_changeFolder->setText(tr("C&hange…"));
    m_keepLabel->setText(tr("&Daily backups kept:"));
    m_list->setHeaderLabels({tr("Date"), tr("Size"), tr("Check")});
    m_list->setAccessibleName(tr("Backups"));
    m_empty->setText(tr("No backup yet: the first one is made the next time the window opens, or now with “Back up now to…”."));
    m_restoreButton->setText(tr("&Restore…"));
    m_restoreFile->setText(tr("Restore from a &file…"));
    m_backUpNow->setText(tr("&Back up now to…"));
    m_close->setText(tr("Close"));
}
