#pragma once

#include <QString>

namespace Translations {
// Installs the program's and Qt's own translations for `language` ("de", "en", …) or, when it
// is empty, for the system's UI languages. Returns the language actually in use.
QString install(const QString &language);
} // namespace Translations
