# 教程里的爬虫，访问的是本程序为这次运行在
# 127.0.0.1 上启动的练习网站：下载每个列表页，解析其中的文章链接，
# 保存为 JSON。这里没有任何请求会访问互联网。
#
# 多线程版本本来的样子：先启动所有线程，之后再逐个 join。
# 九个下载同时等待网络。
#
# 教程版本中的两个失误在每个变体里都已改正：
#   它的 URL 以 "#p2"、"#p3"……结尾："#" 之后的部分从不离开
#   客户端，所以九个请求取到的都是同一个首页。这里每一页
#   都有自己的路径，/p/1 … /p/${pages}。
#   它对每一条都以 "w" 模式调用一次 save_json，所以每个文件只留下
#   最后一条。这里每页调用一次，写入该页的全部条目。
import json
from threading import Thread
from time import time

import requests
from bs4 import BeautifulSoup

site = "http://127.0.0.1:PORT"  # 练习网站，每次运行一个新端口
urls = [f"{site}/p/{page}" for page in range(1, ${pages} + 1)]


def download(url):
    resp = requests.get(url, timeout=${timeout-ms} / 1000)
    resp.raise_for_status()  # 404 或 500 让这一页失败，其他页继续
    return resp.text


def parse(html):
    soup = BeautifulSoup(html, "html.parser")
    links = soup.find_all("a", class_="post-item-title")
    return [{"url": a.attrs["href"], "title": a.get_text()} for a in links]


def save_json(file_path, items):
    with open(file_path, "w", encoding="utf-8") as file:
        file.write(json.dumps(items, ensure_ascii=False))


def crawl(i, url):
    html = download(url)  # 线程在等待网络
    items = parse(html)
    save_json(f"run-{i}.json", items)  # 一次写入这一页的全部条目
    print(f"run-{i}.json write finish, {len(items)} items")


def run():
    threads = [Thread(target=crawl, args=(i, url)) for i, url in enumerate(urls, 1)]
    for t in threads:
        t.start()  # 第一次 join 之前所有下载都已开始
    for t in threads:
        t.join()


if __name__ == "__main__":
    start_time = time()
    run()
    print(f"--- finish ---, used time {time() - start_time:.2f}")
