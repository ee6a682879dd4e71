#include "i18n/language.h"
#include "mainwindow.h"
#include "scenarios/scenario.h"
#include "timelinetheme.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace conlab;

namespace {

const QString kSourceDir = QStringLiteral(CONLAB_SOURCE_DIR);
const QString kTsFile = kSourceDir + QStringLiteral("/resources/translations/concurrency-lab_zh_CN.ts");

// What lupdate is run with (docs/translations.md): no source locations, so a line moved in a
// source file leaves the .ts as it is; only new, changed or removed texts change it.
const QStringList kLupdateArgs = {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                  QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui")};

// Texts a Chinese class reads as they are: key names and units.
const QSet<QString> kSameInBothLanguages = {
    QStringLiteral("Ctrl+E"), QStringLiteral("Ctrl+Shift+C"), QStringLiteral("Ctrl+Q"), QStringLiteral("Shift+Space"),
};

struct Message
{
    QString context, source, translation, type;
};

QList<Message> readTs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            m = Message{context, {}, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            m.translation = xml.readElementText();
            out << m;
        }
    }
    return out;
}

// A failure message: what failed, then why.
const char *said(const QByteArray &where, const char *why)
{
    static QByteArray text;
    text = where + why;
    return text.constData();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList matches(const QString &text, const QRegularExpression &re)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return sorted(found);
}

QString lupdate()
{
    for (const QString &path : {QStringLiteral("/usr/lib/qt6/bin/lupdate"), QStringLiteral("/usr/bin/lupdate6")}) {
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(QStringLiteral("lupdate"));
}

// The start of a line's comment ("# text" or a lone "#"), or -1; "#?name" markers are not comments.
qsizetype commentStart(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != QLatin1Char('#') || (i > 0 && !line[i - 1].isSpace()))
            continue;
        if (i + 1 == line.size() || line[i + 1] == QLatin1Char(' '))
            return i;
    }
    return -1;
}

bool hasHan(const QString &text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

QImage drawText(const QString &text, const QFont &font)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(image.rect(), Qt::AlignCenter, text);
    return image;
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 128;
    }
    return n;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { setLanguage(QStringLiteral("en")); }

    void everyMessageIsTranslated()
    {
        const QList<Message> messages = readTs(kTsFile);
        QVERIFY2(messages.size() > 400, qPrintable(kTsFile));
        const QRegularExpression letters(QStringLiteral("[A-Za-z]"));
        const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        const QRegularExpression tag(QStringLiteral("</?[a-z]+"));
        for (const Message &m : messages) {
            const QByteArray where = (m.context + QStringLiteral(": ") + m.source).toUtf8();
            QVERIFY2(m.type.isEmpty(), said(where + " is ", m.type.toUtf8().constData()));
            QVERIFY2(!m.translation.trimmed().isEmpty(), said(where, " has no translation"));
            if (m.source.contains(letters) && !kSameInBothLanguages.contains(m.source))
                QVERIFY2(m.translation != m.source, said(where, " is not translated"));
            QVERIFY2(matches(m.source, placeholder) == matches(m.translation, placeholder),
                     said(where, " and its translation have different placeholders"));
            QVERIFY2(matches(m.source, tag) == matches(m.translation, tag),
                     said(where, " and its translation have different tags"));
        }
    }

    void translationsAreCurrent()
    {
        const QString tool = lupdate();
        if (tool.isEmpty())
            QSKIP("lupdate is not installed (qt6-l10n-tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(kTsFile).fileName());
        QVERIFY(QFile::copy(kTsFile, copy));
        QProcess run;
        run.setWorkingDirectory(kSourceDir);
        run.start(tool, kLupdateArgs + QStringList{QStringLiteral("-ts"), copy});
        QVERIFY(run.waitForFinished(120000));
        QCOMPARE(run.exitCode(), 0);
        QFile a(kTsFile), b(copy);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(),
                 "the sources have texts the .ts does not: run lupdate as docs/translations.md says and translate them");
    }

    // The Chinese listings are the English ones with their comments translated, line for line:
    // the step lines a run highlights are the same in both.
    void listingsDifferOnlyInComments()
    {
        // Each scenario's listings are in its folder: scenarios/<id>/listings/, zh_CN/ beside them.
        QDirIterator it(kSourceDir + QStringLiteral("/core/scenarios"), {QStringLiteral("*.py")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString en = it.next();
            if (it.fileInfo().dir().dirName() != QLatin1String("listings"))
                continue; // a Chinese one: read beside its English one
            const QString base = it.fileInfo().path() + QLatin1Char('/');
            QFile fe(en), fz(base + QStringLiteral("zh_CN/") + it.fileName());
            QVERIFY2(fz.open(QIODevice::ReadOnly), qPrintable(fz.fileName()));
            QVERIFY(fe.open(QIODevice::ReadOnly));
            const QStringList le = QString::fromUtf8(fe.readAll()).split(QLatin1Char('\n'));
            const QStringList lz = QString::fromUtf8(fz.readAll()).split(QLatin1Char('\n'));
            QCOMPARE(lz.size(), le.size());
            const QRegularExpression marker(QStringLiteral("\\s#\\?\\S+$"));
            for (int i = 0; i < le.size(); ++i) {
                const QByteArray where = (it.fileName() + QLatin1Char(':') + QString::number(i + 1)).toUtf8();
                const qsizetype ce = commentStart(le[i]), cz = commentStart(lz[i]);
                QVERIFY2(le[i].left(ce) == lz[i].left(cz), said(where, ": the code differs"));
                QVERIFY2(marker.match(le[i]).captured(0) == marker.match(lz[i]).captured(0), where.constData());
                const QString textEn = ce < 0 ? QString() : le[i].mid(ce).remove(marker).mid(1).trimmed();
                if (!textEn.isEmpty())
                    QVERIFY2(hasHan(lz[i]), said(where, ": the comment is not translated"));
            }
            ++files;
        }
        QVERIFY(files >= 10);
    }

    void languageFollowsTheChoice()
    {
        QVERIFY(setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(currentLanguage(), QStringLiteral("zh_CN"));
        const Scenario *race = findScenario(QStringLiteral("race"));
        QVERIFY(race);
        QCOMPARE(QCoreApplication::translate("Scenario", race->info().title), QStringLiteral("竞态条件"));
        QVERIFY(hasHan(race->renderedListing(QStringLiteral("lock"), race->defaults())));
        QVERIFY(setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Scenario", race->info().title), QStringLiteral("Race"));
        QVERIFY(!hasHan(race->renderedListing(QStringLiteral("lock"), race->defaults())));
        QVERIFY(!setLanguage(QStringLiteral("xx")));
    }

    // A missing glyph is drawn as the same box whatever the character; real glyphs differ.
    void chineseGlyphsAreDrawn()
    {
        const QString missing = QString(QChar(0xE000)); // private use: no font here draws it
        const QList<QFont> fonts = {TimelineTheme::font(40), TimelineTheme::font(40, true), QApplication::font()};
        for (QFont font : fonts) {
            font.setPixelSize(40);
            const QImage a = drawText(QStringLiteral("场"), font), b = drawText(QStringLiteral("景"), font);
            const QImage box = drawText(missing, font);
            QVERIFY2(inkPixels(a) > 50 && inkPixels(b) > 50, qPrintable(font.family()));
            QVERIFY2(a != b && a != box, qPrintable(font.family() + QStringLiteral(": Chinese drawn as boxes")));
        }
    }

    void windowSpeaksChinese()
    {
        QVERIFY(setLanguage(QStringLiteral("zh_CN")));
        MainWindow w;
        w.show();
        QCOMPARE(w.windowTitle(), QStringLiteral("并发实验室"));
        QLabel *title = nullptr;
        for (QLabel *label : w.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("场景")))
                title = label;
        }
        QVERIFY2(title, "no label reads 场景 (Scenarios)");
        QVERIFY(title->isVisible());
        const QImage shot = title->grab().toImage();
        QVERIFY(inkPixels(shot) > 20);
        const QImage box = drawText(QString(2, QChar(0xE000)), title->font());
        QVERIFY(drawText(QStringLiteral("场景"), title->font()) != box);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
