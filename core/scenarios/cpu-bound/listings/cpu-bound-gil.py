# The same threads as CPython runs them: its GIL (global interpreter lock)
# lets one thread at a time run Python code, so ${workers} threads take turns
# on one core instead of sharing the cores. No speed-up for CPU-bound work.
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
        with GIL:  # what CPython does for us: the others wait here
            found += count_primes(chunk)  # about 5 ms, CPython's switch interval
    cpu_ms = thread_time() * 1000  # CPU time of this thread alone
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
