# The fix by convention: every thread takes the locks in one global
# order (A before B), so no thread can hold B while it waits for A.
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
    with lock_a:  # A first, like everybody else
        sleep(${hold-ms} / 1000)  # hold A a while
        with lock_b:
            print("t2 has A and B")


t1 = Thread(name="t1", target=transfer_one)
t2 = Thread(name="t2", target=transfer_two)
t1.start()
t2.start()
t1.join()
t2.join()
print("---finish---")
