package org.lumbosim.viz.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.reference.WilkeValidation;
import org.lumbosim.viz.ClaimsFigure;
import org.lumbosim.viz.LumbosimTheme;

/**
 * The twelfth session's audit (docs/research/audit-2026-12-07.md, educator): the atlas's table had 38 rows
 * ({@code lying_prone} and {@code prone_lying}, one posture under two names) and its ranking chart 37 bars;
 * two labels read "Holding a load ... (empty hands)"; the demo report's claims figure and
 * {@code example ClaimsVersusModel} kept two lists of claims (a sit-up claim of 3,300 N at L4-L5 in one,
 * "more than any other core exercise" at L5-S1 in the other, three claims against four).
 */
class AtlasAndClaimsDataTest {
    private static final LumbarModel MODEL = LumbarModel.of(Subject.defaultSubject());

    @Test
    void theAtlasTableHasOneRowPerDistinctPostureAsTheChartHasOneBar() {
        List<Atlas.Row> rows = Atlas.rows(MODEL);
        long distinct = Arrays.stream(PosturePreset.values()).map(PosturePreset::posture).distinct().count();
        assertThat(distinct).as("two presets share a posture").isLessThan(PosturePreset.values().length);
        assertThat(rows).hasSize((int) distinct);
        assertThat(rows.stream().map(r -> r.preset().posture()).distinct().count()).isEqualTo(distinct);
        assertThat(rows).noneMatch(r -> r.preset() == PosturePreset.PRONE_LYING);
        Atlas.Row prone = rows.stream().filter(r -> r.preset() == PosturePreset.LYING_PRONE).findFirst().orElseThrow();
        assertThat(prone.wilke()).as("Wilke's lying prone beside it").isPresent();
        JFreeChart chart = Atlas.ranking(rows, LumbosimTheme.slides());
        long solved = rows.stream().filter(r -> r.result().isPresent()).count();
        assertThat(chart.getCategoryPlot().getDataset().getColumnCount()).as("one bar per solved row").isEqualTo((int) solved);
    }

    @Test
    void noAtlasLabelHoldsALoadWithEmptyHands() {
        for (PosturePreset p : PosturePreset.values()) {
            String label = Atlas.label(p);
            assertThat(label.contains("(empty hands)") && label.matches("(?i)^holding a load.*")).as(label).isFalse();
        }
        assertThat(Atlas.label(PosturePreset.HOLD_FAR)).isEqualTo(
                "Arms as if holding a load with arms extended forward while standing (empty hands)");
    }

    @Test
    void theFigureAndTheExampleDrawOnOneListOfClaimsEachWithItsSourceAtL4L5() {
        LumbarModel wilke = Wilke1999.subjectModel();
        List<ClaimsFigure.Claim> claims = Claims.claims(wilke, WilkeValidation.run(wilke));
        assertThat(claims).extracting(ClaimsFigure.Claim::claim)
                .containsExactlyElementsOf(Claims.statements().stream().map(Claims.Statement::text).toList());
        assertThat(claims).extracting(ClaimsFigure.Claim::claimSource)
                .containsExactlyElementsOf(Claims.statements().stream().map(Claims.Statement::source).toList());
        assertThat(claims).allSatisfy(c -> assertThat(c.unit()).startsWith("L4-L5 "));
        ClaimsFigure.Claim sitUp = claims.get(Claims.statements().indexOf(Claims.SIT_UP));
        assertThat(sitUp.claimed()).isEqualTo(Claims.SIT_UP_CLAIM_N);
        assertThat(sitUp.model()).isEqualTo(org.lumbosim.Lumbosim.analyze(wilke, PosturePreset.SIT_UP.posture(), List.of())
                .level(SpinalLevel.L4_L5).compressionN());
    }
}
