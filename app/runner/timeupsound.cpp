#include "runner/timeupsound.h"

#include <QApplication>
#include <QThread>

#include <algorithm>
#include <cmath>

#ifdef UPSTANDER_HAVE_ALSA
#include <alsa/asoundlib.h>
#endif

namespace {

#ifdef UPSTANDER_HAVE_ALSA
// A computer without a sound card is no error worth a line on stderr.
void quietAlsa(const char *, int, const char *, int, const char *, ...) {}

bool playOnDefaultDevice(const QVector<qint16> &samples)
{
    snd_pcm_t *pcm = nullptr;
    if (snd_pcm_open(&pcm, "default", SND_PCM_STREAM_PLAYBACK, 0) < 0)
        return false;
    bool ok = snd_pcm_set_params(pcm, SND_PCM_FORMAT_S16, SND_PCM_ACCESS_RW_INTERLEAVED, 1,
                                 TimeUpSound::SampleRate, 1, 100000) >= 0;
    const qint16 *data = samples.constData();
    auto left = snd_pcm_uframes_t(samples.size());
    while (ok && left > 0) {
        snd_pcm_sframes_t written = snd_pcm_writei(pcm, data, left);
        if (written < 0)
            written = snd_pcm_recover(pcm, int(written), 1); // an underrun: go on
        if (written < 0) {
            ok = false;
            break;
        }
        data += written;
        left -= snd_pcm_uframes_t(written);
    }
    if (ok)
        snd_pcm_drain(pcm);
    snd_pcm_close(pcm);
    return ok;
}
#endif

} // namespace

TimeUpSound::TimeUpSound(QObject *parent) : QObject(parent)
{
#ifdef UPSTANDER_HAVE_ALSA
    snd_lib_error_set_handler(&quietAlsa);
#endif
}

TimeUpSound::~TimeUpSound()
{
    // A chime lasts two seconds; a sound device that hangs must not hang the program's exit.
    if (mThread && !mThread->wait(5000))
        return; // left running: the process is ending
    delete mThread;
}

void TimeUpSound::play()
{
#ifdef UPSTANDER_HAVE_ALSA
    if (mThread && mThread->isRunning())
        return;
    delete mThread;
    mThread = QThread::create([] { playOnDefaultDevice(chime()); });
    mThread->start();
#else
    QApplication::beep();
#endif
}

QVector<qint16> TimeUpSound::chime()
{
    // A5, C#6, E6: a major chord rising, each note a bell (a 5 ms attack, then a decay) with a
    // soft octave above it, so that it carries over a room of people talking.
    const double notes[] = {880.0, 1108.73, 1318.51};
    const int step = SampleRate * 35 / 100; // a new note every 0.35 s
    const int ring = SampleRate * 13 / 10;  // each rings for 1.3 s
    const int attack = SampleRate * 5 / 1000;
    const int total = step * 2 + ring;
    QVector<double> mix(total, 0.0);
    constexpr double TwoPi = 6.283185307179586;
    for (int note = 0; note < 3; ++note) {
        const double f = notes[note];
        for (int n = 0; n < ring; ++n) {
            const double t = double(n) / SampleRate;
            const double envelope = std::min(1.0, double(n) / attack) * std::exp(-3.0 * t);
            mix[note * step + n] +=
                envelope * (std::sin(TwoPi * f * t) + 0.3 * std::sin(TwoPi * 2 * f * t));
        }
    }
    double peak = 0.0;
    for (double v : std::as_const(mix))
        peak = std::max(peak, std::abs(v));
    QVector<qint16> samples(total);
    const double scale = peak > 0.0 ? 0.9 * 32767.0 / peak : 0.0; // loud, never clipped
    for (int i = 0; i < total; ++i)
        samples[i] = qint16(std::lround(mix.at(i) * scale));
    return samples;
}
