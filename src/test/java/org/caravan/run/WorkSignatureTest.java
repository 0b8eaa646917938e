package org.caravan.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkSignatureTest {

    private static final Knowledge NOW = new Knowledge("c0de", "none", Map.of("fr", "f1", "en", "e1"));

    @Test
    void aSignatureReadsBackAsWritten() {
        WorkSignature s = WorkSignature.of("ingest+nlp", NOW, "fr");
        assertThat(s.text()).isEqualTo("ingest+nlp;code=c0de;kb=none;lexicons=fr:f1+e1");
        assertThat(WorkSignature.parse(s.text())).contains(s);
    }

    @Test
    void workWithTheSameStagesCodeAndKnowledgeIsNotStale() {
        assertThat(WorkSignature.staleBecause(WorkSignature.of("a+b", NOW, "fr").text(), "a+b", NOW)).isEmpty();
    }

    @Test
    void eachChangeGivesItsReason() {
        String stored = WorkSignature.of("a+b", NOW, "fr").text();
        assertThat(WorkSignature.staleBecause(stored, "a+b+c", NOW)).contains("the pipeline's stages changed");
        assertThat(WorkSignature.staleBecause(stored, "a+b", new Knowledge("other", "none", NOW.lexicons())))
                .contains("Caravan's code or bundled knowledge changed");
        assertThat(WorkSignature.staleBecause(stored, "a+b", new Knowledge("c0de", "k2", NOW.lexicons())))
                .contains("the user's knowledge base changed");
        assertThat(WorkSignature.staleBecause(stored, "a+b", new Knowledge("c0de", "none", Map.of("fr", "f2",
                "en", "e1")))).contains("the user's lexicons for fr changed");
        assertThat(WorkSignature.staleBecause("ingest+a+b", "a+b", NOW)).contains("it was stored by an older Caravan");
    }

    @Test
    void aLexiconEditInAnotherLanguageLeavesTheWorkGoodButTheFallbacksDoesNot() {
        String german = WorkSignature.of("a", NOW, "de").text();
        assertThat(WorkSignature.staleBecause(german, "a", new Knowledge("c0de", "none", Map.of("fr", "f2",
                "en", "e1")))).isEmpty();
        assertThat(WorkSignature.staleBecause(german, "a", new Knowledge("c0de", "none", Map.of("fr", "f1",
                "en", "e2")))).contains("the user's lexicons for de changed");
    }
}
