package org.lumbosim.model;

/** Test helper: the lowest vertex of a sagittal pelvis outline (OpenSim mesh vertices) once the pelvis turns. */
final class PelvisOutline {
    private PelvisOutline() {
    }

    /**
     * @param outline sagittal (x forward, y up) vertices of a mesh outline, in the pelvis frame (m)
     * @param hip the hip joint centre in the same frame (m; x and y used)
     * @param pelvisRotationRad the model's pelvic rotation (anterior positive; the model turns the
     *     pelvis by minus this about z)
     * @return the vertex lowest after the rotation, relative to the hip (x, y in m)
     */
    static double[] lowestVertexRelativeToHip(double[][] outline, double[] hip, double pelvisRotationRad) {
        double c = Math.cos(-pelvisRotationRad), sn = Math.sin(-pelvisRotationRad);
        double[] best = null;
        for (double[] v : outline) {
            double x = v[0] - hip[0], y = v[1] - hip[1];
            double[] r = {c * x - sn * y, sn * x + c * y};
            if (best == null || r[1] < best[1]) {
                best = r;
            }
        }
        return best;
    }
}
