#!/usr/bin/env python3
"""Where a process tree's memory is: PSS per process and per mapping (the binary's code and data, each shared
library, heap, anonymous memory), from /proc/PID/smaps, largest first.

    bench/lib/pss-by-mapping.py PID [TOP]     # PID and its descendants (WebKit's web and network processes)
"""
import os
import sys
from collections import defaultdict


def tree(pid):
    pids = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            kids = [int(k) for k in f.read().split()]
    except OSError:
        kids = []
    for k in kids:
        pids += tree(k)
    return pids


def mappings(pid):
    """(name, permissions) -> PSS in kB, for one process."""
    out = defaultdict(int)
    key = None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            parts = line.split()
            if "-" in parts[0] and len(parts) >= 5 and ":" not in parts[0]:
                name = parts[5] if len(parts) > 5 else "[anon]"
                if name.startswith("/memfd:"):
                    name = "[memfd]"
                key = (name, parts[1])
            elif parts[0] == "Pss:" and key:
                out[key] += int(parts[1])
    return out


def main():
    root = int(sys.argv[1])
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    grand = 0
    for pid in tree(root):
        try:
            comm = open(f"/proc/{pid}/comm").read().strip()
            maps = mappings(pid)
        except OSError:
            continue
        total = sum(maps.values())
        grand += total
        print(f"{comm} ({pid}): {total / 1024:.1f} MB PSS")
        by_name = defaultdict(int)
        for (name, perms), kb in maps.items():
            by_name[(os.path.basename(name) if name.startswith("/") else name, perms)] += kb
        for (name, perms), kb in sorted(by_name.items(), key=lambda kv: -kv[1])[:top]:
            print(f"  {kb / 1024:7.1f} MB  {perms}  {name}")
    print(f"all processes: {grand / 1024:.1f} MB PSS")


main()
