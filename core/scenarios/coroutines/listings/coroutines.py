# Coroutines: many tasks on ONE thread. The program's event loop, not the OS,
# decides who runs next: a task runs until it awaits, then the loop resumes
# another whose wait is over.
#
# What a task costs (measured in a fresh process each time: see the results):
#   a suspended coroutine keeps only its frame on the heap, its locals and the
#   point where it stopped: a few hundred bytes (frame_bytes_per_coroutine);
#   a thread reserves a whole stack (stack_reserved_per_thread_bytes, 8 MiB by
#   default) and touches a few pages of it, plus the kernel's own per-thread
#   memory. Compare peak_rss_per_task_bytes and create_us_per_task.
import asyncio
from threading import get_native_id
from time import time


async def task(n):
    for i in range(${awaits}):
        if n < 32:  # the others are counted on the "+N more" lane
            print(f"task-{n} step {i}, thread id is {get_native_id()}")
        await asyncio.sleep(1)  # one unit: suspended, the loop runs the others


async def main():
    print(f"---main-start---, thread id is {get_native_id()}")
    start_time = time()
    # C++ (QCoro) starts a task at once and runs it to its first await;
    # asyncio starts it at the loop's next turn. Either way: no new thread.
    tasks = [asyncio.create_task(task(n)) for n in range(${tasks})]
    await asyncio.gather(*tasks)  # the loop runs every task on this thread
    used_time = time() - start_time
    print(f"---main-end---, used time {used_time:.2f}")


asyncio.run(main())
