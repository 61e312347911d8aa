// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessons/facilitatorguidedialog.h"

#include "content/modulelibrary.h"
#include "lessons/pagebrowser.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

FacilitatorGuideDialog::FacilitatorGuideDialog(const ModuleLibrary &library, const Module &module,
                                               const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Facilitator guide — %1").arg(localized(module.title, language)));
    auto *browser = new PageBrowser(this);
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setAccessibleName(tr("Facilitator guide"));
    const QString path = module.facilitatorPath(language);
    browser->showMarkdown(library.facilitatorMarkdown(module, language), QFileInfo(path).path(), language);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, [this, browser] {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            browser->document()->print(&printer);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}
