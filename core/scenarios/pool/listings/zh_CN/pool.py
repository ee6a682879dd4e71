# 三个分别为 1、2、3 个单位的任务：在主线程上一个接一个地执行，
# 或者交给线程池，主线程读取它们的 future。
from concurrent.futures import ThreadPoolExecutor
from time import sleep, time


def read_file():
    sleep(1)  # 一个单位
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
    pool = ThreadPoolExecutor(max_workers=${workers})  # 一组固定的线程，重复使用
    print("--start--")
    start_time = time()
    f1 = pool.submit(read_file)  # 排队：由空闲的工作线程取走
    f2 = pool.submit(connect_db)
    f3 = pool.submit(send_request)
    # .result() 阻塞主线程，直到那个任务完成
    print("f1 result is: ", f1.result())
    print("f2 result is: ", f2.result())
    print("f3 result is: ", f3.result())
    used_time = int(time() - start_time)
    print(f"used time: {used_time}")
    print("--end--")
    pool.shutdown()  # 空闲的工作线程结束


if __name__ == "__main__":
    if variant == "pool":
        run_pool()
    else:
        run_sync()
