# 按构造修复：一步同时获取两把锁，就像 C++ 的
# std::scoped_lock(a, b) 那样。线程要么两把都持有，要么都不持有，
# 所以它永远不会持有一把锁的同时等待另一把。
from threading import Thread, Lock
from time import sleep

lock_a = Lock()
lock_b = Lock()


def transfer_one():
    with scoped_lock(lock_a, lock_b):  # 两把都拿到，或者一把不持有地等待
        sleep(${hold-ms} / 1000)
        print("t1 has A and B")


def transfer_two():
    with scoped_lock(lock_b, lock_a):  # 书写的顺序不再重要
        sleep(${hold-ms} / 1000)
        print("t2 has B and A")


t1 = Thread(name="t1", target=transfer_one)
t2 = Thread(name="t2", target=transfer_two)
t1.start()
t2.start()
t1.join()
t2.join()
print("---finish---")
