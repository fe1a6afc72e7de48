#pragma once

#include <QPalette>

// Secondary text (hints, status lines, the scene's kicker, placeholders; the PlaceholderText
// role, which every widget here uses for it) and selected rows drawn with the desktop's palette
// measure 3.6–3.9:1 in common light and dark themes. Here they are made readable (WCAG 1.4.3)
// at the source, the application palette, whatever the theme and after every theme change.
namespace ReadablePalette {

// What this aims for, a little above Contrast::Minimum: anti-aliased glyphs reach the colour
// itself only in their stems.
constexpr double Target = 4.8;

// `palette` with PlaceholderText readable on Window, Base and AlternateBase, and Highlight dark
// (or light) enough for HighlightedText, in the active and inactive groups. Disabled colours
// stay as they are (WCAG exempts inactive controls, and they should look inactive).
QPalette adjusted(const QPalette &palette);

// Applies adjusted() to the application palette now and whenever it changes. Once per process.
void install();

} // namespace ReadablePalette
