#pragma once

#include <QProxyStyle>

// The console's style when its language joins letters into words (Arabic). Qt draws a
// mnemonic's underline as a text run of its own, so "ال&نتائج" loses the joins on both sides
// of the underlined letter: the word falls apart, and a tab sized for the joined word cuts off
// its first and last letters. This style draws mnemonics without the underline, as Windows does
// until Alt is pressed; Alt+letter still works, and the Keyboard Shortcuts dialog lists them.
class MnemonicStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    // Puts this style over the application's own when `languageCode`'s script joins letters,
    // and the application's own style back otherwise.
    static void applyFor(const QString &languageCode);

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};
