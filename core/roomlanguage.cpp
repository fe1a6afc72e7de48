#include "roomlanguage.h"

#include "languages.h"

namespace RoomLanguage {
namespace {

std::shared_ptr<const Catalogue> &room()
{
    static std::shared_ptr<const Catalogue> catalogue;
    return catalogue;
}

} // namespace

const Catalogue &current()
{
    std::shared_ptr<const Catalogue> &catalogue = room();
    // Until a session says otherwise, the room hears the console's language.
    if (!catalogue || catalogue->sourceFolder() != Catalogue::folder())
        catalogue = Catalogue::forLanguage(Languages::forLocale(QLocale()).code);
    return *catalogue;
}

bool set(const QString &code)
{
    std::shared_ptr<const Catalogue> next = Catalogue::forLanguage(code);
    if (room() && room()->code() == next->code() && room()->sourceFolder() == next->sourceFolder())
        return false;
    room() = std::move(next);
    return true;
}

QString translate(const char *context, const char *source, const char *disambiguation, int n)
{
    return current().translate(context, source, disambiguation, n);
}

Scope::Scope(const QString &code) : mBefore(current().code())
{
    set(code);
}

Scope::~Scope()
{
    set(mBefore);
}

} // namespace RoomLanguage

QString RoomLanguage::emphasised(const QString &html)
{
    const Languages::Language *language = Languages::find(current().code());
    return language ? language->emphasised(html) : QStringLiteral("<i>%1</i>").arg(html);
}
