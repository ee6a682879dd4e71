# 和 CPython 运行的线程一样：它的 GIL（全局解释器锁）
# 一次只让一个线程运行 Python 代码，所以 ${workers} 个线程轮流
# 使用一个核心，而不是分享多个核心。CPU 密集型工作没有加速。
from queue import Queue
from threading import Thread
from time import thread_time, time

START = 10_000_000
CHUNK = 20_000


def is_prime(n):
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(chunk):
    first = START + chunk * CHUNK
    return sum(1 for n in range(first, first + CHUNK) if is_prime(n))


def worker(name, chunks, results):
    found = 0
    for chunk in chunks:
        with GIL:  # CPython 替我们做的事：其他线程在这里等待
            found += count_primes(chunk)  # 约 5 毫秒，即 CPython 的切换间隔
    cpu_ms = thread_time() * 1000  # 仅这个线程的 CPU 时间
    print(f"{name}: {found} primes, cpu {cpu_ms:.0f} ms")
    results.put(found)


if __name__ == "__main__":
    start_time = time()
    results = Queue()
    workers = [Thread(target=worker, args=(f"w{i + 1}", range(i, ${amount}, ${workers}), results))
               for i in range(${workers})]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    total = sum(results.get() for _ in workers)
    used_ms = (time() - start_time) * 1000
    print(f"{total} primes in {used_ms:.0f} ms")
