#pragma once

#include "catalogue.h"
#include "roomlanguage.h"

// A text marked with QT_TRANSLATE_NOOP, in `language` (e.g. a phone's own), falling back to
// the English source; without a language, in the room's (RoomLanguage).
inline QString translatedText(const Catalogue *language, const char *context, const char *source)
{
    return language ? language->translate(context, source)
                    : RoomLanguage::translate(context, source);
}
