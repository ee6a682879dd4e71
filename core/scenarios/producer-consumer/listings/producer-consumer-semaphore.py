# Producers put items into a bounded queue and consumers take them out.
# Two counting semaphores: free slots (producers wait while there are
# none: "not full") and filled slots (consumers wait while there are none:
# "not empty"). A lock guards the queue itself.
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
    free_slots.acquire()  # wait for a free slot
    with lock:
        queue.append(item)
    filled_slots.release()  # one more item to take


def get():
    filled_slots.acquire()  # wait for an item
    with lock:
        item = queue.popleft()
    free_slots.release()  # one more free slot
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
