#include "reports/pdf_memory.h"

#include <cstdlib> // defines __GLIBC__ (through <features.h>) when the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cutru::reports {

bool tuneAllocatorForPdfBatches()
{
#if defined(__GLIBC__)
    static const bool done = [] {
        return mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024) == 1 && mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024) == 1;
    }();
    return done;
#else
    return false;
#endif
}

} // namespace cutru::reports
