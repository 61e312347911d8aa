// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility: every screen is walked through QAccessible the way a screen reader sees it, and
// every control must have a name; every control can be reached with the keyboard; the interface
// zoom and the high-contrast theme apply to the whole application and are remembered.
#include "testsupport.h"

#include "content/modulelibrary.h"
#include "core/languagemanager.h"
#include "core/settings.h"
#include "learners/learnersession.h"
#include "privacy/staffsession.h"
#include "shell/appearance.h"
#include "shell/appservices.h"
#include "shell/mainwindow.h"
#include "shell/screen.h"
#include "storage/database.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The roles a person acts on: each needs a name a screen reader can say.
bool needsName(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QStringList path;
    for (QObject *o = object; o; o = o->parent()) {
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                               : o->objectName());
        if (qobject_cast<Screen *>(o))
            break;
    }
    return path.join(QLatin1Char('/'));
}

// Collects the visible controls without a name below `iface` (item views are checked themselves,
// not their cells).
int collectUnnamed(QAccessibleInterface *iface, QStringList *unnamed, int depth = 0)
{
    if (!iface || depth > 60 || iface->state().invisible)
        return 0;
    int checked = 0;
    const QAccessible::Role role = iface->role();
    if (needsName(role)) {
        ++checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            *unnamed << describe(iface);
    }
    if (role == QAccessible::List || role == QAccessible::Table || role == QAccessible::Tree)
        return checked;
    for (int i = 0; i < iface->childCount(); ++i)
        checked += collectUnnamed(iface->child(i), unnamed, depth + 1);
    return checked;
}

// Visible, enabled controls that Tab can never reach (a mouse-only action).
QStringList mouseOnly(QWidget *root)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!control || !w->isVisibleTo(root) || !w->isEnabled() || w->focusProxy())
            continue;
        if (qobject_cast<QHeaderView *>(w))
            continue; // part of its table, which takes the focus (sorting is also in the screens' menus)
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // an editable combo box's own line edit: the combo takes the focus
        if (!(w->focusPolicy() & Qt::TabFocus))
            found << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':')
                                                      + w->accessibleName()
                                                : w->objectName());
    }
    return found;
}

} // namespace

class AccessibilityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TestSupport::isolate();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("a11y.sqlite"));
        // A year of a small network, so that lists, tables and details are filled.
        QCOMPARE(TestSupport::cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--years"),
                                   QStringLiteral("1"), QStringLiteral("--sites"), QStringLiteral("1")}),
                 0);
        QVERIFY(m_db.open(path).ok());
        m_services.database = &m_db;
        m_services.library = &m_library;
        m_services.learner = &m_learner;
        m_services.staff = &m_staff;
        QVERIFY(TestSupport::signInCoordinator(m_db.connection(), m_staff)); // staff screens need a staff member
        QAccessible::setActive(true);
        Appearance::applySaved(); // the style sheet of the real window: padding and frames count
    }

    void everyControlHasANameOnEveryScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyControlHasANameOnEveryScreen()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        MainWindow window(m_services, m_db.path());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        int checked = 0;
        for (int i = 0; i < window.screenCount(); ++i) {
            window.showScreen(i);
            Screen *screen = window.screen(i);
            // Select the first row of each list so that the details and their buttons appear.
            for (QAbstractItemView *view : screen->findChildren<QAbstractItemView *>()) {
                if (view->isVisible() && view->model() && view->model()->rowCount() > 0)
                    view->setCurrentIndex(view->model()->index(0, 0));
            }
            QApplication::processEvents();
            QStringList here;
            checked += collectUnnamed(QAccessible::queryAccessibleInterface(screen), &here);
            for (const QString &control : std::as_const(here))
                unnamed << screen->title() + QStringLiteral(": ") + control;
        }
        checked += collectUnnamed(QAccessible::queryAccessibleInterface(window.menuBar()), &unnamed);
        QVERIFY2(checked > 60, qPrintable(QString::number(checked))); // the walk really went through the screens
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("controls without an accessible name:\n") + unnamed.join('\n')));
    }

    // The walk itself: a line edit without label or name is caught, and a name fixes it.
    void theWalkCatchesAnUnnamedControl()
    {
        QWidget form;
        auto *edit = new QLineEdit(&form);
        auto *button = new QPushButton(QStringLiteral("OK"), &form);
        edit->move(0, 40);
        button->move(0, 0);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QStringList unnamed;
        QCOMPARE(collectUnnamed(QAccessible::queryAccessibleInterface(&form), &unnamed), 2);
        QCOMPARE(unnamed.size(), 1);
        QVERIFY(unnamed.first().contains(QStringLiteral("QLineEdit")));
        edit->setAccessibleName(QStringLiteral("Name"));
        unnamed.clear();
        collectUnnamed(QAccessible::queryAccessibleInterface(&form), &unnamed);
        QVERIFY(unnamed.isEmpty());
        QCOMPARE(mouseOnly(&form), QStringList());
        button->setFocusPolicy(Qt::NoFocus);
        QCOMPARE(mouseOnly(&form).size(), 1);
    }

    void everyControlIsReachableWithTheKeyboard()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
        MainWindow window(m_services, m_db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList found;
        for (int i = 0; i < window.screenCount(); ++i) {
            window.showScreen(i);
            QApplication::processEvents();
            for (const QString &control : mouseOnly(window.screen(i)))
                found << window.screen(i)->title() + QStringLiteral(": ") + control;
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("controls Tab cannot reach:\n") + found.join('\n')));

        // The navigation itself: Tab from the section list reaches the screen's first control.
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTest::keyClick(&window, Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != navigation);
        QVERIFY(window.currentScreen()->isAncestorOf(QApplication::focusWidget()));
    }

    // A projector or a small laptop: 1280×720 (or 2560×1440 at 200 %) must hold every screen, in
    // the longest language (French) and in Arabic.
    void everyScreenFitsA1280x720Window_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"fr", "en", "nl", "ar"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void everyScreenFitsA1280x720Window()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        MainWindow window(m_services, m_db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        QStringList tooBig;
        for (int i = 0; i < window.screenCount(); ++i) {
            const QSize screen = window.screen(i)->minimumSizeHint();
            if (screen.width() > 1280 - 220 || screen.height() > 720 - 80)
                tooBig << QStringLiteral("%1: %2×%3").arg(window.screen(i)->title()).arg(screen.width()).arg(screen.height());
        }
        QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QStringLiteral(", "))));
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720,
                 qPrintable(QStringLiteral("%1×%2").arg(minimum.width()).arg(minimum.height())));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en")));
    }

    void zoomScalesTheWholeInterfaceAndIsRemembered()
    {
        Appearance::applySaved();
        Appearance::setZoom(100);
        const qreal base = QApplication::font().pointSizeF();
        QVERIFY(base > 0);
        MainWindow window(m_services, m_db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        const int narrow = navigation->width();

        // View menu, by keyboard: Ctrl+Alt++ three times → 175 %.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(Appearance::zoom(), 175);
        QCOMPARE(Settings::interfaceZoom(), 175);
        QVERIFY(qAbs(QApplication::font().pointSizeF() - base * 1.75) < 0.01);
        QVERIFY(qApp->styleSheet().contains(QStringLiteral("min-height: 52.5px"))); // 30 px × 1.75
        QVERIFY(navigation->width() > narrow);

        // Never beyond 200 %, never below 75 %.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(Appearance::zoom(), 200);
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(Appearance::zoom(), 75);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(Appearance::zoom(), 100);
        QVERIFY(qAbs(QApplication::font().pointSizeF() - base) < 0.01);
    }

    void highContrastChangesThePaletteAndIsRemembered()
    {
        Appearance::applySaved();
        MainWindow window(m_services, m_db.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(Settings::highContrast());
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
        QVERIFY(qApp->styleSheet().contains(QStringLiteral("border: 4px solid #0000c8")));
        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(!Settings::highContrast());
        QVERIFY(!qApp->styleSheet().contains(QStringLiteral("#0000c8")));
    }

    void styleSheetSizesScale()
    {
        QCOMPARE(Appearance::scaledStyleSheet(QStringLiteral("a { font-size: 15pt; padding: 4px 14px; }"), 200),
                 QStringLiteral("a { font-size: 30pt; padding: 8px 28px; }"));
        QCOMPARE(Appearance::scaledStyleSheet(QStringLiteral("b { border: 1px solid #123456; }"), 75),
                 QStringLiteral("b { border: 1px solid #123456; }")); // never thinner than 1 px
    }

private:
    QTemporaryDir m_dir;
    Database m_db;
    ModuleLibrary m_library;
    LearnerSession m_learner;
    StaffSession m_staff;
    AppServices m_services;
};

QTEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"

