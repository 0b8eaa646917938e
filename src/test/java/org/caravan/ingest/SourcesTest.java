package org.caravan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class SourcesTest {

    private static final Path FORMATS = Path.of("src/test/resources/ingest/formats");

    @TempDir
    Path tmp;

    static List<SourceItem> read(Path... paths) {
        try (Stream<SourceItem> s = Sources.stream(List.of(paths))) {
            return s.toList();
        }
    }

    static List<RawDocument> docs(List<SourceItem> items) {
        return items.stream().filter(RawDocument.class::isInstance).map(RawDocument.class::cast).toList();
    }

    static List<SourceError> errors(List<SourceItem> items) {
        return items.stream().filter(SourceError.class::isInstance).map(SourceError.class::cast).toList();
    }

    @Test
    void readsEveryFormatOfAFolderInSortedOrder() {
        List<SourceItem> items = read(FORMATS);
        assertThat(errors(items)).isEmpty();
        assertThat(docs(items)).extracting(RawDocument::id)
                .containsSubsequence("a/note", "b/note")
                .contains("j1", "j2", "page")
                .hasSize(2 + 2 + 2 + 1 + 2 + 1);
    }

    @Test
    void textFileIdsCollideOnlyThenTakeTheirFolder() {
        assertThat(docs(read(FORMATS.resolve("a/note.txt")))).extracting(RawDocument::id).containsExactly("note");
        assertThat(docs(read(FORMATS.resolve("a"), FORMATS.resolve("b")))).extracting(RawDocument::id)
                .containsExactly("a/note", "b/note");
    }

    @Test
    void jsonlKeepsGivenFieldsAndTellsTextFromHtml() {
        List<RawDocument> d = docs(read(FORMATS.resolve("docs.jsonl")));
        assertThat(d).hasSize(2);
        assertThat(d.get(0).id()).isEqualTo("j1");
        assertThat(d.get(0).format()).isEqualTo(RawDocument.Format.TEXT);
        assertThat(d.get(0).url()).contains("https://example.org/j1");
        assertThat(d.get(0).published()).contains("2024-07-03");
        assertThat(d.get(0).lang()).contains("fr");
        assertThat(d.get(0).location()).endsWith("docs.jsonl:1");
        assertThat(d.get(1).format()).isEqualTo(RawDocument.Format.HTML);
    }

    @Test
    void gzippedJsonlReadsLikePlain() {
        assertThat(docs(read(FORMATS.resolve("docs-copy.jsonl.gz")))).extracting(RawDocument::id)
                .containsExactly("j1", "j2");
    }

    @Test
    void feedItemsBecomeDocumentsWithLinkTitleAndDate() {
        List<RawDocument> rss = docs(read(FORMATS.resolve("feed.rss")));
        assertThat(rss).hasSize(2);
        assertThat(rss.get(0).url()).contains("https://example.org/summit");
        assertThat(rss.get(0).title()).contains("Summit opens in Astana");
        assertThat(rss.get(0).published()).contains("2024-07-03");
        assertThat(rss.get(0).id()).hasSize(16).isNotEqualTo(rss.get(1).id());
        List<RawDocument> atom = docs(read(FORMATS.resolve("feed.atom")));
        assertThat(atom).singleElement().satisfies(d -> {
            assertThat(d.content()).contains("transport corridors");
            assertThat(d.published()).contains("2024-07-04");
        });
    }

    @Test
    void warcYieldsHtmlResponsesOnlyWithIdsFromUrlAndContent() throws IOException {
        for (WarcCompression c : WarcCompression.values()) {
            Path warc = tmp.resolve(c == WarcCompression.GZIP ? "x.warc.gz" : "x.warc");
            writeWarc(warc, c, 3);
            List<SourceItem> items = read(warc);
            assertThat(errors(items)).isEmpty();
            List<RawDocument> d = docs(items);
            assertThat(d).hasSize(3);
            assertThat(d.get(0).url()).contains("https://example.org/0");
            assertThat(d.get(0).content()).contains("Page number 0");
            assertThat(d).extracting(RawDocument::id).doesNotHaveDuplicates();
            assertThat(docs(read(warc)).get(0).id()).isEqualTo(d.get(0).id());
        }
    }

    @Test
    void truncatedWarcKeepsEarlierRecordsAndNamesTheOffset() throws IOException {
        Path warc = tmp.resolve("t.warc.gz");
        writeWarc(warc, WarcCompression.GZIP, 5);
        byte[] all = Files.readAllBytes(warc);
        Files.write(warc, Arrays.copyOf(all, all.length / 2));
        List<SourceItem> items = read(warc);
        assertThat(docs(items)).hasSizeBetween(1, 4);
        assertThat(errors(items)).singleElement().satisfies(e -> {
            assertThat(e.location()).startsWith(warc.toString() + "@");
            assertThat(e.message()).contains("WARC record at byte");
        });
    }

    @Test
    void missingPathIsAnErrorNotAnException() {
        Path nowhere = tmp.resolve("nowhere.txt");
        assertThat(read(nowhere)).singleElement().isEqualTo(new SourceError(nowhere.toString(), "no such file or folder"));
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        for (String name : List.of("e.txt", "e.html", "e.jsonl", "e.warc", "e.rss")) {
            Path f = Files.createFile(tmp.resolve(name));
            assertThat(read(f)).as(name).singleElement().isInstanceOf(SourceError.class)
                    .satisfies(e -> assertThat(e.toString()).contains(name).contains("empty"));
        }
    }

    @Test
    void binaryJunkIsRefused() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        for (String name : List.of("junk.txt", "junk.html")) {
            Path f = Files.write(tmp.resolve(name), junk);
            assertThat(read(f)).singleElement().isInstanceOf(SourceError.class)
                    .satisfies(e -> assertThat(((SourceError) e).message()).contains("binary"));
        }
        Path w = Files.write(tmp.resolve("junk.warc"), junk);
        assertThat(errors(read(w))).hasSize(1);
        Path x = Files.write(tmp.resolve("junk.xml"), junk);
        assertThat(errors(read(x))).singleElement().satisfies(e -> assertThat(e.message()).contains("feed"));
    }

    @Test
    void invalidUtf8IsDecodedLenientlyWithAWarning() throws IOException {
        byte[] text = "Le ministre a rencontr\u00e9 son homologue.".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(text, text.length + 2);
        bad[text.length] = (byte) 0xC3;
        bad[text.length + 1] = (byte) 0x28;
        Path f = Files.write(tmp.resolve("bad.txt"), bad);
        List<SourceItem> items = read(f);
        assertThat(errors(items)).singleElement().satisfies(e -> assertThat(e.message()).contains("invalid UTF-8"));
        assertThat(docs(items)).singleElement().satisfies(d -> assertThat(d.content()).startsWith("Le ministre a rencontré"));
    }

    @Test
    void utf16TextWithByteOrderMarkIsDecoded() throws IOException {
        Path f = Files.write(tmp.resolve("u16.txt"), "Der Minister traf seinen Amtskollegen.".getBytes(StandardCharsets.UTF_16));
        assertThat(read(f)).singleElement().isInstanceOf(RawDocument.class)
                .satisfies(d -> assertThat(((RawDocument) d).content()).isEqualTo("Der Minister traf seinen Amtskollegen."));
    }

    @Test
    void legacyEncodingsDeclaredInHtmlAreHonoured() {
        Path pages = Path.of("src/test/resources/ingest/pages");
        assertThat(docs(read(pages.resolve("legacy-1251.html")))).singleElement()
                .satisfies(d -> assertThat(d.content()).contains("Президенты двух стран"));
        assertThat(docs(read(pages.resolve("legacy-1252.html")))).singleElement()
                .satisfies(d -> assertThat(d.content()).contains("a rencontré son homologue à Genève"));
    }

    @Test
    void hugePageIsRefusedWithItsSize() throws IOException {
        Path f = tmp.resolve("huge.html");
        try (OutputStream out = Files.newOutputStream(f)) {
            byte[] line = "<p>padding text padding text padding text</p>\n".getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < 50L * 1024 * 1024 / line.length; n++) {
                out.write(line);
            }
        }
        assertThat(read(f)).singleElement().isInstanceOf(SourceError.class)
                .satisfies(e -> assertThat(((SourceError) e).message()).contains("too large").contains("50.0 MB"));
    }

    @Test
    void truncatedGzipKeepsEarlierLinesAndNamesTheLine() throws IOException {
        Path f = tmp.resolve("t.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            for (int i = 0; i < 2000; i++) {
                out.write(("{\"id\":\"d" + i + "\",\"text\":\"Document number " + i + " with some words in it.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        List<SourceItem> items = read(f);
        assertThat(docs(items)).hasSizeGreaterThan(100);
        assertThat(errors(items)).singleElement().satisfies(e -> {
            assertThat(e.location()).startsWith(f + ":");
            assertThat(e.message()).contains("truncated");
        });
    }

    @Test
    void aJsonlOutletSiteOrSourceFieldNamesTheOutlet() throws IOException {
        Path f = Files.writeString(tmp.resolve("o.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"x\",\"outlet\":\"Le Monde\",\"source\":\"ignored\"}",
                "{\"id\":\"b\",\"text\":\"x\",\"site\":\"tass.ru\"}",
                "{\"id\":\"c\",\"text\":\"x\",\"source\":\" Reuters \"}",
                "{\"id\":\"d\",\"text\":\"x\",\"source\":{\"name\":\"an object\"}}"));
        assertThat(docs(read(f))).extracting(d -> d.outlet().orElse("-"))
                .containsExactly("Le Monde", "tass.ru", "Reuters", "-");
    }

    @Test
    void malformedJsonlLineIsReportedAndTheNextLinesGoOn() throws IOException {
        Path f = Files.writeString(tmp.resolve("m.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"first\"}",
                "{\"id\":\"b\",\"text\":",
                "[1,2]",
                "{\"id\":\"c\"}",
                "",
                "{\"id\":\"d\",\"text\":\"last\"}"));
        List<SourceItem> items = read(f);
        assertThat(docs(items)).extracting(RawDocument::id).containsExactly("a", "d");
        assertThat(errors(items)).extracting(SourceError::location)
                .containsExactly(f + ":2", f + ":3", f + ":4");
        assertThat(errors(items).get(0).message()).contains("malformed JSON");
        assertThat(errors(items).get(2).message()).contains("no \"text\" or \"html\"");
    }

    @Test
    void overlongJsonlLineIsSkippedAndTheNextLineGoesOn() throws IOException {
        Path f = tmp.resolve("long.jsonl");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("{\"id\":\"big\",\"text\":\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "word ".repeat(20000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 120; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\":\"small\",\"text\":\"ok\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        List<SourceItem> items = read(f);
        assertThat(errors(items)).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo(f + ":1");
            assertThat(e.message()).contains("too large");
        });
        assertThat(docs(items)).extracting(RawDocument::id).containsExactly("small");
    }

    @Test
    void unsupportedFileTypeGivenByNameIsAnError() throws IOException {
        Path f = Files.writeString(tmp.resolve("notes.docx"), "x");
        assertThat(read(f)).singleElement().isInstanceOf(SourceError.class);
    }

    @Test
    void unreadableFileIsAnError() throws IOException {
        Path f = Files.writeString(tmp.resolve("secret.txt"), "Some text that nobody may read here.");
        boolean locked = f.toFile().setReadable(false) && !Files.isReadable(f);
        if (locked) {
            assertThat(read(f)).singleElement().isInstanceOf(SourceError.class)
                    .satisfies(e -> assertThat(e.toString()).contains("secret.txt").contains("cannot read"));
        } else {
            assertThat(read(f)).hasSize(1);
        }
    }

    @Test
    void manyJsonlLinesStreamOneAtATime() throws IOException {
        Path f = tmp.resolve("many.jsonl");
        try (OutputStream out = Files.newOutputStream(f)) {
            for (int i = 0; i < 20000; i++) {
                out.write(("{\"id\":\"d" + i + "\",\"text\":\"Text " + i + "\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        try (Stream<SourceItem> s = Sources.stream(List.of(f))) {
            assertThat(s.limit(3).map(SourceItem::location).toList()).containsExactly(f + ":1", f + ":2", f + ":3");
        }
        assertThat(read(f)).hasSize(20000);
    }

    private static void writeWarc(Path file, WarcCompression c, int pages) throws IOException {
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), c)) {
            for (int i = 0; i < pages; i++) {
                String url = "https://example.org/" + i;
                w.write(new WarcRequest.Builder(URI.create(url)).body(MediaType.HTTP_REQUEST,
                        ("GET /" + i + " HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).build());
                String html = "<html><body><p>Page number " + i + " of the archive, with a sentence of text.</p></body></html>";
                byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + html.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + html).getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder(URI.create(url)).body(MediaType.HTTP_RESPONSE, http).build());
            }
            String png = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\nabcd";
            w.write(new WarcResponse.Builder(URI.create("https://example.org/i.png"))
                    .body(MediaType.HTTP_RESPONSE, png.getBytes(StandardCharsets.US_ASCII)).build());
        }
    }
}
