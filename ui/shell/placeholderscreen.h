// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/screen.h"

class QLabel;

// A screen whose feature has not landed yet: says so plainly instead of showing an empty page.
class PlaceholderScreen : public Screen
{
    Q_OBJECT
public:
    enum class Kind { Reports };
    explicit PlaceholderScreen(Kind kind, QWidget *parent = nullptr);

    QString title() const override;

protected:
    void retranslate() override;

private:
    Kind m_kind;
    QLabel *m_heading;
    QLabel *m_text;
};
