# Withdrawals submitted to a thread pool. The slow one sleeps while it
# holds the lock, so the other workers queue up for it.  #?@lock
# Withdrawals submitted to a thread pool, with no lock: every worker  #?@no-lock
# checks the balance before any of them has subtracted.  #?@no-lock
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
        sleep(${hold-ms} / 1000)  # a slow withdrawal
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
