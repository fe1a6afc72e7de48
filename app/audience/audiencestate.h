#pragma once

#include <QList>
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
        // The group's commitments as a wall of cards (items), only from k on; below k `text`
        // says how many more are needed and items stay empty.
        CommitmentWall,
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

    // One option of a revealed decision, as the room sees it: its number, its text, the stage
    // it stands for, why, and its votes once at least k people voted (-1: withheld).
    struct RevealOption
    {
        int number = 0;
        QString text;
        QString stage; // the stage key (its colour)
        QString stageLabel;
        QString why;
        int votes = -1;
        friend bool operator==(const RevealOption &a, const RevealOption &b)
        {
            return a.number == b.number && a.text == b.text && a.stage == b.stage &&
                   a.stageLabel == b.stageLabel && a.why == b.why && a.votes == b.votes;
        }
    };

    struct Content
    {
        Mode mode = Mode::Welcome;
        QString heading;
        QString text;
        QStringList items;          // choices, agreements or debrief questions
        QList<RevealOption> reveal; // Results of a decision: each option revealed
        int votesWithheldBelow = 0; // reveal: > 0 while votes are withheld (fewer than this)
        QString chart;              // Results: which chart ("distribution", "before-after", …)
        qint64 questionId = 0;      // Results: the question the chart is about, if any
        // The scenario step this screen belongs to ("scenario/scene", "scenario/debrief"), or
        // empty for the session's own screens (welcome, join, self-placement, charts,
        // commitments). A step's timer shows only with that step.
        QString step;

        // The scenario whose role-play is on (one of its scenes), from `step`; empty on its
        // debrief and on the session's own screens.
        QString rolePlay() const
        {
            const QString scene = step.section(QLatin1Char('/'), 1);
            return scene.isEmpty() || scene == QLatin1String("debrief")
                       ? QString()
                       : step.section(QLatin1Char('/'), 0, 0);
        }

        friend bool operator==(const Content &a, const Content &b)
        {
            return a.mode == b.mode && a.heading == b.heading && a.text == b.text &&
                   a.items == b.items && a.reveal == b.reveal &&
                   a.votesWithheldBelow == b.votesWithheldBelow && a.chart == b.chart &&
                   a.questionId == b.questionId && a.step == b.step;
        }
    };

    using QObject::QObject;

    const Content &content() const { return mContent; }
    void show(const Content &content)
    {
        if (content == mContent)
            return;
        const int timerBefore = timerSeconds();
        const QString rotationBefore = rotation();
        mContent = content;
        emit contentChanged();
        if (timerSeconds() != timerBefore)
            emit timerChanged(timerSeconds());
        if (rotation() != rotationBefore)
            emit rotationChanged();
    }
    // What a "Show on projector" button does: shows the content and asks for the projector to
    // be seen, so a closed audience window opens rather than nothing happening.
    void present(const Content &content)
    {
        show(content);
        emit presentRequested();
    }

    const JoinInfo &join() const { return mJoin; }
    void setJoin(const JoinInfo &join)
    {
        if (join == mJoin)
            return;
        mJoin = join;
        emit joinChanged();
    }

    // The countdown of one scenario step (Content::step); seconds -1 removes it. Whoever shows
    // another screen, the timer is not on it: it shows only while its own step is on, and
    // "time is up" (0) never outlives the step on a chart, the join screen or a welcome.
    void setTimer(const QString &step, int seconds)
    {
        const int before = timerSeconds();
        mTimerStep = seconds < 0 ? QString() : step;
        mTimerSeconds = seconds < 0 ? -1 : seconds;
        if (timerSeconds() != before)
            emit timerChanged(timerSeconds());
    }
    // Who plays, responds and observes in this round of a role-play in threes, shown with its
    // step only, like the timer; an empty step removes it.
    void setRotation(const QString &step, const QString &text)
    {
        const QString before = rotation();
        mRotationStep = text.isEmpty() ? QString() : step;
        mRotation = mRotationStep.isEmpty() ? QString() : text;
        if (rotation() != before)
            emit rotationChanged();
    }
    QString rotation() const
    {
        return !mRotationStep.isEmpty() && mRotationStep == mContent.step ? mRotation : QString();
    }
    // Seconds left on the timer the projector shows now (0: time is up), or -1 for none.
    int timerSeconds() const
    {
        return !mTimerStep.isEmpty() && mTimerStep == mContent.step ? mTimerSeconds : -1;
    }

signals:
    void contentChanged();
    void timerChanged(int seconds); // timerSeconds() changed
    void rotationChanged();
    void joinChanged();
    void presentRequested();

private:
    Content mContent;
    QString mTimerStep;
    int mTimerSeconds = -1;
    QString mRotationStep;
    QString mRotation;
    JoinInfo mJoin;
};
