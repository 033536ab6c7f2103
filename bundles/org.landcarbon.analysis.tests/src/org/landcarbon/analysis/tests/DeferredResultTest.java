package org.landcarbon.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.landcarbon.analysis.SettingsModel;
import org.landcarbon.analysis.result.AnalysisResult;
import org.landcarbon.analysis.result.ResultItem;
import org.landcarbon.analysis.result.Scalar;
import org.landcarbon.analysis.result.Text;

/** AnalysisResult.Builder.defer and frozenSettings (0.2) and the describe memo of SettingsModel: docs/analysis-spi.md. */
class DeferredResultTest {

    private static List<String> keys(AnalysisResult r) {
        return r.items().stream().map(ResultItem::key).toList();
    }

    @Test
    void deferredItemsAreBuiltOnceOnFirstReadAfterTheDirectOnes() {
        AtomicInteger runs = new AtomicInteger();
        AnalysisResult r = AnalysisResult.builder("x").add(new Scalar("a", "a", 1, "1", ""))
                .defer(b -> {
                    runs.incrementAndGet();
                    b.add(new Scalar("c", "c", 3, "1", "")).note("from the adder");
                })
                .add(new Scalar("b", "b", 2, "1", "")).note("direct").build();
        assertEquals(0, runs.get(), "nothing built before a read");
        assertEquals(List.of("direct", "from the adder"), r.notes());
        assertEquals(1, runs.get());
        assertEquals(List.of("a", "b", "c"), keys(r));
        assertEquals(3.0, r.scalar("c"), 0);
        assertEquals(1, runs.get(), "built once");
        assertThrows(UnsupportedOperationException.class, () -> r.items().add(new Text("d", "d", "", "")));
    }

    @Test
    void aDeferredDuplicateKeyFailsTheReader() {
        AnalysisResult r = AnalysisResult.builder("x").add(new Scalar("a", "a", 1, "1", ""))
                .defer(b -> b.add(new Scalar("a", "again", 2, "1", ""))).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, r::items);
        assertEquals("result key 'a' used twice", e.getMessage());
    }

    @Test
    void aBuilderUsedAgainDoesNotChangeTheResultsItBuilt() {
        AnalysisResult.Builder b = AnalysisResult.builder("x").add(new Scalar("a", "a", 1, "1", ""));
        AnalysisResult eager = b.build();
        b.defer(o -> o.add(new Scalar("c", "c", 3, "1", "")));
        AnalysisResult deferred = b.build();
        b.add(new Scalar("b", "b", 2, "1", "")).note("later");
        assertEquals(List.of("a"), keys(eager));
        assertEquals(List.of(), eager.notes());
        assertEquals(List.of("a", "c"), keys(deferred));
        assertEquals(List.of("a", "b", "c"), keys(b.build()));
        assertEquals(List.of("a", "c"), keys(deferred), "reading the third did not change the second");
    }

    @Test
    void frozenSettingsAreKeptAndMergedWhenMoreFollow() {
        Map<String, String> frozen = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Map.of("horizon", "5")));
        assertSame(frozen, AnalysisResult.builder("x").frozenSettings(frozen).build().settings());
        Map<String, String> more = AnalysisResult.builder("x").frozenSettings(frozen).settings(Map.of("rho", "0.5")).build().settings();
        assertEquals(Map.of("horizon", "5", "rho", "0.5"), more);
        Map<String, String> mutable = new LinkedHashMap<>(Map.of("horizon", "5"));
        AnalysisResult copied = AnalysisResult.builder("x").settings(mutable).build();
        mutable.put("horizon", "6");
        assertEquals("5", copied.settings().get("horizon"), "settings(Map) still copies");
    }

    @Test
    void describeReturnsTheSameTextWhileTheObjectIsUnchangedAndNewTextAfterAChange() throws Exception {
        SettingsModel<SettingsModelTest.Sample> model = SettingsModel.of(SettingsModelTest.Sample.class);
        SettingsModelTest.Sample s = model.parse(Map.of("a", "1", "weights", "1,2"));
        Map<String, String> first = model.describe(s);
        assertSame(first, model.describe(s));
        assertThrows(UnsupportedOperationException.class, () -> first.put("horizon", "9"));
        s.horizon = 9;
        Map<String, String> second = model.describe(s);
        assertEquals("9", second.get("horizon"));
        assertEquals("5", first.get("horizon"), "an earlier text is not changed");
        s.weights[1] = 3; // the same array, new content
        assertEquals(first.get("weights").replace('2', '3'), model.describe(s).get("weights"));
        SettingsModelTest.Sample other = model.parse(Map.of("a", "1", "weights", "1,3"));
        other.horizon = 9;
        Map<String, String> same = model.describe(other);
        assertNotSame(model.describe(s), same, "another object is described anew");
        assertEquals(model.describe(s), same);
    }
}
