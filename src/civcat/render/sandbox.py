"""No network in a render worker: the kernel refuses it a network socket (Linux seccomp).

"Rendering never touches the network" must hold whatever a template does. Typst downloads a
`@preview/…` package it does not find in its package folders, and a template can build that name
while Typst runs (`"@pre" + "view/…"`), where no check of the template's text can see it. So each
worker process, before it renders anything, installs a seccomp filter: `socket()` for any family
but AF_UNIX (the pipe to the parent is a Unix socket pair) fails with EACCES, as does io_uring
(which could make sockets without `socket()`). Typst's download then fails at once with
"Permission denied", and the worker does not even look up a host name. A filter cannot be
removed, and it binds every thread the process starts later (Typst's).

Only Linux on x86-64 and ARM64 (the county's machines and CI); elsewhere deny_network returns
False and the refusal of packages in the template's text (templates.refuse_packages) remains.
"""

from __future__ import annotations

import ctypes
import platform
import struct
import sys

# <linux/audit.h>, <asm/unistd.h>: the architecture tag and the system call numbers.
_ARCHES = {  # machine: (AUDIT_ARCH_*, socket, io_uring_setup)
    "x86_64": (0xC000003E, 41, 425),
    "aarch64": (0xC00000B7, 198, 425),
}
_X32_BIT = 0x40000000  # x86-64's x32 system calls: the same numbers with this bit set
_AF_UNIX = 1
_EACCES = 13

# <linux/filter.h>, <linux/seccomp.h>
_LD_W_ABS, _JEQ_K, _RET_K = 0x20, 0x15, 0x06
_RET_ALLOW, _RET_ERRNO = 0x7FFF0000, 0x00050000
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
# Offsets in struct seccomp_data: nr, arch, then args[0] (its low 32 bits: little-endian machines).
_NR, _ARCH, _ARG0 = 0, 4, 16


def _program(arch: int, socket_nr: int, io_uring_nr: int) -> list[tuple[int, int, int, int]]:
    """The filter, as (code, jump if true, jump if false, k); jumps count the instructions skipped."""
    deny = (_RET_K, 0, 0, _RET_ERRNO | _EACCES)
    allow = (_RET_K, 0, 0, _RET_ALLOW)
    return [
        (_LD_W_ABS, 0, 0, _ARCH),
        (_JEQ_K, 1, 0, arch),  # another architecture's calls (i386 on x86-64): refused
        deny,
        (_LD_W_ABS, 0, 0, _NR),
        (_JEQ_K, 4, 0, socket_nr),  # → look at the family
        (_JEQ_K, 3, 0, socket_nr | _X32_BIT),
        (_JEQ_K, 1, 0, io_uring_nr),  # → refused
        allow,
        deny,
        (_LD_W_ABS, 0, 0, _ARG0),  # socket(family, …)
        (_JEQ_K, 0, 1, _AF_UNIX),
        allow,
        deny,
    ]


def deny_network() -> bool:
    """Refuse this process (and the threads it starts from now on) every network socket; True when
    done. Irreversible: call it only in a worker process."""
    if not sys.platform.startswith("linux"):
        return False
    numbers = _ARCHES.get(platform.machine())
    if numbers is None or struct.calcsize("P") != 8:  # a 32-bit Python on a 64-bit kernel: not this filter
        return False
    program = _program(*numbers)
    filters = ctypes.create_string_buffer(b"".join(struct.pack("<HBBI", *row) for row in program))

    class _Program(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    fprog = _Program(len(program), ctypes.addressof(filters))
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return False
        return libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.addressof(fprog), 0, 0) == 0
    except (OSError, AttributeError):
        return False
