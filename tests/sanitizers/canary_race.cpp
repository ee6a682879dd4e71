// A deliberate data race. Under ThreadSanitizer this must be reported (the test is registered
// WILL_FAIL); anywhere else it exits 0, so a passing canary means the sanitizer is off.
#include <cstdio>
#include <thread>

int main()
{
    int shared = 0;
    std::thread a([&] {
        for (int i = 0; i < 100000; ++i)
            ++shared;
    });
    std::thread b([&] {
        for (int i = 0; i < 100000; ++i)
            ++shared;
    });
    a.join();
    b.join();
    std::printf("%d\n", shared > 0 ? 0 : 1);
    return 0;
}
