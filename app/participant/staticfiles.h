#pragma once

#include "participant/httpmessage.h"

#include <optional>

// The participant page, compiled into the program under the resource prefix :/participant/
// (resources/participant/). Nothing on disk is reachable: a path names a resource or nothing.
namespace StaticFiles {

// GET `path` ("/" is index.html): the file with its type, or std::nullopt if there is none.
std::optional<HttpReply> get(const QString &path);

} // namespace StaticFiles
