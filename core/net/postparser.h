#pragma once

#include "sitecontent.h"

namespace conlab {

// The crawler's parse(): every <a> whose class list holds `post-item-title`, as (href, text),
// in page order; the text without tags, entities decoded, spaces trimmed. Tolerant of
// attribute order and quoting, as BeautifulSoup's find_all("a", class_=…) is.
QList<PostItem> parsePostItems(const QByteArray &html);

// The crawler's save_json(): all items of one page as one UTF-8 JSON array of {url, title},
// written whole through QSaveFile (no half-written file if it fails). False with `error` set.
bool savePostItems(const QString &path, const QList<PostItem> &items, QString *error);

// Reads back what savePostItems wrote (tests, and the summary's item count).
QList<PostItem> loadPostItems(const QString &path, QString *error);

} // namespace conlab
