package org.lumbosim.model;

/** Test access to a model's subject geometry that the public API does not expose. */
public final class GeometryTestAccess {
    private GeometryTestAccess() {
    }

    /**
     * @param model a model
     * @return the radius of its ischial tuberosities' inferior outline (m)
     */
    public static double ischiumRadiusM(LumbarModel model) {
        return model.geometry.ischiumRadiusM;
    }
}
