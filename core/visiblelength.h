#pragma once

#include <QString>

// How many characters a person sees in `text` once trimmed: grapheme clusters, so an emoji
// family or a letter with combining accents is one, not several UTF-16 units or code points.
// Every length limit on text people write or read (commitments, content notes) counts this way.
int visibleLength(const QString &text);
