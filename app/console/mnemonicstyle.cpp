#include "console/mnemonicstyle.h"

#include "languages.h"

#include <QApplication>
#include <QStyleFactory>

void MnemonicStyle::applyFor(const QString &languageCode)
{
    const Languages::Language *language = Languages::find(languageCode);
    const bool joins = language && language->joinsLetters();
    auto *current = qobject_cast<MnemonicStyle *>(QApplication::style());
    if (joins == (current != nullptr))
        return;
    const QString base = current ? current->baseStyle()->name() : QApplication::style()->name();
    QStyle *style = QStyleFactory::create(base);
    QApplication::setStyle(joins ? new MnemonicStyle(style) : style);
}

int MnemonicStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                             QStyleHintReturn *returnData) const
{
    if (hint == SH_UnderlineShortcut)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}
