#!/usr/bin/env python3
"""MyoBack's passive muscle forces and their L4-L5 moment at its default pose and flexed
(docs/research/silent-tissues.md, "Diagnosis").

Needs MuJoCo's Python bindings (PyPI `mujoco`, 3.14.0 used) and a copy of MyoBack's files:
  back/myoback.xml, back/assets/myoback_assets.xml, back/assets/myoback_body.xml
from MyoHub/myo_sim at commit 6a6f4dd49b1905f0af702a18fb94fc7a04dfdd99 (Apache License 2.0), in
DIR. The script writes a copy without the mesh geoms and the scene include next to them and loads it
(the meshes are visual only; the wrapping cylinders and ellipsoids the tendons use are kept).

Usage: python3 silent_tissues_myoback.py DIR
Prints, for flex_extension 0 and -0.5 rad (the file's coupled coordinates set by its equality
constraints), per group: the passive force of both sides (N) and its moment about L4_L5_FE (N*m,
+ extends, by a 1e-6 rad finite difference of the actuator lengths); then the normalised length L of
each group's right-side actuators at the default pose.
"""
import collections
import os
import re
import statistics
import sys

import mujoco

GROUPS = collections.OrderedDict([
    ("erector", r"^(IL|LTp|MF)"), ("quadratus lumborum", r"^QL"), ("rectus abdominis", r"^rect_abd"),
    ("external oblique", r"^EO"), ("internal oblique", r"^IO"), ("psoas", r"^Ps_")])


def stripped(directory):
    out = os.path.join(directory, "back", "myoback_nomesh.xml")
    assets = open(os.path.join(directory, "back", "assets", "myoback_assets.xml"), encoding="utf-8").read()
    body = open(os.path.join(directory, "back", "assets", "myoback_body.xml"), encoding="utf-8").read()
    top = open(os.path.join(directory, "back", "myoback.xml"), encoding="utf-8").read()
    assets = re.sub(r"\s*<(mesh|texture) [^>]*/>", "", assets)
    body = re.sub(r"\s*<geom [^>]*mesh=[^>]*/>", "", body)
    open(os.path.join(directory, "back", "assets", "assets_nomesh.xml"), "w", encoding="utf-8").write(assets)
    open(os.path.join(directory, "back", "assets", "body_nomesh.xml"), "w", encoding="utf-8").write(body)
    top = top.replace('<include file="../scene/myosuite_scene.xml"/>', "")
    top = top.replace("assets/myoback_assets.xml", "assets/assets_nomesh.xml").replace(
        "assets/myoback_body.xml", "assets/body_nomesh.xml")
    open(out, "w", encoding="utf-8").write(top)
    return out


def pose(m, d, flex_extension):
    """All coordinates zero but flex_extension; the coupled ones from the equality constraints."""
    d.qpos[:] = 0
    d.qpos[m.jnt_qposadr[m.joint("flex_extension").id]] = flex_extension
    for i in range(m.neq):
        if m.eq_type[i] == mujoco.mjtEq.mjEQ_JOINT:
            j1, j2, c = m.eq_obj1id[i], m.eq_obj2id[i], m.eq_data[i]
            x = d.qpos[m.jnt_qposadr[j2]] if j2 >= 0 else 0
            d.qpos[m.jnt_qposadr[j1]] = c[0] + c[1] * x + c[2] * x * x
    mujoco.mj_forward(m, d)


def normalised(m, i, length):
    r0, r1 = m.actuator_biasprm[i][:2]
    lo, hi = m.actuator_lengthrange[i]
    return r0 + (length - lo) * (r1 - r0) / (hi - lo)


def main(directory):
    m = mujoco.MjModel.from_xml_path(stripped(directory))
    d = mujoco.MjData(m)
    adr = m.jnt_qposadr[m.joint("L4_L5_FE").id]
    for fe in (0.0, -0.5):
        pose(m, d, fe)
        force = -d.actuator_force.copy()  # zero activation: the passive (bias) force, as tension
        length = d.actuator_length.copy()
        d.qpos[adr] += 1e-6
        mujoco.mj_forward(m, d)
        arm = (d.actuator_length - length) / 1e-6
        print(f"flex_extension {fe} rad")
        total = 0
        for name, rx in GROUPS.items():
            idx = [i for i in range(m.nu) if re.match(rx, m.actuator(i).name)]
            moment = -sum(force[i] * arm[i] for i in idx)
            total += moment
            print(f"  {name:20s} force {sum(force[i] for i in idx):8.1f} N   L4-L5 moment {moment:7.2f} N*m")
        print(f"  {'all':20s} {'':24s} L4-L5 moment {total:7.2f} N*m")
    pose(m, d, 0.0)
    print("normalised length L at the default pose (right side): median, min, max")
    for name, rx in GROUPS.items():
        ls = [normalised(m, i, d.actuator_length[i]) for i in range(m.nu)
              if re.match(rx, m.actuator(i).name) and m.actuator(i).name.endswith("_r")]
        print(f"  {name:20s} n={len(ls):2d} {statistics.median(ls):.3f} {min(ls):.3f} {max(ls):.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
