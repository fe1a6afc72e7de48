#pragma once

#include "store/store.h"

// A new join code and token key for a session, from the system's random source: made here, on
// the participant side, and kept with the session by the store (SessionModel::
// keepParticipantAccess), which never invents them itself.
namespace ParticipantAccessMaker {
ParticipantAccess make();
} // namespace ParticipantAccessMaker
