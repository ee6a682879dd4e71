# Threads withdraw from one account; a lock makes the check and the
# subtraction one step that no other thread can cut into.
from threading import Thread, Lock, current_thread


class Account:
    def __init__(self, balance):
        self.balance = balance


lock = Lock()


def draw(account, amount):
    name = current_thread().name
    with lock:  # acquire here; leaving the block releases it
        if account.balance >= amount:
            print(f"{name}-withdrawal ok")
            other_work(${gap})  # microseconds between check and act  #?gap
            account.balance -= amount  #?!expand
            balance = account.balance  # load  #?expand
            balance = balance - amount  # subtract  #?expand
            account.balance = balance  # store  #?expand
            print(f"{name}-balance: {account.balance}")
        else:
            print(f"{name}-withdrawal refused")
            print(f"{name}-balance: {account.balance}")


account = Account(${balance})
threads = [Thread(name=f"t{i}", target=draw, args=(account, ${amount}))
           for i in range(1, ${workers} + 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"---finish---, balance is {account.balance}")
