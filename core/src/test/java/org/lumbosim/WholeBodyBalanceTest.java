package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.TissueConstants;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.SupportReaction;
import org.lumbosim.result.WholeBodyBalance;

/**
 * The whole-body balance a user reads is complete: from the public result alone (the reactions with
 * their twists, the body's weight at its centre of mass, the hand loads at the pose's grip points), the
 * forces and the moments about the origin sum to zero, over seeded random standing, seated and
 * unsupported postures with random hand loads in both muscle models. The base resultant's twist about
 * the vertical axis (friction over the soles or the seat) is part of it: without it the moments would
 * not sum to zero wherever the twist is not.
 */
class WholeBodyBalanceTest {
    /** Relative tolerance, of the body weight (N) and the body weight times a metre (N·m). */
    private static final double REL = 1e-9;
    private static final List<Set<Support>> SUPPORTS = List.of(Set.of(), Set.of(Support.FEET),
            Set.of(Support.SEAT, Support.FEET), Set.of(Support.SEAT, Support.FEET, Support.BACKREST),
            Set.of(Support.FEET, Support.HANDS));

    @Test
    void reactionsWithTheirTwistsBalanceGravityAndTheHandLoads() {
        SplittableRandom rnd = new SplittableRandom(20261208L);
        int checked = 0;
        int twisted = 0;
        for (int i = 0; i < 300; i++) {
            Posture p = TestArbitraries.posture(rnd).withSupports(SUPPORTS.get(rnd.nextInt(SUPPORTS.size())));
            List<HandLoad> loads = TestArbitraries.loadList(rnd);
            LumbarModel m = LumbarModel.of(TestArbitraries.subject(rnd))
                    .withMuscleModel(TestArbitraries.oneOf(rnd, MuscleModelKind.class))
                    .withOverloadPolicy(OverloadPolicy.REPORT);
            AnalysisResult r;
            try {
                r = Lumbosim.analyze(m, p, loads);
            } catch (LumbosimException e) {
                continue; // supports that cannot hold the posture, or a recruitment that failed
            } catch (LoadInRestingHandException e) {
                continue; // a load in a hand resting on the floor: refused, it would pass straight into the floor
            }
            WholeBodyBalance b = r.balance();
            double w = b.bodyWeightN();
            double[] sum = new double[6];
            PositionM com = b.centreOfMassM();
            add(sum, 0, -w, 0, com);
            for (HandLoad l : loads) {
                addHandLoad(sum, l, r);
            }
            for (SupportReaction x : b.reactions()) {
                add(sum, x.forceXN(), x.forceYN(), x.forceZN(), x.pointM());
                sum[4] += x.twistNm();
                if (x.twistNm() != 0) {
                    assertThat(x.contact()).as("only a base resultant twists, case %d", i).contains("base centre of pressure");
                    twisted += Math.abs(x.twistNm()) > 1e-3 * w ? 1 : 0;
                }
            }
            for (int k = 0; k < 6; k++) {
                assertThat(Math.abs(sum[k])).as("component %d of the public balance, case %d: %s, %s", k, i, p, loads)
                        .isLessThanOrEqualTo(REL * w);
            }
            assertThat(b.forceResidualN()).isLessThanOrEqualTo(REL * w);
            assertThat(b.momentResidualNm()).isLessThanOrEqualTo(REL * w);
            checked++;
        }
        System.out.printf("WholeBodyBalanceTest: %d balances checked, %d with a base twist above 0.1 %% of the"
                + " body weight times a metre%n", checked, twisted);
        assertThat(checked).isGreaterThan(150);
        assertThat(twisted).as("cases whose balance needs the twist").isPositive();
    }

    /** Adds a hand load's force (its weight and extra force) where it acts: its point, or the grip point(s). */
    private static void addHandLoad(double[] sum, HandLoad l, AnalysisResult r) {
        double fx = l.forceXN();
        double fy = l.forceYN() - l.massKg() * TissueConstants.GRAVITY_M_PER_S2;
        double fz = l.forceZN();
        if (l.positionM() != null) {
            add(sum, fx, fy, fz, l.positionM());
            return;
        }
        double share = l.hands() == Hands.BOTH ? 0.5 : 1;
        if (l.hands() != Hands.RIGHT) {
            add(sum, share * fx, share * fy, share * fz, r.pose().landmarks().get(Landmark.GRIP_LEFT));
        }
        if (l.hands() != Hands.LEFT) {
            add(sum, share * fx, share * fy, share * fz, r.pose().landmarks().get(Landmark.GRIP_RIGHT));
        }
    }

    /** Adds a force and its moment about the origin. */
    private static void add(double[] sum, double fx, double fy, double fz, PositionM at) {
        sum[0] += fx;
        sum[1] += fy;
        sum[2] += fz;
        sum[3] += at.yM() * fz - at.zM() * fy;
        sum[4] += at.zM() * fx - at.xM() * fz;
        sum[5] += at.xM() * fy - at.yM() * fx;
    }
}
