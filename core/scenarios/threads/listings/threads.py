# The same two jobs with threads: one process, one memory,
# a thread for each job.
from threading import Thread, get_native_id
from os import getpid
from time import sleep, time

counter = 0  # one copy, shared by every thread


def sing(times):
    global counter
    print(f"sing pid is {getpid()}, thread id is {get_native_id()}")
    for i in range(times):
        sleep(1)  # one unit
        counter += 1
        print(f"sing-{i}")


def dance(times):
    global counter
    print(f"dance pid is {getpid()}, thread id is {get_native_id()}")
    for i in range(times):
        sleep(1)  # one unit
        counter += 1
        print(f"dance-{i}")


def run_sequential():
    sing(${sing})
    dance(${dance})


def run_parallel():
    singer = Thread(target=sing, args=(${sing},))
    dancer = Thread(target=dance, kwargs={"times": ${dance}})
    singer.start()
    dancer.start()
    singer.join()
    dancer.join()


if __name__ == "__main__":
    print(f"---main-start---, pid is {getpid()}")
    start_time = time()
    if variant == "parallel":
        run_parallel()
    else:
        run_sequential()
    used_time = int(time() - start_time)
    print(f"---main-end---, used time {used_time}")
    print(f"counter is {counter}")  # every thread counted into the same variable
