#pragma once

#include "catalogue.h"

// The room's language: what the projector, the phones (until a phone picks its own), the
// charts and the report speak. It is the open session's language, whatever language the
// console is in (ARCHITECTURE.md). Before a session is open, it is the console's language.
//
// Code that writes for the room declares UPSTANDER_ROOM_TR_FUNCTIONS(ClassName) and calls
// roomTr() where it would call tr(); lupdate reads roomTr() as tr() (-tr-function-alias), so
// the texts are in the same catalogue and translated once.
namespace RoomLanguage {

const Catalogue &current();
// Switches the room to `code` (a registry code); returns whether anything changed.
bool set(const QString &code);

QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                  int n = -1);

// Rich text `html` set off as an aside (a prompt under its heading, a note on a card), in the
// room's language (Languages::Language::emphasised).
QString emphasised(const QString &html);

// The room speaks `code` while this lives (a report of another session, a command-line
// export), then what it spoke before.
class Scope
{
public:
    explicit Scope(const QString &code);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    QString mBefore;
};

} // namespace RoomLanguage

// Like Q_DECLARE_TR_FUNCTIONS, it leaves the class's section private.
#define UPSTANDER_ROOM_TR_FUNCTIONS(context)                                                       \
public:                                                                                            \
    static QString roomTr(const char *source, const char *disambiguation = nullptr, int n = -1)    \
    {                                                                                              \
        return RoomLanguage::translate(#context, source, disambiguation, n);                       \
    }                                                                                              \
                                                                                                   \
private:
