#pragma once

namespace cutru::reports {

// QPdfWriter compresses each finished page through 10 MB scratch buffers
// (QPdf::ByteStream::chunkSize()). With glibc's defaults they can be mapped and
// unmapped again (or trimmed off the heap) page after page. Measured with the
// benchmark's thousand letters written on a worker thread, as the GUI prints:
// 1.06 s with the defaults, 0.76 s with this; on the main thread glibc's own
// sliding threshold already keeps them (0.70 s either way). This makes blocks up
// to 32 MB (glibc's largest setting) come from the heap, and keeps up to 64 MB of
// free heap for reuse.
//
// It changes the allocator of the whole process, for the rest of its life, so the
// library never calls it by itself: a program that writes large PDFs (the GUI,
// cutru-cli, the benchmark) calls it once at start-up, before its threads start.
// Calling it again does nothing; without glibc it does nothing. Returns whether
// the settings are in force.
bool tuneAllocatorForPdfBatches();

} // namespace cutru::reports
