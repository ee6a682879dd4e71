// Painting speed on a seeded synthetic run of 1,000,000 events in 64 lanes: the window's
// timeline repainted whole and zoomed to 1 % at 1920x1080, back to back and at a frame's pace,
// at device pixel ratio 1 and 2; a 3840x2160 PNG export drawn and encoded, the size of the SVG
// export, and the memory per event in the Trace.
#include "benchutil.h"
#include "exporter.h"
#include "traceindex.h"
#include "timelineview.h"
#include "timelineviewport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <functional>
#include <map>
#include <random>

using namespace conlab;

namespace {

constexpr int kLanes = 64;
constexpr int kEvents = 1'000'000;

// A busy made-up run: states (some labelled), printed lines, listing steps, a counter, lock
// holds and arrows to the next lane, in the proportions of bench_reader's trace. Lanes are
// built whole and handed over sorted, as the reader does.
Trace syntheticTrace(quint32 seed)
{
    Trace trace;
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> step(1'000, 2'000'000);
    std::uniform_int_distribution<int> kind(0, 15);
    const int counter = trace.strings().intern(QStringLiteral("queue length"));
    const int lock = trace.strings().intern(QStringLiteral("lock"));
    const int notFull = trace.strings().intern(QStringLiteral("not-full"));
    int texts[16];
    for (int i = 0; i < 16; ++i)
        texts[i] = trace.strings().intern(QStringLiteral("sing-%1").arg(i));
    trace.setLane({0, LaneKind::Main, QStringLiteral("main"), 4242, 1, 4242, -1});
    for (int l = 1; l < kLanes; ++l)
        trace.setLane({l, LaneKind::Thread, QStringLiteral("worker-%1").arg(l), 4242, 1, 5000 + l, 0});
    std::vector<std::vector<Event>> lanes(kLanes);
    int flow = 0;
    for (int l = 0; l < kLanes; ++l) {
        qint64 t = 0;
        bool holding = false;
        const int n = kEvents / kLanes;
        for (int i = 0; i < n; ++i) {
            t += step(rng);
            int k = kind(rng);
            if (k >= 14 && i + 1 == n)
                k = 0; // an arrow is two events: no room for one at the very end
            if (k < 8) {
                lanes[size_t(l)].push_back(Event::makeState(t, l, State(k % 8), k == 7 ? notFull : -1));
            } else if (k < 10) {
                lanes[size_t(l)].push_back(Event::make(t, l, EventType::Mark, texts[i % 16], int(MarkKind::Output)));
            } else if (k < 12) {
                lanes[size_t(l)].push_back(Event::make(t, l, EventType::Step, texts[i % 16], 3 + i % 9));
            } else if (k == 12) {
                lanes[size_t(l)].push_back(Event::make(t, l, EventType::Counter, counter, 0, (i % 17) * 0.25));
            } else if (k == 13) {
                lanes[size_t(l)].push_back(
                    Event::make(t, l, holding ? EventType::HoldEnd : EventType::HoldBegin, lock, 1));
                holding = !holding;
            } else {
                // An arrow from this lane to the next, arriving a little later.
                const int to = (l + 1) % kLanes;
                lanes[size_t(l)].push_back(Event::make(t, l, EventType::FlowOut, -1, flow));
                lanes[size_t(to)].push_back(Event::make(t + step(rng) / 4, to, EventType::FlowIn, -1, flow));
                ++flow;
                ++i;
            }
        }
    }
    for (int l = 0; l < kLanes; ++l)
        trace.setEvents(l, std::move(lanes[size_t(l)]));
    trace.scenario = QStringLiteral("threads");
    trace.variant = QStringLiteral("parallel");
    trace.parameters = {{QStringLiteral("unit-ms"), qint64(100)}};
    trace.wallNs = trace.endTime();
    return trace;
}

// CPU time of the calling thread: what the painting costs when it has a core, which wall time
// on a machine shared with other work cannot tell.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

struct Timing
{
    double cpuMs = 0;  // median
    double cpuP95 = 0; // one repaint in twenty is slower than this
    double wallMs = 0; // median
    double wallP95 = 0;
};

int g_runs = 31;      // --runs N: fewer for a quick look or a profile
QByteArray g_only;    // --only full|zoomed|png|svg: one measurement alone, for a profile
QString g_save;       // --save DIR: the repainted views as PNGs, to look at
int g_gapMs = 16;     // --gap MS: the pause before each frame-paced repaint, as between a window's frames
QList<qreal> g_ratios{1, 2}; // --ratio R: one device pixel ratio alone

bool wanted(const char *what)
{
    return g_only.isEmpty() || g_only == what;
}

Timing measure(int warmups, int runs, int gapMs, const std::function<void()> &work)
{
    runs = qMax(1, qMin(runs, g_runs));
    for (int i = 0; i < warmups; ++i)
        work();
    std::vector<double> cpu, wall;
    for (int i = 0; i < runs; ++i) {
        if (gapMs > 0)
            QThread::msleep(ulong(gapMs));
        QElapsedTimer clock;
        const qint64 c0 = threadCpuNs();
        clock.start();
        work();
        wall.push_back(double(clock.nsecsElapsed()) / 1e6);
        cpu.push_back(double(threadCpuNs() - c0) / 1e6);
    }
    return {bench::median(cpu), bench::percentile(cpu, 0.95), bench::median(wall), bench::percentile(wall, 0.95)};
}

void printTiming(const QByteArray &what, const Timing &t)
{
    std::printf("  %-50s cpu median %.2f ms, p95 %.2f ms; wall median %.2f ms, p95 %.2f ms\n", what.constData(),
                t.cpuMs, t.cpuP95, t.wallMs, t.wallP95);
}

// A view repainted back to back and at a frame's pace.
struct Paced
{
    Timing backToBack, paced;
};

// The window's timeline repainted as a paint event draws it, on a screen of `ratio` device
// pixels per pixel: the view stays 1920x1080, the image has 1920x1080 times the ratio pixels
// and the painter is scaled by it, as on a high-density screen.
Paced measureView(TimelineView &view, qreal ratio, const QString &name)
{
    QImage screen(view.size() * ratio, QImage::Format_ARGB32_Premultiplied);
    screen.setDevicePixelRatio(ratio);
    const auto repaint = [&] { view.render(&screen); };
    Paced t;
    const QByteArray what = name.toUtf8() + QByteArrayLiteral(", ratio ") + QByteArray::number(ratio) +
                            QByteArrayLiteral(" (") + QByteArray::number(screen.width()) + 'x' +
                            QByteArray::number(screen.height()) + ')';
    t.backToBack = measure(3, 31, 0, repaint);
    printTiming(what + ", back to back", t.backToBack);
    t.paced = measure(3, 31, g_gapMs, repaint);
    printTiming(what + ", frame-paced", t.paced);
    if (!g_save.isEmpty())
        screen.save(g_save + QStringLiteral("/paint-%1-%2.png").arg(name.section(QLatin1Char(' '), 0, 0)).arg(ratio));
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool check = bench::checking(argc, argv);
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--runs")
            g_runs = QByteArray(argv[i + 1]).toInt();
        if (QByteArray(argv[i]) == "--only")
            g_only = argv[i + 1];
        if (QByteArray(argv[i]) == "--save")
            g_save = QString::fromLocal8Bit(argv[i + 1]);
        if (QByteArray(argv[i]) == "--gap")
            g_gapMs = QByteArray(argv[i + 1]).toInt();
        if (QByteArray(argv[i]) == "--ratio")
            g_ratios = {QByteArray(argv[i + 1]).toDouble()};
    }

    QElapsedTimer build;
    build.start();
    Trace trace = syntheticTrace(20261127);
    std::printf("synthetic trace: %zu events in %zu lanes, %.1f s long, built in %lld ms\n", trace.eventCount(),
                trace.lanes().size(), double(trace.endTime()) / 1e9, build.elapsed());
    bool ok = true;

    // What painting keeps per trace (TraceIndex), made once when a trace is opened or a run
    // ends, not at each repaint: its cost and size. Median of a few builds.
    std::vector<double> builds;
    size_t indexBytes = 0;
    for (int i = 0; i < 5; ++i) {
        const TraceIndex index(trace);
        builds.push_back(index.buildMs());
        indexBytes = index.bytes();
    }
    const double indexMs = bench::median(builds);
    std::printf("  %-50s cpu median %.1f ms, %.1f MB (%.1f B per event)\n", "trace index (per trace, not per repaint)",
                indexMs, double(indexBytes) / 1e6, double(indexBytes) / double(trace.eventCount()));

    // The window's timeline, as a paint event draws it: layout, spans, holds, marks, counters,
    // arrows, lane headers and the axis; whole run in view, then 1 % of it.
    TimelineView view;
    view.resize(1920, 1080);
    view.setTrace(&trace);
    view.setLive(false);
    const qint64 mid = trace.endTime() / 2, span = trace.endTime() / 100;
    std::map<qreal, Paced> whole, zoomed;
    for (const qreal ratio : g_ratios) {
        if (wanted("full")) {
            view.viewport()->fit();
            whole[ratio] = measureView(view, ratio, QStringLiteral("full view"));
        }
        if (wanted("zoomed")) {
            view.viewport()->setRange(mid - span / 2, mid + span / 2);
            zoomed[ratio] = measureView(view, ratio, QStringLiteral("zoomed to 1 %"));
        }
    }
    Timing picture, drawOnly;
    if (wanted("png")) {
        qsizetype bytes = 0;
        picture = measure(1, 5, 0, [&] { bytes = Exporter::encodePng(Exporter::renderImage(trace, QSize(3840, 2160))).size(); });
        std::printf("  PNG file: %.2f MB\n", double(bytes) / 1e6);
        printTiming("PNG export 3840x2160, drawn and encoded", picture);
        drawOnly = measure(1, 5, 0, [&] { Exporter::renderImage(trace, QSize(3840, 2160)); });
        printTiming("  of which drawing", drawOnly);
    }
    const QByteArray svg = wanted("svg") ? Exporter::renderSvg(trace, QSize(1920, 1080)) : QByteArray();
    if (!g_save.isEmpty() && !svg.isEmpty()) {
        QFile file(g_save + QStringLiteral("/paint.svg"));
        if (file.open(QIODevice::WriteOnly))
            file.write(svg);
    }

    std::printf("\n");
    // What a user feels is a repaint between frames at the screen's usual ratio; at ratio 2
    // (a high-density screen) the figures are reported.
    if (whole.count(1))
        ok &= bench::report("full view, ratio 1, frame-paced, CPU median", whole[1].paced.cpuMs, "ms", 9);
    if (zoomed.count(1))
        ok &= bench::report("zoomed to 1 %, ratio 1, frame-paced, CPU median", zoomed[1].paced.cpuMs, "ms", 4);
    for (const auto *views : {&whole, &zoomed}) {
        for (const auto &[ratio, t] : *views) {
            if (ratio == 1)
                continue;
            const QByteArray what = (views == &whole ? QByteArrayLiteral("full view") : QByteArrayLiteral("zoomed to 1 %")) +
                                    QByteArrayLiteral(", ratio ") + QByteArray::number(ratio) +
                                    QByteArrayLiteral(", frame-paced, CPU median");
            std::printf("%-52s %10.2f ms (p95 %.2f ms, reported)\n", what.constData(), t.paced.cpuMs, t.paced.cpuP95);
        }
    }
    if (wanted("png"))
        ok &= bench::report("PNG export 3840x2160 draw + encode, CPU median", picture.cpuMs, "ms", 400);
    if (wanted("svg"))
        ok &= bench::report("SVG export 1920x1080, size", double(svg.size()) / 1e6, "MB", 5);
    trace.squeeze();
    // bench_reader measures the same from a file read, and the heap growth behind it.
    ok &= bench::report("memory per event in the Trace", double(trace.eventBytes()) / double(trace.eventCount()), "B",
                        32);
    if (check && !ok) {
        std::printf("a target was missed\n");
        return 1;
    }
    return 0;
}
