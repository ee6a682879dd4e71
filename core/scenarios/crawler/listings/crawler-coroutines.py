# The tutorial's crawler as coroutines on ONE thread, against the practice
# site this program starts on 127.0.0.1 for the run. Each download suspends
# its coroutine while the network answers; the event loop runs the others.
#
# Two slips of the tutorial's version are fixed in every variant:
#   its URLs ended in "#p2", "#p3", ...: the part after "#" never leaves the
#   client, so all nine requests would fetch the same front page. Here each
#   page has its own path, /p/1 ... /p/${pages}.
#   it called save_json once per item in "w" mode, so each file kept only the
#   last item. Here one call per page writes all of the page's items.
import asyncio
import json
from time import time

import aiohttp
from bs4 import BeautifulSoup

site = "http://127.0.0.1:PORT"  # the practice site, a fresh port each run
urls = [f"{site}/p/{page}" for page in range(1, ${pages} + 1)]


async def download(session, url):
    async with session.get(url, timeout=${timeout-ms} / 1000) as resp:
        resp.raise_for_status()  # a 404 or 500 fails this page; the others go on
        return await resp.text()


def parse(html):
    soup = BeautifulSoup(html, "html.parser")
    links = soup.find_all("a", class_="post-item-title")
    return [{"url": a.attrs["href"], "title": a.get_text()} for a in links]


def save_json(file_path, items):
    with open(file_path, "w", encoding="utf-8") as file:
        file.write(json.dumps(items, ensure_ascii=False))


async def crawl(session, i, url):
    html = await download(session, url)  # suspended: the loop runs the others
    items = parse(html)
    save_json(f"run-{i}.json", items)  # every item of the page at once
    print(f"run-{i}.json write finish, {len(items)} items")


async def run():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(crawl(session, i, url) for i, url in enumerate(urls, 1)))


if __name__ == "__main__":
    start_time = time()
    asyncio.run(run())
    print(f"--- finish ---, used time {time() - start_time:.2f}")
