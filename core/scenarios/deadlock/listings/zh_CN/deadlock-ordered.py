# 按约定修复：每个线程都按同一个全局顺序获取锁
# （先 A 后 B），所以没有线程会在持有 B 时等待 A。
from threading import Thread, Lock
from time import sleep

lock_a = Lock()
lock_b = Lock()


def transfer_one():
    with lock_a:
        sleep(${hold-ms} / 1000)  # 持有 A 一会儿
        with lock_b:
            print("t1 has A and B")


def transfer_two():
    with lock_a:  # 先拿 A，和其他线程一样
        sleep(${hold-ms} / 1000)  # 持有 A 一会儿
        with lock_b:
            print("t2 has A and B")


t1 = Thread(name="t1", target=transfer_one)
t2 = Thread(name="t2", target=transfer_two)
t1.start()
t2.start()
t1.join()
t2.join()
print("---finish---")
