#pragma once

#include <QObject>
#include <QVector>

class QThread;

// The sound of a round's end: three rising bell notes, about two seconds, near full volume,
// made here (no sound file to ship or lose) and played on the computer's default sound device
// through ALSA, which PulseAudio and PipeWire serve too. It plays on a thread of its own, so the
// console never waits for the sound card, and one chime at a time. A build without ALSA falls
// back to the system beep.
//
//   RoundTimer ──time is up, sound on──> play() ──thread──> ALSA "default" ──> the room
class TimeUpSound : public QObject
{
    Q_OBJECT

public:
    static constexpr int SampleRate = 44100;

    explicit TimeUpSound(QObject *parent = nullptr);
    ~TimeUpSound() override; // lets a chime still playing finish

    void play();

    // The chime: 16-bit mono samples at SampleRate.
    static QVector<qint16> chime();

private:
    QThread *mThread = nullptr;
};
