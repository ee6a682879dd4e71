#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace conlab {

// One post link of a list page, as the crawler saves it.
struct PostItem
{
    QString url;
    QString title;
    bool operator==(const PostItem &o) const { return url == o.url && title == o.title; }
};

// The practice site's pages. Deterministic: the same bytes on every start and every port, so
// a test (or a student) can compare what was saved with what the site serves.
namespace sitecontent {

constexpr int kPostsPerPage = 20;

// The 20 posts of list page `page` (1-based), in the order they appear.
QList<PostItem> pageItems(int page);
// List page `page` of `pages` (page 1 is also the front page, "/").
QByteArray pageHtml(int page, int pages);
// A post page, /post/P-NN.html.
QByteArray postHtml(int page, int item);
QByteArray errorHtml(int status, const QString &what);

} // namespace sitecontent
} // namespace conlab
