package org.caravan.explore.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.caravan.explore.EventFilter;
import org.caravan.explore.PageRequest;
import org.caravan.testkit.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index beside an embedded store: made by {@code analyze}, updated by each later run, remade by {@code caravan
 * index --rebuild}; searched with each document's language chain and accents folded.
 */
class SearchIndexTest {

    private static final String FRENCH = "{\"id\":\"fr_doc\",\"lang\":\"fr\",\"published\":\"2024-07-03\",\"text\":"
            + "\"Astana, 3 juillet 2024. Le président chinois Xi Jinping a rencontré le président Tokaïev "
            + "à l'Élysée des steppes, a annoncé la présidence kazakhe.\"}\n";
    private static final String ENGLISH = "{\"id\":\"en_doc\",\"lang\":\"en\",\"published\":\"2025-03-02\",\"text\":"
            + "\"Moscow, 2 March 2025. Russian President Vladimir Putin met Kazakh President Kassym-Jomart "
            + "Tokayev in Moscow on Sunday.\"}\n";

    private static SearchResult search(Path index, String text) {
        try (LuceneSearch s = LuceneSearch.open(index)) {
            return s.search(new SearchQuery(text, Optional.empty(), EventFilter.NONE, new PageRequest(0, 20)));
        }
    }

    private static List<String> docs(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::docId).distinct().sorted().toList();
    }

    @Test
    void analyzeMakesAndUpdatesTheIndexAndIndexRebuildRemakesIt(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Path index = db.resolve("index");
        Files.writeString(tmp.resolve("fr.jsonl"), FRENCH);
        Files.writeString(tmp.resolve("en.jsonl"), ENGLISH);

        CliRunner.Result first = CliRunner.run("analyze", "-o", tmp.resolve("out").toString(), "--db", db.toString(),
                tmp.resolve("fr.jsonl").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(LuceneSearch.exists(index)).isTrue();
        assertThat(docs(search(index, "Tokayev"))).containsExactly("fr_doc");

        CliRunner.Result second = CliRunner.run("analyze", "-o", tmp.resolve("out").toString(), "--db",
                db.toString(), tmp.resolve("en.jsonl").toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        SearchResult both = search(index, "Tokaïev");
        assertThat(docs(both)).containsExactly("en_doc", "fr_doc");
        assertThat(both.hits()).allSatisfy(h -> assertThat(h.snippet()).anyMatch(SearchResult.Segment::match));

        CliRunner.Result rebuilt = CliRunner.run("index", "--rebuild", "--db", db.toString());
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).contains("indexed 2 documents");
        assertThat(docs(search(index, "Tokaïev"))).containsExactly("en_doc", "fr_doc");
        assertThat(search(index, "Tokaïev").total()).isEqualTo(both.total());
    }

    @Test
    void aDocumentIsSearchedWithItsLanguagesChainAndFacetedByLanguage(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("db");
        Files.writeString(tmp.resolve("both.jsonl"), FRENCH + ENGLISH);
        CliRunner.Result r = CliRunner.run("analyze", "-o", tmp.resolve("out").toString(), "--db", db.toString(),
                tmp.resolve("both.jsonl").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Path index = db.resolve("index");
        assertThat(docs(search(index, "présidences"))).contains("fr_doc");
        assertThat(docs(search(index, "elysee"))).containsExactly("fr_doc");
        assertThat(docs(search(index, "Sundays"))).containsExactly("en_doc");
        SearchResult all = search(index, "");
        assertThat(all.facets().get("lang")).extracting(SearchResult.FacetValue::value).contains("fr", "en");
        assertThat(search(index, "\"unbalanced ( -").total()).isNotNegative();
        assertThat(search(index, "nothingmatcheszzz").total()).isZero();
    }

    @Test
    void indexWithoutRebuildIsABadUsage(@TempDir Path tmp) {
        CliRunner.Result r = CliRunner.run("index", "--db", tmp.resolve("db").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--rebuild");
    }
}
