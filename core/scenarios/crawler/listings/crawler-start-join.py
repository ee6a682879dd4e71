# The tutorial's crawler, against the practice site this program starts on
# 127.0.0.1 for the run: download each list page, parse its post links, save
# them as JSON. Nothing here reaches the internet.
#
# This is the tutorial's threaded version, and it is not faster: start() and
# join() sit in the same loop, so the program waits for each thread before it
# starts the next. Nine threads, one page at a time: as slow as run() in the
# sequential variant.
#
# Its two other slips are fixed in every variant:
#   its URLs ended in "#p2", "#p3", ...: the part after "#" never leaves the
#   client, so all nine requests would fetch the same front page. Here each
#   page has its own path, /p/1 ... /p/${pages}.
#   it called save_json once per item in "w" mode, so each file kept only the
#   last item. Here one call per page writes all of the page's items.
import json
from threading import Thread
from time import time

import requests
from bs4 import BeautifulSoup

site = "http://127.0.0.1:PORT"  # the practice site, a fresh port each run
urls = [f"{site}/p/{page}" for page in range(1, ${pages} + 1)]


def download(url):
    resp = requests.get(url, timeout=${timeout-ms} / 1000)
    resp.raise_for_status()  # a 404 or 500 fails this page; the others go on
    return resp.text


def parse(html):
    soup = BeautifulSoup(html, "html.parser")
    links = soup.find_all("a", class_="post-item-title")
    return [{"url": a.attrs["href"], "title": a.get_text()} for a in links]


def save_json(file_path, items):
    with open(file_path, "w", encoding="utf-8") as file:
        file.write(json.dumps(items, ensure_ascii=False))


def crawl(i, url):
    html = download(url)  # the thread waits for the network
    items = parse(html)
    save_json(f"run-{i}.json", items)  # every item of the page at once
    print(f"run-{i}.json write finish, {len(items)} items")


def run():
    for i, url in enumerate(urls, 1):
        t = Thread(target=crawl, args=(i, url))
        t.start()
        t.join()  # waits here, inside the loop: the next page has not started


if __name__ == "__main__":
    start_time = time()
    run()
    print(f"--- finish ---, used time {time() - start_time:.2f}")
