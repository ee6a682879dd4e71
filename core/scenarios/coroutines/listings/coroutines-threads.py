# The same work with one thread per task: the OS schedules them, each one
# sleeps in the kernel, and each has a stack of its own.
#
# What a task costs (measured in a fresh process each time: see the results):
#   every thread reserves a whole stack (stack_reserved_per_thread_bytes,
#   8 MiB by default: address space, not yet memory) and touches a few pages
#   of it; the kernel keeps a stack and bookkeeping of its own per thread.
#   Compare peak_rss_per_task_bytes and create_us_per_task with coroutines.
#   A run refuses more threads than this machine can spare (thread_limit).
from threading import Thread, get_native_id
from time import sleep, time


def task(n):
    for i in range(${awaits}):
        if n < 32:  # the others are counted on the "+N more" lane
            print(f"task-{n} step {i}, thread id is {get_native_id()}")
        sleep(1)  # one unit: this thread blocks, the OS runs the others


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
