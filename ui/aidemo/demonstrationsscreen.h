// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"

#include <QHash>

class ModuleLibrary;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

// The Demonstrations screen: the four offline AI demonstrations, opened from this list or from a
// `demo:` link in a lesson. Each is built the first time it is opened, in the interface language.
class DemonstrationsScreen : public Screen
{
    Q_OBJECT
public:
    DemonstrationsScreen(const ModuleLibrary &library, QWidget *parent = nullptr);

    QString title() const override { return tr("Demonstrations"); }
    bool availableInLearnerMode() const override { return true; }

    // Shows a demonstration (and asks the window to show this screen); false for an unknown id.
    bool openDemo(const QString &id);
    QWidget *currentDemo() const;

protected:
    void retranslate() override;

private:
    QWidget *createDemo(const QString &id);
    QStringList lessonTexts(const QString &language) const;

    const ModuleLibrary &m_library;
    QLabel *m_heading;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_intro;
    QHash<QString, QWidget *> m_demos;
};
