# 两个任务，唱歌和跳舞：先在主进程中一个接一个地执行，
# 然后各在自己的进程中执行。
from multiprocessing import Process
from os import getpid, getppid
from time import sleep, time

counter = 0  # 每个进程都得到它自己的一份副本


def sing(times):
    global counter
    print(f"sing pid is {getpid()}")
    print(f"sing parent process pid is {getppid()}")
    for i in range(times):
        sleep(1)  # 一个单位
        counter += 1
        print(f"sing-{i}")


def dance(times):
    global counter
    print(f"dance pid is {getpid()}")
    print(f"dance parent process pid is {getppid()}")
    for i in range(times):
        sleep(1)  # 一个单位
        counter += 1
        print(f"dance-{i}")


def run_sequential():
    sing(${sing})
    dance(${dance})


def run_parallel():
    singer = Process(target=sing, args=(${sing},))
    dancer = Process(target=dance, kwargs={"times": ${dance}})
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
    print(f"counter is {counter}")  # 子进程的计数留在子进程里
