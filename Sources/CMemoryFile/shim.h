// An anonymous in-memory file (Linux memfd_create: in RAM, never on disk, gone when the last descriptor
// closes), for reading an archive held in memory through a file-backed reader
// (Sources/Sociogram/Import/Workbook/ZipContainer.swift says why). Glibc declares memfd_create only with
// _GNU_SOURCE, which Swift's Glibc module does not set, so the system call is made here.
#ifndef SOCIOGRAM_MEMORY_FILE_H
#define SOCIOGRAM_MEMORY_FILE_H
#ifdef __linux__
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/memfd.h>

/// A new anonymous file's descriptor (close-on-exec), or -1.
static inline int sociogram_memory_file(const char *name) {
    return (int)syscall(SYS_memfd_create, name, MFD_CLOEXEC);
}
#endif
#endif
