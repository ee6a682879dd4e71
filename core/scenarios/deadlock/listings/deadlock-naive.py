# Two threads, two locks, taken in opposite orders. Each holds one
# lock and waits for the other: neither can ever go on.
from threading import Thread, Lock
from time import sleep

lock_a = Lock()
lock_b = Lock()


def transfer_one():
    with lock_a:
        sleep(${hold-ms} / 1000)  # hold A a while
        with lock_b:
            print("t1 has A and B")


def transfer_two():
    with lock_b:
        sleep(${hold-ms} / 1000)  # hold B a while
        with lock_a:
            print("t2 has B and A")


t1 = Thread(name="t1", target=transfer_one)
t2 = Thread(name="t2", target=transfer_two)
t1.start()
t2.start()
t1.join()
t2.join()
print("---finish---")
