# 生产者把数据项放入有界队列，消费者把它们取出。
# 一把锁和它上面的两个条件：队列满时生产者等待
# （"未满"），队列空时消费者等待（"非空"）。
from collections import deque
from random import seed, uniform
from threading import Condition, Lock, Thread
from time import sleep

CAPACITY = ${capacity}
queue = deque()
lock = Lock()
not_full = Condition(lock)
not_empty = Condition(lock)
seed(${seed})


def put(item):
    with not_full:
        while len(queue) >= CAPACITY:
            not_full.wait()  # 直到消费者腾出空间
        queue.append(item)
        not_empty.notify()  # 唤醒一个等待的消费者


def get():
    with not_empty:
        while not queue:
            not_empty.wait()  # 直到生产者放入一个数据项
        item = queue.popleft()
        not_full.notify()  # 唤醒一个等待的生产者
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
