# Three jobs of 1, 2 and 3 units: one after another on the main thread,
# or handed to a pool of threads whose futures the main thread reads.
from concurrent.futures import ThreadPoolExecutor
from time import sleep, time


def read_file():
    sleep(1)  # one unit
    return "read file finish"


def connect_db():
    sleep(2)
    return "connect db finish"


def send_request():
    sleep(3)
    return "send request finish"


def run_sync():
    print("--start--")
    start_time = time()
    f1 = read_file()
    print("f1 result is: ", f1)
    f2 = connect_db()
    print("f2 result is: ", f2)
    f3 = send_request()
    print("f3 result is: ", f3)
    used_time = int(time() - start_time)
    print(f"used time: {used_time}")
    print("--end--")


def run_pool():
    pool = ThreadPoolExecutor(max_workers=${workers})  # a fixed set of threads, reused
    print("--start--")
    start_time = time()
    f1 = pool.submit(read_file)  # queued: a free worker takes it
    f2 = pool.submit(connect_db)
    f3 = pool.submit(send_request)
    # .result() blocks the main thread until that task has finished
    print("f1 result is: ", f1.result())
    print("f2 result is: ", f2.result())
    print("f3 result is: ", f3.result())
    used_time = int(time() - start_time)
    print(f"used time: {used_time}")
    print("--end--")
    pool.shutdown()  # idle workers end


if __name__ == "__main__":
    if variant == "pool":
        run_pool()
    else:
        run_sync()
