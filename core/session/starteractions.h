#pragma once

#include <QStringList>

class Catalogue;

// The catalogue of starter actions a participant can pick a commitment from and make their
// own (PRODUCT.md, "Commitments"): small, concrete things to do at work in the coming weeks.
// The console's commitments page and the phones offer the same list.
namespace StarterActions {

// In `language` (e.g. a phone's own); nullptr: the console's language.
QStringList texts(const Catalogue *language = nullptr);

} // namespace StarterActions
