// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// One top-level area of the window (Lessons, Quizzes…). Screens re-translate themselves on
// QEvent::LanguageChange and refresh their data when shown.
class Screen : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;       // translated, for the navigation list
    virtual QString iconName() const { return {}; }
    virtual void activate() {}                // called each time the screen is shown
    // Whether a learner using the computer alone may reach this screen (their own data only).
    virtual bool availableInLearnerMode() const { return false; }
    // Whether only coordinators may reach it (who sees what: docs/privacy.md).
    virtual bool coordinatorsOnly() const { return false; }

signals:
    // The screen asks the window to bring it forward (e.g. a quiz review opening a lesson page).
    void showRequested();

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() {}
};
