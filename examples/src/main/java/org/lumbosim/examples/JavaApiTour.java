package org.lumbosim.examples;

import java.util.List;
import java.util.Locale;
import org.lumbosim.Lumbosim;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;

/**
 * A tour of the Java API a developer can copy: a subject, a preset and a custom posture, loads in
 * one or both hands, the one-call facade, the allocation-free workspace path, both muscle models,
 * and what a bad input looks like. Prints what it does; writes nothing.
 *
 * <p>Run: {@code ./lumbosim example JavaApiTour}
 */
public final class JavaApiTour {
    private JavaApiTour() {
    }

    /**
     * @param args ignored except {@code --help}
     */
    public static void main(String[] args) {
        if (!new ExampleArgs("JavaApiTour", "A printed tour of the Java API.").parse(args, System.out)) {
            return;
        }
        Subject woman = new Subject(Sex.FEMALE, 1.65, 60, 35);
        AnalysisResult r = Lumbosim.analyze(woman, PosturePreset.HOLD_FAR.posture(), List.of(HandLoad.ofMassKg(5)));
        System.out.println("1. 5 kg held at arm's length by a 1.65 m, 60 kg woman:");
        for (LevelLoad l : r.levels()) {
            System.out.printf(Locale.ROOT, "   %-6s compression %7.1f N   AP shear %6.1f N   IDP %.3f MPa%n",
                    l.level().label(), l.compressionN(), l.apShearN(), l.idpMPa());
        }
        Posture twisted = Posture.standingFlexed(30).withAxialRotationDeg(10);
        AnalysisResult one = Lumbosim.analyze(woman, twisted, List.of(HandLoad.ofMassKg(8).withHands(Hands.RIGHT)));
        System.out.printf(Locale.ROOT, "2. bent 30 deg, twisted 10 deg left, 8 kg in the right hand: L5-S1 lateral shear %.1f N%n",
                one.l5s1().lateralShearN());
        LumbarModel model = LumbarModel.of(woman).withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        Workspace ws = model.newWorkspace();
        model.solve(Posture.standingFlexed(45), List.of(), ws);
        if (ws.solved()) {
            System.out.printf(Locale.ROOT, "3. multi-fascicle, bent 45 deg: L5-S1 compression %.1f N after %d iterations%n",
                    ws.compressionN(SpinalLevel.L5_S1), ws.iterations());
        }
        try {
            Posture.uprightStanding().withTrunkFlexionDeg(200);
        } catch (ParameterOutOfRangeException e) {
            System.out.println("4. bad input is named: " + e.getMessage());
        }
    }
}
