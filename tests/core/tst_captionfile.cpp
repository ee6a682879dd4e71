// Captions in a saved run: written into the conlab object as their text is, read back the
// same, files without them unchanged, and bad ones refused with the byte they are at.
#include "awkwardtrace.h"
#include "trace/caption.h"
#include "trace/chrome/chromereader.h"
#include "trace/chrome/chromewriter.h"

#include <QFile>
#include <QTest>

using namespace conlab;
using namespace conlab::test;

class TestCaptionFile : public QObject
{
    Q_OBJECT

private slots:
    void captionsAreSavedAndComeBack();
    void runsWithoutCaptionsAreSavedAsBefore();
    void captionProblemsNameTheCaptionAndItsByte();
    void overlongCaptionsAreRefused();
};

void TestCaptionFile::captionsAreSavedAndComeBack()
{
    const Trace trace = awkwardTrace();
    const QByteArray json = toChromeJson(trace);
    // In the conlab object, as the text is: Chinese as UTF-8, quotes, backslashes and control
    // characters escaped; the order they were added in.
    const QByteArray chinese = QStringLiteral("线程 2 在这里读到旧的余额").toUtf8();
    QVERIFY(json.contains(QByteArray("\"captions\":[{\"lane\":1,\"t\":1500,\"text\":\"").append(chinese).append("\"}")));
    QVERIFY(json.contains("{\"lane\":0,\"t\":0,\"text\":\"say \\\"hi\\\" \\\\ C:\\\\temp\\\\ and\\u0009a tab\"}"));
    QVERIFY(json.contains("{\"lane\":3,\"t\":3000000000999,\"text\":\"last\\u000aline\"}]}"));
    const ChromeReadResult r = readChromeTraceBytes(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.trace.captions.size(), trace.captions.size());
    for (size_t i = 0; i < trace.captions.size(); ++i) {
        QCOMPARE(r.trace.captions[i].lane, trace.captions[i].lane);
        QCOMPARE(r.trace.captions[i].t, trace.captions[i].t);
        QCOMPARE(r.trace.captions[i].text, trace.captions[i].text);
    }
    QCOMPARE(toChromeJson(r.trace), json);
}

// A run without captions is written as before captions existed, and such files (the committed
// runs, saved by the first release) open with none and save to the same bytes.
void TestCaptionFile::runsWithoutCaptionsAreSavedAsBefore()
{
    Trace trace = awkwardTrace();
    trace.captions.clear();
    QVERIFY(!toChromeJson(trace).contains("captions"));
    QFile saved(dataPath(QStringLiteral("reformatted/race-lock.json")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray old = saved.readAll();
    QVERIFY(!old.contains("captions"));
    const ChromeReadResult r = readChromeTraceBytes(old);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.trace.captions.empty());
    QCOMPARE(toChromeJson(r.trace), old);
}

void TestCaptionFile::captionProblemsNameTheCaptionAndItsByte()
{
    QFile file(dataPath(QStringLiteral("malformed/conlab-caption-unknown-lane.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const ChromeReadResult r = readChromeTraceBytes(json);
    QCOMPARE(r.error, QStringLiteral("the conlab object at byte %1: caption 2: lane 3 is not one of the lanes in "
                                     "conlab.lanes")
                          .arg(json.indexOf("{\"lane\":3")));
    // Listed before the lanes, the caption is checked once they are known, and still pointed at.
    QFile before(dataPath(QStringLiteral("malformed/conlab-caption-before-lanes.json")));
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray early = before.readAll();
    const QString where = QStringLiteral("at byte %1:").arg(early.indexOf("{\"lane\":1"));
    QVERIFY(readChromeTraceBytes(early).error.contains(where));
}

void TestCaptionFile::overlongCaptionsAreRefused()
{
    Trace trace = awkwardTrace();
    trace.captions = {{0, 5, QString(kMaxCaptionChars, QLatin1Char('x'))}};
    QVERIFY(readChromeTraceBytes(toChromeJson(trace)).ok());
    trace.captions.front().text += QLatin1Char('x');
    const ChromeReadResult r = readChromeTraceBytes(toChromeJson(trace));
    QVERIFY2(r.error.contains(QLatin1String("caption 1 is longer than 1000 characters")), qPrintable(r.error));
    trace.captions.assign(kMaxCaptions + 1, Caption{0, 5, QStringLiteral("many")});
    const ChromeReadResult many = readChromeTraceBytes(toChromeJson(trace));
    QVERIFY2(many.error.contains(QLatin1String("more than 10000 captions")), qPrintable(many.error));
}

QTEST_GUILESS_MAIN(TestCaptionFile)
#include "tst_captionfile.moc"
