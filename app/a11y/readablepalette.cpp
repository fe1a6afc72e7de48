#include "a11y/readablepalette.h"

#include "a11y/contrast.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>

namespace ReadablePalette {

QPalette adjusted(const QPalette &palette)
{
    QPalette p = palette;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor placeholder = Contrast::readable(
            p.color(group, QPalette::PlaceholderText), p.color(group, QPalette::Text),
            {p.color(group, QPalette::Window), p.color(group, QPalette::Base),
             p.color(group, QPalette::AlternateBase)},
            Target);
        if (placeholder != p.color(group, QPalette::PlaceholderText))
            p.setColor(group, QPalette::PlaceholderText, placeholder);
        // The selection moves away from its text: darker under light text, lighter under dark.
        const QColor text = p.color(group, QPalette::HighlightedText);
        const QColor away = Contrast::luminance(text) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
        const QColor highlight =
            Contrast::readable(p.color(group, QPalette::Highlight), away, {text}, Target);
        if (highlight != p.color(group, QPalette::Highlight))
            p.setColor(group, QPalette::Highlight, highlight);
    }
    return p;
}

namespace {
class Follower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

public:
    static void apply()
    {
        const QPalette current = QApplication::palette();
        const QPalette readable = adjusted(current);
        if (!(readable == current)) // else setting it again would come back here for ever
            QApplication::setPalette(readable);
    }
};
} // namespace

void install()
{
    static QPointer<Follower> follower;
    if (!follower) {
        follower = new Follower(qApp);
        qApp->installEventFilter(follower);
    }
    Follower::apply();
}

} // namespace ReadablePalette
