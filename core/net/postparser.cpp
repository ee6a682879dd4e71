#include "postparser.h"

#include "trace/savefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace conlab {

namespace {

QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype semi = text[i] == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i) : -1;
        if (semi < 0 || semi - i > 10) {
            out += text[i];
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        char32_t code = 0;
        if (name == QLatin1String("amp"))
            code = '&';
        else if (name == QLatin1String("lt"))
            code = '<';
        else if (name == QLatin1String("gt"))
            code = '>';
        else if (name == QLatin1String("quot"))
            code = '"';
        else if (name == QLatin1String("apos") || name == QLatin1String("#39"))
            code = '\'';
        else if (name == QLatin1String("nbsp"))
            code = 0xA0;
        else if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
            code = char32_t(hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10));
            if (!ok || code > 0x10FFFF)
                code = 0;
        }
        if (code == 0) {
            out += text[i];
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semi;
    }
    return out;
}

// The attributes of a start tag, `tag` being the text between "<a" and ">".
QString attribute(const QString &tag, const QString &wanted)
{
    qsizetype i = 0;
    const qsizetype n = tag.size();
    while (i < n) {
        while (i < n && (tag[i].isSpace() || tag[i] == QLatin1Char('/')))
            ++i;
        const qsizetype nameStart = i;
        while (i < n && !tag[i].isSpace() && tag[i] != QLatin1Char('=') && tag[i] != QLatin1Char('/'))
            ++i;
        const QString name = tag.mid(nameStart, i - nameStart).toLower();
        while (i < n && tag[i].isSpace())
            ++i;
        QString value;
        if (i < n && tag[i] == QLatin1Char('=')) {
            ++i;
            while (i < n && tag[i].isSpace())
                ++i;
            if (i < n && (tag[i] == QLatin1Char('"') || tag[i] == QLatin1Char('\''))) {
                const QChar quote = tag[i];
                const qsizetype end = tag.indexOf(quote, i + 1);
                value = tag.mid(i + 1, (end < 0 ? n : end) - i - 1);
                i = end < 0 ? n : end + 1;
            } else {
                const qsizetype start = i;
                while (i < n && !tag[i].isSpace())
                    ++i;
                value = tag.mid(start, i - start);
            }
        }
        if (name == wanted)
            return decodeEntities(value);
        if (name.isEmpty() && i == nameStart)
            ++i; // a stray character: step over it
    }
    return {};
}

QString textOf(const QString &inner)
{
    QString text;
    bool inTag = false;
    for (const QChar c : inner) {
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>'))
            inTag = false;
        else if (!inTag)
            text += c;
    }
    return decodeEntities(text).simplified();
}

} // namespace

QList<PostItem> parsePostItems(const QByteArray &html)
{
    const QString page = QString::fromUtf8(html);
    QList<PostItem> items;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype open = page.indexOf(QLatin1String("<a"), pos, Qt::CaseInsensitive);
        if (open < 0)
            break;
        pos = open + 2;
        if (pos < page.size() && !page[pos].isSpace())
            continue; // <abbr>, <article>, …
        const qsizetype close = page.indexOf(QLatin1Char('>'), pos);
        if (close < 0)
            break;
        const QString tag = page.mid(pos, close - pos);
        pos = close + 1;
        const QStringList classes = attribute(tag, QStringLiteral("class")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!classes.contains(QLatin1String("post-item-title")))
            continue;
        const qsizetype end = page.indexOf(QLatin1String("</a"), pos, Qt::CaseInsensitive);
        if (end < 0)
            break;
        items.append({attribute(tag, QStringLiteral("href")), textOf(page.mid(pos, end - pos))});
        pos = end;
    }
    return items;
}

bool savePostItems(const QString &path, const QList<PostItem> &items, QString *error)
{
    QJsonArray array;
    for (const PostItem &item : items)
        array.append(QJsonObject{{QStringLiteral("url"), item.url}, {QStringLiteral("title"), item.title}});
    const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Indented); // UTF-8, not \u-escaped
    *error = saveFile(path, json); // whole or not at all, a full disk included
    return error->isEmpty();
}

QList<PostItem> loadPostItems(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = QStringLiteral("%1 is not a JSON array").arg(path);
        return {};
    }
    QList<PostItem> items;
    for (const QJsonValue &v : doc.array())
        items.append({v[QLatin1String("url")].toString(), v[QLatin1String("title")].toString()});
    return items;
}

} // namespace conlab
