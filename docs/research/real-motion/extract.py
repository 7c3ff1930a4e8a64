#!/usr/bin/env python3
"""Reproduce the real-motion excerpts described in README.md.

Each excerpt is cut from a public OpenSim / OpenCap result file at a pinned commit:
rows outside the time window are dropped, every kept line is copied byte for byte,
and the header is copied unchanged except its row count (nRows=), which is set to
the number of rows kept so that the file stays self-consistent.

Usage: python3 extract.py MIRROR_ROOT OUT_DIR
MIRROR_ROOT holds bare clones named <owner>+<name>/repo (any clone works: pass its
git directory layout the same way). Nothing is downloaded by this script.
"""
import os
import subprocess
import sys

# (output file, repository, commit, path in repository, first time s, last time s)
# A window of None keeps the whole file.
EXCERPTS = [
    ("opencap_laiuhlrich2022_squats_ik.mot",
     "stanfordnmbl/opencap-processing", "dd0b30c2ee8937938c3a40fe75f661641e61fc61",
     "Moco/exampleSquat/squats1_videoAndMocap.mot", 1.0, 4.0),
    ("opensimcore_rajagopal2016_walk_ik.sto",
     "opensim-org/opensim-core", "0435b081dc383498e217f92ca63bb97616145c14",
     "OpenSim/Examples/Moco/example3DWalking/coordinates.sto", 1.4, 1.8),
    ("opensimcore_rajagopal2016_walk_id.sto",
     "opensim-org/opensim-core", "0435b081dc383498e217f92ca63bb97616145c14",
     "OpenSim/Examples/Moco/example3DWalking/id_walk.sto", 1.4, 1.8),
    ("opensimcore_gait2354_walk_ik.mot",
     "opensim-org/opensim-core", "0435b081dc383498e217f92ca63bb97616145c14",
     "Applications/ID/tests/resources/subject01_walk1_ik.mot", None, None),
    ("opensimcore_gait2354_walk_id.sto",
     "opensim-org/opensim-core", "0435b081dc383498e217f92ca63bb97616145c14",
     "Applications/ID/tests/resources/std_subject01_InverseDynamics.sto", None, None),
]

EPS = 1e-9


def source_bytes(mirror_root, repo, commit, path):
    git_dir = os.path.join(mirror_root, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def cut(data, first, last):
    lines = data.decode("utf-8").splitlines(keepends=True)
    end = next(i for i, line in enumerate(lines) if line.strip().lower() == "endheader")
    header, labels, rows = lines[:end + 1], lines[end + 1], lines[end + 2:]
    rows = [r for r in rows if r.strip()]
    if first is not None:
        rows = [r for r in rows if first - EPS <= float(r.split()[0]) <= last + EPS]
    header = [f"nRows={len(rows)}" + line[len(line.rstrip("\r\n")):]
              if line.startswith("nRows=") else line for line in header]
    return "".join(header + [labels] + rows).encode("utf-8"), len(rows)


def main(mirror_root, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for name, repo, commit, path, first, last in EXCERPTS:
        data, n = cut(source_bytes(mirror_root, repo, commit, path), first, last)
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
        print(f"{name}: {n} rows from {repo}@{commit[:12]}:{path}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
