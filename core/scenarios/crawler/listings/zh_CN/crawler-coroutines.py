# 教程的爬虫写成协程，全部在一个线程上，访问本程序为这次运行
# 在 127.0.0.1 上启动的练习网站。每次下载都会挂起它的协程，
# 等待网络应答；事件循环在此期间运行其他协程。
#
# 教程版本中的两个失误在每个变体里都已改正：
#   它的 URL 以 "#p2"、"#p3"……结尾："#" 之后的部分从不离开
#   客户端，所以九个请求取到的都是同一个首页。这里每一页
#   都有自己的路径，/p/1 … /p/${pages}。
#   它对每一条都以 "w" 模式调用一次 save_json，所以每个文件只留下
#   最后一条。这里每页调用一次，写入该页的全部条目。
import asyncio
import json
from time import time

import aiohttp
from bs4 import BeautifulSoup

site = "http://127.0.0.1:PORT"  # 练习网站，每次运行一个新端口
urls = [f"{site}/p/{page}" for page in range(1, ${pages} + 1)]


async def download(session, url):
    async with session.get(url, timeout=${timeout-ms} / 1000) as resp:
        resp.raise_for_status()  # 404 或 500 让这一页失败，其他页继续
        return await resp.text()


def parse(html):
    soup = BeautifulSoup(html, "html.parser")
    links = soup.find_all("a", class_="post-item-title")
    return [{"url": a.attrs["href"], "title": a.get_text()} for a in links]


def save_json(file_path, items):
    with open(file_path, "w", encoding="utf-8") as file:
        file.write(json.dumps(items, ensure_ascii=False))


async def crawl(session, i, url):
    html = await download(session, url)  # 挂起：事件循环运行其他协程
    items = parse(html)
    save_json(f"run-{i}.json", items)  # 一次写入这一页的全部条目
    print(f"run-{i}.json write finish, {len(items)} items")


async def run():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(crawl(session, i, url) for i, url in enumerate(urls, 1)))


if __name__ == "__main__":
    start_time = time()
    asyncio.run(run())
    print(f"--- finish ---, used time {time() - start_time:.2f}")
