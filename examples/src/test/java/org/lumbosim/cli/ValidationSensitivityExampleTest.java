package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.Lumbosim;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.posture.Posture;
import org.lumbosim.reference.Wilke1999;

/**
 * {@code lumbosim example ValidationSensitivity}: its CSV's cells are direct solves of Wilke's rows with the
 * one constant overridden (two cells recomputed here without the sensitivity code: a pressure at the high end
 * of the muscle stress, a ratio to standing at the low end of the abdominal co-activation); it exits 0 and
 * writes its three files, and exits 2 on a bad option or an unwritable folder, writing nothing.
 */
class ValidationSensitivityExampleTest {
    /** The CSV's six significant digits. */
    private static final double CSV_RELATIVE_PRECISION = 1e-5;

    @Test
    void theCsvCellsAreDirectSolvesWithTheConstantOverridden(@TempDir Path dir) throws IOException {
        // --joint 0: the one-at-a-time part alone (the joint bands: ValidationJointExampleTest)
        CliRun r = CliRun.of("example", "ValidationSensitivity", "--joint", "0", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (String ext : List.of("csv", "png", "svg")) {
            assertThat(Files.size(dir.resolve("validation-sensitivity-single-equivalent." + ext))).isPositive();
        }
        assertThat(dir.resolve("validation-joint-single-equivalent.csv")).doesNotExist();
        List<String> lines = Files.readAllLines(dir.resolve("validation-sensitivity-single-equivalent.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        // the ends as cited: Burkhart et al. 2018's 1.30 MPa, Cholewicki et al. 1997's 1.7 - 0.8 %MVC
        String[] values = lines.get(1).split(",", -1);
        assertThat(values[0]).isEqualTo("constantValue");
        assertThat(Double.parseDouble(values[header.indexOf("maxMuscleStressMPa_high")])).isEqualTo(1.30);
        assertThat(Double.parseDouble(values[header.indexOf("abdominalCoactivation_low")])).isEqualTo(0.009);

        double stressCell = Double.parseDouble(cell(lines, header, "idpMPa", "lift_round_back_20kg",
                "maxMuscleStressMPa_high"));
        LumbarModel strong = Wilke1999.subjectModel().withTissueParameters(
                TissueParameters.published().with(TissueParameter.MAX_MUSCLE_STRESS, 1.30));
        double direct = l45IdpMPa(strong, "lift_round_back_20kg");
        assertThat(stressCell).isCloseTo(direct, within(direct * CSV_RELATIVE_PRECISION));

        double ratioCell = Double.parseDouble(cell(lines, header, "ratio", "hold_close_20kg",
                "abdominalCoactivation_low"));
        LumbarModel lessCoactive = Wilke1999.subjectModel().withTissueParameters(
                TissueParameters.published().with(TissueParameter.ABDOMINAL_COACTIVATION, 0.009));
        double ratio = l45IdpMPa(lessCoactive, "hold_close_20kg") / l45IdpMPa(lessCoactive, Wilke1999.STANDING_ID);
        assertThat(ratioCell).isCloseTo(ratio, within(ratio * CSV_RELATIVE_PRECISION));
        // the predicted column (the published constants) is the plain comparison: the round-back lift as validate prints it
        double published = Double.parseDouble(cell(lines, header, "idpMPa", "lift_round_back_20kg", "predicted"));
        double plain = l45IdpMPa(Wilke1999.subjectModel(), "lift_round_back_20kg");
        assertThat(published).isCloseTo(plain, within(plain * CSV_RELATIVE_PRECISION));
        // every row solves at every end single-equivalent: n is 13 everywhere and no constant is the widest
        String[] n = lines.get(lines.size() - 1).split(",", -1);
        assertThat(n[0]).isEqualTo("n");
        assertThat(n[header.indexOf("widest")]).isEmpty();
        assertThat(ratioCell).as("the co-activation moves the ratio").isNotCloseTo(
                Double.parseDouble(cell(lines, header, "ratio", "hold_close_20kg", "predicted")), within(1e-3));
    }

    @Test
    void aBadOptionOrAnUnwritableFolderExitsTwoAndWritesNothing(@TempDir Path dir) throws IOException {
        CliRun bad = CliRun.of("example", "ValidationSensitivity", "--bogus", "1", "--out", dir.toString());
        assertThat(bad.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("--bogus");
        CliRun muscles = CliRun.of("example", "ValidationSensitivity", "--muscles", "none", "--out", dir.toString());
        assertThat(muscles.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(muscles.err()).contains("--muscles");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun unwritable = CliRun.of("example", "ValidationSensitivity", "--out", file.toString());
        assertThat(unwritable.code()).isEqualTo(Main.EXIT_BAD_INPUT);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("a-file");
        }
    }

    private static String cell(List<String> lines, List<String> header, String quantity, String row, String column) {
        for (String line : lines) {
            String[] c = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            if (c[0].equals(quantity) && c[1].equals(row)) {
                return c[header.indexOf(column)];
            }
        }
        throw new AssertionError("no " + quantity + " line for " + row);
    }

    private static double l45IdpMPa(LumbarModel model, String id) {
        Wilke1999.Measurement m = Wilke1999.measurements().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow();
        Posture p = m.posture().orElseThrow();
        List<HandLoad> loads = m.loadKg() > 0 ? List.of(HandLoad.ofMassKg(m.loadKg())) : List.of();
        return Lumbosim.analyze(model, p, loads).level(SpinalLevel.L4_L5).idpMPa();
    }
}
