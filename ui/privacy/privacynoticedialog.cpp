// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/privacynoticedialog.h"

#include "core/languagemanager.h"
#include "core/pageddocument.h"
#include "privacy/privacynotice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

std::unique_ptr<QTextDocument> noticeDocument(const QString &language)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = document->defaultFont();
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    document->setMarkdown(PrivacyNotice::markdown(language, PrivacyNotice::fromSettings()));
    return document;
}

} // namespace

PrivacyNoticeDialog::PrivacyNoticeDialog(QWidget *parent)
    : QDialog(parent), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)), m_text(new QTextBrowser(this)),
      m_version(new QLabel(this)), m_print(new QPushButton(this)), m_save(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("privacyNoticeDialog"));
    m_language->setObjectName(QStringLiteral("noticeLanguage"));
    for (const QString &code : PrivacyNotice::languages())
        m_language->addItem(LanguageManager::nativeName(code), code);
    m_languageLabel->setBuddy(m_language);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setOpenLinks(false);
    m_version->setObjectName(QStringLiteral("noticeVersion"));
    m_version->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("printNotice"));
    m_save->setObjectName(QStringLiteral("saveNotice"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addStretch();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_version);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PrivacyNoticeDialog::reload);
    connect(m_print, &QPushButton::clicked, this, &PrivacyNoticeDialog::print);
    connect(m_save, &QPushButton::clicked, this, &PrivacyNoticeDialog::savePdfInteractively);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    const int index = m_language->findData(LanguageManager::instance()->current());
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    retranslate();
    reload();
    resize(760, 640);
}

void PrivacyNoticeDialog::open(QWidget *parent)
{
    PrivacyNoticeDialog dialog(parent);
    dialog.exec();
}

QString PrivacyNoticeDialog::language() const
{
    return m_language->currentData().toString();
}

void PrivacyNoticeDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void PrivacyNoticeDialog::reload()
{
    m_text->setMarkdown(PrivacyNotice::markdown(language(), PrivacyNotice::fromSettings()));
}

void PrivacyNoticeDialog::retranslate()
{
    setWindowTitle(tr("Privacy notice"));
    m_languageLabel->setText(tr("Notice &language:"));
    m_language->setAccessibleName(tr("Language of the notice"));
    m_text->setAccessibleName(tr("Privacy notice"));
    m_version->setText(tr("Version %1 of the wording. When a learner consents, record this version in their record "
                          "(Learners → Edit… → Consent wording version). The organisation, its contact and the retention "
                          "period come from Settings → Privacy.")
                           .arg(PrivacyNotice::version()));
    m_print->setText(tr("&Print…"));
    m_save->setText(tr("&Save as PDF…"));
    m_close->setText(tr("&Close"));
}

void PrivacyNoticeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

Status PrivacyNoticeDialog::savePdf(const QString &path) const
{
    std::unique_ptr<QTextDocument> document = noticeDocument(language());
    return PagedDocument::writePdf(*document, path, PrivacyNotice::title(language()));
}

void PrivacyNoticeDialog::savePdfInteractively()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("privacy-notice", "file name") + QLatin1Char('-') + language() + QStringLiteral(".pdf");
    QString path = QFileDialog::getSaveFileName(this, tr("Save the privacy notice"), QDir(folder).filePath(name),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status status = savePdf(path); !status)
        QMessageBox::warning(this, tr("Privacy notice"), status.error());
}

void PrivacyNoticeDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    printer.setDocName(PrivacyNotice::title(language()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the privacy notice"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<QTextDocument> document = noticeDocument(language());
    if (Status status = PagedDocument::paint(*document, &printer, PrivacyNotice::title(language())); !status)
        QMessageBox::warning(this, tr("Privacy notice"), status.error());
}
