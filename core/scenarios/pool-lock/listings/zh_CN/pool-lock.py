# 提交到线程池的取款。慢的那笔取款在持有锁的时候
# 睡眠，于是其他工作线程排队等待这把锁。  #?@lock
# 提交到线程池的取款，不加锁：每个工作线程  #?@no-lock
# 都在任何一个扣款之前检查了余额。  #?@no-lock
from concurrent.futures import ThreadPoolExecutor
from threading import Lock, current_thread
from time import sleep

pool = ThreadPoolExecutor(max_workers=${workers})
lock = Lock()  #?@lock


class Account:
    def __init__(self, balance):
        self.balance = balance


def draw(account, amount):
    name = current_thread().name
    lock.acquire()  #?@lock
    if account.balance >= amount:
        sleep(${hold-ms} / 1000)  # 一笔慢速取款
        print(f"{name}-withdrawal ok")
        account.balance -= amount
        print(f"{name}-balance: {account.balance}")
    else:
        print(f"{name}-withdrawal refused")
        print(f"{name}-balance: {account.balance}")
    lock.release()  #?@lock
    return account.balance


account = Account(${balance})
futures = [pool.submit(draw, account, ${amount})
           for _ in range(${withdrawals})]
for f in futures:
    f.result()
print(f"---finish---, balance is {account.balance}")
