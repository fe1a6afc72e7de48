// Links the participant server and nothing else, so that ldd shows what it pulls in
// (the test participant_links_no_gui).
#include "participant/participantserver.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SessionStore store;
    SessionModel model(&store);
    ParticipantServer server(&model);
    return server.isRunning() ? 1 : 0;
}
