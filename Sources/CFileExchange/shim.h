// Atomic exchange of two paths (Linux renameat2 with RENAME_EXCHANGE: both names stay valid at every
// moment, each pointing at one of the two folders), for putting a finished output folder in place of
// an existing one (Sources/Sociogram/Output/StagedOutput.swift). Glibc declares renameat2 only with
// _GNU_SOURCE, which Swift's Glibc module does not set, so the system call is made here.
#ifndef SOCIOGRAM_FILE_EXCHANGE_H
#define SOCIOGRAM_FILE_EXCHANGE_H
#ifdef __linux__
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/fs.h>

/// 0 when `a` and `b` were exchanged, else -1 with errno (EINVAL or ENOSYS where the file system or
/// kernel cannot exchange).
static inline int sociogram_exchange_paths(const char *a, const char *b) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
}
#endif
#endif
