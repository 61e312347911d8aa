// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class GroupModeWindow;
class ModuleLibrary;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

// Asks which module's quiz to run with the whole room, then opens the group-mode window on it.
// Only modules with at least one question a group can answer by raising hands are offered.
class GroupModeLauncher : public QDialog
{
    Q_OBJECT
public:
    // language: the interface language (titles are shown in it); empty means the current one.
    explicit GroupModeLauncher(const ModuleLibrary &library, const QString &language = QString(),
                               QWidget *parent = nullptr);

    QString selectedModuleId() const;
    bool selectModule(const QString &moduleId);
    int moduleCount() const;

    // Opens the window for the selected module, full screen; it deletes itself when closed and is
    // a child of this dialog's parent (so it outlives the dialog). nullptr when nothing is
    // selected.
    GroupModeWindow *startGroupMode();

signals:
    void started(GroupModeWindow *window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void updateSummary();
    void retranslate();

    const ModuleLibrary &m_library;
    QString m_language;
    QLabel *m_intro;
    QLabel *m_moduleLabel;
    QComboBox *m_modules;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
};
