package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumbosim.model.SpinalLevel;

/**
 * A figure does not depend on the JVM's default locale (fourth hostile pass, issue 15): under German
 * or Turkish settings the axes said {@code 2.000} for 2000 N, under Arabic or Persian ones they used
 * Arabic-Indic digits, unlike every number the command line prints.
 */
class LocaleIndependentFiguresTest {

    private static String svgUnder(Locale locale, Supplier<JFreeChart> chart) throws Exception {
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FigureExporter.slides().writeSvg(chart.get(), out);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "tr-TR", "ar-SA", "fa-IR", "th-TH-u-nu-thai", "hi-IN-u-nu-deva"})
    void ticksAndLabelsAreTheSameInEveryLocale(String tag) throws Exception {
        Locale locale = Locale.forLanguageTag(tag);
        // a 40 kg lift: loads in the thousands, so the ticks need a grouping separator
        org.lumbosim.result.AnalysisResult lift = org.lumbosim.Lumbosim.analyze(Fixtures.MODEL,
                org.lumbosim.posture.PosturePreset.LIFT_ROUND_BACK.posture(),
                List.of(org.lumbosim.load.HandLoad.ofMassKg(40)));
        Supplier<JFreeChart> profile = () -> Charts.levelProfile(lift, "profile", Fixtures.THEME);
        Supplier<JFreeChart> sweep = () -> Charts.sweep(Fixtures.flexionSweep10kg(),
                SpinalLevel.L5_S1, "sweep", Fixtures.THEME);
        Supplier<JFreeChart> muscles = () -> Charts.muscleForces(lift, "muscles", Fixtures.THEME);
        for (Supplier<JFreeChart> chart : List.of(profile, sweep, muscles)) {
            String root = svgUnder(Locale.ROOT, chart);
            // a number of four or more digits, grouped (the muscle chart's ticks step by 2,000 since 2026-12-07)
            assertThat(root).containsPattern("[0-9],[0-9]{3}");
            assertThat(svgUnder(locale, chart)).isEqualTo(root);
        }
    }
}
