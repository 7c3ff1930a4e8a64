package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.model.MuscleModelKind;

/** The one option parser: both value forms, flags, help, positionals and the message of each failure. */
class OptionsTest {
    private static final List<String> VALUED = List.of("--out", "--format", "--n", "--step-min", "--muscles");
    private static final List<String> FLAGS = List.of("--muscle-forces");

    private static Options parse(String... args) {
        return Options.parse("cmd", List.of(args), VALUED, FLAGS);
    }

    @Test
    void bothValueFormsFlagsAndPositionalsAreRead() {
        Options o = parse("task.json", "--out", "a.csv", "--format=csv", "--muscle-forces", "-");
        assertThat(o.help()).isFalse();
        assertThat(o.path("--out")).contains(Path.of("a.csv"));
        assertThat(o.choice("--format", "json", List.of("json", "csv"))).isEqualTo("csv");
        assertThat(o.flag("--muscle-forces")).isTrue();
        assertThat(o.string("--n")).isEmpty();
        assertThatThrownBy(() -> o.positional("a file")).isInstanceOf(BadInputException.class)
                .hasMessage("cmd takes one argument, a file; got \"task.json\" and \"-\"");
        // the value after "=" is taken whole, "=" included; a separate value is taken even if it starts with "-"
        assertThat(parse("--out=x=y.csv").string("--out")).contains("x=y.csv");
        assertThat(parse("--n", "-3").string("--n")).contains("-3");
    }

    @Test
    void helpStopsParsingAndDefaultsApply() {
        Options o = parse("--help", "--bogus");
        assertThat(o.help()).isTrue();
        assertThat(parse("-h").help()).isTrue();
        Options none = parse();
        assertThat(none.number("--step-min", 10, 1, 60, "min")).isEqualTo(10);
        assertThat(none.integer("--n", 5, 1, 9)).isEqualTo(5);
        assertThat(none.muscles()).isEqualTo(MuscleModelKind.SINGLE_EQUIVALENT);
        assertThat(none.optionalPositional("a file")).isEmpty();
        assertThat(parse("--muscles=multi-fascicle").muscles()).isEqualTo(MuscleModelKind.MULTI_FASCICLE);
    }

    @Test
    void everyParsingFailureHasItsOneMessageForm() {
        assertBad(() -> parse("--bogus"), "unknown option \"--bogus\" for cmd (see lumbosim cmd --help)");
        assertBad(() -> parse("--bogus=1"), "unknown option \"--bogus=1\" for cmd (see lumbosim cmd --help)");
        assertBad(() -> parse("-x"), "unknown option \"-x\" for cmd (see lumbosim cmd --help)");
        assertBad(() -> parse("--out"), "--out needs a value (see lumbosim cmd --help)");
        assertBad(() -> parse("--out="), "--out needs a value (see lumbosim cmd --help)");
        assertBad(() -> parse("--out", "a", "--out=b"), "--out is given twice (\"a\" and \"b\"); give it once");
        assertBad(() -> parse("--muscle-forces", "--muscle-forces"), "--muscle-forces is given twice; give it once");
        assertBad(() -> parse("--muscle-forces=yes"), "--muscle-forces takes no value; got \"--muscle-forces=yes\"");
        assertBad(() -> parse().positional("a task file: lumbosim cmd TASK.json"),
                "cmd needs a task file: lumbosim cmd TASK.json (see lumbosim cmd --help)");
        assertBad(() -> parse("x").noPositional(), "cmd takes no file or other argument; got \"x\"");
    }

    @Test
    void valuesThatDoNotParseOrLieOutsideTheirRangeAreNamed() {
        assertBad(() -> parse("--format", "xml").choice("--format", "json", List.of("json", "csv")),
                "--format = \"xml\" is not one of json, csv");
        assertBad(() -> parse("--muscles", "many").muscles(),
                "--muscles = \"many\" is not one of single-equivalent, multi-fascicle");
        assertBad(() -> parse("--step-min", "x").number("--step-min", 10, 1, 60, "min"),
                "--step-min = \"x\" is not a number; allowed range [1.0, 60.0] min");
        assertBad(() -> parse("--step-min", "NaN").number("--step-min", 10, 1, 60, "min"),
                "--step-min = \"NaN\" is not a finite number; allowed range [1.0, 60.0] min");
        assertBad(() -> parse("--step-min", "0").number("--step-min", 10, 1, 60, "min"),
                "--step-min = 0 is outside the allowed range [1.0, 60.0] min");
        assertBad(() -> parse("--n", "1.5").integer("--n", 5, 1, 9),
                "--n = \"1.5\" is not a whole number; allowed range [1, 9]");
        assertBad(() -> parse("--n", "10").integer("--n", 5, 1, 9), "--n = 10 is outside the allowed range [1, 9]");
        Subject s = Subject.defaultSubject();
        assertBad(() -> parse("--n", "3").number("--n", 1.75, s::withStatureM),
                "--n: statureM = 3.0 m is outside the model's valid range [1.3, 2.2] m");
        assertThat(parse("--n", "1.8").number("--n", 1.75, s::withStatureM)).isEqualTo(1.8);
    }

    private static void assertBad(Runnable r, String message) {
        assertThatThrownBy(r::run).isInstanceOf(BadInputException.class).hasMessage(message);
    }
}
