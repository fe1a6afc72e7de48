#pragma once

#include <QProxyStyle>

// The console's style: the desktop's own, with two things Qt 6.4 gets wrong in other languages
// put right.
//
// - Right to left, a push button with an icon and a text (the self-placement tally's stage
//   buttons) draws its icon in the middle and its text against the left edge, half cut off.
//   This style centres icon and text together, the icon at the start of the line.
// - In a language whose script joins letters into words (Arabic), Qt draws a mnemonic's
//   underline as a text run of its own, so "ال&نتائج" loses the joins on both sides of the
//   underlined letter: the word falls apart, and a tab sized for the joined word cuts off its
//   first and last letters. There, mnemonics are drawn without the underline, as Windows does
//   until Alt is pressed; Alt+letter still works, and the Keyboard Shortcuts dialog lists the
//   fixed shortcuts.
class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    // Puts this style over the application's own (once) for a console speaking `languageCode`.
    static void applyFor(const QString &languageCode);

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

private:
    bool mHideMnemonics = false;
};
