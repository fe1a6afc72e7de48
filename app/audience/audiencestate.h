#pragma once

#include <QObject>
#include <QStringList>

// Everything the room may see, and nothing else. The console decides what goes here; the
// audience window only ever renders this object. Facilitator notes, private briefs and
// numbers below the anonymity threshold have no field here, so they cannot reach the
// projector by mistake.
class AudienceState : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Welcome,    // session title, "we will start in a moment"
        Agreements, // the group's ground rules
        Narration,  // a scene: heading + narration
        Question,   // a prompt with its choices (no results)
        Results,    // a revealed chart for a question or the session
        Debrief,    // debrief questions
        Join,       // how to join from a phone, large
        Commitment, // "write one commitment", on a phone or a card
    };

    // How to join from a phone, while the participant server runs. The audience window shows
    // it large in Join mode and as a small strip otherwise.
    struct JoinInfo
    {
        QString link;    // what the QR code holds, e.g. "http://10.0.0.5:8080/#ABC234"
        QString address; // the short address to type, e.g. "http://10.0.0.5:8080"
        QString code;    // the join code as shown, e.g. "ABC-234"

        bool isEmpty() const { return link.isEmpty(); }
        friend bool operator==(const JoinInfo &a, const JoinInfo &b)
        {
            return a.link == b.link && a.address == b.address && a.code == b.code;
        }
    };

    struct Content
    {
        Mode mode = Mode::Welcome;
        QString heading;
        QString text;
        QStringList items;     // choices, agreements or debrief questions
        QString chart;         // Results: which chart ("distribution", "before-after", …)
        qint64 questionId = 0; // Results: the question the chart is about, if any

        friend bool operator==(const Content &a, const Content &b)
        {
            return a.mode == b.mode && a.heading == b.heading && a.text == b.text &&
                   a.items == b.items && a.chart == b.chart && a.questionId == b.questionId;
        }
    };

    using QObject::QObject;

    const Content &content() const { return mContent; }
    void show(const Content &content)
    {
        if (content == mContent)
            return;
        mContent = content;
        emit contentChanged();
    }

    const JoinInfo &join() const { return mJoin; }
    void setJoin(const JoinInfo &join)
    {
        if (join == mJoin)
            return;
        mJoin = join;
        emit joinChanged();
    }

    // Seconds left on the visible timer, or -1 when there is none.
    int timerSeconds() const { return mTimerSeconds; }
    void setTimerSeconds(int seconds)
    {
        if (seconds == mTimerSeconds)
            return;
        mTimerSeconds = seconds;
        emit timerChanged(seconds);
    }

signals:
    void contentChanged();
    void timerChanged(int seconds);
    void joinChanged();

private:
    Content mContent;
    int mTimerSeconds = -1;
    JoinInfo mJoin;
};
