// Voice benchmarks (run by hand, never by ctest): Opus encoding speed as a multiple of real time
// on one core, and how much memory recording a five-minute note adds.

#include "voice/opusfilewriter.h"
#include "syntheticaudiosource.h"
#include "voice/voicerecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <malloc.h>
#include <sched.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

using namespace chorus;

namespace {

// Resident and peak resident memory of this process, in KiB, from /proc/self/status.
long statusKiB(const std::string &field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind(field + ':', 0) == 0)
            return std::stol(line.substr(field.size() + 1));
    return -1;
}

// Writing 5 to clear_refs resets VmHWM, so the peak seen afterwards belongs to what runs next.
void resetPeakRss()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

std::vector<qint16> speechLikeSeconds(int seconds)
{
    SyntheticAudioSource source(48000);
    source.setSignal(SyntheticAudioSource::Signal::Sweep, 0.5);
    std::vector<qint16> pcm;
    pcm.reserve(size_t(seconds) * 48000);
    QObject::connect(
        &source, &AudioSource::samplesReady, [&pcm](const qint16 *s, qsizetype n) { pcm.insert(pcm.end(), s, s + n); });
    (void)source.start();
    source.generate(qint64(seconds) * 1000);
    return pcm;
}

void BM_EncodeOpus24k(benchmark::State &state)
{
    const int seconds = 60;
    const std::vector<qint16> pcm = speechLikeSeconds(seconds);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.opus"));
    for (auto _ : state) {
        OpusFileWriter writer;
        if (!writer.open(path, 48000)) {
            state.SkipWithError("cannot open output");
            return;
        }
        // 20 ms blocks, as a microphone delivers them.
        for (size_t i = 0; i < pcm.size(); i += 960)
            (void)writer.write(pcm.data() + i, qsizetype(std::min<size_t>(960, pcm.size() - i)));
        if (!writer.finish())
            state.SkipWithError("cannot finish output");
    }
    // Audio seconds per CPU second: the multiple of real time.
    state.counters["x_realtime"]
        = benchmark::Counter(double(seconds) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["bytes_per_minute"] = double(QFile(path).size()) * 60.0 / seconds;
}
BENCHMARK(BM_EncodeOpus24k)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Arg: minutes recorded. Equal growth for 1 and 5 minutes shows nothing accumulates with length.
void BM_RecordMemory(benchmark::State &state)
{
    const qint64 minutes = state.range(0);
    QTemporaryDir dir;
    for (auto _ : state) {
        auto source = std::make_unique<SyntheticAudioSource>(48000);
        SyntheticAudioSource *mic = source.get();
        mic->setSignal(SyntheticAudioSource::Signal::Sweep, 0.5);
        VoiceRecorder recorder(std::move(source));
        malloc_trim(0);
        resetPeakRss();
        const long rssBefore = statusKiB("VmRSS");
        const size_t heapBefore = mallinfo2().uordblks;
        size_t heapPeak = heapBefore;
        size_t heapAtOneSecond = 0;
        long rssPeak = rssBefore;
        int blocks = 0;
        QObject::connect(&recorder, &VoiceRecorder::progressed, [&] {
            if (++blocks % 50 == 0) { // once a recorded second
                const size_t heap = mallinfo2().uordblks;
                if (heapAtOneSecond == 0)
                    heapAtOneSecond = heap;
                heapPeak = std::max(heapPeak, heap);
                rssPeak = std::max(rssPeak, statusKiB("VmRSS"));
            }
        });
        if (!recorder.start(dir.filePath(QStringLiteral("note.opus")))) {
            state.SkipWithError("cannot start recording");
            return;
        }
        mic->generate(minutes * 60 * 1000);
        recorder.stop();
        const long hwm = statusKiB("VmHWM");
        state.counters["rss_growth_KiB"] = double(std::max(rssPeak, hwm) - rssBefore);
        state.counters["heap_growth_KiB"] = double(heapPeak - heapBefore) / 1024.0;
        // Growth after the encoder's one-off set-up: anything here would scale with note length.
        state.counters["heap_drift_KiB"] = double(heapPeak - heapAtOneSecond) / 1024.0;
        state.counters["note_KiB"] = double(QFile(dir.filePath(QStringLiteral("note.opus"))).size()) / 1024.0;
        recorder.discard();
    }
}
BENCHMARK(BM_RecordMemory)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    // "On one core": the encoder is single-threaded; pinning keeps the figure comparable across machines.
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(0, &one);
    sched_setaffinity(0, sizeof(one), &one);
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
