#pragma once
// Lets bench/run measure the app from outside. With CHORUS_BENCH_PROBE=N in the environment, the
// app prints the wall-clock time of its first frame and its resident memory, then sends N
// contributions through the kiosk session as visitors would, prints its memory again and quits.

class QQuickWindow;

namespace chorus {

class KioskSession;

void installBenchProbe(QQuickWindow &window, KioskSession &session);

} // namespace chorus
