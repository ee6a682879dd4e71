# 生产者把数据项放入有界队列，消费者把它们取出。
# 两个计数信号量：空槽（没有空槽时生产者等待：
# "未满"）和已填槽（没有已填槽时消费者等待：
# "非空"）。一把锁保护队列本身。
from collections import deque
from random import seed, uniform
from threading import Lock, Semaphore, Thread
from time import sleep

queue = deque()
lock = Lock()
free_slots = Semaphore(${capacity})
filled_slots = Semaphore(0)
seed(${seed})


def put(item):
    free_slots.acquire()  # 等待一个空槽
    with lock:
        queue.append(item)
    filled_slots.release()  # 多了一个可取的数据项


def get():
    filled_slots.acquire()  # 等待一个数据项
    with lock:
        item = queue.popleft()
    free_slots.release()  # 多了一个空槽
    return item


def producer(name, items):
    for item in items:
        sleep(${produce} / 100 * uniform(0.5, 1.5))  # 生产一个数据项
        put(item)
        print(f"{name} produced {item}")


def consumer(name):
    while True:
        item = get()
        if item is None:  # 没有更多数据项了
            break
        sleep(${consume} / 100 * uniform(0.5, 1.5))  # 使用它
        print(f"{name} consumed {item}")


producers = [Thread(target=producer, args=(f"p{k}", range(k, ${items} + 1, ${producers})))
             for k in range(1, ${producers} + 1)]
consumers = [Thread(target=consumer, args=(f"c{k}",)) for k in range(1, ${consumers} + 1)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    put(None)  # 给每个消费者一个"没有更多数据项"
for t in consumers:
    t.join()
print("---finish---")
