# The fix by construction: take both locks in one step, as C++'s
# std::scoped_lock(a, b) does. A thread holds both or neither, so it
# never holds one while it waits for the other.
from threading import Thread, Lock
from time import sleep

lock_a = Lock()
lock_b = Lock()


def transfer_one():
    with scoped_lock(lock_a, lock_b):  # both, or wait holding none
        sleep(${hold-ms} / 1000)
        print("t1 has A and B")


def transfer_two():
    with scoped_lock(lock_b, lock_a):  # the order written no longer matters
        sleep(${hold-ms} / 1000)
        print("t2 has B and A")


t1 = Thread(name="t1", target=transfer_one)
t2 = Thread(name="t2", target=transfer_two)
t1.start()
t2.start()
t1.join()
t2.join()
print("---finish---")
