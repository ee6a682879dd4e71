# 两个线程，两把锁，以相反的顺序获取。每个线程持有一把
# 锁并等待另一把：谁都无法继续。
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
    with lock_b:
        sleep(${hold-ms} / 1000)  # 持有 B 一会儿
        with lock_a:
            print("t2 has B and A")


t1 = Thread(name="t1", target=transfer_one)
t2 = Thread(name="t2", target=transfer_two)
t1.start()
t2.start()
t1.join()
t2.join()
print("---finish---")
