# 同样的工作，每个任务一个线程：由操作系统调度，每个线程
# 都在内核里睡眠，而且各有自己的栈。
#
# 一个任务的开销（每次都在新进程中测量，见结果）：
# 每个线程都预留一整个栈（stack_reserved_per_thread_bytes，
# 默认 8 MiB：这是地址空间，还不是内存），并用到其中几页；
# 内核还要为每个线程保存它自己的栈和管理数据。
# 请与协程比较 peak_rss_per_task_bytes 和 create_us_per_task。
# 一次运行不会创建超过这台机器承受能力的线程数（thread_limit）。
from threading import Thread, get_native_id
from time import sleep, time


def task(n):
    for i in range(${awaits}):
        if n < 32:  # 其余的任务计入 "+N more" 泳道
            print(f"task-{n} step {i}, thread id is {get_native_id()}")
        sleep(1)  # 一个单位：这个线程阻塞，操作系统去运行其他线程


if __name__ == "__main__":
    print(f"---main-start---, thread id is {get_native_id()}")
    start_time = time()
    threads = [Thread(target=task, args=(n,)) for n in range(${tasks})]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    used_time = time() - start_time
    print(f"---main-end---, used time {used_time:.2f}")
