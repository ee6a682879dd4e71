#include "sitecontent.h"

#include <array>

namespace conlab::sitecontent {

namespace {

// Chinese and English titles in turn, as on the blog the tutorial crawls. Two of them carry
// characters HTML must escape, so a parser that forgets entities saves the wrong title.
constexpr std::array<const char *, 16> kTopics{{
    "Python 多线程入门：Thread 的 start 与 join",
    "Understanding the GIL in CPython",
    "用 asyncio 写一个并发爬虫",
    "Thread pools and futures, step by step",
    "进程与线程的区别：一次讲清楚",
    "C++ & Qt: signals across threads",
    "锁、条件变量与生产者消费者",
    "Why std::vector<int> moves are cheap",
    "requests 与 BeautifulSoup 解析网页",
    "Coroutines are not threads",
    "死锁是怎样形成的",
    "Measuring latency with a steady clock",
    "用 concurrent.futures 管理线程池",
    "HTTP/1.1 keep-alive and chunked bodies",
    "多进程共享内存的坑",
    "Reading a swimlane timeline",
}};

QString itemTitle(int page, int item)
{
    const size_t topic = size_t(page * 7 + item) % kTopics.size();
    return QString::fromUtf8(kTopics[topic]) +
           QStringLiteral(" · %1-%2").arg(page).arg(item + 1, 2, 10, QLatin1Char('0'));
}

QString itemUrl(int page, int item)
{
    return QStringLiteral("/post/%1-%2.html").arg(page).arg(item + 1, 2, 10, QLatin1Char('0'));
}

QByteArray document(const QString &title, const QString &body)
{
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                                        "<title>%1</title>\n</head>\n<body>\n%2</body>\n</html>\n")
                             .arg(title.toHtmlEscaped(), body);
    return html.toUtf8();
}

} // namespace

QList<PostItem> pageItems(int page)
{
    QList<PostItem> items;
    for (int i = 0; i < kPostsPerPage; ++i)
        items.append({itemUrl(page, i), itemTitle(page, i)});
    return items;
}

QByteArray pageHtml(int page, int pages)
{
    QString body = QStringLiteral("<h1>练习站 · practice site</h1>\n<div id=\"post_list\">\n");
    const QList<PostItem> items = pageItems(page);
    for (int i = 0; i < items.size(); ++i) {
        // Other links on the page (author, comments) share the markup but not the class.
        body += QStringLiteral("<article class=\"post-item\">\n<section class=\"post-item-body\">\n"
                               "<a class=\"post-item-title\" href=\"%1\" target=\"_blank\">%2</a>\n"
                               "<p class=\"post-item-summary\">第 %3 页，第 %4 篇 (page %3, post %4)</p>\n"
                               "<footer><a class=\"post-item-author\" href=\"/u/%5\">author-%5</a> "
                               "<a href=\"%1#comments\">0 comments</a></footer>\n"
                               "</section>\n</article>\n")
                    .arg(items[i].url, items[i].title.toHtmlEscaped())
                    .arg(page)
                    .arg(i + 1)
                    .arg((page + i) % 5 + 1);
    }
    body += QStringLiteral("</div>\n<div class=\"pager\">");
    for (int p = 1; p <= pages; ++p)
        body += QStringLiteral(" <a href=\"/p/%1\">%1</a>").arg(p);
    body += QStringLiteral(" </div>\n");
    return document(QStringLiteral("第 %1 页 - Concurrency Lab").arg(page), body);
}

QByteArray postHtml(int page, int item)
{
    const QString title = itemTitle(page, item);
    return document(title, QStringLiteral("<h1 class=\"post-title\">%1</h1>\n<p>这是练习站的文章。"
                                          "This is a post of the practice site.</p>\n<a href=\"/p/%2\">back</a>\n")
                               .arg(title.toHtmlEscaped())
                               .arg(page));
}

QByteArray errorHtml(int status, const QString &what)
{
    return document(QString::number(status),
                    QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n").arg(status).arg(what.toHtmlEscaped()));
}

} // namespace conlab::sitecontent
