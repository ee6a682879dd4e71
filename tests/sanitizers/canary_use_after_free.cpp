// A deliberate use after free. Under AddressSanitizer this must abort (the test is registered
// WILL_FAIL); anywhere else it most likely exits 0, so a passing canary means ASan is off.
#include <cstdio>

int main()
{
    volatile int *p = new int(42);
    delete p;
    const int value = *p; // the bug, on purpose
    std::printf("%d\n", value == 42 ? 0 : 0);
    return 0;
}
