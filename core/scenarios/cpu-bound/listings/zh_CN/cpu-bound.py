# 在 ${amount} 个数据块（每块 20 000 个数）中数素数，分给
# ${workers} 个工作者：本进程的线程，或各自独立的进程。
# （CPython 的线程在这里会轮流执行：见 threads-gil 变体。）
from multiprocessing import Process, Queue as ProcessQueue
from queue import Queue as ThreadQueue
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
        found += count_primes(chunk)  # 纯计算：没有等待
    cpu_ms = thread_time() * 1000  # 仅这个线程的 CPU 时间
    print(f"{name}: {found} primes, cpu {cpu_ms:.0f} ms")
    results.put(found)


if __name__ == "__main__":
    start_time = time()
    if variant == "processes":
        results = ProcessQueue()
        workers = [Process(target=worker, args=(f"w{i + 1}", range(i, ${amount}, ${workers}), results))
                   for i in range(${workers})]
    else:
        results = ThreadQueue()
        workers = [Thread(target=worker, args=(f"w{i + 1}", range(i, ${amount}, ${workers}), results))
                   for i in range(${workers})]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    total = sum(results.get() for _ in workers)
    used_ms = (time() - start_time) * 1000
    print(f"{total} primes in {used_ms:.0f} ms")
