package org.lumbosim.model;

/**
 * Test access to the passive tension of the stretched erectors ({@link PassiveMuscles}) that the public
 * API gives only as its flexion moment and compression: the whole force and moment vectors at every level.
 */
public final class PassiveMuscleTestAccess {
    private PassiveMuscleTestAccess() {
    }

    /**
     * @param ws a workspace after a solve
     * @return the passive fascicles' summed force on the body above each disc (N, world, {@code 3 * level}),
     *     then their moment about each disc centre (N·m, world, {@code 15 + 3 * level}); a copy
     */
    public static double[] forceAndMoment(Workspace ws) {
        PassiveMuscles pm = ws.pipeline.passiveMuscles;
        double[] out = new double[6 * LumbarModel.LEVELS];
        System.arraycopy(pm.forceN, 0, out, 0, pm.forceN.length);
        System.arraycopy(pm.momentNm, 0, out, pm.forceN.length, pm.momentNm.length);
        return out;
    }

    /**
     * The same sums rebuilt from a multi-fascicle workspace's recruited geometry: each passive fascicle's force
     * times the unit pull and moment arm the recruitment uses for the multi-fascicle line of that name.
     *
     * @param ws a multi-fascicle workspace after a solve
     * @return the vectors in the layout of {@link #forceAndMoment}
     * @throws IllegalArgumentException if the workspace's model is not the multi-fascicle one
     */
    public static double[] alongMultiFascicleLines(Workspace ws) {
        MuscleSet lines = ws.model().muscleSet();
        if (lines != MuscleSet.of(MuscleModelKind.MULTI_FASCICLE)) {
            throw new IllegalArgumentException("the workspace's model recruits " + lines.count() + " lines, not the fascicles");
        }
        PassiveMuscles pm = ws.pipeline.passiveMuscles;
        MuscleGeometry geometry = ws.pipeline.muscleGeometry;
        int n = lines.count();
        double[] out = new double[6 * LumbarModel.LEVELS];
        for (int j = 0; j < pm.fascicleCount(); j++) {
            int i = 0;
            while (!lines.reference.get(i).name().equals(pm.fascicleName(j))) {
                i++;
            }
            double t = pm.fascicleForceN[j];
            for (int k = lines.levelLo[i]; k < lines.levelHi[i]; k++) {
                int u = 3 * (k * n + i);
                for (int c = 0; c < 3; c++) {
                    out[3 * k + c] += t * geometry.unitForce[u + c];
                    out[3 * LumbarModel.LEVELS + 3 * k + c] += t * geometry.momentArm[u + c];
                }
            }
        }
        return out;
    }
}
