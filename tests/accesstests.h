// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the tests of who sees what (tst_learnermode, tst_lockdown, tst_firststart):
// every text a person can read in a window, and modal dialogs answered (or closed) by a timer.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <utility>

namespace AccessTests {

// Every text a person can see in a widget tree: labels, buttons, combos, item views, window title.
inline QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
            for (int row = 0; row < view->model()->rowCount(); ++row)
                for (int column = 0; column < view->model()->columnCount(); ++column)
                    texts << view->model()->index(row, column).data().toString();
    }
    return texts;
}

// While it lives, answers each modal dialog that opens with the next queued answer, or closes it
// when none is left; remembers the class and title of each.
class ModalAnswers
{
public:
    using Answer = std::function<void(QWidget *)>;

    ModalAnswers()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_answering)
                return;
            m_answering = modal;
            m_classes << QString::fromLatin1(modal->metaObject()->className());
            m_titles << modal->windowTitle();
            if (m_answers.isEmpty())
                modal->close();
            else
                m_answers.takeFirst()(modal);
            m_answering = nullptr;
        });
        m_timer.start(5);
    }
    void add(Answer answer) { m_answers << std::move(answer); }
    bool done() const { return m_answers.isEmpty(); }
    QStringList titles() const { return m_titles; }
    QStringList takeClasses() { return std::exchange(m_classes, {}); }

private:
    QTimer m_timer;
    QWidget *m_answering = nullptr;
    QStringList m_classes;
    QStringList m_titles;
    QList<Answer> m_answers;
};

// An answer for the staff sign-in dialog; `message` receives what it said (a refusal keeps it open:
// the answer then closes it, like a person giving up).
inline ModalAnswers::Answer staffSignIn(const QString &login, const QString &secret, QString *message = nullptr)
{
    return [login, secret, message](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("staffLogin"))->setText(login);
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("staffPassword"));
        password->setText(secret);
        QTest::keyClick(password, Qt::Key_Return);
        if (message)
            *message = dialog->findChild<QLabel *>(QStringLiteral("staffSignInMessage"))->text();
        if (dialog->isVisible())
            dialog->close();
    };
}

} // namespace AccessTests
