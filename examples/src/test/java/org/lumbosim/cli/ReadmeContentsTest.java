package org.lumbosim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's navigation (fourteenth session's review: 1,900 lines without a table of contents, and the
 * top did not say where the model's validity is measured): every in-page link ({@code ](#anchor)}) leads
 * to a heading, by GitHub's anchor rule; the contents link every section ({@code ## }); the lines before
 * the set-up link the validation section.
 */
class ReadmeContentsTest {
    private static final Pattern IN_PAGE_LINK = Pattern.compile("\\]\\(#([^)]+)\\)");

    @Test
    void review14_everyInPageLinkLeadsToAHeadingAndTheContentsLinkEverySection() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../README.md"));
        List<String> headings = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        boolean fenced = false;
        for (String l : lines) {
            if (l.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && l.matches("#{1,6} .*")) {
                headings.add(l.substring(l.indexOf(' ') + 1));
                if (l.startsWith("## ")) {
                    sections.add(l.substring(3));
                }
            }
        }
        Set<String> anchors = anchors(headings);
        int setUp = lines.indexOf("## Set-up: the two commands");
        assertThat(setUp).as("the set-up section").isPositive();
        Set<String> links = new LinkedHashSet<>();
        Set<String> topLinks = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = IN_PAGE_LINK.matcher(lines.get(i));
            while (m.find()) {
                links.add(m.group(1));
                if (i < setUp) {
                    topLinks.add(m.group(1));
                }
            }
        }
        assertThat(links).as("in-page links without a heading").isSubsetOf(anchors);
        List<String> unlisted = new ArrayList<>();
        for (String section : sections) {
            if (!topLinks.contains(anchor(section))) {
                unlisted.add(section);
            }
        }
        assertThat(unlisted).as("sections the contents do not link").isEmpty();
        assertThat(topLinks).as("the top says where the validity is measured").contains("validation-against-in-vivo-data");
        assertThat(anchor("Populations: `./lumbosim population TASK.json --n 100000 [--seed S]`"))
                .isEqualTo("populations-lumbosim-population-taskjson---n-100000---seed-s");
    }

    /** @return the anchors GitHub gives the headings: each heading's {@link #anchor}, a repeated one suffixed -1, -2, ... */
    private static Set<String> anchors(List<String> headings) {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> out = new LinkedHashSet<>();
        for (String h : headings) {
            String a = anchor(h);
            int n = seen.merge(a, 1, Integer::sum);
            out.add(n == 1 ? a : a + "-" + (n - 1));
        }
        return out;
    }

    /** @return GitHub's anchor of a heading: lower case, without punctuation but hyphens and underscores, spaces as hyphens */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
    }
}
