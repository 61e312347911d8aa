// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ModuleLibrary;
struct Module;

// The facilitator guide of a module (<lang>/facilitator.md): timing, materials, activities.
class FacilitatorGuideDialog : public QDialog
{
    Q_OBJECT
public:
    FacilitatorGuideDialog(const ModuleLibrary &library, const Module &module, const QString &language,
                           QWidget *parent = nullptr);
};
