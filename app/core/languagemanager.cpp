// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/languagemanager.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager *LanguageManager::instance()
{
    static LanguageManager *manager = new LanguageManager(QCoreApplication::instance());
    return manager;
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("nl"), QStringLiteral("ar")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (code == QLatin1String("ar"))
        return QStringLiteral("العربية");
    return code;
}

QString LanguageManager::normalise(const QString &code)
{
    const QString shortCode = code.left(2).toLower();
    return available().contains(shortCode) ? shortCode : QStringLiteral("en");
}

QString LanguageManager::systemLanguage()
{
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &language : uiLanguages) {
        const QString shortCode = language.left(2).toLower();
        if (available().contains(shortCode))
            return shortCode;
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString code = normalise(requested);
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/mediatelier_%1.qm").arg(code)))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = haveQt ? std::move(qt) : nullptr;
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    QLocale::setDefault(QLocale(code));
    // Qt's own catalogue says "RTL" for Arabic, but it may be missing (qt6-translations-l10n not
    // installed): the direction follows the language itself, set explicitly.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    m_current = code;
    emit languageChanged(code);
    return true;
}
