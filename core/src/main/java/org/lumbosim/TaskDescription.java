package org.lumbosim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * A task (posture and loads) in words for the messages of the exceptions {@link Lumbosim} throws, in
 * the names of task files: {@code posture trunkFlexionDeg=45, lumbarFlexionDeg=26.5, ...; arms hang;
 * supports feet; loads 200 kg in both hands}. Angles that are zero are left out. Before the ninth
 * session's newcomer pass the messages printed the records' {@code toString}, e.g.
 * {@code HandLoad[massKg=30.0, forceXN=0.0, ..., positionM=null]}.
 */
final class TaskDescription {
    private TaskDescription() {
    }

    /**
     * @param posture the task's posture
     * @param loads the task's loads
     * @return the task in words, on one line
     */
    static String of(Posture posture, List<? extends ExternalLoad> loads) {
        List<String> angles = new ArrayList<>();
        angle(angles, "trunkFlexionDeg", posture.trunkFlexionDeg());
        angle(angles, "lumbarFlexionDeg", posture.lumbarFlexionDeg());
        angle(angles, "lateralBendDeg", posture.lateralBendDeg());
        angle(angles, "axialRotationDeg", posture.axialRotationDeg());
        angle(angles, "hipFlexionDeg", posture.hipFlexionDeg());
        angle(angles, "kneeFlexionDeg", posture.kneeFlexionDeg());
        if (!posture.armsHang()) {
            angle(angles, "shoulderFlexionDeg", posture.shoulderFlexionDeg());
        }
        angle(angles, "elbowFlexionDeg", posture.elbowFlexionDeg());
        angle(angles, "bodyRollDeg", posture.bodyRollDeg());
        angle(angles, "anklePlantarFlexionDeg", posture.anklePlantarFlexionDeg());
        angle(angles, "shoulderAbductionDeg", posture.shoulderAbductionDeg());
        angle(angles, "hipAdductionDeg", posture.hipAdductionDeg());
        List<String> supports = new ArrayList<>();
        for (Support s : posture.supports()) {
            supports.add(s.id());
        }
        List<String> held = new ArrayList<>();
        for (ExternalLoad l : loads) {
            held.add(load((HandLoad) l));
        }
        return "posture " + (angles.isEmpty() ? "upright (every angle 0)" : String.join(", ", angles))
                + (posture.armsHang() ? "; arms hang" : "") + "; supports "
                + (supports.isEmpty() ? "none" : String.join(", ", supports)) + "; loads "
                + (held.isEmpty() ? "none" : String.join(", ", held));
    }

    private static void angle(List<String> out, String name, double deg) {
        if (deg != 0) {
            out.add(name + "=" + number(deg));
        }
    }

    private static String load(HandLoad l) {
        List<String> parts = new ArrayList<>();
        if (l.massKg() != 0 || (l.forceXN() == 0 && l.forceYN() == 0 && l.forceZN() == 0)) {
            parts.add(number(l.massKg()) + " kg");
        }
        if (l.forceXN() != 0 || l.forceYN() != 0 || l.forceZN() != 0) {
            parts.add("force [" + number(l.forceXN()) + ", " + number(l.forceYN()) + ", " + number(l.forceZN()) + "] N");
        }
        String where = l.positionM() == null ? "" : " at [" + number(l.positionM().xM()) + ", "
                + number(l.positionM().yM()) + ", " + number(l.positionM().zM()) + "] m";
        String hands = switch (l.hands()) {
            case BOTH -> "both hands";
            case LEFT -> "the left hand";
            case RIGHT -> "the right hand";
        };
        return String.join(" and ", parts) + " in " + hands + where;
    }

    /** A number as short as it reads: 3 significant decimals at most, no trailing zeros. */
    private static String number(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
