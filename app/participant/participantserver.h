#pragma once

#include "participant/devicetokens.h"
#include "participant/httpmessage.h"
#include "participant/participantprompt.h"
#include "participant/phonelistener.h"
#include "participant/ratelimiter.h"
#include "scenario/scenariolibrary.h"
#include "session/wordlist.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class SessionModel;
struct ApiError;
struct SessionChange;

// The participant server: phones on the local network join the open session with its join
// code and answer what the console has put on the prompt (docs/participant-api.md).
//
//   phones ──HTTP──> PhoneListener ──HttpRequest──> ParticipantServer
//          (strict HTTP/1.1; limits: connections,          │ rate limits, routes
//           streams, timeouts, sizes)                      │ validation, tokens
//        <──events── GET /api/live (one stream per phone)  │ ◄── publish(): only what a phone
//   console ──setPrompt()────────────────────────────────> │     can see, only when it changed
//   SessionModel <──recordAnswer/addCommitment── ParticipantServer <──changed()── SessionModel
//   Store ──committed(sequence)──> ParticipantServer: only now is the answer acknowledged
//
// The server follows the model: it serves the session loaded when start() was called and
// stops when the model unloads it or loads another one.
class ParticipantServer : public QObject
{
    Q_OBJECT

public:
    // The connections' limits (PhoneListener's), and the phone page's own.
    struct Limits : PhoneListener::Limits
    {
        int longPollMs = 20000;
        // Long polls (the page's fallback when it cannot hold a stream) held at once, and never
        // more than a quarter of maxConnections; more are answered at once with the state, so
        // waiting requests never fill the places answers need.
        int maxLongPolls = 250;
        int joinsPerAddressPerMinute = 30;
        int requestsPerDevicePerSecond = 10;
        int requestsPerAddressPerSecond = 100;
        int commitTimeoutMs = 10000;   // an answer not on disk by then is answered 503 storage
        int connectedWindowMs = 30000; // connectedPhones(): devices seen within this window
        // New devices one network address may join with while the server runs. A handful
        // covers a phone whose storage was cleared; more would let one person add the fake
        // answers that undo the anonymity threshold (k − 1 of them reveal the k-th).
        int devicesPerAddress = 3;
        // Long polls one address may hold; a newer one answers its oldest at once, so one
        // client cannot fill every connection with waiting requests.
        int longPollsPerAddress = 8;
        // Wrong join codes from all addresses together (against guessing from many).
        int wrongCodesPerMinute = 300;
    };

    explicit ParticipantServer(SessionModel *model, QObject *parent = nullptr);
    ~ParticipantServer() override;

    void setLimits(const Limits &limits); // before start()
    // Starts serving the model's session. port 0 picks a free port. On failure, *error says why
    // (translated, for the console).
    bool start(const QHostAddress &address, quint16 port, QString *error);
    // Closes every connection. Also called when the model unloads or loads another session.
    void stop();
    bool isRunning() const { return !mListener.isNull(); }
    QHostAddress address() const;
    quint16 port() const;                           // the real port once started
    qint64 sessionId() const { return mSessionId; } // the session served, 0 when stopped
    // The session's secret: 6 characters from ParticipantAccess::codeAlphabet(), shown as
    // "ABC-234". Created (and saved) for the loaded session the first time it is asked for.
    QString joinCode() const;
    QUrl pageUrl(const QHostAddress &host) const; // http://host:port/
    QUrl joinUrl(const QHostAddress &host) const; // http://host:port/#CODE (the QR code's text)
    int connectedPhones() const { return mConnected; }
    // What the phones are asked now.
    void setPrompt(const ParticipantPrompt &prompt);
    ParticipantPrompt prompt() const { return mPrompt; }
    // Changes when, and only when, what a phone may see changes (a moment after the change:
    // changes close together are published as one); GET /api/state?since=version() waits
    // for it and every live stream is sent the new state.
    qint64 version() const { return mVersion; }
    // The private pause signal (POST /api/pause): how many phones ask for a pause now. Kept in
    // memory only, never per device outside the server, never stored or exported.
    int pauseRequests() const { return int(mPauseAsked.size()); }
    // The trainer has seen the requests: they are cleared, and only the phones that asked are
    // told ("pauseSeen" in their state, until they ask again).
    void clearPauseRequests();
    // How long the console keeps sessions (its retention setting; 0: until the trainer deletes
    // them), for the anonymity notice on the phones.
    void setKeptMonths(int months);
    // Where the trainer's own word lists are (wordlists/<code>.txt; WordList), read the next
    // time a question arrives. By default the default data folder's "wordlists".
    void setWordListFolder(const QString &folder);

signals:
    void runningChanged(bool running);
    void connectedPhonesChanged(int count);
    void pauseRequestsChanged(int count);

private:
    struct LongPoll
    {
        QString deviceId;
        QString address;  // addressKey() of the phone
        qint64 since = 0; // the version the phone has
        qint64 deadlineMs = 0;
        QString language; // the phone's own (?lang=), empty: the room's
    };
    struct Stream
    {
        QString deviceId;
        qint64 sentVersion = -1;
        QString language;
    };
    // The device-independent part of the state in one language.
    struct Words
    {
        QJsonObject prompt;
        QJsonValue results;
        QJsonObject privacy; // what the anonymity notice says: k, how long answers are kept
        QJsonValue scenario; // the role-play on the projector: title, content note; or null
    };
    struct DiskWait
    {
        quint64 sequence = 0;
        qint64 deadlineMs = 0;
        HttpReply reply;
    };

    void handle(const HttpRequest &request);
    void join(const HttpRequest &request);
    void state(const HttpRequest &request, const QString &deviceId);
    void live(const HttpRequest &request, const QString &deviceId);
    void answer(const HttpRequest &request, const QString &deviceId);
    void commitment(const HttpRequest &request, const QString &deviceId);
    void pause(const HttpRequest &request, const QString &deviceId);
    void sitOut(const HttpRequest &request, const QString &deviceId);
    void question(const HttpRequest &request, const QString &deviceId);
    // Tells one phone its own state again, the version unchanged, so that no other phone learns
    // that anything happened (a pause marked as seen, sitting out).
    void pushToDevice(const QString &deviceId);
    // The scenario as written, from the scenario library, or nullptr.
    const Scenario *sourceScenario(const QString &scenarioId);
    // The device behind the request's token, or std::nullopt once a refusal has been sent.
    std::optional<QString> device(const HttpRequest &request);
    void send(quint64 requestId, const HttpReply &reply);
    void sendError(quint64 requestId, const ApiError &error);
    void sendState(quint64 requestId, const QString &deviceId, const QString &language);
    QJsonObject stateFor(const QString &deviceId, const QString &language);
    // The language a phone asks for (?lang=, a registry code), or empty for the room's.
    QString phoneLanguage(const HttpRequest &request) const;
    const Words &wordsIn(const QString &language);
    Words words(const QString &language);
    void pushState(quint64 streamId, Stream &stream);
    void replyWhenStored(quint64 requestId, quint64 sequence, const HttpReply &reply);
    HttpReply rateLimited(qint64 waitMs) const;

    void changed();
    void publish();
    void publishPending();
    void modelChanged(const SessionChange &change);
    void committed(quint64 sequence);
    void writeFailed();
    void writeRejected(quint64 sequence);
    std::optional<ParticipantAccess> sessionAccess(QString *error) const;
    void gone(quint64 requestId);
    void delivered(quint64 requestId);
    void seen(const QString &deviceId);
    void housekeeping();
    void setConnected(int count);
    void loadCommittedDevices();

    SessionModel *mModel;
    Limits mLimits;
    QPointer<PhoneListener> mListener;
    qint64 mSessionId = 0;
    mutable qint64 mCodeSession = 0;
    mutable QString mJoinCode;
    DeviceTokens mTokens;
    ParticipantPrompt mPrompt;
    qint64 mVersion = 0;

    QElapsedTimer mClock;
    QTimer mWake;
    QTimer mHousekeeping;
    RateLimiter mPerAddress;
    RateLimiter mPerDevice;
    RateLimiter mJoins;
    RateLimiter mWrongCodes;                   // one key: the whole room
    QHash<quint64, LongPoll> mLongPolls;       // by request id
    QHash<QString, quint64> mLongPollOfDevice; // at most one per device
    QHash<quint64, DiskWait> mDiskWaits;       // by request id
    QHash<quint64, Stream> mStreams;           // live streams by request id
    QHash<QString, quint64> mStreamOfDevice;   // at most one per device
    QHash<quint64, QString> mJoinsInFlight;    // a new device's join → its address, until sent
    QHash<QString, qint64> mLastSeen;          // device id → clock ms
    QSet<QString> mCommittedDevices;           // devices that have written their commitment
    QSet<QString> mPauseAsked;                 // devices asking for a pause now (memory only)
    QSet<QString> mPauseSeen; // devices whose request the trainer marked as seen (memory only)
    int mKeptMonths = 0;
    QHash<QString, int> mQuestionsOfDevice; // device → questions sent (this run, memory only)
    QString mWordListFolder;
    std::optional<WordList> mWordList;         // read when first needed
    QHash<QString, int> mDevicesOfAddress;     // address → devices it joined with (this run),
                                               // counted once the phone has its token
    QHash<QString, quint64> mCommitmentWrites; // device id → the store's sequence of that write
    QHash<QString, quint64> mQuestionWrites;   // a phone's question's key → its write's sequence
    QHash<QString, quint64> mSitOutWrites;     // "device/scenario" → the last sit-out write
    int mConnected = 0;
    qint64 mLastPruneMs = 0;

    // The device-independent part of the state, as last published, in the room's language;
    // in the languages phones picked, made when first asked for and kept until the next version.
    Words mPublishedWords;
    QString mCachedLanguage;
    QHash<QString, Words> mOtherLanguages;
    // The scenarios as written (not translated), for phones in another language than the room's.
    ScenarioLibrary mSources;
    bool mSourcesLoaded = false;
    bool mPublished = false;
};
