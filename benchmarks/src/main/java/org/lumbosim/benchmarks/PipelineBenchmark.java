package org.lumbosim.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole hot path {@link LumbarModel#solve}: kinematics, net loads, muscle geometry, recruitment
 * and disc loads, for one posture solved repeatedly and for a 1,000-point flexion
 * sweep 0-90 deg with one reused workspace (warm), for each muscle model.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {
    /** Points of the sweep. */
    private static final int SWEEP_POINTS = 1000;

    @Param({"SINGLE_EQUIVALENT", "MULTI_FASCICLE"})
    public String muscleModel;

    private LumbarModel model;
    private Workspace ws;
    private Posture posture;
    private Posture[] sweep;
    private List<ExternalLoad> loads;

    @Setup
    public void setup() {
        model = LumbarModel.of(Subject.defaultSubject()).withMuscleModel(MuscleModelKind.valueOf(muscleModel));
        ws = model.newWorkspace();
        posture = Posture.standingFlexed(40);
        loads = List.of(HandLoad.ofMassKg(5));
        sweep = new Posture[SWEEP_POINTS];
        for (int i = 0; i < SWEEP_POINTS; i++) {
            sweep[i] = Posture.standingFlexed(90.0 * i / (SWEEP_POINTS - 1));
        }
    }

    /** Reference cost: reading one result. */
    @Benchmark
    public double baseline() {
        return ws.compressionN(SpinalLevel.L5_S1);
    }

    /** One posture (standing bent 40 deg, 5 kg) solved again and again: warm-started from its own last solution. */
    @Benchmark
    public double pipelineOnePostureRepeated() {
        model.solve(posture, loads, ws);
        return ws.compressionN(SpinalLevel.L5_S1);
    }

    /** 1,000 postures, trunk flexion 0-90 deg, no load, one reused workspace; result per sweep. */
    @Benchmark
    public void pipelineFlexionSweep1000(Blackhole bh) {
        List<ExternalLoad> none = List.of();
        for (Posture p : sweep) {
            model.solve(p, none, ws);
            bh.consume(ws.compressionN(SpinalLevel.L5_S1));
        }
    }
}
