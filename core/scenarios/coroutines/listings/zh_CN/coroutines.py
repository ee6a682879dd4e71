# 协程：很多任务在同一个线程上。决定下一个谁运行的是程序的
# 事件循环，而不是操作系统：一个任务运行到 await 为止，然后事件循环
# 恢复另一个等待已结束的任务。
#
# 一个任务的开销（每次都在新进程中测量，见结果）：
# 挂起的协程只在堆上保留它的帧：局部变量和
# 它停下来的位置，只有几百字节（frame_bytes_per_coroutine）；
# 线程要预留一整个栈（stack_reserved_per_thread_bytes，默认
# 8 MiB），并用到其中几页，另外还有内核为每个线程占用的
# 内存。请比较 peak_rss_per_task_bytes 和 create_us_per_task。
import asyncio
from threading import get_native_id
from time import time


async def task(n):
    for i in range(${awaits}):
        if n < 32:  # 其余的任务计入 "+N more" 泳道
            print(f"task-{n} step {i}, thread id is {get_native_id()}")
        await asyncio.sleep(1)  # 一个单位：挂起，事件循环去运行其他任务


async def main():
    print(f"---main-start---, thread id is {get_native_id()}")
    start_time = time()
    # C++（QCoro）立即启动任务，并运行到它的第一个 await；
    # asyncio 在事件循环的下一轮才启动它。无论哪种：都没有新线程。
    tasks = [asyncio.create_task(task(n)) for n in range(${tasks})]
    await asyncio.gather(*tasks)  # 事件循环在这个线程上运行所有任务
    used_time = time() - start_time
    print(f"---main-end---, used time {used_time:.2f}")


asyncio.run(main())
