#include "scenarios/run.h"
#include "trace/chrome/chromereader.h"
#include "trace/chrome/chromewriter.h"
#include "awkwardtrace.h"
#include "tracecompare.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cmath>
#include <random>

using namespace conlab;
using namespace conlab::test;

namespace {

// Reopens `json` and checks it re-exports to `canonical` and equals `original`.
void checkReopens(const QByteArray &json, const QByteArray &canonical, const Trace &original)
{
    const ChromeReadResult r = readChromeTraceBytes(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.stats.conlab);
    const QString difference = firstDifference(original, r.trace);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(toChromeJson(r.trace), canonical);
}

QByteArray pythonReformat(const QString &python, const QByteArray &json)
{
    QProcess p;
    p.start(python,
            {QStringLiteral("-c"), QStringLiteral("import json,sys; json.dump(json.load(sys.stdin), sys.stdout, "
                                                  "indent=2, sort_keys=True)")});
    p.write(json);
    p.closeWriteChannel();
    p.waitForFinished(60'000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

} // namespace

class TestChromeReader : public QObject
{
    Q_OBJECT

private:
    // Runs save what they make (the crawler's pages) under the system's temporary folder: this
    // test's own, set for it and the program it starts, removed when the test ends.
    QTemporaryDir m_temp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        qputenv("TMPDIR", QFile::encodeName(m_temp.path()));
    }

    void roundTripOfEveryScenario_data();
    void roundTripOfEveryScenario();
    void roundTripOfAwkwardText();
    void reformattedCopiesReopenToTheSameBytes();
    void committedPythonCopiesReopenToTheSameBytes_data();
    void committedPythonCopiesReopenToTheSameBytes();
    void conlabOutOfTheTailsReachStillFound();
    void foreignTraceOpensWithLanesNamesAndSpans();
    void bareArrayForms_data();
    void bareArrayForms();
    void malformedFilesGiveAnError_data();
    void malformedFilesGiveAnError();
    void oversizedAndMissingFiles();
    void cutAtEveryByteNeverCrashes();
    void mutatedFilesNeverCrash();
    void deepButValidNestingOpens();
};

void TestChromeReader::roundTripOfEveryScenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("variant");
    for (const Scenario *s : scenarios()) {
        for (const VariantSpec &v : s->info().variants)
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(s->info().id), QLatin1String(v.id))))
                << QString::fromLatin1(s->info().id) << QString::fromLatin1(v.id);
    }
}

void TestChromeReader::roundTripOfEveryScenario()
{
    QFETCH(QString, scenario);
    QFETCH(QString, variant);
    const Scenario &s = *findScenario(scenario);
    RunSettings settings;
    settings.scenario = scenario;
    settings.variant = variant;
    settings.params = s.defaults();
    settings.params.insert(QStringLiteral("unit-ms"), 10);
    settings.workerPath = QStringLiteral(CONLAB_EXE);
    const Trace trace = runToEnd(s, settings);
    QVERIFY(trace.eventCount() > 0);
    const QByteArray json = toChromeJson(trace);
    checkReopens(json, json, trace);
    // Another writer's copy of a real run, where python3 is at hand (committed copies below
    // cover machines without it).
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!python.isEmpty()) {
        const QByteArray byPython = pythonReformat(python, json);
        QVERIFY(byPython.size() > json.size());
        checkReopens(byPython, json, trace);
    }
}

void TestChromeReader::roundTripOfAwkwardText()
{
    const Trace trace = awkwardTrace();
    const QByteArray json = toChromeJson(trace);
    checkReopens(json, json, trace);
}

// Nothing is echoed from the input: a copy written by another writer (keys sorted, spaces,
// numbers in that writer's own form, non-ASCII escaped) comes back to our canonical bytes.
void TestChromeReader::reformattedCopiesReopenToTheSameBytes()
{
    const Trace trace = awkwardTrace();
    const QByteArray json = toChromeJson(trace);
    const QByteArray byQt = QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented);
    QVERIFY(byQt.size() > json.size());
    checkReopens(byQt, json, trace);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 not found: the json.dumps(indent=2, sort_keys=True) copy is not checked");
    const QByteArray byPython = pythonReformat(python, json);
    QVERIFY(byPython.contains("\\u"));
    checkReopens(byPython, json, trace);
}

void TestChromeReader::committedPythonCopiesReopenToTheSameBytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("race/lock") << QStringLiteral("race-lock");
    QTest::newRow("processes/parallel") << QStringLiteral("processes-parallel");
}

// Saved runs and their copies by json.dumps(indent=2, sort_keys=True), made once and committed:
// the copy reopens and re-exports to the saved run's bytes on any machine, python3 or not. If
// the writer's format changes on purpose, both files are made again (see the folder's README).
void TestChromeReader::committedPythonCopiesReopenToTheSameBytes()
{
    QFETCH(QString, name);
    QFile saved(dataPath(QStringLiteral("reformatted/%1.json").arg(name)));
    QFile copy(dataPath(QStringLiteral("reformatted/%1.python.json").arg(name)));
    QVERIFY(saved.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    const QByteArray canonical = saved.readAll();
    const QByteArray byPython = copy.readAll();
    QVERIFY(byPython != canonical);
    const ChromeReadResult original = readChromeTraceBytes(canonical);
    QVERIFY2(original.ok(), qPrintable(original.error));
    QCOMPARE(toChromeJson(original.trace), canonical);
    checkReopens(byPython, canonical, original.trace);
}

// "conlab" after the events but beyond the end-of-file look: the events, first read as a
// foreign trace's, are read again as ours.
void TestChromeReader::conlabOutOfTheTailsReachStillFound()
{
    const Trace trace = awkwardTrace();
    const QByteArray json = toChromeJson(trace);
    QByteArray padded = json;
    padded.insert(padded.lastIndexOf('}'), ",\"padding\":\"" + QByteArray(5 << 20, 'x') + '"');
    checkReopens(padded, json, trace);
}

namespace {

struct Seen
{
    State state;
    QString label;
    qint64 t;
};

std::vector<Seen> states(const Trace &t, int lane)
{
    std::vector<Seen> out;
    for (const Event &e : t.events(lane)) {
        if (e.type == EventType::State)
            out.push_back({e.state, t.label(e.label), e.t});
    }
    return out;
}

const Event *find(const Trace &t, int lane, EventType type, int nth = 0)
{
    for (const Event &e : t.events(lane)) {
        if (e.type == type && nth-- == 0)
            return &e;
    }
    return nullptr;
}

constexpr qint64 kUs = 1'000;

} // namespace

void TestChromeReader::foreignTraceOpensWithLanesNamesAndSpans()
{
    const ChromeReadResult r = readChromeTrace(dataPath(QStringLiteral("foreign.json")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!r.stats.conlab);
    QCOMPARE(r.stats.skipped, 1); // the sample ("P")
    QVERIFY(r.stats.summary().contains(QString::fromUtf8("P ×1")));
    const Trace &t = r.trace;
    // Ordered by process, then thread sort index: the worker asked to come first.
    QCOMPARE(t.lanes().size(), size_t(3));
    QCOMPARE(t.lanes()[0].name, QStringLiteral("Browser: worker"));
    QCOMPARE(t.lanes()[1].name, QStringLiteral("Browser: main"));
    QCOMPARE(t.lanes()[2].name, QStringLiteral("Renderer: renderer"));
    QCOMPARE(t.lanes()[1].pid, 10);
    QCOMPARE(t.lanes()[1].tid, 11);
    // B/E and X nest; the lane shows the innermost span, and Idle after the last. Times from
    // the earliest event (1000 µs).
    const std::vector<Seen> main = states(t, 1);
    const std::vector<std::pair<QString, qint64>> expected = {{QStringLiteral("load"), 0},
                                                              {QStringLiteral("parse"), 100 * kUs},
                                                              {QStringLiteral("tokenize"), 150 * kUs},
                                                              {QStringLiteral("parse"), 250 * kUs},
                                                              {QStringLiteral("load"), 300 * kUs},
                                                              {QString(), 500 * kUs}};
    QCOMPARE(main.size(), expected.size());
    for (size_t i = 0; i < main.size(); ++i) {
        QCOMPARE(main[i].label, expected[i].first);
        QCOMPARE(main[i].t, expected[i].second);
        QCOMPARE(main[i].state, i + 1 == main.size() ? State::Idle : State::Running);
    }
    // A span named like one of our states is that state.
    const std::vector<Seen> worker = states(t, 0);
    QCOMPARE(worker.size(), size_t(2));
    QCOMPARE(worker[0].state, State::Sleeping);
    QCOMPARE(worker[0].t, 350 * kUs);
    QCOMPARE(worker[1].state, State::Idle);
    QCOMPARE(worker[1].t, 450 * kUs);
    // Marks, counters (one per series), flows, holds.
    QCOMPARE(t.label(find(t, 1, EventType::Mark)->label), QStringLiteral("hello"));
    QCOMPARE(t.label(find(t, 2, EventType::Mark)->label), QStringLiteral("frame ✓"));
    QCOMPARE(t.label(find(t, 1, EventType::Counter, 0)->label), QStringLiteral("queue"));
    QCOMPARE(find(t, 1, EventType::Counter, 0)->value, 3.0);
    QCOMPARE(t.label(find(t, 1, EventType::Counter, 1)->label), QStringLiteral("mem heap"));
    QCOMPARE(find(t, 1, EventType::Counter, 1)->value, 10.5);
    QCOMPARE(t.label(find(t, 1, EventType::Counter, 2)->label), QStringLiteral("mem stack"));
    QCOMPARE(find(t, 1, EventType::FlowOut)->aux, find(t, 0, EventType::FlowIn)->aux);
    QCOMPARE(find(t, 0, EventType::FlowIn)->t, 350 * kUs);
    QCOMPARE(find(t, 0, EventType::HoldBegin)->aux, find(t, 0, EventType::HoldEnd)->aux);
    QCOMPARE(t.label(find(t, 0, EventType::HoldBegin)->label), QStringLiteral("lock"));
    QCOMPARE(t.endTime(), 600 * kUs);
    // And it is written out as a Trace of ours.
    const ChromeReadResult again = readChromeTraceBytes(toChromeJson(t));
    QVERIFY2(again.ok() && again.stats.conlab, qPrintable(again.error));
    QCOMPARE(firstDifference(t, again.trace), QString());
}

void TestChromeReader::bareArrayForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("cut");
    QTest::addColumn<int>("events");
    QTest::newRow("closed") << QStringLiteral("array-closed.json") << false << 3;
    QTest::newRow("trailing comma") << QStringLiteral("array-trailing-comma.json") << false << 3;
    QTest::newRow("cut after an event") << QStringLiteral("cut-array.json") << true << 3;
    QTest::newRow("cut after a comma") << QStringLiteral("cut-array-trailing-comma.json") << true << 3;
    QTest::newRow("byte-order mark") << QStringLiteral("byte-order-mark.json") << false << 2;
    QTest::newRow("unclosed B") << QStringLiteral("unclosed-b.json") << false << 3;
    QTest::newRow("unknown phases") << QStringLiteral("unknown-phases.json") << false << 2;
}

// Events: the Trace's (a span is two state changes: into the span, then Idle).
void TestChromeReader::bareArrayForms()
{
    QFETCH(QString, file);
    QFETCH(bool, cut);
    QFETCH(int, events);
    const ChromeReadResult r = readChromeTrace(dataPath(QStringLiteral("opens/") + file));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.stats.cutArray, cut);
    QCOMPARE(int(r.trace.eventCount()), events);
    if (file.startsWith(QLatin1String("unclosed")))
        QCOMPARE(r.stats.unclosedSpans, 1);
    if (file.startsWith(QLatin1String("unknown")))
        QCOMPARE(r.stats.skipped, 3);
}

void TestChromeReader::malformedFilesGiveAnError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mentions");
    const std::pair<const char *, const char *> rows[] = {
        {"zero-bytes.json", "empty (0 bytes)"},
        {"spaces-only.json", "nothing in the file but spaces"},
        {"not-json.json", "not JSON at byte 0"},
        {"scalar.json", "starts with { or ["},
        {"truncated-object.json", "truncated: the file ends (at byte 95) inside a string"},
        {"truncated-array-mid-event.json", "truncated: the file ends (at byte 77), in event 2"},
        {"truncated-inside-string.json", "in event 2 (which starts at byte 74)"},
        {"wrong-type-ts.json", "event 1 at byte 47: ts is not a number"},
        {"wrong-type-pid.json", "pid is not a number"},
        {"wrong-type-name.json", "name is not a string"},
        {"wrong-type-args.json", "args is not an object"},
        {"wrong-type-events.json", "traceEvents is not an array"},
        {"event-not-object.json", "event 1 at byte 1: not an object"},
        {"huge-ts.json", "ts is out of range (1e400)"},
        {"huge-finite-ts.json", "ts is out of range (1e300)"},
        {"huge-pid.json", "pid is out of range"},
        {"fractional-tid.json", "tid is not a whole number"},
        {"nan-ts.json", "ts is not a number (NaN)"},
        {"infinity-dur.json", "dur is not a number (Infinity)"},
        {"negative-dur.json", "dur is negative"},
        {"unbalanced-e.json", "event 3 at byte 95: E with no open B"},
        {"e-before-b.json", "E is earlier than its B"},
        {"missing-ph.json", "no ph"},
        {"missing-ts.json", "no ts"},
        {"flow-without-id.json", "without an id"},
        {"unclosed-string.json", "inside a string that starts at byte 56"},
        {"mismatched-brackets.json", "not JSON at byte 59: ']' closes the '{' at byte 16"},
        {"missing-comma.json", "not JSON at byte 26"},
        {"trailing-garbage.json", "more text after the end"},
        {"no-events-key.json", "no traceEvents array"},
        {"no-events.json", "no trace events"},
        {"only-unknown-phases.json", "none of the 1 trace events"},
        {"deep-nesting.json", "nested more than 1024 levels"},
        {"bad-utf8.json", "not JSON at byte 60: the text is not valid UTF-8"},
        {"conlab-format.json", "format 99"}, // a newer program's file
        {"conlab-format-0.json", "format 0"}, // one from before the first release
        {"conlab-unknown-lane.json", "pid 5 tid 5 is not one of the lanes"},
        {"conlab-not-a-state.json", "'Dancing' is not a state"},
        {"conlab-lane-kind.json", "lane kind 'Robot' is unknown"},
        {"conlab-duplicate-lane.json", "lane 0 is listed twice"},
        {"conlab-captions-not-array.json", "conlab.captions is not an array"},
        {"conlab-caption-not-object.json", "caption 1 is not an object"},
        {"conlab-caption-lane-type.json", "caption lane is not a number (\"main\")"},
        {"conlab-caption-unknown-lane.json", "caption 2: lane 3 is not one of the lanes in conlab.lanes"},
        {"conlab-caption-before-lanes.json", "caption 1: lane 1 is not one of the lanes in conlab.lanes"},
        {"conlab-caption-negative-time.json", "caption 1: t -5 is negative"},
        {"conlab-caption-fractional-time.json", "caption t is not a whole number (1.5)"},
        {"conlab-caption-text-type.json", "caption text is not a string (42)"},
        {"conlab-caption-no-text.json", "caption 1 has no \"text\""},
        {"conlab-caption-blank-text.json", "caption 1 has no text"},
    };
    for (const auto &[file, mentions] : rows)
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromUtf8(mentions);
    // Every file of the corpus has a row.
    const QDir dir(dataPath(QStringLiteral("malformed")));
    QCOMPARE(dir.entryList(QDir::Files).size(), int(std::size(rows)));
}

void TestChromeReader::malformedFilesGiveAnError()
{
    QFETCH(QString, file);
    QFETCH(QString, mentions);
    const ChromeReadResult r = readChromeTrace(dataPath(QStringLiteral("malformed/") + file));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    QVERIFY(!r.error.contains(QLatin1Char('\n')));
}

void TestChromeReader::oversizedAndMissingFiles()
{
    QTemporaryFile big;
    QVERIFY(big.open());
    QVERIFY(big.resize(kMaxTraceFileBytes + 1)); // sparse: no disk used, and never read
    ChromeReadResult r = readChromeTrace(big.fileName());
    QVERIFY2(r.error.contains(QLatin1String("over 1024.0 MB")), qPrintable(r.error));
    r = readChromeTrace(dataPath(QStringLiteral("no-such-file.json")));
    QVERIFY(!r.ok());
    r = readChromeTrace(dataPath(QStringLiteral("malformed")));
    QVERIFY2(r.error.contains(QLatin1String("directory")), qPrintable(r.error));
}

// Every prefix of a saved run and of a foreign trace: an error or a trace, never a crash.
void TestChromeReader::cutAtEveryByteNeverCrashes()
{
    QFile foreign(dataPath(QStringLiteral("foreign.json")));
    QVERIFY(foreign.open(QIODevice::ReadOnly));
    const QByteArray object = foreign.readAll();
    // The same events as a bare array: its prefixes cut after an event open.
    const QByteArray array = object.mid(object.indexOf('['), object.lastIndexOf(']') - object.indexOf('[') + 1);
    for (const QByteArray &json : {toChromeJson(awkwardTrace()), object, array}) {
        int opened = 0;
        for (qsizetype n = 0; n < json.size(); ++n) {
            const ChromeReadResult r = readChromeTraceBytes(QByteArrayView(json.constData(), n));
            QVERIFY(r.ok() != !r.error.isEmpty());
            opened += r.ok();
        }
        QVERIFY(readChromeTraceBytes(json).ok());
        if (json.startsWith('['))
            QVERIFY(opened > 10); // after each complete event (but the first few, metadata only)
        else
            QCOMPARE(opened, 1); // the whole object without its final newline
    }
}

// Seeded random damage: single bytes replaced by JSON's own punctuation or digits.
void TestChromeReader::mutatedFilesNeverCrash()
{
    const QByteArray json = toChromeJson(awkwardTrace());
    std::mt19937 rng(20261127);
    const char alphabet[] = "{}[]\",:0123456789-.eE \\nulltrue\x80\xff";
    std::uniform_int_distribution<qsizetype> at(0, json.size() - 1);
    std::uniform_int_distribution<size_t> pick(0, sizeof alphabet - 2);
    const int rounds = qEnvironmentVariableIntValue("CONLAB_TEST_SCALE") > 1 ? 300 : 3000;
    for (int round = 0; round < rounds; ++round) {
        QByteArray damaged = json;
        for (int k = 0; k <= round % 3; ++k)
            damaged[at(rng)] = alphabet[pick(rng)];
        const ChromeReadResult r = readChromeTraceBytes(damaged);
        QVERIFY(r.ok() != !r.error.isEmpty());
    }
}

void TestChromeReader::deepButValidNestingOpens()
{
    const QByteArray deep = QByteArray(200'000, '[') + QByteArray(200'000, ']');
    const QByteArray json =
        "{\"traceEvents\":[{\"ph\":\"i\",\"pid\":1,\"tid\":1,\"ts\":1,\"args\":{\"a\":" + deep + "}}]}";
    const ChromeReadResult r = readChromeTraceBytes(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QByteArray unclosed = QByteArray("[") + QByteArray(200'000, '[');
    QVERIFY(!readChromeTraceBytes(unclosed).ok());
}

QTEST_GUILESS_MAIN(TestChromeReader)
#include "tst_chromereader.moc"
