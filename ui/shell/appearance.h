// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

// How the whole interface looks for the person in front of it: a zoom on top of the system font
// size (75–200 %, for low vision and for projectors) and a high-contrast theme. Sizes in the style
// sheet (points and pixels: fonts, paddings, button heights) scale with the zoom, so touch targets
// grow with the text. The choice is remembered.
class Appearance
{
public:
    static constexpr int MinZoom = 75;
    static constexpr int MaxZoom = 200;
    static constexpr int ZoomStep = 25;

    // Reads the saved choice and applies it to the running application (call once at start).
    static void applySaved();

    static int zoom();
    static void setZoom(int percent); // clamped to MinZoom..MaxZoom; applied and saved
    static void zoomIn() { setZoom(zoom() + ZoomStep); }
    static void zoomOut() { setZoom(zoom() - ZoomStep); }

    static bool highContrast();
    static void setHighContrast(bool on); // applied and saved

    // The style sheet with every "Npt" / "Npx" multiplied by percent / 100 (exposed for tests).
    static QString scaledStyleSheet(const QString &styleSheet, int percent);

private:
    static void apply();
};
