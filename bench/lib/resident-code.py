#!/usr/bin/env python3
"""Which crates' code is resident in a running process: reads the executable's mapped pages from
/proc/PID/pagemap (root) and the binary's symbol table, and sums the resident bytes of each crate's functions.

    bench/lib/resident-code.py PID [BINARY]
"""
import re
import struct
import subprocess
import sys
from collections import defaultdict

pid = int(sys.argv[1])
binary = sys.argv[2] if len(sys.argv) > 2 else f"/proc/{pid}/exe"
exe = subprocess.run(["readlink", "-f", f"/proc/{pid}/exe"], capture_output=True, text=True).stdout.strip()
PAGE = 4096

# The executable's mappings: virtual start, end, file offset.
maps = []
for line in open(f"/proc/{pid}/maps"):
    f = line.split()
    if len(f) >= 6 and f[5] == exe:
        lo, hi = (int(x, 16) for x in f[0].split("-"))
        maps.append((lo, hi, int(f[2], 16), f[1]))
base = min(lo - off for lo, hi, off, _ in maps)  # load bias: ELF vaddr + base = runtime address

resident = set()
with open(f"/proc/{pid}/pagemap", "rb") as pm:
    for lo, hi, off, perms in maps:
        pm.seek(lo // PAGE * 8)
        data = pm.read((hi - lo) // PAGE * 8)
        for i in range(len(data) // 8):
            (entry,) = struct.unpack_from("<Q", data, i * 8)
            if entry >> 63 & 1:
                resident.add((lo - base) // PAGE + i)

nm = subprocess.run(["nm", "-C", "--defined-only", "-S", binary], capture_output=True, text=True).stdout
by_crate = defaultdict(lambda: [0, 0])  # crate -> [resident bytes, total bytes]
crate_re = re.compile(r"(?:<|\b)([a-z_][a-z0-9_]*)::")
for line in nm.splitlines():
    f = line.split(" ", 3)
    if len(f) < 4 or f[2] not in "tTwW":
        continue
    addr, size, name = int(f[0], 16), int(f[1], 16), f[3]
    m = crate_re.search(name.lstrip("<&*"))
    crate = m.group(1) if m else "(other)"
    by_crate[crate][1] += size
    for p in range(addr // PAGE, (addr + size - 1) // PAGE + 1):
        if p in resident:
            lo, hi = max(addr, p * PAGE), min(addr + size, (p + 1) * PAGE)
            by_crate[crate][0] += hi - lo
total = sum(v[0] for v in by_crate.values())
print(f"resident code attributed to functions: {total / 1048576:.1f} MB")
for crate, (res, size) in sorted(by_crate.items(), key=lambda kv: -kv[1][0])[:25]:
    print(f"  {res / 1048576:6.2f} MB of {size / 1048576:6.2f} MB  {crate}")
