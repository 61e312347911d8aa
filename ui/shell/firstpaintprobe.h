// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

// For `mediatelier --measure-startup` (bench/bench_startup): waits for the main window's first
// paint, prints "first paint: N ms" (N counted from `sinceStart`, started at the top of main())
// on stdout once that paint is done, and quits the application.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintProbe(QElapsedTimer sinceStart, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_seen = false;
};
