# 多个线程从同一个账户取款；锁让检查和
# 扣款成为一步，其他线程无法插入其中。
from threading import Thread, Lock, current_thread


class Account:
    def __init__(self, balance):
        self.balance = balance


lock = Lock()


def draw(account, amount):
    name = current_thread().name
    with lock:  # 在这里获取锁；离开这个代码块时释放它
        if account.balance >= amount:
            print(f"{name}-withdrawal ok")
            other_work(${gap})  # 检查与行动之间的微秒数  #?gap
            account.balance -= amount  #?!expand
            balance = account.balance  # 读取  #?expand
            balance = balance - amount  # 相减  #?expand
            account.balance = balance  # 写回  #?expand
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
