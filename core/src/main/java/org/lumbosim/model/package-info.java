/**
 * The model: {@link org.lumbosim.model.LumbarModel} (immutable, thread-safe) with its scratch
 * {@link org.lumbosim.model.Workspace} (one per thread, allocation-free solves), the lumbar levels,
 * the muscle sets and the cited constants of geometry and tissues
 * ({@link org.lumbosim.model.Christophy2012Spine}, {@link org.lumbosim.model.Christophy2012Muscles},
 * {@link org.lumbosim.model.OpenSimFullBodyGeometry}, {@link org.lumbosim.model.TissueConstants}).
 *
 * <p>Bodies: pelvis (with sacrum), L5, L4, L3, L2, L1 and the thorax (rigid with L1, carrying head,
 * neck and arms). Each lumbar level is a joint at the intervertebral centre of the Christophy (2012)
 * model. For each level the body above the disc is a free body: gravity, hand loads and supports
 * give a net force and moment; passive tissues, the abdominal pressure and the muscles balance the
 * moment; the disc carries the resulting force.
 *
 * <p>Inside, a solve runs package-private stages in one pipeline ({@code SolvePipeline}, the same
 * for statics and inverse dynamics but for the acceleration step): {@code Kinematics} (posture to
 * pose), {@code FrameDifferences} (accelerations, inverse dynamics only), {@code ExternalActions}
 * (the one list of gravity, inertia, hand loads, resting supports, backrest and contacts),
 * {@code NetLoads}, {@code Supports} (with the {@code MinimumNorm} kernel), {@code TissueLoads},
 * {@code MuscleGeometry}, {@code RecruitmentAssembly}, {@code DiscMechanics} and
 * {@code BalanceCheck}; the subject's scaled body is {@code SubjectGeometry}, its masses
 * {@code MassPoint}. The {@link org.lumbosim.model.Workspace} is a read-only view of their results.
 */
package org.lumbosim.model;
