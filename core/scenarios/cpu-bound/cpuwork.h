#pragma once

#include <QtGlobal>

#include <stop_token>

namespace conlab {

// The cpu-bound scenario's work: counting primes by trial division in fixed chunks of numbers
// far enough from zero that every chunk costs about the same (about 5 ms here, near CPython's
// 5 ms thread switch interval).
inline constexpr qint64 kPrimeStart = 10'000'000;
inline constexpr qint64 kChunkSize = 20'000;
inline constexpr int kMaxChunks = 100'000; // the last one still ends below 2^32

bool isPrime(quint32 n);
// Primes in chunk `chunk`: [kPrimeStart + chunk·kChunkSize, + kChunkSize). -1 if stopped first.
int countPrimesInChunk(int chunk, std::stop_token stop = {});

// CPU time the calling thread has used (CLOCK_THREAD_CPUTIME_ID), in nanoseconds.
qint64 threadCpuNs();

// Cores this process may run on (its affinity mask), at least 1.
int availableCores();

} // namespace conlab
