#include "session/starteractions.h"

#include "catalogue.h"

#include <QCoreApplication>

namespace StarterActions {

QStringList texts(const Catalogue *language)
{
    static const char *const actions[] = {
        QT_TRANSLATE_NOOP("StarterActions",
                          "Learn about an experience unlike mine from a book, article or podcast, "
                          "without asking a colleague to teach me"),
        QT_TRANSLATE_NOOP("StarterActions", "Write down one advantage I have at work and one way "
                                            "to use it for someone else"),
        QT_TRANSLATE_NOOP("StarterActions",
                          "Take an implicit association test and reflect on the result"),
        QT_TRANSLATE_NOOP("StarterActions",
                          "In one conversation a day, listen to the end before I answer"),
        QT_TRANSLATE_NOOP("StarterActions",
                          "When someone tells me about being excluded, believe them and say so"),
        QT_TRANSLATE_NOOP("StarterActions",
                          "Bring back an idea that was talked over, and name whose it was"),
        QT_TRANSLATE_NOOP("StarterActions",
                          "Correct the record when someone's work is credited to another person"),
        QT_TRANSLATE_NOOP("StarterActions",
                          "Use my platform to point to a colleague's achievement"),
        QT_TRANSLATE_NOOP("StarterActions", "Recommend a colleague from an under-represented "
                                            "group for a stretch project"),
        QT_TRANSLATE_NOOP("StarterActions",
                          "Speak up about a \"joke\" by naming its impact, not arguing intent"),
        QT_TRANSLATE_NOOP("StarterActions", "Learn to say every name in my team correctly, and "
                                            "correct others calmly"),
        QT_TRANSLATE_NOOP("StarterActions",
                          "Use people's pronouns and gender-neutral words in meetings and writing"),
        QT_TRANSLATE_NOOP("StarterActions", "When corrected, apologise briefly, fix it, and move "
                                            "on without excuses"),
        QT_TRANSLATE_NOOP("StarterActions",
                          "Ask for feedback on how I show up, and thank the person who gives it"),
    };
    QStringList result;
    for (const char *action : actions) {
        result.append(language ? language->translate("StarterActions", action)
                               : QCoreApplication::translate("StarterActions", action));
    }
    return result;
}

} // namespace StarterActions
