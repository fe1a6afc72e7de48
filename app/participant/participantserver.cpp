#include "participant/participantserver.h"

#include "catalogue.h"
#include "languages.h"
#include "participant/apierror.h"
#include "participant/participantaccess.h"
#include "participant/participantstate.h"
#include "participant/staticfiles.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <utility>

#include <cmath>

namespace {

// A change is published a moment after it happens, so a burst of changes (thirty answers while
// results are shown) costs one round of states, not thirty.
constexpr int WakeDelayMs = 50;
constexpr int MaxChoiceLength = 64;
// When every live stream's place is taken, phones are asked to come back after this long (and
// follow the session by polling meanwhile).
constexpr int StreamsBusyRetrySeconds = 5;
constexpr int HousekeepingMs = 250;
constexpr int MaxCodeLength = 32;

const QString ApiPrefix = QStringLiteral("/api/");

QString addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // ::ffff:a.b.c.d is a.b.c.d
    if (isV4)
        return QHostAddress(v4).toString();
    // One IPv6 host can pick any address of its /64 at will: the network is what counts.
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

// Phones may type the code with or without the dash, in either case.
QString normalizedCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c != QLatin1Char('-') && !c.isSpace())
            code.append(c.toUpper());
    }
    return code;
}

bool sameText(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    return difference == 0;
}

ApiError closedError()
{
    return {409, QStringLiteral("closed"),
            QStringLiteral("This question is closed or is not the one being asked.")};
}

} // namespace

ParticipantServer::ParticipantServer(SessionModel *model, QObject *parent)
    : QObject(parent), mModel(model),
      mPerAddress(mLimits.requestsPerAddressPerSecond, 2.0 * mLimits.requestsPerAddressPerSecond),
      mPerDevice(mLimits.requestsPerDevicePerSecond, 2.0 * mLimits.requestsPerDevicePerSecond),
      mJoins(mLimits.joinsPerAddressPerMinute / 60.0, mLimits.joinsPerAddressPerMinute),
      mWrongCodes(mLimits.wrongCodesPerMinute / 60.0, mLimits.wrongCodesPerMinute, 1)
{
    mWordListFolder = QDir(SessionStore::defaultFolder()).filePath(QStringLiteral("wordlists"));
    mClock.start();
    mWake.setSingleShot(true);
    mWake.setInterval(WakeDelayMs);
    connect(&mWake, &QTimer::timeout, this, &ParticipantServer::publish);
    mHousekeeping.setInterval(HousekeepingMs);
    connect(&mHousekeeping, &QTimer::timeout, this, &ParticipantServer::housekeeping);
    connect(mModel, &SessionModel::changed, this, &ParticipantServer::modelChanged);
    connect(mModel, &SessionModel::recorded, this, &ParticipantServer::committed);
    connect(mModel, &SessionModel::writeFailed, this, &ParticipantServer::writeFailed);
    connect(mModel, &SessionModel::writeRejected, this, &ParticipantServer::writeRejected);
}

ParticipantServer::~ParticipantServer()
{
    PhoneListener *listener = mListener;
    stop();
    delete listener; // now, not later: there may be no event loop left to do it
}

void ParticipantServer::setLimits(const Limits &limits)
{
    mLimits = limits;
    mPerAddress =
        RateLimiter(limits.requestsPerAddressPerSecond, 2.0 * limits.requestsPerAddressPerSecond);
    mPerDevice =
        RateLimiter(limits.requestsPerDevicePerSecond, 2.0 * limits.requestsPerDevicePerSecond);
    mJoins = RateLimiter(limits.joinsPerAddressPerMinute / 60.0, limits.joinsPerAddressPerMinute);
    mWrongCodes = RateLimiter(limits.wrongCodesPerMinute / 60.0, limits.wrongCodesPerMinute, 1);
}

bool ParticipantServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    stop();
    mWordList.reset(); // the trainer's own lists are read again for this run
    if (!mModel->isLoaded()) {
        *error = tr("Open a session before inviting participants.");
        return false;
    }
    QString storeError;
    const std::optional<ParticipantAccess> access = sessionAccess(&storeError);
    if (!access) {
        *error = tr("The session's join code cannot be saved: %1").arg(storeError);
        return false;
    }
    auto *listener = new PhoneListener(mLimits, [this](const HttpRequest &r) { handle(r); });
    if (!listener->start(address, port)) {
        *error = tr("Participants cannot be invited: port %1 on %2 cannot be opened (%3).")
                     .arg(port)
                     .arg(address.toString(), listener->errorString());
        delete listener;
        return false;
    }
    mListener = listener;
    connect(listener, &PhoneListener::gone, this, &ParticipantServer::gone);
    connect(listener, &PhoneListener::delivered, this, &ParticipantServer::delivered);
    mSessionId = mModel->session().id;
    mCodeSession = mSessionId;
    mJoinCode = access->joinCode;
    mTokens = DeviceTokens(access->tokenKey);
    // Never a version a phone saw before a restart, so its first poll is answered at once.
    mVersion = std::max(mVersion + 1, QDateTime::currentMSecsSinceEpoch());
    mPublished = false;
    mSourcesLoaded = false; // the scenario files as they are now
    loadCommittedDevices();
    publish();
    mHousekeeping.start();
    emit runningChanged(true);
    return true;
}

void ParticipantServer::stop()
{
    if (!mListener)
        return;
    PhoneListener *listener = mListener;
    mListener.clear();
    disconnect(listener, nullptr, this, nullptr);
    listener->close(); // the port is free again at once (for a restart on the same port)
    listener->abortAll();
    // Later: stop() may run inside one of its signals.
    listener->deleteLater();
    mLongPolls.clear();
    mLongPollOfDevice.clear();
    mDiskWaits.clear();
    mPublished = false;
    mStreams.clear();
    mStreamOfDevice.clear();
    mJoinsInFlight.clear();
    mLastSeen.clear();
    mDevicesOfAddress.clear();
    mQuestionsOfDevice.clear();
    mQuestionWrites.clear();
    mSitOutWrites.clear();
    const bool pauseAsked = !mPauseAsked.isEmpty();
    mPauseAsked.clear();
    mPauseSeen.clear();
    mWake.stop();
    mHousekeeping.stop();
    mSessionId = 0;
    setConnected(0);
    if (pauseAsked)
        emit pauseRequestsChanged(0);
    emit runningChanged(false);
}

QHostAddress ParticipantServer::address() const
{
    return mListener ? mListener->serverAddress() : QHostAddress();
}

quint16 ParticipantServer::port() const
{
    return mListener ? mListener->serverPort() : 0;
}

std::optional<ParticipantAccess> ParticipantServer::sessionAccess(QString *error) const
{
    // Made here the first time phones are invited to the session, kept with it from then on.
    if (std::optional<ParticipantAccess> kept = mModel->participantAccess())
        return kept;
    return mModel->keepParticipantAccess(ParticipantAccessMaker::make(), error);
}

QString ParticipantServer::joinCode() const
{
    if (!mModel->isLoaded())
        return {};
    if (mCodeSession != mModel->session().id) {
        QString error;
        const std::optional<ParticipantAccess> access = sessionAccess(&error);
        if (!access)
            return {};
        mCodeSession = mModel->session().id;
        mJoinCode = access->joinCode;
    }
    return mJoinCode;
}

QUrl ParticipantServer::pageUrl(const QHostAddress &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl ParticipantServer::joinUrl(const QHostAddress &host) const
{
    QUrl url = pageUrl(host);
    url.setFragment(joinCode());
    return url;
}

void ParticipantServer::setPrompt(const ParticipantPrompt &prompt)
{
    if (prompt == mPrompt)
        return;
    mPrompt = prompt;
    changed();
}

// --- requests ------------------------------------------------------------------------------

void ParticipantServer::handle(const HttpRequest &request)
{
    if (const qint64 wait = mPerAddress.take(addressKey(request.peer), mClock.elapsed()))
        return send(request.id, rateLimited(wait));

    if (!request.path.startsWith(ApiPrefix)) {
        const std::optional<HttpReply> file = StaticFiles::get(request.path);
        if (!file)
            return sendError(request.id, {404, QStringLiteral("not-found"),
                                          QStringLiteral("There is nothing at this address.")});
        if (request.method != HttpRequest::Method::Get &&
            request.method != HttpRequest::Method::Head) {
            HttpReply reply = ApiError{405, QStringLiteral("method-not-allowed"),
                                       QStringLiteral("Only GET and HEAD are allowed here.")}
                                  .reply();
            reply.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD")});
            return send(request.id, reply);
        }
        return send(request.id, *file);
    }

    const QString route = request.path.mid(ApiPrefix.size());
    HttpRequest::Method method;
    if (route == QLatin1String("join") || route == QLatin1String("answer") ||
        route == QLatin1String("commitment") || route == QLatin1String("pause") ||
        route == QLatin1String("sit-out") || route == QLatin1String("question")) {
        method = HttpRequest::Method::Post;
    } else if (route == QLatin1String("state") || route == QLatin1String("live")) {
        method = HttpRequest::Method::Get;
    } else {
        return sendError(request.id, {404, QStringLiteral("not-found"),
                                      QStringLiteral("There is nothing at this address.")});
    }
    if (request.method != method) {
        const bool post = method == HttpRequest::Method::Post;
        HttpReply reply = ApiError{405, QStringLiteral("method-not-allowed"),
                                   post ? QStringLiteral("Only POST is allowed here.")
                                        : QStringLiteral("Only GET is allowed here.")}
                              .reply();
        reply.headers.append({QByteArrayLiteral("Allow"),
                              post ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET")});
        return send(request.id, reply);
    }
    if (route == QLatin1String("join"))
        return join(request);
    const std::optional<QString> deviceId = device(request);
    if (!deviceId)
        return;
    if (route == QLatin1String("state"))
        state(request, *deviceId);
    else if (route == QLatin1String("live"))
        live(request, *deviceId);
    else if (route == QLatin1String("answer"))
        answer(request, *deviceId);
    else if (route == QLatin1String("pause"))
        pause(request, *deviceId);
    else if (route == QLatin1String("sit-out"))
        sitOut(request, *deviceId);
    else if (route == QLatin1String("question"))
        question(request, *deviceId);
    else
        commitment(request, *deviceId);
}

std::optional<QString> ParticipantServer::device(const HttpRequest &request)
{
    const QByteArray token = request.header(QByteArrayLiteral("x-upstander-token"));
    if (token.isEmpty()) {
        sendError(request.id, {401, QStringLiteral("no-token"),
                               QStringLiteral("Join the session first (POST /api/join).")});
        return std::nullopt;
    }
    const QString deviceId = mTokens.deviceId(QString::fromLatin1(token));
    if (deviceId.isEmpty()) {
        sendError(request.id, {401, QStringLiteral("bad-token"),
                               QStringLiteral("This device token was not issued for this "
                                              "session. Join again.")});
        return std::nullopt;
    }
    if (const qint64 wait = mPerDevice.take(deviceId, mClock.elapsed())) {
        send(request.id, rateLimited(wait));
        return std::nullopt;
    }
    seen(deviceId);
    return deviceId;
}

void ParticipantServer::join(const HttpRequest &request)
{
    if (const qint64 wait = mJoins.take(addressKey(request.peer), mClock.elapsed()))
        return send(request.id, rateLimited(wait));
    const auto body = RequestBody::parse(request, {{QStringLiteral("code"), QJsonValue::String}},
                                         {{QStringLiteral("token"), QJsonValue::String}});
    if (const ApiError *error = std::get_if<ApiError>(&body))
        return sendError(request.id, *error);
    const QJsonObject object = std::get<QJsonObject>(body);
    const QString typed = object.value(QLatin1String("code")).toString();
    if (typed.size() > MaxCodeLength || !sameText(normalizedCode(typed), mJoinCode)) {
        // However many addresses guess, the room as a whole gets only so many wrong codes a
        // minute; the right code still gets in.
        if (const qint64 wait = mWrongCodes.take(QStringLiteral("room"), mClock.elapsed()))
            return send(request.id, rateLimited(wait));
        return sendError(request.id, {403, QStringLiteral("wrong-code"),
                                      QStringLiteral("This is not the join code of the session.")});
    }
    QString token = object.value(QLatin1String("token")).toString();
    QString deviceId = mTokens.deviceId(token);
    if (deviceId.isEmpty()) {
        // Counted once the phone has its token (delivered()): a join whose answer never left
        // the laptop does not use up one of the address's devices.
        const QString address = addressKey(request.peer);
        const int devices =
            mDevicesOfAddress.value(address) +
            int(std::count(mJoinsInFlight.cbegin(), mJoinsInFlight.cend(), address));
        if (devices >= mLimits.devicesPerAddress) {
            return sendError(request.id,
                             {403, QStringLiteral("too-many-devices"),
                              QStringLiteral("This address has joined with %1 devices already. "
                                             "Go on with the page that joined first.")
                                  .arg(mLimits.devicesPerAddress)});
        }
        mJoinsInFlight.insert(request.id, address);
        token = mTokens.issue();
        deviceId = mTokens.deviceId(token);
    }
    seen(deviceId);
    send(request.id,
         HttpReply::json(200, {{QStringLiteral("token"), token},
                               {QStringLiteral("language"), mModel->session().language}}));
}

void ParticipantServer::state(const HttpRequest &request, const QString &deviceId)
{
    publishPending();
    const QString language = phoneLanguage(request);
    // A device has at most one long poll: a newer one answers the older one.
    if (const quint64 older = mLongPollOfDevice.take(deviceId))
        sendState(older, deviceId, mLongPolls.take(older).language);
    bool numeric = false;
    const qint64 since = request.query.queryItemValue(QStringLiteral("since")).toLongLong(&numeric);
    // Waiting requests never take more than a quarter of the places answers need.
    const int heldAtMost = std::min(mLimits.maxLongPolls, mListener->limits().maxConnections / 4);
    if (!numeric || since != mVersion || mLongPolls.size() >= heldAtMost)
        return sendState(request.id, deviceId, language);
    const QString address = addressKey(request.peer);
    quint64 oldest = 0;
    int ofAddress = 0;
    for (auto it = mLongPolls.cbegin(); it != mLongPolls.cend(); ++it) {
        if (it->address == address) {
            ++ofAddress;
            oldest = oldest == 0 ? it.key() : std::min(oldest, it.key());
        }
    }
    if (ofAddress >= mLimits.longPollsPerAddress && oldest != 0) {
        // The state is always a fine answer to a long poll: the oldest one gets it now.
        const LongPoll oldestPoll = mLongPolls.take(oldest);
        mLongPollOfDevice.remove(oldestPoll.deviceId);
        sendState(oldest, oldestPoll.deviceId, oldestPoll.language);
    }
    mLongPolls.insert(request.id,
                      {deviceId, address, since, mClock.elapsed() + mLimits.longPollMs, language});
    mLongPollOfDevice.insert(deviceId, request.id);
}

void ParticipantServer::answer(const HttpRequest &request, const QString &deviceId)
{
    const auto body = RequestBody::parse(request, {{QStringLiteral("question"), QJsonValue::Double},
                                                   {QStringLiteral("choice"), QJsonValue::String}});
    if (const ApiError *error = std::get_if<ApiError>(&body))
        return sendError(request.id, *error);
    const QJsonObject object = std::get<QJsonObject>(body);
    if (object.value(QLatin1String("choice")).toString().size() > MaxChoiceLength) {
        return sendError(
            request.id,
            {400, QStringLiteral("too-long"),
             QStringLiteral("A choice can be at most %1 characters.").arg(MaxChoiceLength)});
    }
    const std::optional<qint64> questionId =
        RequestBody::integer(object.value(QLatin1String("question")));
    if (!questionId) {
        return sendError(request.id, {400, QStringLiteral("wrong-type"),
                                      QStringLiteral("The field \"question\" must be a whole "
                                                     "number.")});
    }
    // Phones answer the question on the projector and no other; whether the answer counts
    // (open, a known option, a known stage) is the session's rule, asked by recordAnswer().
    const Question *q = mModel->question(*questionId);
    if (q && q->kind != QuestionKind::Commitment &&
        ParticipantState::promptQuestion(*mModel, mPrompt) != q)
        return sendError(request.id, closedError());
    const QString choice = object.value(QLatin1String("choice")).toString();
    const SessionModel::AnswerResult result = mModel->recordAnswer(*questionId, deviceId, choice);
    switch (result.refusal) {
    case SessionRules::Refusal::None:
        break;
    case SessionRules::Refusal::NoQuestion:
    case SessionRules::Refusal::Written:
        return sendError(
            request.id,
            {404, QStringLiteral("not-found"),
             QStringLiteral("There is no question %1 in this session.").arg(*questionId)});
    case SessionRules::Refusal::UnknownChoice:
    case SessionRules::Refusal::BadToken:
        return sendError(request.id, {400, QStringLiteral("unknown-choice"),
                                      QStringLiteral("This question does not offer that choice.")});
    case SessionRules::Refusal::Closed:
        return sendError(request.id, closedError());
    case SessionRules::Refusal::SatOut:
        return sendError(request.id, {409, QStringLiteral("sitting-out"),
                                      QStringLiteral("This device sits this role-play out. Join "
                                                     "in again (POST /api/sit-out) to answer.")});
    }
    replyWhenStored(request.id, result.sequence,
                    HttpReply::json(200, {{QStringLiteral("question"), *questionId},
                                          {QStringLiteral("choice"), choice}}));
}

void ParticipantServer::commitment(const HttpRequest &request, const QString &deviceId)
{
    const auto body = RequestBody::parse(request, {{QStringLiteral("text"), QJsonValue::String}});
    if (const ApiError *error = std::get_if<ApiError>(&body))
        return sendError(request.id, *error);
    if (mPrompt.kind != ParticipantPrompt::Kind::Commitment) {
        return sendError(request.id, {409, QStringLiteral("closed"),
                                      QStringLiteral("Commitments are not being collected now.")});
    }
    if (mCommittedDevices.contains(deviceId)) {
        // The same phone again while its commitment is still on its way to the disk (its first
        // request got a 503 and the page sent it again): the answer is that one's, once stored.
        const quint64 pending = mCommitmentWrites.value(deviceId);
        if (pending != 0 && !mModel->isRecorded(pending)) {
            return replyWhenStored(request.id, pending,
                                   HttpReply::json(200, {{QStringLiteral("submitted"), true}}));
        }
        return sendError(request.id, {409, QStringLiteral("already-submitted"),
                                      QStringLiteral("This device has sent its commitment "
                                                     "already.")});
    }
    const QString text = std::get<QJsonObject>(body).value(QLatin1String("text")).toString();
    const QString trimmed = text.trimmed();
    const SessionRules::CommitmentRefusal refusal = SessionRules::checkCommitment(trimmed);
    if (refusal == SessionRules::CommitmentRefusal::Empty) {
        return sendError(
            request.id, {400, QStringLiteral("empty"), QStringLiteral("The commitment is empty.")});
    }
    if (refusal == SessionRules::CommitmentRefusal::TooLong) {
        return sendError(request.id, {400, QStringLiteral("too-long"),
                                      QStringLiteral("A commitment can be at most %1 characters.")
                                          .arg(Commitment::MaxLength)});
    }
    QString error; // translated, for the console; the checks above leave nothing to refuse
    quint64 sequence = 0;
    if (!mModel->addCommitment(trimmed, deviceId, &error, &sequence)) {
        return sendError(request.id, {400, QStringLiteral("empty"),
                                      QStringLiteral("The commitment cannot be taken.")});
    }
    mCommittedDevices.insert(deviceId);
    mCommitmentWrites.insert(deviceId, sequence);
    replyWhenStored(request.id, sequence,
                    HttpReply::json(200, {{QStringLiteral("submitted"), true}}));
}

void ParticipantServer::pause(const HttpRequest &request, const QString &deviceId)
{
    // Asked or taken back; the same again changes nothing. Only the count leaves the server.
    const auto body = RequestBody::parse(request, {{QStringLiteral("asked"), QJsonValue::Bool}});
    if (const ApiError *error = std::get_if<ApiError>(&body))
        return sendError(request.id, *error);
    const bool asked = std::get<QJsonObject>(body).value(QLatin1String("asked")).toBool();
    const int before = pauseRequests();
    if (asked)
        mPauseAsked.insert(deviceId);
    else
        mPauseAsked.remove(deviceId);
    mPauseSeen.remove(deviceId); // a new request, or none: the last one's "seen" is over
    send(request.id, HttpReply::json(200, {{QStringLiteral("asked"), asked}}));
    if (pauseRequests() != before)
        emit pauseRequestsChanged(pauseRequests());
}

void ParticipantServer::sitOut(const HttpRequest &request, const QString &deviceId)
{
    // Sitting out the role-play on the projector, or joining in again; the same again changes
    // nothing. Only this phone hears of it; the trainer sees a count.
    const auto body =
        RequestBody::parse(request, {{QStringLiteral("scenario"), QJsonValue::String},
                                     {QStringLiteral("sittingOut"), QJsonValue::Bool}});
    if (const ApiError *error = std::get_if<ApiError>(&body))
        return sendError(request.id, *error);
    const QJsonObject object = std::get<QJsonObject>(body);
    const QString scenarioId = object.value(QLatin1String("scenario")).toString();
    const bool sittingOut = object.value(QLatin1String("sittingOut")).toBool();
    if (mPrompt.scenarioId.isEmpty() || scenarioId != mPrompt.scenarioId) {
        return sendError(request.id, {409, QStringLiteral("not-current"),
                                      QStringLiteral("That role-play is not on now.")});
    }
    const quint64 written = mModel->setSittingOut(scenarioId, deviceId, sittingOut);
    const QString write = deviceId + QLatin1Char('/') + scenarioId;
    if (written != 0)
        mSitOutWrites.insert(write, written);
    // The same again (a retry after a lost reply or a 503) waits for the write that made it so.
    const quint64 sequence = written != 0 ? written : mSitOutWrites.value(write);
    const HttpReply reply = HttpReply::json(200, {{QStringLiteral("scenario"), scenarioId},
                                                  {QStringLiteral("sittingOut"), sittingOut}});
    if (sequence == 0)
        send(request.id, reply);
    else
        replyWhenStored(request.id, sequence, reply);
    pushToDevice(deviceId);
}

void ParticipantServer::question(const HttpRequest &request, const QString &deviceId)
{
    // For the trainer alone: the text goes into the session's queue (held for review when the
    // word list flags it); the device is counted here, in memory, and never stored with it.
    const auto body = RequestBody::parse(request, {{QStringLiteral("text"), QJsonValue::String}},
                                         {{QStringLiteral("id"), QJsonValue::String}});
    if (const ApiError *error = std::get_if<ApiError>(&body))
        return sendError(request.id, *error);
    const QJsonObject object = std::get<QJsonObject>(body);
    const QString text = object.value(QLatin1String("text")).toString();
    // The phone's own name for this question, the same each time it sends it again: a retry
    // after a lost reply finds the question it already sent instead of queuing it twice.
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]{16,64}")));
    const QString phoneId = object.value(QLatin1String("id")).toString();
    if (object.contains(QLatin1String("id")) && !idPattern.match(phoneId).hasMatch()) {
        return sendError(request.id, {400, QStringLiteral("wrong-type"),
                                      QStringLiteral("The field \"id\" must be 16 to 64 letters, "
                                                     "digits, \"-\" or \"_\".")});
    }
    switch (SessionRules::checkRoomQuestion(text)) {
    case SessionRules::RoomQuestionRefusal::None:
        break;
    case SessionRules::RoomQuestionRefusal::Empty:
        return sendError(request.id,
                         {400, QStringLiteral("empty"), QStringLiteral("The question is empty.")});
    case SessionRules::RoomQuestionRefusal::TooLong:
        return sendError(request.id, {400, QStringLiteral("too-long"),
                                      QStringLiteral("A question can be at most %1 characters.")
                                          .arg(RoomQuestion::MaxLength)});
    case SessionRules::RoomQuestionRefusal::ControlCharacters:
        return sendError(request.id,
                         {400, QStringLiteral("control-characters"),
                          QStringLiteral("A question may not contain control characters.")});
    }
    // Stored under a key made from the session, the device and the phone's id, so that no
    // phone can name another's question, and the key leads back to no device.
    const QString key =
        phoneId.isEmpty()
            ? QString()
            : QString::fromLatin1(
                  QCryptographicHash::hash(QStringLiteral("%1/%2/%3")
                                               .arg(mModel->session().id)
                                               .arg(deviceId, phoneId)
                                               .toUtf8(),
                                           QCryptographicHash::Sha256)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                      .left(32));
    const HttpReply sent200 = HttpReply::json(200, {{QStringLiteral("sent"), true}});
    if (!key.isEmpty() && mModel->roomQuestion(key)) {
        // Sent again: answered as the first time, once that one is on disk; not counted again.
        const quint64 earlier = mQuestionWrites.value(key);
        return earlier ? replyWhenStored(request.id, earlier, sent200) : send(request.id, sent200);
    }
    int &sent = mQuestionsOfDevice[deviceId];
    if (sent >= SessionRules::MaxRoomQuestionsPerDevice) {
        return sendError(request.id, {409, QStringLiteral("too-many-questions"),
                                      QStringLiteral("This device has sent %1 questions already.")
                                          .arg(SessionRules::MaxRoomQuestionsPerDevice)});
    }
    if (!mWordList)
        mWordList = WordList::shipped(mWordListFolder);
    QString error;
    quint64 sequence = 0;
    if (!mModel->addRoomQuestion(text, mWordList->flags(text), &error, &sequence, key)) {
        return sendError(request.id, {400, QStringLiteral("empty"),
                                      QStringLiteral("The question cannot be taken.")});
    }
    ++sent;
    if (!key.isEmpty())
        mQuestionWrites.insert(key, sequence);
    replyWhenStored(request.id, sequence, sent200);
}

void ParticipantServer::setWordListFolder(const QString &folder)
{
    mWordListFolder = folder;
    mWordList.reset();
}

void ParticipantServer::pushToDevice(const QString &deviceId)
{
    const auto stream = mStreams.find(mStreamOfDevice.value(deviceId));
    if (stream != mStreams.end())
        pushState(stream.key(), *stream);
    if (const quint64 requestId = mLongPollOfDevice.take(deviceId)) {
        const LongPoll poll = mLongPolls.take(requestId);
        sendState(requestId, poll.deviceId, poll.language);
    }
}

void ParticipantServer::setKeptMonths(int months)
{
    mKeptMonths = std::max(0, months);
    changed();
}

void ParticipantServer::clearPauseRequests()
{
    if (mPauseAsked.isEmpty())
        return;
    // Only the phones that asked are told, at once; the version stays, so no other phone
    // learns that anyone asked.
    const QSet<QString> asked = std::exchange(mPauseAsked, {});
    mPauseSeen.unite(asked);
    for (const QString &deviceId : asked)
        pushToDevice(deviceId);
    emit pauseRequestsChanged(0);
}

// --- replies -------------------------------------------------------------------------------

void ParticipantServer::send(quint64 requestId, const HttpReply &reply)
{
    if (mListener)
        mListener->answer(requestId, reply);
}

void ParticipantServer::sendError(quint64 requestId, const ApiError &error)
{
    send(requestId, error.reply());
}

HttpReply ParticipantServer::rateLimited(qint64 waitMs) const
{
    HttpReply reply = HttpReply::error(429, QStringLiteral("rate-limited"),
                                       QStringLiteral("Too many requests. Try again shortly."));
    const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
    return reply;
}

QString ParticipantServer::phoneLanguage(const HttpRequest &request) const
{
    const QString asked = request.query.queryItemValue(QStringLiteral("lang"));
    const Languages::Language *language = Languages::find(asked);
    return language && language->code != mCachedLanguage ? language->code : QString();
}

const Scenario *ParticipantServer::sourceScenario(const QString &scenarioId)
{
    if (scenarioId.isEmpty())
        return nullptr;
    if (!mSourcesLoaded) {
        mSources.load(ScenarioLibrary::defaultUserFolder());
        mSourcesLoaded = true;
    }
    const ScenarioLibrary::Entry *entry = mSources.find(scenarioId);
    return entry ? &entry->scenario : nullptr;
}

ParticipantServer::Words ParticipantServer::words(const QString &language)
{
    const Catalogue *catalogue = Catalogue::forLanguage(language).get();
    // A decision in another language than the room's is worded from the scenario as written;
    // in the room's it is shown as asked.
    const Question *q = ParticipantState::promptQuestion(*mModel, mPrompt);
    const Scenario *decisionSource =
        q && language != mModel->session().language ? sourceScenario(q->scenarioId) : nullptr;
    return {ParticipantState::prompt(*mModel, mPrompt, catalogue, decisionSource),
            ParticipantState::results(*mModel, mPrompt, catalogue, decisionSource),
            ParticipantState::privacy(*mModel, mKeptMonths),
            ParticipantState::scenario(*mModel, mPrompt, catalogue,
                                       sourceScenario(mPrompt.scenarioId))};
}

const ParticipantServer::Words &ParticipantServer::wordsIn(const QString &language)
{
    if (language.isEmpty())
        return mPublishedWords;
    auto found = mOtherLanguages.constFind(language);
    if (found == mOtherLanguages.constEnd())
        found = mOtherLanguages.insert(language, words(language));
    return *found;
}

QJsonObject ParticipantServer::stateFor(const QString &deviceId, const QString &language)
{
    const Words &shown = wordsIn(language);
    return {
        {QStringLiteral("version"), mVersion},
        // The room's language: the page's own until the participant picks another.
        {QStringLiteral("language"), mCachedLanguage},
        {QStringLiteral("prompt"),
         ParticipantState::forDevice(shown.prompt, *mModel, mPrompt, deviceId,
                                     mCommittedDevices.contains(deviceId))},
        {QStringLiteral("results"), shown.results},
        {QStringLiteral("pause"), mPauseAsked.contains(deviceId)},
        {QStringLiteral("pauseSeen"), mPauseSeen.contains(deviceId)},
        {QStringLiteral("privacy"), shown.privacy},
        {QStringLiteral("scenario"),
         ParticipantState::scenarioForDevice(shown.scenario, *mModel, mPrompt, deviceId)},
    };
}

void ParticipantServer::sendState(quint64 requestId, const QString &deviceId,
                                  const QString &language)
{
    send(requestId, HttpReply::json(200, stateFor(deviceId, language)));
}

void ParticipantServer::live(const HttpRequest &request, const QString &deviceId)
{
    publishPending();
    // One stream per device: a newer one (the page reloaded, the phone changed networks) ends
    // the older.
    if (const quint64 older = mStreamOfDevice.take(deviceId)) {
        mStreams.remove(older);
        mListener->endStream(older);
    }
    if (request.version < 11) {
        // Chunked streams are HTTP/1.1; the page always speaks it.
        return sendError(request.id, {505, QStringLiteral("unsupported-version"),
                                      QStringLiteral("The live stream needs HTTP/1.1.")});
    }
    if (mListener->streamCount() >= mListener->limits().maxStreams) {
        HttpReply busy = HttpReply::error(503, QStringLiteral("busy"),
                                          QStringLiteral("Every live stream's place is taken. "
                                                         "Follow GET /api/state meanwhile."));
        busy.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(StreamsBusyRetrySeconds)});
        return send(request.id, busy);
    }
    HttpReply head;
    head.stream = true;
    head.contentType = QByteArrayLiteral("text/event-stream");
    head.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    if (!mListener->beginStream(request.id, head))
        return;
    mStreamOfDevice.insert(deviceId, request.id);
    Stream &stream = mStreams[request.id];
    stream.deviceId = deviceId;
    stream.language = phoneLanguage(request);
    pushState(request.id, stream);
}

void ParticipantServer::pushState(quint64 streamId, Stream &stream)
{
    // One server-sent event: "data: {the state}" and a blank line.
    mListener->push(streamId, "data: " +
                                  QJsonDocument(stateFor(stream.deviceId, stream.language))
                                      .toJson(QJsonDocument::Compact) +
                                  "\n\n");
    stream.sentVersion = mVersion;
}

void ParticipantServer::replyWhenStored(quint64 requestId, quint64 sequence, const HttpReply &reply)
{
    if (mModel->isRecorded(sequence))
        return send(requestId, reply);
    mDiskWaits.insert(requestId, {sequence, mClock.elapsed() + mLimits.commitTimeoutMs, reply});
}

// --- changes -------------------------------------------------------------------------------

void ParticipantServer::changed()
{
    if (isRunning() && !mWake.isActive())
        mWake.start();
}

void ParticipantServer::publishPending()
{
    // A phone that asks between a change and its publication sees it already.
    if (mWake.isActive()) {
        mWake.stop();
        publish();
    }
}

void ParticipantServer::publish()
{
    if (!isRunning())
        return;
    const QString roomLanguage = mModel->session().language;
    const Words room = words(roomLanguage);
    // Nothing a phone can see has changed (an answer below k after a suppressed reveal, say):
    // the version stays, so no phone learns that something happened, or when. What phones in
    // other languages see follows from the same session, so it changed only if this did.
    if (mPublished && room.prompt == mPublishedWords.prompt &&
        room.results == mPublishedWords.results && room.privacy == mPublishedWords.privacy &&
        room.scenario == mPublishedWords.scenario && roomLanguage == mCachedLanguage)
        return;
    if (mPublished)
        ++mVersion;
    mPublished = true;
    mPublishedWords = room;
    mCachedLanguage = roomLanguage;
    mOtherLanguages.clear();
    for (auto it = mStreams.begin(); it != mStreams.end(); ++it) {
        if (it->sentVersion != mVersion)
            pushState(it.key(), *it);
    }
    // Only polls that began before the change: one that began after it has seen it already.
    QList<quint64> due;
    for (auto it = mLongPolls.cbegin(); it != mLongPolls.cend(); ++it) {
        if (it->since != mVersion)
            due.append(it.key());
    }
    for (const quint64 requestId : std::as_const(due)) {
        const LongPoll poll = mLongPolls.take(requestId);
        mLongPollOfDevice.remove(poll.deviceId);
        sendState(requestId, poll.deviceId, poll.language);
    }
}

void ParticipantServer::modelChanged(const SessionChange &change)
{
    switch (change.kind) {
    case SessionChange::Kind::Reset:
        if (isRunning() && (!mModel->isLoaded() || mModel->session().id != mSessionId)) {
            stop();
            return;
        }
        loadCommittedDevices();
        changed(); // k, stage labels or language may have changed
        break;
    case SessionChange::Kind::Question:
        if (mPrompt.kind == ParticipantPrompt::Kind::Question &&
            change.questionId == mPrompt.questionId)
            changed();
        break;
    case SessionChange::Kind::Answer:
    case SessionChange::Kind::Tally:
        // Counts are only seen once revealed; before that no phone sees a difference.
        if (const Question *q = ParticipantState::promptQuestion(*mModel, mPrompt)) {
            if (q->id == change.questionId && q->revealed)
                changed();
        }
        break;
    case SessionChange::Kind::Commitment:
        loadCommittedDevices();
        break;
    case SessionChange::Kind::SitOut:
        break; // told to the phone that sat out (sitOut), and to nobody else
    case SessionChange::Kind::RoomQuestion:
        break; // the trainer's alone
    }
}

void ParticipantServer::loadCommittedDevices()
{
    mCommittedDevices.clear();
    for (const Commitment &c : mModel->commitments()) {
        if (!c.token.isEmpty())
            mCommittedDevices.insert(c.token);
    }
}

void ParticipantServer::committed(quint64 sequence)
{
    for (auto it = mDiskWaits.begin(); it != mDiskWaits.end();) {
        if (it->sequence <= sequence) {
            const quint64 requestId = it.key();
            const HttpReply reply = it->reply;
            it = mDiskWaits.erase(it);
            send(requestId, reply);
        } else {
            ++it;
        }
    }
}

void ParticipantServer::writeRejected(quint64 sequence)
{
    // Never stored, and never will be (the question or session went away meanwhile): the phone
    // is told so at once instead of waiting for a commit that does not include it.
    for (auto it = mDiskWaits.begin(); it != mDiskWaits.end();) {
        if (it->sequence == sequence) {
            const quint64 requestId = it.key();
            it = mDiskWaits.erase(it);
            sendError(requestId, {409, QStringLiteral("not-stored"),
                                  QStringLiteral("The answer cannot be saved: its question is no "
                                                 "longer part of the session.")});
        } else {
            ++it;
        }
    }
    for (auto it = mCommitmentWrites.begin(); it != mCommitmentWrites.end(); ++it) {
        if (it.value() == sequence) {
            mCommittedDevices.remove(it.key());
            mCommitmentWrites.erase(it);
            break;
        }
    }
}

void ParticipantServer::writeFailed()
{
    // The store keeps the write and retries, but the phone must not be told it is saved. It
    // can send the same answer again: a second answer replaces the first.
    const QHash<quint64, DiskWait> waits = std::exchange(mDiskWaits, {});
    for (auto it = waits.cbegin(); it != waits.cend(); ++it) {
        sendError(it.key(), {503, QStringLiteral("storage"),
                             QStringLiteral("The answer could not be saved yet. Send it again "
                                            "in a moment.")});
    }
}

void ParticipantServer::gone(quint64 requestId)
{
    const auto poll = mLongPolls.constFind(requestId);
    if (poll != mLongPolls.cend()) {
        if (mLongPollOfDevice.value(poll->deviceId) == requestId)
            mLongPollOfDevice.remove(poll->deviceId);
        mLongPolls.erase(poll);
    }
    mDiskWaits.remove(requestId);
    const auto stream = mStreams.constFind(requestId);
    if (stream != mStreams.cend()) {
        if (mStreamOfDevice.value(stream->deviceId) == requestId)
            mStreamOfDevice.remove(stream->deviceId);
        mStreams.erase(stream);
    }
    mJoinsInFlight.remove(requestId); // its token never reached the phone
}

void ParticipantServer::delivered(quint64 requestId)
{
    const auto join = mJoinsInFlight.constFind(requestId);
    if (join == mJoinsInFlight.cend())
        return;
    ++mDevicesOfAddress[*join];
    mJoinsInFlight.erase(join);
}

// --- bookkeeping ---------------------------------------------------------------------------

void ParticipantServer::seen(const QString &deviceId)
{
    const qint64 now = mClock.elapsed();
    const auto it = mLastSeen.find(deviceId);
    const bool counted = it != mLastSeen.end() && now - *it <= mLimits.connectedWindowMs;
    mLastSeen.insert(deviceId, now);
    if (!counted)
        setConnected(mConnected + 1);
}

void ParticipantServer::housekeeping()
{
    const qint64 now = mClock.elapsed();
    QList<quint64> due;
    for (auto it = mLongPolls.cbegin(); it != mLongPolls.cend(); ++it) {
        if (it->deadlineMs <= now)
            due.append(it.key());
    }
    for (const quint64 requestId : std::as_const(due)) {
        const LongPoll poll = mLongPolls.take(requestId);
        mLongPollOfDevice.remove(poll.deviceId);
        sendState(requestId, poll.deviceId, poll.language);
    }
    due.clear();
    for (auto it = mDiskWaits.cbegin(); it != mDiskWaits.cend(); ++it) {
        if (it->deadlineMs <= now)
            due.append(it.key());
    }
    for (const quint64 requestId : std::as_const(due)) {
        mDiskWaits.remove(requestId);
        sendError(requestId, {503, QStringLiteral("storage"),
                              QStringLiteral("The answer could not be saved yet. Send it again "
                                             "in a moment.")});
    }
    // A device with an open long poll or stream is connected, however long ago it asked.
    for (auto it = mLongPolls.cbegin(); it != mLongPolls.cend(); ++it)
        mLastSeen.insert(it->deviceId, now);
    for (auto it = mStreams.cbegin(); it != mStreams.cend(); ++it)
        mLastSeen.insert(it->deviceId, now);
    int count = 0;
    for (auto it = mLastSeen.begin(); it != mLastSeen.end();) {
        if (now - *it > mLimits.connectedWindowMs) {
            it = mLastSeen.erase(it);
        } else {
            ++count;
            ++it;
        }
    }
    setConnected(count);
    if (now - mLastPruneMs > 10000) {
        mLastPruneMs = now;
        mPerAddress.prune(now);
        mPerDevice.prune(now);
        mJoins.prune(now);
    }
}

void ParticipantServer::setConnected(int count)
{
    if (count == mConnected)
        return;
    mConnected = count;
    emit connectedPhonesChanged(count);
}
