# Producers put items into a bounded queue and consumers take them out.
# One lock and two conditions on it: producers wait while the queue is
# full ("not full"), consumers wait while it is empty ("not empty").
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
            not_full.wait()  # until a consumer makes room
        queue.append(item)
        not_empty.notify()  # wake one waiting consumer


def get():
    with not_empty:
        while not queue:
            not_empty.wait()  # until a producer adds an item
        item = queue.popleft()
        not_full.notify()  # wake one waiting producer
        return item


def producer(name, items):
    for item in items:
        sleep(${produce} / 100 * uniform(0.5, 1.5))  # making an item
        put(item)
        print(f"{name} produced {item}")


def consumer(name):
    while True:
        item = get()
        if item is None:  # no more items
            break
        sleep(${consume} / 100 * uniform(0.5, 1.5))  # using it
        print(f"{name} consumed {item}")


producers = [Thread(target=producer, args=(f"p{k}", range(k, ${items} + 1, ${producers})))
             for k in range(1, ${producers} + 1)]
consumers = [Thread(target=consumer, args=(f"c{k}",)) for k in range(1, ${consumers} + 1)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    put(None)  # one "no more items" for each consumer
for t in consumers:
    t.join()
print("---finish---")
