//! Giving memory back after a burst, in both processes that watch: the app's window and `lifeboat-watch`. The
//! window's process runs some twenty threads (GTK, WebKit's, Tokio's workers, the watch's and the directory's
//! fetches); glibc gives each thread that allocates an arena of its own, up to eight per core, and keeps what a
//! poll round or an unlock freed in them for reuse rather than returning it. Measured on the large plan 10 s after
//! start (bench/README.md): eleven arenas, and 1.5–2 MB of freed pages held in them.
//!
//! glibc only: other allocators (musl's, Windows' and macOS's heaps) return memory on their own terms, and there
//! these functions do nothing.

/// At most two arenas for the whole process (one for the main thread, one shared by the others): the threads
/// here allocate little and rarely at the same time, so they lose no speed to sharing, and freed memory is
/// found again instead of sitting in an arena no thread uses any more. Call before any thread starts.
pub fn share_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: mallopt takes two integers and changes a setting of glibc's allocator; called from `main` before
    // the first thread exists, so no allocation is in flight. A refusal (return 0) leaves the default.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Returns the freed pages of every arena to the system. For after a burst that allocated a lot and let it go: a
/// watch round (feeds of up to a few megabytes parsed and dropped), an unlock or a lock (the plan's JSON), the
/// place gazetteer let go. A few milliseconds at most; never on a path a person waits on.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: malloc_trim takes the size of padding to keep and only releases free memory glibc owns; it is
    // thread-safe (each arena is locked while it is trimmed).
    unsafe {
        libc::malloc_trim(0);
    }
}
