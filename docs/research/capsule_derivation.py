#!/usr/bin/env python3
"""Derive the facet capsular ligament fibres of Remus et al. (2021)'s ArtiSynth lumbosacral model
into Lumbosim's neutral disc frame (see docs/research/segment-stiffness.md, "The capsular ligaments").

Reads the authors' model files from a local clone of github RemusR9/artisynth_lumbosacralSpineModel
(commit bb81cb1f75c2, BSD 3-Clause; nothing of it is copied here) and prints the rows of
core/src/test/resources/org/lumbosim/model/remus2021_capsules.csv (header lines aside).

Usage: python3 capsule_derivation.py GIT_DIR   (a bare clone or .git directory)

Registration, per level (Remus's global frame: x anterior, y left, z superior, metres):
  * disc normal: unit bisector of the normals of two planes fitted (least squares) to the disc's
    upper-surface nodes and to its lower-surface nodes (annulus rings R1-R4 and nucleus, node sets
    L??_AN_R?O / L??_NPO and ..U in geometry/FE/LSS_20200529), oriented superior;
  * anterior axis: Remus's x made perpendicular to that normal; lateral axis: right (-y);
  * disc centre: in the midsagittal plane (disc nodes within 1.5 mm of it), the midpoint between the
    disc's most anterior and most posterior node along the anterior axis, at the mean height (along
    the normal) of all disc nodes -- the analogue of AMMR's endplate midpoint, our joint centre.
  * each capsule fibre L??_CL_R / L??_CL_L (geometry/L??_Ligs_AS.lig; first point on the upper
    vertebra, second on the lower, LSSBase.CreateUWLigament) is written as (anterior, normal, right)
    coordinates in mm relative to that centre;
  * made symmetric: each right fibre is averaged with the mirror image of the left fibre nearest to
    it (they differ by a few tenths of a mm), and the left side is the mirror of the result, so that a
    symmetric posture gives no lateral shear (Lumbosim's spine is symmetric).
"""
import subprocess
import sys

import numpy as np

BASE = "hybrid_LSS_model/src/artisynth/models/passiveComponents_PlosOne/geometry/"
LEVELS = ["L51", "L45", "L34", "L23", "L12"]


def show(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", "HEAD:" + BASE + path],
                          capture_output=True, text=True, check=True).stdout


def nodes(git_dir, name):
    out = {}
    for line in show(git_dir, "FE/LSS_20200529/" + name + ".node").splitlines():
        c = line.split()
        if len(c) == 4:
            out[int(c[0])] = np.array([float(v) for v in c[1:]])
    return out


def ids(git_dir, name):
    return [int(v) for v in show(git_dir, "FE/LSS_20200529/" + name + ".txt").split()]


def plane_normal(pts):
    p = np.array(pts)
    _, _, vt = np.linalg.svd(p - p.mean(axis=0))
    n = vt[2]
    return n if n[2] > 0 else -n


def capsule_fibres(git_dir, level):
    lines = show(git_dir, level + "_Ligs_AS.lig").splitlines()
    fibres, i = [], 1
    while i < len(lines):
        head = [c.strip() for c in lines[i].split(",")]
        count = int(head[1])
        if "_CL_" in head[0]:
            side = head[0].split("_")[-1]
            for j in range(count):
                v = [float(c) for c in lines[i + 1 + j].split(",")]
                fibres.append((side, j + 1, np.array(v[:3]), np.array(v[3:6])))
        i += 1 + count
    return fibres


def main(git_dir):
    print("level,side,fibre,upper_anterior_mm,upper_normal_mm,upper_right_mm,"
          "lower_anterior_mm,lower_normal_mm,lower_right_mm")
    for level in LEVELS:
        upper, lower, every = [], [], []
        for part in ["AN_R1", "AN_R2", "AN_R3", "AN_R4", "NP"]:
            nd = nodes(git_dir, level + "_" + part)
            every.extend(nd.values())
            stem = level + "_" + (part + "O" if part != "NP" else "NPO")
            upper.extend(nd[k] for k in ids(git_dir, stem))
            lower.extend(nd[k] for k in ids(git_dir, stem[:-1] + "U"))
        n = plane_normal(upper) + plane_normal(lower)
        n /= np.linalg.norm(n)
        a = np.array([1.0, 0, 0]) - n[0] * n
        a /= np.linalg.norm(a)
        r = np.cross(a, n)  # anterior x superior = right in a right-handed (x ant, y left, z sup) frame
        if r[1] > 0:
            r = -r
        every = np.array(every)
        mid = every[np.abs(every[:, 1]) < 0.0015]
        along = mid @ a
        centre_a = (along.min() + along.max()) / 2
        centre_n = (every @ n).mean()
        centre_r = 0.0
        tilt = np.degrees(np.arctan2(n[0], n[2]))
        print("# %s: disc normal tilted %.2f deg anterior of Remus's z; depth %.2f mm; "
              "upper/lower plane angle %.2f deg" % (
                  level, tilt, (along.max() - along.min()) * 1000,
                  np.degrees(np.arccos(np.clip(plane_normal(upper) @ plane_normal(lower), -1, 1)))),
              file=sys.stderr)
        local = {}
        for side, j, up, lo in capsule_fibres(git_dir, level):
            row = []
            for p in (up, lo):
                row += [(p @ a - centre_a) * 1000, (p @ n - centre_n) * 1000, (p @ r - centre_r) * 1000]
            local.setdefault(side, []).append(np.array(row))
        mirror = np.array([1, 1, -1, 1, 1, -1])
        worst = 0.0
        for side in ("R", "L"):
            for j, right in enumerate(local["R"]):
                # the left fibre that mirrors this right one (the files list them in another order)
                left = min(local["L"], key=lambda f: np.linalg.norm(f * mirror - right))
                worst = max(worst, np.abs(left * mirror - right).max())
                row = (right + left * mirror) / 2
                if side == "L":
                    row = row * mirror
                print("%s,%s,%d,%s" % (level, side, j + 1, ",".join("%.2f" % v for v in row)))
        print("# %s: left and right fibres differ by up to %.2f mm from mirror images; averaged"
              % (level, worst), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
