#pragma once

class QAccessibleEvent;
class QString;
class QWidget;

// Qt before 6.8 has no announcement event and no live regions, so a count that changes while
// the keyboard is elsewhere (a key, Ctrl+Z, a phone's answer) would change silently. A screen
// reader speaks what changes on the focused control, so the change is told there, and on the
// control that shows the count, whose name carries the new number.
namespace Announce {

// `display` now says `text` (e.g. "3 votes for option 2"): its accessible name becomes `text`,
// and a name change and a value change with `text` are sent for it and, when the keyboard is
// on another control of the same window, a value change with `text` for that control.
void countChanged(QWidget *display, const QString &text);

// Qt delivers accessibility events only while an assistive technology is running (never on
// the offscreen platform tests use): every event sent here also goes to `observer` when set.
using Observer = void (*)(QAccessibleEvent *event);
void setObserver(Observer observer);

} // namespace Announce
