package org.lumbosim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.internal.Units;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Fascicle;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodyPose;
import org.lumbosim.result.BodySide;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;
import org.lumbosim.result.SupportReaction;
import org.lumbosim.result.TrunkOnThighsPush;
import org.lumbosim.result.WholeBodyBalance;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;

/**
 * One-call entry point: a person, a posture and loads in, the loads on every lumbar disc out.
 * Allocates a workspace per call; for sweeps and populations use {@link LumbarModel#solve} with a
 * reused {@link Workspace} (same numbers, no allocation).
 *
 * <pre>{@code
 * AnalysisResult r = Lumbosim.analyze(Subject.defaultSubject(),
 *         PosturePreset.LIFT_ROUND_BACK.posture(), List.of(HandLoad.ofMassKg(20)));
 * double compressionN = r.l5s1().compressionN();
 * }</pre>
 */
public final class Lumbosim {
    /** The reason of an {@link UnsupportedPostureException} whose contacts would have to pull. */
    private static final String PULL_REASON = "the supports cannot hold the body with pushing forces (whole-body"
            + " equilibrium would need a contact to pull)";

    private Lumbosim() {
    }

    /**
     * Solves with the default model of the subject (single-equivalent muscles, squared stress).
     *
     * @param subject the person (not modified)
     * @param posture the posture (not modified)
     * @param loads hand loads (not modified)
     * @return the loads at every level
     * @throws InfeasibleRecruitmentException if the muscles cannot balance the loads
     */
    public static AnalysisResult analyze(Subject subject, Posture posture, List<? extends ExternalLoad> loads) {
        return analyze(LumbarModel.of(subject), posture, loads);
    }

    /**
     * Solves with a given model.
     *
     * @param model the model (not modified)
     * @param posture the posture (not modified)
     * @param loads hand loads (not modified)
     * @return the loads at every level
     * @throws InfeasibleRecruitmentException if the muscles cannot balance the loads
     * @throws LumbosimException if the recruitment does not converge
     */
    public static AnalysisResult analyze(LumbarModel model, Posture posture, List<? extends ExternalLoad> loads) {
        Checks.given(model, "model", "a lumbar model is needed (LumbarModel.of(subject))");
        Workspace ws = model.newWorkspace();
        model.solve(posture, loads, ws);
        return toResult(ws, posture, loads);
    }

    /**
     * Solves with a given model in a reused workspace, started cold ({@link Workspace#resetWarmStart()}):
     * the result is bit for bit that of {@link #analyze(LumbarModel, Posture, List)}, whatever the
     * workspace solved before, without building a workspace per call. For many one-off solves on one
     * thread (a validation table, a day's activities); sweeps that want warm starts use
     * {@link LumbarModel#solve}.
     *
     * @param model the model (not modified)
     * @param posture the posture (not modified)
     * @param loads hand loads (not modified)
     * @param ws a workspace of a model with the same muscle model ({@link LumbarModel#workspaceFrom}; modified:
     *     it holds this solve afterwards)
     * @return the loads at every level
     * @throws IllegalArgumentException if the workspace was made for another muscle model, or an argument is null
     * @throws InfeasibleRecruitmentException if the muscles cannot balance the loads
     * @throws LumbosimException if the recruitment does not converge
     */
    public static AnalysisResult analyze(LumbarModel model, Posture posture, List<? extends ExternalLoad> loads,
                                         Workspace ws) {
        Checks.given(model, "model", "a lumbar model is needed (LumbarModel.of(subject))");
        Checks.given(ws, "ws", "a workspace of the model is needed (model.workspaceFrom(ws))");
        ws.resetWarmStart();
        model.solve(posture, loads, ws);
        return toResult(ws, posture, loads);
    }

    /**
     * Turns the state of a workspace after {@link LumbarModel#solve} into an immutable result.
     *
     * @param ws the workspace after a solve (not modified)
     * @param posture the posture solved (for messages)
     * @param loads the loads solved (for messages)
     * @return the result; flagged {@link AnalysisResult#overloaded()} when the task was beyond the
     *     subject's strength and the model's {@code OverloadPolicy.REPORT} gave it loads at the strength
     *     it requires
     * @throws SlidingSupportException if a contact would need more friction than its surface gives
     * @throws DiscTensionException if the contacts on the upper body would pull a lumbar disc apart even with
     *     their least share of the body's weight
     * @throws BaseOutsideContactsException (an {@link UnsupportedPostureException}) if the lower contacts'
     *     resultant would act outside the region of the contacts it stands for
     * @throws BaseOutOfReachException (an {@link UnsupportedPostureException}) if the lower contacts'
     *     resultant would act beyond {@link PositionM#MAX_ABS_M} from the disc
     * @throws UnsupportedPostureException if the supports could not hold the body, or the abdomen would
     *     pass into the thighs ({@link Support#TRUNK_ON_THIGHS}), or a hand into its thigh
     *     ({@link Support#HANDS_ON_THIGHS})
     * @throws InfeasibleRecruitmentException if the solve was infeasible
     * @throws LumbosimException if it did not converge
     * @throws IllegalArgumentException if an argument is null, or the workspace holds no completed solve
     *     ({@link Workspace#solveCompleted()}: a new workspace, or one whose last solve threw)
     */
    public static AnalysisResult toResult(Workspace ws, Posture posture, List<? extends ExternalLoad> loads) {
        Checks.given(ws, "ws", "the workspace the task was solved in is needed");
        Checks.given(posture, "posture", "the posture the task was solved with is needed");
        Checks.givenEach(loads, "loads", "the loads the task was solved with are needed (List.of() for none)");
        if (!ws.solveCompleted()) {
            throw notCompleted(TaskDescription.of(posture, loads));
        }
        if (ws.solved() || ws.overloaded()) {
            baseWithinReach(ws, posture, loads);
            return result(ws, posture.has(Support.TRUNK_ON_THIGHS), posture.has(Support.HANDS_ON_THIGHS));
        }
        if (ws.trunkOnThighsPassesIntoThighs()) {
            double depth = -ws.trunkOnThighsGapM();
            String reason = String.format(Locale.ROOT, "trunk_on_thighs: the abdomen would pass %.3f m into the "
                    + "thighs (at most %.3f m allowed)", depth, Support.CONTACT_TOLERANCE_M);
            throw new UnsupportedPostureException(String.format(Locale.ROOT, "the supports %s cannot hold the body: "
                    + "%s: bend the trunk or the hips less; %s", posture.supports(), reason,
                    TaskDescription.of(posture, loads)), reason, Support.TRUNK_ON_THIGHS, depth);
        }
        for (int side = 0; side < 2; side++) {
            if (ws.handOnThighPassesIntoThigh(side)) {
                double depth = -ws.handsOnThighsGapM(side);
                String reason = String.format(Locale.ROOT, "hands_on_thighs: the %s hand would pass %.3f m into its "
                        + "thigh (at most %.3f m allowed)", BodySide.ofIndex(side).id(), depth,
                        Support.CONTACT_TOLERANCE_M);
                throw new UnsupportedPostureException(String.format(Locale.ROOT, "the supports %s cannot hold the "
                        + "body: %s: raise the hand or bend the elbow less; %s", posture.supports(),
                        reason, TaskDescription.of(posture, loads)), reason, Support.HANDS_ON_THIGHS, depth);
            }
        }
        Support sliding = ws.slidingSupport();
        if (sliding != null) {
            String reason = ws.baseResultant()
                    ? String.format(Locale.ROOT, "%s: the lower contacts' resultant needs friction %.3f of its push "
                            + "(at most %.3f, the largest measured static coefficient)", baseSupports(posture),
                            ws.neededFrictionRatio(), ws.allowedFrictionRatio())
                    : String.format(Locale.ROOT, "%s: the contact needs friction %.3f of its push (at most %.3f, "
                            + "the largest measured static coefficient)", sliding.name().toLowerCase(Locale.ROOT),
                            ws.neededFrictionRatio(), ws.allowedFrictionRatio());
            throw new SlidingSupportException(String.format(Locale.ROOT, "the supports %s cannot hold the body: %s: "
                    + "it would slide; %s", posture.supports(), reason, TaskDescription.of(posture, loads)),
                    reason, sliding, ws.neededFrictionRatio(), ws.allowedFrictionRatio());
        }
        if (ws.baseOutsideContactsM() > 0) {
            int i = ws.supportReactionCount() - 1;
            Support base = ws.supportReactionSupport(i);
            String reason = String.format(Locale.ROOT, "%s: the lower contacts' resultant (%.1f N up, %.1f N "
                    + "horizontal) would act at [%.3f, %.3f] m, %.3f m outside its contacts (at most %.3f m allowed)",
                    baseSupports(posture), ws.supportReactionForceN(i, 1),
                    Math.hypot(ws.supportReactionForceN(i, 0), ws.supportReactionForceN(i, 2)),
                    ws.supportReactionPointM(i, 0), ws.supportReactionPointM(i, 2), ws.baseOutsideContactsM(),
                    ws.baseAllowedOutsideM());
            throw new BaseOutsideContactsException(String.format(Locale.ROOT, "the supports %s cannot hold the body: "
                    + "%s: no contact is there to push; %s", posture.supports(), reason,
                    TaskDescription.of(posture, loads)), reason, base, ws.supportReactionForceN(i, 1),
                    ws.baseOutsideContactsM());
        }
        SpinalLevel apart = ws.pulledApartLevel();
        if (apart != null) {
            Support pulling = ws.pullingSupport();
            String reason = String.format(Locale.ROOT, "%s: %s compression %.1f N at the contacts' least share of the "
                    + "body's weight (at least 0 allowed: a disc carries no tension)",
                    pulling == null ? "upper contacts" : pulling.name().toLowerCase(Locale.ROOT), apart.label(),
                    ws.pulledApartCompressionN());
            throw new DiscTensionException(String.format(Locale.ROOT, "the supports %s cannot hold the body: %s: the "
                    + "lower body would hang from the lumbar spine; %s", posture.supports(), reason,
                    TaskDescription.of(posture, loads)), reason, pulling, apart, ws.pulledApartCompressionN());
        }
        if (!ws.supportsBalanced()) {
            throw new UnsupportedPostureException("the supports " + posture.supports() + " cannot hold the body with "
                    + "pushing forces (whole-body equilibrium would need a contact to pull); "
                    + TaskDescription.of(posture, loads), PULL_REASON, null, Double.NaN);
        }
        int row = ws.qpWorstRow();
        SpinalLevel level = SpinalLevel.ofIndex(row / 3);
        String axis = switch (row % 3) {
            case 0 -> "flexion-extension";
            case 1 -> "lateral bending";
            default -> "axial rotation";
        };
        String context = TaskDescription.of(posture, loads);
        if (ws.status() == QpStatus.INFEASIBLE) {
            throw new InfeasibleRecruitmentException(level, axis, ws.qpResidualNm(), requiredMuscleStressMPa(ws),
                    ws.model().tissueParameters().maxMuscleStressPa() * Units.MPA_PER_PA, context);
        }
        throw new LumbosimException("muscle recruitment did not converge in " + ws.iterations()
                + " iterations; largest residual " + RangeText.number(ws.qpResidualNm()) + " N·m at " + level.label()
                + " (" + axis + "); " + context);
    }

    /**
     * @return the supports under the body that a base resultant stands for (the lower point contacts and
     *     the resting supports under the body), lower case, comma-separated, in {@link Support}'s order
     */
    private static String baseSupports(Posture posture) {
        StringBuilder out = new StringBuilder();
        for (Support s : posture.supports()) {
            if (s != Support.BACKREST && s != Support.ARMRESTS && !s.onUpperBody() && s != Support.HANDS_ON_THIGHS
                    && s != Support.TRUNK_ON_THIGHS) {
                out.append(out.length() == 0 ? "" : ", ").append(s.name().toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /**
     * Refuses a solve whose lower contacts' resultant ({@link Workspace#baseResultant()}) acts beyond the
     * model's reach ({@link PositionM#MAX_ABS_M} from the L5-S1 disc): the remainder of the body's
     * weight they carry is then so small against its moment (a lying surface carrying nearly all of the
     * body) that its centre of pressure lies metres away, outside any contact, where no floor or seat can
     * push. Before, its {@link PositionM} refused the point as if it were an input, naming a coordinate
     * the caller never gave ({@code xM = -8.36 m is outside the model's valid range}).
     */
    private static void baseWithinReach(Workspace ws, Posture posture, List<? extends ExternalLoad> loads) {
        for (int i = 0; i < ws.supportReactionCount(); i++) {
            if (ws.supportReactionSide(i) >= 0) {
                continue;
            }
            double x = ws.supportReactionPointM(i, 0);
            double z = ws.supportReactionPointM(i, 2);
            double far = Math.max(Math.abs(x), Math.abs(z));
            if (far > PositionM.MAX_ABS_M) {
                String reason = String.format(Locale.ROOT, "base centre of pressure: the lower contacts' resultant "
                        + "(%.1f N up) would act at [%.3f, %.3f] m from the L5-S1 disc (at most %.1f m allowed, the "
                        + "model's reach), outside any contact", ws.supportReactionForceN(i, 1), x, z,
                        PositionM.MAX_ABS_M);
                throw new BaseOutOfReachException(String.format(Locale.ROOT, "the supports %s cannot hold the "
                        + "body: %s; %s", posture.supports(), reason, TaskDescription.of(posture, loads)), reason,
                        ws.supportReactionSupport(i), far);
            }
        }
    }

    /**
     * The immutable result of a solved workspace, with the thighs' push on the trunk and on the hands
     * where its posture has those supports.
     */
    private static AnalysisResult result(Workspace ws, boolean trunkOnThighs, boolean handsOnThighs) {
        List<LevelLoad> levels = new ArrayList<>();
        for (SpinalLevel l : SpinalLevel.values()) {
            levels.add(new LevelLoad(l, ws.compressionN(l), ws.apShearN(l), ws.lateralShearN(l), ws.idpMPa(l),
                    ws.netMomentNm(l, 0), ws.netMomentNm(l, 1), ws.netMomentNm(l, 2), ws.passiveMomentNm(l)));
        }
        List<MuscleForce> muscles = new ArrayList<>();
        List<Fascicle> f = ws.model().fascicles();
        for (int i = 0; i < f.size(); i++) {
            double force = ws.muscleForceN(i);
            muscles.add(new MuscleForce(f.get(i).name(), f.get(i).group(), f.get(i).side(), force,
                    force / f.get(i).pcsaM2() * Units.MPA_PER_PA));
        }
        return new AnalysisResult(levels, muscles, ws.iapForceN(), ws.backrestForceN(), ws.equilibriumResidualNm(),
                ws.iterations(), pose(ws), balance(ws), ws.overloaded(), trunkOnThighs ? trunkOnThighs(ws) : null,
                handsOnThighs ? handsOnThighs(ws) : List.of());
    }

    /**
     * The thighs' push on a trunk bent forward onto them in the last solve of a workspace whose posture
     * has {@link Support#TRUNK_ON_THIGHS}.
     *
     * @param ws the workspace after a solve (not modified)
     * @return the push (N), where it acts (m) and the abdomen's gap from the thighs (m)
     */
    private static TrunkOnThighsPush trunkOnThighs(Workspace ws) {
        return new TrunkOnThighsPush(new PositionM(ws.trunkOnThighsPointM(0), ws.trunkOnThighsPointM(1),
                ws.trunkOnThighsPointM(2)), ws.trunkOnThighsForceN(0), ws.trunkOnThighsForceN(1),
                ws.trunkOnThighsForceN(2), ws.trunkOnThighsGapM());
    }

    /**
     * The thighs' push on each hand in the last solve of a workspace whose posture has
     * {@link Support#HANDS_ON_THIGHS}.
     *
     * @param ws the workspace after a solve (not modified)
     * @return left then right: the push (N), where it acts (m) and the hand's gap from its thigh (m)
     */
    private static List<HandOnThighPush> handsOnThighs(Workspace ws) {
        List<HandOnThighPush> hands = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            hands.add(new HandOnThighPush(BodySide.ofIndex(side), new PositionM(ws.handOnThighPointM(side, 0),
                    ws.handOnThighPointM(side, 1), ws.handOnThighPointM(side, 2)), ws.handOnThighForceN(side, 0),
                    ws.handOnThighForceN(side, 1), ws.handOnThighForceN(side, 2), ws.handsOnThighsGapM(side)));
        }
        return hands;
    }

    /**
     * The refusal of a workspace that holds no completed solve ({@link Workspace#solveCompleted()}), whose stages
     * hold zeros (a new workspace) or part of a solve that threw. Built only when refusing, so that reading a
     * completed solve describes no task.
     *
     * @param task what the caller was reading, for the message
     * @return {@code "ws holds no completed solve ..."}
     */
    private static IllegalArgumentException notCompleted(String task) {
        return new IllegalArgumentException("ws holds no completed solve (a new workspace, or its last solve threw): "
                + "call LumbarModel.solve(posture, loads, ws) first; " + task);
    }

    /**
     * The pose of the last solve in a workspace, whether or not the muscles balanced it.
     *
     * @param ws the workspace after a solve (not modified)
     * @return the landmarks and every disc's centre, normal and anterior axis
     * @throws IllegalArgumentException if {@code ws} is null or holds no completed solve
     *     ({@link Workspace#solveCompleted()}: a new workspace's pose was all zeros)
     */
    public static BodyPose pose(Workspace ws) {
        Checks.given(ws, "ws", "a solved workspace is needed");
        if (!ws.solveCompleted()) {
            throw notCompleted("reading its pose");
        }
        Map<Landmark, PositionM> lm = new EnumMap<>(Landmark.class);
        for (Landmark l : Landmark.values()) {
            lm.put(l, new PositionM(ws.landmarkM(l, 0), ws.landmarkM(l, 1), ws.landmarkM(l, 2)));
        }
        List<PositionM> centres = new ArrayList<>();
        List<PositionM> normals = new ArrayList<>();
        List<PositionM> anteriors = new ArrayList<>();
        for (SpinalLevel l : SpinalLevel.values()) {
            centres.add(new PositionM(ws.discCentreM(l, 0), ws.discCentreM(l, 1), ws.discCentreM(l, 2)));
            normals.add(new PositionM(ws.discNormal(l, 0), ws.discNormal(l, 1), ws.discNormal(l, 2)));
            anteriors.add(new PositionM(ws.discAnterior(l, 0), ws.discAnterior(l, 1), ws.discAnterior(l, 2)));
        }
        return new BodyPose(lm, centres, normals, anteriors);
    }

    /**
     * How strong the muscles would have to be for the last (infeasible) solve in a workspace: the
     * min-max stress of the same recruitment problem with every muscle's bound lifted to
     * {@link InfeasibleRecruitmentException#STRESS_SEARCH_LIMIT_MPA}. Works on a copy; allocates (a
     * failure path only).
     */
    private static OptionalDouble requiredMuscleStressMPa(Workspace ws) {
        QpWorkspace p = ws.recruitmentProblemCopy();
        // the muscles come first; the level deviations that follow keep their bounds (a range of motion)
        int muscles = ws.model().fascicles().size();
        if (ws.model().solver().solveMinMaxWithBoundsLiftedTo(p, muscles,
                InfeasibleRecruitmentException.STRESS_SEARCH_LIMIT_MPA * Units.PA_PER_MPA) != QpStatus.OK) {
            return OptionalDouble.empty();
        }
        double stressPa = 0;
        for (int i = 0; i < muscles; i++) {
            stressPa = Math.max(stressPa, p.force(i) / p.pcsaM2(i));
        }
        return OptionalDouble.of(stressPa * Units.MPA_PER_PA);
    }

    /**
     * The support reactions and whole-body equilibrium of the last solve in a workspace.
     *
     * @param ws the workspace after a solve (not modified)
     * @return the reactions (point contacts, base resultant with its twist, resting supports) and the residuals
     * @throws IllegalArgumentException if {@code ws} is null or holds no completed solve
     *     ({@link Workspace#solveCompleted()}: a new workspace gave no reaction and zero residuals)
     */
    public static WholeBodyBalance balance(Workspace ws) {
        Checks.given(ws, "ws", "a solved workspace is needed");
        if (!ws.solveCompleted()) {
            throw notCompleted("reading its support reactions");
        }
        List<SupportReaction> out = new ArrayList<>();
        for (int i = 0; i < ws.supportReactionCount(); i++) {
            Support s = ws.supportReactionSupport(i);
            out.add(new SupportReaction(contactName(ws, i), s,
                    new PositionM(ws.supportReactionPointM(i, 0), ws.supportReactionPointM(i, 1), ws.supportReactionPointM(i, 2)),
                    ws.supportReactionForceN(i, 0), ws.supportReactionForceN(i, 1), ws.supportReactionForceN(i, 2),
                    ws.supportReactionSide(i) < 0 ? ws.baseTwistNm() : 0));
        }
        if (ws.backrestForceN() != 0) {
            out.add(new SupportReaction("backrest", Support.BACKREST, new PositionM(ws.backrestPointM(0),
                    ws.backrestPointM(1), ws.backrestPointM(2)), ws.backrestForceN(0), ws.backrestForceN(1),
                    ws.backrestForceN(2)));
        }
        for (Support s : Support.values()) {
            double f = ws.restingWeightN(s);
            if (f > 0) {
                out.add(new SupportReaction(s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (resting)", s,
                        new PositionM(ws.restingCentreM(s, 0), ws.restingCentreM(s, 1), ws.restingCentreM(s, 2)), 0, f, 0));
            }
        }
        double fr = Math.sqrt(sq(ws.wholeBodyResidualForceN(0)) + sq(ws.wholeBodyResidualForceN(1)) + sq(ws.wholeBodyResidualForceN(2)));
        double mr = Math.sqrt(sq(ws.wholeBodyResidualMomentNm(0)) + sq(ws.wholeBodyResidualMomentNm(1)) + sq(ws.wholeBodyResidualMomentNm(2)));
        return new WholeBodyBalance(out, new PositionM(ws.centreOfMassM(0), ws.centreOfMassM(1), ws.centreOfMassM(2)),
                ws.model().bodyWeightN(), fr, mr, ws.baseResultant());
    }

    /**
     * A point contact in words: the support and the side, e.g. {@code "hands, left"}, or
     * {@code "base centre of pressure"}; where the support has two points on one side (a forearm
     * lying along the floor), also the landmark, e.g. {@code "forearms, right, elbow"} and
     * {@code "forearms, right, wrist"}, so that no two reactions share a name.
     */
    private static String contactName(Workspace ws, int i) {
        Support s = ws.supportReactionSupport(i);
        int side = ws.supportReactionSide(i);
        String name = (s == null ? "no supports" : s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                + (side < 0 ? ", base centre of pressure" : side == 0 ? ", left" : ", right");
        Landmark at = ws.supportReactionLandmark(i);
        if (side < 0 || at == null) {
            return name;
        }
        for (int j = 0; j < ws.supportReactionCount(); j++) {
            if (j != i && ws.supportReactionSupport(j) == s && ws.supportReactionSide(j) == side) {
                return name + ", " + at.name().toLowerCase(java.util.Locale.ROOT)
                        .replaceFirst("_(left|right)$", "").replace('_', ' ');
            }
        }
        return name;
    }

    private static double sq(double x) {
        return x * x;
    }
}
