// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/databaseproblemdialog.h"

#include "storage/backups.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseProblemDialog", text);
}
QString filter()
{
    return tr("Mediatelier database (*.sqlite *.db);;All files (*)");
}
} // namespace

DatabaseProblemDialog::Choice DatabaseProblemDialog::ask(const QString &message, QWidget *parent, const QString &lastGoodBackup)
{
    QMessageBox box(QMessageBox::Warning, tr("Mediatelier cannot open this database"), message,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("databaseProblemDialog"));
    box.setInformativeText(tr("Nothing was changed in that file. What would you like to do?"));
    QPushButton *restore = nullptr;
    if (!lastGoodBackup.isEmpty()) {
        const QDate date = Backups::dateOf(lastGoodBackup);
        const QString when = date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QFileInfo(lastGoodBackup).fileName();
        box.setInformativeText(tr("The backup of %1 passed its check. Restoring it keeps the damaged file aside, "
                                  "renamed: it is never overwritten or deleted. What would you like to do?")
                                   .arg(when));
        restore = box.addButton(tr("Restore the last good backup"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restoreLastBackupButton"));
    }
    QPushButton *open = box.addButton(tr("Open another file…"), QMessageBox::AcceptRole);
    QPushButton *create = box.addButton(tr("Create a new file…"), QMessageBox::AcceptRole);
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    open->setObjectName(QStringLiteral("openAnotherButton"));
    box.setDefaultButton(restore ? restore : open);
    box.exec();
    if (restore && box.clickedButton() == restore)
        return Choice::RestoreBackup;
    if (box.clickedButton() == open)
        return Choice::OpenAnother;
    if (box.clickedButton() == create)
        return Choice::CreateNew;
    Q_UNUSED(quit)
    return Choice::Quit;
}

QString DatabaseProblemDialog::chooseExistingFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open a Mediatelier database"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter());
}

QString DatabaseProblemDialog::chooseNewFile(QWidget *parent)
{
    return QFileDialog::getSaveFileName(parent, tr("Create a Mediatelier database"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            + QStringLiteral("/mediatelier.sqlite"),
                                        filter());
}
