#!/usr/bin/env python3
"""Writes the passive force-length parameters of the lumbar fascicles (myoback_passive.csv).

Source: MyoBack v0.1, the MuJoCo conversion of Christophy et al. (2012)'s OpenSim model Lumbar_C_210
by the MyoSuite team (MyoHub/myo_sim, Apache License 2.0), file back/assets/myoback_assets.xml at
commit 6a6f4dd49b1905f0af702a18fb94fc7a04dfdd99 (blob fc186d9c23377dd30cd7702db6b5fb26716ba3b6, the
file the fascicle forces of extract.py were read from). Each muscle actuator there is a MuJoCo
`general` actuator with biastype "muscle": its passive force is MuJoCo's mju_muscleBias of the
actuator length, the actuator's `lengthrange` and the first eight `biasprm` values
(range[2], force, scale, lmin, lmax, vmax, fpmax). MyoBack's README says step 3 of the conversion
("muscle force optimisation") fitted these parameters to the OpenSim muscles' force-length curves.

Usage: python3 docs/fascicles/passive_extract.py path/to/myoback_assets.xml > myoback_passive.csv
Writes the right-side actuators only (the fascicle dataset uses the right side's forces for both
sides, README.md caveat 2); the model mirrors them by name.
"""
import re
import sys

SOURCE = "MyoBack v0.1 (MyoHub/myo_sim@6a6f4dd back/assets/myoback_assets.xml)"


def main(path):
    text = open(path, encoding="utf-8").read()
    print("fascicle,length_min_m,length_max_m,range_lo,range_hi,force_n,lmax,fpmax,source")
    for m in re.finditer(r'<general name="([^"]+)" class="muscle"[^>]*?lengthrange="([^"]+)"[^>]*?'
                         r'gainprm="([^"]+)"[^>]*?biasprm="([^"]+)"', text):
        name, lr, gain, bias = m.groups()
        if not name.endswith("_r"):
            continue
        lo, hi = (float(v) for v in lr.split())
        b = [float(v) for v in bias.split()]
        if b != [float(v) for v in gain.split()]:
            raise SystemExit(f"{name}: biasprm differs from gainprm")
        if b[3] != 1 or b[4] != 0:
            raise SystemExit(f"{name}: unexpected scale or lmin {b[3]} {b[4]}")
        print(f"{name},{lo},{hi},{b[0]},{b[1]},{b[2]},{b[5]},{b[7]},{SOURCE}")


if __name__ == "__main__":
    main(sys.argv[1])
