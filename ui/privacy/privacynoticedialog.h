// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

// Shows the privacy notice in French or English (the interface language first), with the
// organisation, contact and retention period of the settings, to read on screen with a learner,
// print, or save as PDF.
class PrivacyNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrivacyNoticeDialog(QWidget *parent = nullptr);

    static void open(QWidget *parent);

    QString language() const;
    void setLanguage(const QString &code);
    QTextBrowser *browser() const { return m_text; }
    Status savePdf(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void print();
    void savePdfInteractively();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QTextBrowser *m_text;
    QLabel *m_version;
    QPushButton *m_print;
    QPushButton *m_save;
    QPushButton *m_close;
};
