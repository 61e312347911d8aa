// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

// Installs Mediatelier's and Qt's translators for the chosen interface language. Installing a
// translator sends QEvent::LanguageChange to every widget, which re-translates itself: no restart.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    static LanguageManager *instance();

    static QStringList available();        // codes with a translation, "fr" first
    static QString nativeName(const QString &code);
    static QString systemLanguage();        // the system locale's language when available, else "en"
    static QString normalise(const QString &code); // unknown codes fall back to "en"

    QString current() const { return m_current; }
    bool setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    explicit LanguageManager(QObject *parent = nullptr);
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
